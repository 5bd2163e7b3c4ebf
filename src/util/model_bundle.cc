#include "util/model_bundle.h"

#include <cstdio>
#include <cstring>

#include <xxhash.h>

#include "util/data_dir.h"
#include "util/linear_model.h"

namespace entente {

namespace {

constexpr char kMagic[16] = {'e', 'n', 't', 'e', 'n', 't', 'e', '-', 'b', 'u', 'n', 'd', 'l', 'e', 0, 0};

template <typename T>
void PutRaw(std::string* out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out->append(b, sizeof(T));
}

template <typename T>
bool GetRaw(std::string_view* in, T* v) {
  if (in->size() < sizeof(T)) return false;
  std::memcpy(v, in->data(), sizeof(T));
  in->remove_prefix(sizeof(T));
  return true;
}

}  // namespace

uint64_t ModelBundle::Checksum(std::string_view bytes, uint32_t version) {
  return version == 1 ? StringHash(bytes) : XXH3_64bits(bytes.data(), bytes.size());
}

Result<ModelBundle> ModelBundle::Load(const std::string& path) {
  ModelBundle b;
  if (!FileBytes::Open(path, &b.data_)) return Status::NotFound("cannot read model file " + path);
  if (Status st = b.Index(path); !st.ok()) return st;
  return b;
}

Result<ModelBundle> ModelBundle::Parse(std::string_view bytes, const std::string& name) {
  ModelBundle b;
  b.data_ = FileBytes::FromString(std::string(bytes));
  if (Status st = b.Index(name); !st.ok()) return st;
  return b;
}

Status ModelBundle::Index(const std::string& name) {
  name_ = name;
  std::string_view bytes = data_.bytes();
  auto corrupt = [&](const std::string& why) { return Status::Corrupt(name + ": not a valid model file (" + why + ")"); };
  if (bytes.size() < sizeof(kMagic) + 16 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return corrupt("bad header");
  }
  // The version first: it says which checksum the file ends with.
  std::string_view in = bytes.substr(sizeof(kMagic), bytes.size() - sizeof(kMagic) - 8);
  uint32_t version = 0, count = 0;
  if (!GetRaw(&in, &version) || !GetRaw(&in, &count)) return corrupt("short header");
  if (version == 0) return corrupt("format version 0");
  if (version > kFormatVersion) {
    return Status::Unsupported(name + ": model format " + std::to_string(version) +
                               " is newer than this entente (or the file is damaged)");
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  if (Checksum(bytes.substr(0, bytes.size() - 8), version) != sum) {
    return corrupt("checksum mismatch: damaged or truncated");
  }
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t len = 0;
    uint64_t size = 0;
    if (!GetRaw(&in, &len) || in.size() < len) return corrupt("short part name");
    std::string part(in.substr(0, len));
    in.remove_prefix(len);
    if (!GetRaw(&in, &size) || in.size() < size) return corrupt("part " + part + " is cut short");
    loaded_[part] = {static_cast<size_t>(in.data() - bytes.data()), static_cast<size_t>(size)};
    in.remove_prefix(size);
  }
  if (!in.empty()) return corrupt("trailing bytes");
  return Status::Ok();
}

Result<std::string_view> ModelBundle::Get(const std::string& part) const {
  if (auto it = loaded_.find(part); it != loaded_.end()) {
    return data_.bytes().substr(it->second.first, it->second.second);
  }
  auto it = parts_.find(part);
  if (it == parts_.end()) return Status::Corrupt(name_ + ": the model file has no part '" + part + "'");
  return std::string_view(it->second);
}

std::string ModelBundle::Serialize() const {
  std::map<std::string, std::string_view> all;
  for (const auto& [part, where] : loaded_) all[part] = data_.bytes().substr(where.first, where.second);
  for (const auto& [part, bytes] : parts_) all[part] = bytes;
  std::string out(kMagic, sizeof(kMagic));
  PutRaw<uint32_t>(&out, kFormatVersion);
  PutRaw<uint32_t>(&out, static_cast<uint32_t>(all.size()));
  for (const auto& [part, bytes] : all) {
    PutRaw<uint32_t>(&out, static_cast<uint32_t>(part.size()));
    out += part;
    PutRaw<uint64_t>(&out, bytes.size());
    out += bytes;
  }
  PutRaw<uint64_t>(&out, Checksum(out, kFormatVersion));
  return out;
}

Status ModelBundle::Save(const std::string& path) const { return WriteFile(path, Serialize()); }

}  // namespace entente
