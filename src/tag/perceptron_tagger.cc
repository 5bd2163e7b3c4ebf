#include "tag/perceptron_tagger.h"

#include <cmath>
#include <cstring>

#include "util/data_dir.h"

namespace entente {

namespace {

constexpr char kMagic[] = "entente-tagger";

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// Bounds-checked little-endian reader over the file's bytes.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool U8(uint8_t* v) { return Raw(v, 1); }
  bool U16(uint16_t* v) {
    unsigned char b[2];
    if (!Raw(b, 2)) return false;
    *v = static_cast<uint16_t>(b[0] | (b[1] << 8));
    return true;
  }
  bool U32(uint32_t* v) {
    unsigned char b[4];
    if (!Raw(b, 4)) return false;
    *v = 0;
    for (int i = 3; i >= 0; --i) *v = (*v << 8) | b[i];
    return true;
  }
  bool U64(uint64_t* v) {
    unsigned char b[8];
    if (!Raw(b, 8)) return false;
    *v = 0;
    for (int i = 7; i >= 0; --i) *v = (*v << 8) | b[i];
    return true;
  }
  bool Bytes(size_t n, std::string_view* out) {
    if (data_.size() - pos_ < n) return false;
    *out = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }
  size_t remaining() const { return data_.size() - pos_; }

 private:
  bool Raw(void* out, size_t n) {
    if (data_.size() - pos_ < n) return false;
    std::memcpy(out, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace

void PerceptronModel::Index(std::vector<std::pair<uint64_t, std::vector<WeightEntry>>>& rows) {
  size_t cap = 16;
  while (cap < rows.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot());
  entries_.clear();
  size_ = 0;
  for (auto& [hash, weights] : rows) {
    if (hash == 0 || weights.empty()) continue;
    size_t i = hash & (cap - 1);
    while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & (cap - 1);
    if (slots_[i].hash == hash) continue;  // duplicate row: keep the first
    slots_[i] = {hash, static_cast<uint32_t>(entries_.size()), static_cast<uint32_t>(weights.size())};
    entries_.insert(entries_.end(), weights.begin(), weights.end());
    ++size_;
  }
}

std::unique_ptr<PerceptronModel> PerceptronModel::Build(
    std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> rows) {
  auto m = std::make_unique<PerceptronModel>();
  m->Index(rows);
  return m;
}

// Layout (little-endian), see doc/formats/tagger.md:
//   "entente-tagger" u32 version
//   u32 tag_count, then per tag: u8 length + name (file tag index -> name)
//   f32 scale as u32 bits; u32 feature_count
//   per feature: u64 hash, u8 n, n x (u8 file tag index, i16 weight / scale)
Status PerceptronModel::Save(const std::string& path) const {
  float max_abs = 0;
  for (const WeightEntry& e : entries_) max_abs = std::max(max_abs, std::fabs(e.weight));
  float scale = max_abs > 0 ? max_abs / 32767.f : 1.f;
  std::string out(kMagic);
  PutU32(&out, kFormatVersion);
  PutU32(&out, kNumTags);
  for (int t = 0; t < kNumTags; ++t) {
    std::string_view name = TagName(static_cast<Tag>(t));
    out.push_back(static_cast<char>(name.size()));
    out.append(name);
  }
  uint32_t bits;
  std::memcpy(&bits, &scale, 4);
  PutU32(&out, bits);
  PutU32(&out, static_cast<uint32_t>(size_));
  for (const Slot& s : slots_) {
    if (s.hash == 0) continue;
    PutU64(&out, s.hash);
    out.push_back(static_cast<char>(s.count));
    for (uint32_t k = 0; k < s.count; ++k) {
      const WeightEntry& e = entries_[s.first + k];
      auto q = static_cast<int16_t>(std::lround(e.weight / scale));
      out.push_back(static_cast<char>(e.tag));
      out.push_back(static_cast<char>(q & 0xFF));
      out.push_back(static_cast<char>((q >> 8) & 0xFF));
    }
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IoError("cannot write " + path);
  bool ok = std::fwrite(out.data(), 1, out.size(), f) == out.size();
  ok = std::fclose(f) == 0 && ok;
  return ok ? Status::Ok() : Status::IoError("cannot write " + path);
}

Result<std::unique_ptr<PerceptronModel>> PerceptronModel::Load(const std::string& path) {
  std::string data;
  if (!ReadFile(path, &data) || data.empty()) return Status::NotFound("cannot read " + path);
  Reader r(data);
  std::string_view magic;
  uint32_t version = 0, tag_count = 0, scale_bits = 0, features = 0;
  auto corrupt = [&](const char* what) {
    return Status::Corrupt(path + ": " + what + " at byte " + std::to_string(r.pos()));
  };
  if (!r.Bytes(sizeof(kMagic) - 1, &magic) || magic != kMagic) return corrupt("not a tagger model");
  if (!r.U32(&version)) return corrupt("truncated header");
  if (version > kFormatVersion) {
    return Status::Unsupported(path + ": tagger model format " + std::to_string(version) +
                               " is newer than this build reads (" + std::to_string(kFormatVersion) + ")");
  }
  if (!r.U32(&tag_count) || tag_count == 0 || tag_count > 255) return corrupt("bad tag count");
  std::vector<uint8_t> tag_map(tag_count);
  for (uint32_t t = 0; t < tag_count; ++t) {
    uint8_t len;
    std::string_view name;
    Tag tag;
    if (!r.U8(&len) || !r.Bytes(len, &name)) return corrupt("truncated tag list");
    if (!ParseTagName(name, &tag)) return corrupt("unknown tag name");
    tag_map[t] = static_cast<uint8_t>(TagIndex(tag));
  }
  if (!r.U32(&scale_bits) || !r.U32(&features)) return corrupt("truncated header");
  float scale;
  std::memcpy(&scale, &scale_bits, 4);
  if (!(scale > 0) || !std::isfinite(scale)) return corrupt("bad scale");
  // Each feature takes at least 9 bytes (hash + count): a count the file
  // cannot hold is corrupt, not a reason to allocate gigabytes.
  if (features > r.remaining() / 9) return corrupt("feature count larger than the file");
  std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> rows(features);
  for (uint32_t i = 0; i < features; ++i) {
    uint8_t n;
    if (!r.U64(&rows[i].first) || !r.U8(&n)) return corrupt("truncated feature");
    rows[i].second.resize(n);
    for (uint8_t k = 0; k < n; ++k) {
      uint8_t tag;
      uint16_t q;
      if (!r.U8(&tag) || !r.U16(&q)) return corrupt("truncated weights");
      if (tag >= tag_count) return corrupt("tag index out of range");
      rows[i].second[k] = {tag_map[tag], static_cast<int16_t>(q) * scale};
    }
  }
  return Build(std::move(rows));
}

void PerceptronTagger::Score(const PerceptronModel& model, std::span<const TokenInfo> toks, size_t i,
                             int prev, int prev2, float* scores) {
  uint64_t f[kNumFeatures];
  FeatureExtractor::FeatureHashes(toks, i, prev, prev2, f);
  for (int t = 0; t < kNumTags; ++t) scores[t] = 0;
  for (uint64_t h : f) model.Accumulate(h, scores);
}

void PerceptronTagger::Tag(std::span<const std::string_view> words, std::span<entente::Tag> tags) const {
  thread_local std::vector<TokenInfo> toks;
  features_->Analyze(words, &toks);
  int prev = -1, prev2 = -1;
  float scores[kNumTags];
  for (size_t i = 0; i < toks.size(); ++i) {
    int best;
    if (toks[i].fixed >= 0) {
      best = toks[i].fixed;
    } else if (toks[i].unambiguous) {
      best = toks[i].lex_top;
    } else {
      Score(*model_, toks, i, prev, prev2, scores);
      best = 0;
      for (int t = 1; t < kNumTags; ++t) {
        if (scores[t] > scores[best]) best = t;
      }
    }
    tags[i] = static_cast<entente::Tag>(best);
    prev2 = prev;
    prev = best;
  }
}

}  // namespace entente
