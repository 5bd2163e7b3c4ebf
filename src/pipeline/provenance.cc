// provenance.cc — the version, model and dictionary fingerprints.
#include "pipeline/provenance.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "util/data_dir.h"

namespace entente {

namespace {

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// A bundle ends in the u64 checksum of everything before it (model_bundle.h).
std::string BundleChecksum(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in || in.tellg() < 8) return "none";
  in.seekg(-8, std::ios::end);
  unsigned char b[8];
  if (!in.read(reinterpret_cast<char*>(b), 8)) return "none";
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | b[i];
  return Hex(v);
}

std::vector<std::filesystem::path> Files(const std::string& root) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  std::error_code ec;
  if (fs::is_regular_file(root, ec)) return {fs::path(root)};
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Provenance ComputeProvenance(const std::vector<std::string>& models,
                             const std::vector<std::string>& dict_paths) {
  Provenance p;
  p.version = ENTENTE_VERSION;
  for (const std::string& m : models) {
    std::string name = std::filesystem::path(m).stem().string();
    p.model += (p.model.empty() ? "" : ",") + name + ":" + BundleChecksum(m);
  }
  uint64_t h = 1469598103934665603ull;
  for (const std::string& root : dict_paths) {
    for (const auto& file : Files(root)) {
      std::string bytes;
      if (!ReadFile(file.string(), &bytes)) continue;
      h = Fnv1a(file.filename().string(), h);
      h = Fnv1a(bytes, h);
    }
  }
  p.dictionaries = Hex(h);
  return p;
}

}  // namespace entente
