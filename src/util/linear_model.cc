#include "util/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "util/data_dir.h"

namespace entente {

namespace {

constexpr char kMagic[16] = {'e', 'n', 't', 'e', 'n', 't', 'e', '-', 'l', 'i', 'n', 'e', 'a', 'r', 0, 0};

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

template <typename T>
void Put(std::string* out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));  // little-endian hosts only (x86-64, arm64)
  out->append(b, sizeof(T));
}

class ByteReader {
 public:
  explicit ByteReader(std::string_view d) : d_(d) {}
  template <typename T>
  bool Get(T* v) {
    if (d_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, d_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  // The next n bytes; false (nothing taken) if fewer remain.
  bool Take(size_t n, std::string_view* out) {
    if (d_.size() - pos_ < n) return false;
    *out = d_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t remaining() const { return d_.size() - pos_; }

 private:
  std::string_view d_;
  size_t pos_ = 0;
};

// A sparse row's (class, weight) pairs as stored: 2 + 4 bytes each.
constexpr size_t kStoredWeight = sizeof(uint16_t) + sizeof(float);
// Row header as stored: hash and pair count.
constexpr size_t kStoredRow = sizeof(uint64_t) + sizeof(uint16_t);

// Appends a stored row's pairs to `out`; false if a class is out of range or
// a weight is not finite.
bool AppendWeights(std::string_view bytes, uint32_t classes, std::vector<ClassWeight>* out) {
  for (size_t at = 0; at + kStoredWeight <= bytes.size(); at += kStoredWeight) {
    ClassWeight e;
    std::memcpy(&e.cls, bytes.data() + at, sizeof(e.cls));
    std::memcpy(&e.weight, bytes.data() + at + sizeof(e.cls), sizeof(e.weight));
    if (e.cls >= classes || !std::isfinite(e.weight)) return false;
    out->push_back(e);
  }
  return true;
}

}  // namespace

uint64_t StringHash(std::string_view s) { return Fnv1a(s); }

int ArgMax(const float* scores, int n) {
  int best = n > 0 ? 0 : -1;
  for (int i = 1; i < n; ++i) {
    if (scores[i] > scores[best]) best = i;
  }
  return best;
}

void LinearModel::InitSlots(size_t rows) {
  size_t cap = 16;
  int bits = 4;
  while (cap * 2 < rows * 3) cap <<= 1, ++bits;  // load at most 2/3: memory and start-up time
  slots_.assign(cap, Slot{});
  slot_shift_ = 64 - bits;
}

void LinearModel::Insert(uint64_t hash, uint32_t first, uint32_t count) {
  size_t mask = slots_.size() - 1;
  for (size_t i = Home(hash);; i = (i + 1) & mask) {
    if (slots_[i].hash == 0) {
      slots_[i] = {hash, first, count};
      return;
    }
  }
}

std::unique_ptr<LinearModel> LinearModel::Build(
    int classes, std::vector<std::pair<uint64_t, std::vector<ClassWeight>>> rows) {
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto m = std::make_unique<LinearModel>();
  m->classes_ = classes;
  m->InitSlots(rows.size());
  for (auto& [hash, weights] : rows) {
    if (hash == 0 || weights.empty()) continue;
    std::sort(weights.begin(), weights.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    m->Insert(hash, static_cast<uint32_t>(m->entries_.size()), static_cast<uint32_t>(weights.size()));
    m->entries_.insert(m->entries_.end(), weights.begin(), weights.end());
    ++m->rows_;
  }
  return m;
}

void LinearModel::AccumulateSparse(const uint64_t* hashes, size_t n, float* scores) const {
  if (slots_.empty()) return;
  const size_t mask = slots_.size() - 1;
  constexpr size_t kBatch = 32;
  const Slot* found[kBatch];
  for (size_t b = 0; b < n; b += kBatch) {
    size_t m = std::min(kBatch, n - b);
    for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots_[Home(hashes[b + i])]);
    for (size_t i = 0; i < m; ++i) {
      uint64_t hash = hashes[b + i];
      found[i] = nullptr;
      for (size_t k = Home(hash);; k = (k + 1) & mask) {
        const Slot& s = slots_[k];
        if (s.hash == hash) {
          found[i] = &s;
          __builtin_prefetch(entries_.data() + s.first);
          break;
        }
        if (s.hash == 0) break;
      }
    }
    for (size_t i = 0; i < m; ++i) {
      if (!found[i]) continue;
      const ClassWeight* w = entries_.data() + found[i]->first;
      for (uint32_t k = 0; k < found[i]->count; ++k) scores[w[k].cls] += w[k].weight;
    }
  }
}

namespace {

// Adds the 16-bit rows of the features to sums[0..width), prefetching a
// batch of rows (first and last weight: a row may straddle two cache lines)
// before summing it. kWidth > 0 fixes the row width at compile time (the
// transition model's 3), else it is `width`.
template <int kWidth>
void SumDenseRows(const int16_t* table, int bits, int width, const uint64_t* hashes, size_t n, int32_t* sums) {
  const size_t w = kWidth > 0 ? kWidth : static_cast<size_t>(width);
  constexpr size_t kBatch = 32;
  for (size_t b = 0; b < n; b += kBatch) {
    size_t m = std::min(kBatch, n - b);
    for (size_t i = 0; i < m; ++i) {
      const int16_t* row = table + LinearModel::DenseRow(hashes[b + i], bits) * w;
      __builtin_prefetch(row);
      __builtin_prefetch(row + w - 1);
    }
    for (size_t i = 0; i < m; ++i) {
      const int16_t* row = table + LinearModel::DenseRow(hashes[b + i], bits) * w;
      for (size_t c = 0; c < w; ++c) sums[c] += row[c];
    }
  }
}

}  // namespace

void LinearModel::AccumulateDense(const uint64_t* hashes, size_t n, float* scores) const {
  constexpr int kLocal = 64;
  int32_t local[kLocal] = {};
  thread_local std::vector<int32_t> wide;
  int32_t* sums = local;
  if (classes_ > kLocal) {
    wide.assign(classes_, 0);
    sums = wide.data();
  }
  if (classes_ == 3) {
    SumDenseRows<3>(dense_.data(), dense_bits_, classes_, hashes, n, sums);
  } else {
    SumDenseRows<0>(dense_.data(), dense_bits_, classes_, hashes, n, sums);
  }
  for (int c = 0; c < classes_; ++c) scores[c] += static_cast<float>(sums[c]) * scale_;
}

void LinearModel::InitDense(int classes, int bits, float scale) {
  classes_ = classes;
  dense_bits_ = bits;
  scale_ = scale;
  dense_.assign((size_t{1} << bits) * static_cast<size_t>(classes), 0);
}

std::unique_ptr<LinearModel> LinearModel::BuildDense(
    int classes, int bits, const std::vector<std::pair<uint64_t, std::vector<ClassWeight>>>& rows) {
  float max_abs = 0.0f;
  for (const auto& row : rows) {
    for (const ClassWeight& e : row.second) max_abs = std::max(max_abs, std::fabs(e.weight));
  }
  auto m = std::make_unique<LinearModel>();
  m->InitDense(classes, bits, max_abs > 0.0f ? max_abs / 32767.0f : 1.0f);
  for (const auto& [row, weights] : rows) {
    int16_t* out = m->dense_.data() + row * static_cast<size_t>(classes);
    for (const ClassWeight& e : weights) out[e.cls] = static_cast<int16_t>(std::lround(e.weight / m->scale_));
  }
  m->rows_ = m->UsedDenseRows().size();
  return m;
}

std::vector<uint64_t> LinearModel::UsedDenseRows() const {
  std::vector<uint64_t> used;
  const size_t w = static_cast<size_t>(classes_);
  for (size_t r = 0; r * w < dense_.size(); ++r) {
    auto row = dense_.begin() + r * w;
    if (std::any_of(row, row + w, [](int16_t x) { return x != 0; })) used.push_back(r);
  }
  return used;
}

float LinearModel::Weight(uint64_t hash, int cls) const {
  if (dense_bits_ > 0) return cls >= 0 && cls < classes_ ? DenseRowPtr(hash)[cls] * scale_ : 0.0f;
  if (slots_.empty()) return 0;
  size_t mask = slots_.size() - 1;
  for (size_t i = Home(hash);; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0) return 0;
    if (s.hash != hash) continue;
    for (uint32_t k = 0; k < s.count; ++k) {
      if (entries_[s.first + k].cls == cls) return entries_[s.first + k].weight;
    }
    return 0;
  }
}

std::string LinearModel::Serialize() const {
  std::string out = dense_bits_ > 0 ? SerializeDense() : SerializeSparse();
  Put<uint64_t>(&out, Fnv1a(out));
  return out;
}

std::string LinearModel::SerializeDense() const {
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, kDenseVersion);
  Put<uint32_t>(&out, static_cast<uint32_t>(classes_));
  Put<uint32_t>(&out, static_cast<uint32_t>(dense_bits_));
  Put<float>(&out, scale_);
  // A bit per row (set: the row has a weight), then the rows that have.
  std::vector<uint64_t> bitmap(((size_t{1} << dense_bits_) + 63) / 64, 0);
  std::vector<uint64_t> used = UsedDenseRows();
  for (uint64_t r : used) bitmap[r / 64] |= uint64_t{1} << (r % 64);
  out.append(reinterpret_cast<const char*>(bitmap.data()), bitmap.size() * sizeof(uint64_t));
  for (uint64_t r : used) {
    out.append(reinterpret_cast<const char*>(dense_.data() + r * classes_), classes_ * sizeof(int16_t));
  }
  return out;
}

std::string LinearModel::SerializeSparse() const {
  // Rows in hash order, so the bytes depend only on the weights.
  std::vector<const Slot*> order;
  for (const Slot& s : slots_) {
    if (s.hash != 0) order.push_back(&s);
  }
  std::sort(order.begin(), order.end(), [](const Slot* a, const Slot* b) { return a->hash < b->hash; });
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, kSparseVersion);
  Put<uint32_t>(&out, static_cast<uint32_t>(classes_));
  Put<uint64_t>(&out, order.size());
  for (const Slot* s : order) {
    Put<uint64_t>(&out, s->hash);
    Put<uint16_t>(&out, static_cast<uint16_t>(s->count));
    for (uint32_t k = 0; k < s->count; ++k) {
      Put<uint16_t>(&out, entries_[s->first + k].cls);
      Put<float>(&out, entries_[s->first + k].weight);
    }
  }
  return out;
}

Status LinearModel::Save(const std::string& path) const { return WriteFile(path, Serialize()); }

Result<std::unique_ptr<LinearModel>> LinearModel::Load(const std::string& path) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return Status::NotFound("cannot read model " + path);
  return Parse(bytes, path);
}

Result<std::unique_ptr<LinearModel>> LinearModel::Parse(std::string_view bytes, const std::string& name,
                                                        bool verify_checksum) {
  auto corrupt = [&](const char* why) { return Status::Corrupt(name + ": not a valid model (" + why + ")"); };
  if (bytes.size() < sizeof(kMagic) + 24 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return corrupt("bad header");
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  if (verify_checksum && Fnv1a(bytes.substr(0, bytes.size() - 8)) != sum) {
    return corrupt("checksum mismatch: damaged or truncated");
  }
  std::string_view body = bytes.substr(sizeof(kMagic), bytes.size() - sizeof(kMagic) - 8);
  uint32_t version = 0, classes = 0;
  std::memcpy(&version, body.data(), 4);
  std::memcpy(&classes, body.data() + 4, 4);
  body.remove_prefix(8);
  if (version > kFormatVersion) return Status::Unsupported(name + ": model format is newer than this entente");
  if (version == 0) return corrupt("version");
  if (classes == 0 || classes > 65535) return corrupt("class count");
  if (version == kDenseVersion) return ParseDense(body, classes, name);
  return ParseSparse(body, classes, name);
}

Result<std::unique_ptr<LinearModel>> LinearModel::ParseDense(std::string_view body, uint32_t classes,
                                                             const std::string& name) {
  auto corrupt = [&](const char* why) { return Status::Corrupt(name + ": not a valid model (" + why + ")"); };
  ByteReader r(body);
  uint32_t bits = 0;
  float scale = 0.0f;
  if (!r.Get(&bits) || !r.Get(&scale)) return corrupt("short header");
  if (!DenseFits(static_cast<int>(classes), static_cast<int>(bits))) return corrupt("table size");
  if (!std::isfinite(scale) || scale <= 0.0f) return corrupt("weight scale");
  const size_t words = ((size_t{1} << bits) + 63) / 64;
  std::vector<uint64_t> bitmap(words);
  if (r.remaining() < words * sizeof(uint64_t)) return corrupt("short row map");
  std::memcpy(bitmap.data(), body.data() + 8, words * sizeof(uint64_t));
  if (bits < 6 && (bitmap[0] >> (1u << bits)) != 0) return corrupt("row map");  // rows past the table
  size_t used = 0;
  for (uint64_t word : bitmap) used += static_cast<size_t>(__builtin_popcountll(word));
  const size_t row_bytes = classes * sizeof(int16_t);
  if (r.remaining() - words * sizeof(uint64_t) != used * row_bytes) return corrupt("table length");
  auto m = std::make_unique<LinearModel>();
  m->InitDense(static_cast<int>(classes), static_cast<int>(bits), scale);
  const char* in = body.data() + 8 + words * sizeof(uint64_t);
  for (size_t wi = 0; wi < words; ++wi) {
    for (uint64_t word = bitmap[wi]; word != 0; word &= word - 1) {
      size_t row = wi * 64 + static_cast<size_t>(__builtin_ctzll(word));
      std::memcpy(m->dense_.data() + row * classes, in, row_bytes);
      in += row_bytes;
    }
  }
  m->rows_ = used;
  return m;
}

Result<std::unique_ptr<LinearModel>> LinearModel::ParseSparse(std::string_view body, uint32_t classes,
                                                              const std::string& name) {
  auto corrupt = [&](const char* why) { return Status::Corrupt(name + ": not a valid model (" + why + ")"); };
  ByteReader r(body);
  uint64_t rows = 0;
  if (!r.Get(&rows)) return corrupt("short header");
  if (rows > r.remaining() / kStoredRow) return corrupt("row count");
  // Straight into the table (no per-row allocation): start-up time.
  auto m = std::make_unique<LinearModel>();
  m->classes_ = static_cast<int>(classes);
  m->InitSlots(rows);
  m->entries_.reserve((r.remaining() - rows * kStoredRow) / kStoredWeight);  // exact for a valid file
  uint64_t previous = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t hash;
    uint16_t n;
    if (!r.Get(&hash) || !r.Get(&n)) return corrupt("short row");
    if (hash == 0 || (i > 0 && hash <= previous)) return corrupt("rows out of order");
    previous = hash;
    uint32_t first = static_cast<uint32_t>(m->entries_.size());
    std::string_view weights;
    if (!r.Take(n * kStoredWeight, &weights)) return corrupt("short row");
    if (!AppendWeights(weights, classes, &m->entries_)) return corrupt("bad weight");
    if (n > 0) {
      m->Insert(hash, first, n);
      ++m->rows_;
    }
  }
  if (r.remaining() != 0) return corrupt("trailing bytes");
  return m;
}

void PerceptronLearner::Score(const uint64_t* feats, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    const Row* row = rows_.Find(Key(feats[i]));
    if (!row) continue;
    for (int c = 0; c < classes_; ++c) scores[c] += row->w[c];
  }
}

void PerceptronLearner::Update(const uint64_t* feats, size_t n, int cls, float delta) {
  for (size_t i = 0; i < n; ++i) {
    Row* row = rows_.FindOrAdd(Key(feats[i]), classes_);
    ++row->updates;
    row->total[cls] += static_cast<double>(clock_ - row->stamp[cls]) * row->w[cls];
    row->stamp[cls] = clock_;
    row->w[cls] += delta;
  }
}

WeightRows PerceptronLearner::AveragedRows(float prune, uint32_t min_updates) const {
  return ExportRows(rows_, classes_, prune, [&](const Row& row) { return row.updates >= min_updates; },
                    [&](const Row& row, int c) {
                      double total = row.total[c] + static_cast<double>(clock_ - row.stamp[c]) * row.w[c];
                      return static_cast<float>(total / static_cast<double>(clock_));
                    });
}

std::unique_ptr<LinearModel> PerceptronLearner::Average(float prune, uint32_t min_updates) const {
  if (dense_bits_ > 0) return LinearModel::BuildDense(classes_, dense_bits_, AveragedRows(prune, min_updates));
  return LinearModel::Build(classes_, AveragedRows(prune, min_updates));
}

WeightRows MeanRows(const std::vector<WeightRows>& parts, int classes) {
  std::unordered_map<uint64_t, std::vector<float>> sum;
  for (const WeightRows& rows : parts) {
    for (const auto& [hash, weights] : rows) {
      auto& s = sum.try_emplace(hash, classes, 0.0f).first->second;
      for (const ClassWeight& w : weights) s[w.cls] += w.weight;
    }
  }
  WeightRows out;
  for (const auto& [hash, s] : sum) {
    std::vector<ClassWeight> w;
    for (int c = 0; c < classes; ++c) {
      if (s[c] != 0.0f) w.push_back({static_cast<uint16_t>(c), s[c] / static_cast<float>(parts.size())});
    }
    if (!w.empty()) out.emplace_back(hash, std::move(w));
  }
  return out;  // in no particular order: LinearModel::Build sorts
}

float LogisticLearner::Rate(const Row& r, int c) const { return rate_ / std::sqrt(0.1f + r.g2[c]); }

float LogisticLearner::Decayed(const Row& r, int c, int64_t clock) const {
  if (clock == r.stamp || l2_ == 0 || r.w[c] == 0) return r.w[c];
  return r.w[c] * static_cast<float>(std::pow(1.0 + Rate(r, c) * l2_, -static_cast<double>(clock - r.stamp)));
}

void LogisticLearner::CatchUp(Row* r) const {
  for (int c = 0; c < classes_; ++c) r->w[c] = Decayed(*r, c, clock_);
  r->stamp = clock_;
}

size_t LogisticLearner::Softmax(std::vector<double>* scores) {
  std::vector<double>& p = *scores;
  size_t best = 0;
  for (size_t k = 1; k < p.size(); ++k) best = p[k] > p[best] ? k : best;
  const double top = p[best];
  double z = 0;
  for (double& v : p) z += (v = std::exp(v - top));
  for (double& v : p) v /= z;
  return best;
}

int LogisticLearner::Step(const uint64_t* feats, size_t n, int label, float weight, const uint16_t* allowed,
                          size_t n_allowed) {
  if (!allowed) {
    if (all_.empty()) {
      for (int c = 0; c < classes_; ++c) all_.push_back(static_cast<uint16_t>(c));
    }
    allowed = all_.data(), n_allowed = all_.size();
  }
  touched_.resize(n);
  p_.assign(n_allowed, 0.0);
  for (size_t i = 0; i < n; ++i) {
    Row* r = touched_[i] = rows_.FindOrAdd(feats[i], classes_);
    CatchUp(r);
    ++r->count;
    for (size_t k = 0; k < n_allowed; ++k) p_[k] += r->w[allowed[k]];
  }
  const size_t best = Softmax(&p_);
  for (size_t k = 0; k < n_allowed; ++k) {
    const int c = allowed[k];
    const float g = weight * static_cast<float>(p_[k] - (c == label ? 1.0 : 0.0));
    for (Row* r : touched_) {
      r->g2[c] += g * g;
      r->w[c] -= Rate(*r, c) * g;
    }
  }
  ++clock_;  // this example's proximal step
  for (Row* r : touched_) CatchUp(r);
  return allowed[best];
}

WeightRows LogisticLearner::Rows(float prune, uint32_t min_count) const {
  return ExportRows(rows_, classes_, prune, [&](const Row& row) { return row.count >= min_count; },
                    [&](const Row& row, int c) { return Decayed(row, c, clock_); });
}

}  // namespace entente
