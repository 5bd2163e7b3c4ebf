// linear_model.h — a multiclass linear model over hashed sparse features:
// the weights of the tagger's UPOS step, the dependency parser and the
// learned event coder. A feature is a 64-bit hash (see FeatureHash); its
// weights are a short list of (class, weight) pairs, found by open
// addressing. Immutable after Load()/Build(), so one model serves every
// thread.
//
// File format (little-endian): magic "entente-linear\0\0", u32 version,
// u32 class count, u64 feature count, then per feature its hash, u16 entry
// count and (u16 class, f32 weight) entries, then a u64 FNV-1a checksum of
// everything before it. A short, altered or truncated file is Corrupt.
#pragma once

#include <cmath>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "entente/status.h"

namespace entente {

// Mixes a template id and up to three values into one feature hash (never
// 0, which marks an empty slot).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}
inline uint64_t FeatureHash(uint64_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Mix64(templ * 0x9E3779B97F4A7C15ULL + a);
  h = Mix64(h ^ (b + 0x632BE59BD9B4E019ULL));
  h = Mix64(h ^ (c + 0x85157AF5ULL));
  return h ? h : 1;
}
// 64-bit FNV-1a of a string: the value of a word, lemma or label in a feature.
uint64_t StringHash(std::string_view s);

struct ClassWeight {
  uint16_t cls;
  float weight;
};

class LinearModel {
 public:
  static constexpr uint32_t kSparseVersion = 1;
  static constexpr uint32_t kDenseVersion = 2;
  static constexpr uint32_t kFormatVersion = kDenseVersion;  // the newest read
  static constexpr int kMinDenseBits = 4, kMaxDenseBits = 24;
  static constexpr size_t kMaxDenseWeights = size_t{1} << 26;  // 128 MB of weights
  // True if a dense table of 2^bits rows × classes is within these bounds.
  static bool DenseFits(int classes, int bits) {
    return classes > 0 && bits >= kMinDenseBits && bits <= kMaxDenseBits &&
           (size_t{1} << bits) * static_cast<size_t>(classes) <= kMaxDenseWeights;
  }

  // The row of `hash` in a dense table of 2^bits rows.
  static uint64_t DenseRow(uint64_t hash, int bits) { return hash >> (64 - bits); }

  // Reads a model file. NotFound if absent; Corrupt (naming the file) if it
  // is not a complete model of this format; Unsupported if newer.
  static Result<std::unique_ptr<LinearModel>> Load(const std::string& path);
  // `verify_checksum` false: the bytes come from a checked bundle (start-up time).
  static Result<std::unique_ptr<LinearModel>> Parse(std::string_view bytes, const std::string& name,
                                                    bool verify_checksum = true);

  // Builds a model from (hash, weights) rows; rows are sorted by hash so the
  // file is the same whatever order they come in.
  static std::unique_ptr<LinearModel> Build(
      int classes, std::vector<std::pair<uint64_t, std::vector<ClassWeight>>> rows);
  // Builds a dense hashed model of 2^bits rows from (row, weights) pairs
  // (rows absent are zero), weights rounded to 16 bits on one scale.
  static std::unique_ptr<LinearModel> BuildDense(
      int classes, int bits, const std::vector<std::pair<uint64_t, std::vector<ClassWeight>>>& rows);

  Status Save(const std::string& path) const;
  std::string Serialize() const;

  // Adds the weights of `hash` to scores[0..classes()); no-op if unknown.
  void Accumulate(uint64_t hash, float* scores) const {
    if (dense_bits_ > 0) return AccumulateAll(&hash, 1, scores);
    if (slots_.empty()) return;
    size_t mask = slots_.size() - 1;
    for (size_t i = Home(hash);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.hash == hash) {
        const ClassWeight* w = entries_.data() + s.first;
        for (uint32_t k = 0; k < s.count; ++k) scores[w[k].cls] += w[k].weight;
        return;
      }
      if (s.hash == 0) return;
    }
  }
  // Adds the weights of all `n` features to scores[0..classes()): the same
  // sums as Accumulate() feature by feature (dense: summed exactly in
  // integers, then scaled once), but the rows of a batch are fetched from
  // memory together (prefetched), so their cache misses overlap instead of
  // following one another.
  void AccumulateAll(const uint64_t* hashes, size_t n, float* scores) const {
    if (dense_bits_ > 0) {
      AccumulateDense(hashes, n, scores);
    } else {
      AccumulateSparse(hashes, n, scores);
    }
  }
  // The weight of `hash` for class `cls` (0 if none): for explanations.
  float Weight(uint64_t hash, int cls) const;

  int classes() const { return classes_; }
  // Sparse: features with weights; dense: rows with a weight.
  size_t feature_count() const { return rows_; }
  // 0 for the sparse layout, else log2 of the dense table's rows.
  int dense_bits() const { return dense_bits_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t first = 0;
    uint32_t count = 0;
  };
  // A row's first slot: the hash's top bits, so that rows inserted in hash
  // order (as files store them) fill the table front to back (a loader
  // that writes memory in order, not at random). Only with slots_.
  size_t Home(uint64_t hash) const { return static_cast<size_t>(hash >> slot_shift_); }
  // Empty slots for `rows` rows (at most half full).
  void InitSlots(size_t rows);
  void Insert(uint64_t hash, uint32_t first, uint32_t count);
  void AccumulateSparse(const uint64_t* hashes, size_t n, float* scores) const;
  void AccumulateDense(const uint64_t* hashes, size_t n, float* scores) const;
  // Dense: allocates the zeroed table (rows of classes_ weights).
  void InitDense(int classes, int bits, float scale);
  const int16_t* DenseRowPtr(uint64_t hash) const {
    return dense_.data() + DenseRow(hash, dense_bits_) * static_cast<size_t>(classes_);
  }
  // The dense rows with a weight, in order.
  std::vector<uint64_t> UsedDenseRows() const;
  // The part of a file after its version and class count.
  static Result<std::unique_ptr<LinearModel>> ParseDense(std::string_view body, uint32_t classes,
                                                         const std::string& name);
  static Result<std::unique_ptr<LinearModel>> ParseSparse(std::string_view body, uint32_t classes,
                                                          const std::string& name);
  std::string SerializeSparse() const;
  std::string SerializeDense() const;

  int classes_ = 0;
  size_t rows_ = 0;
  std::vector<Slot> slots_;   // open addressing, linear probing; size a power of two
  int slot_shift_ = 63;       // 64 - log2(slots_.size())
  std::vector<ClassWeight> entries_;
  int dense_bits_ = 0;
  float scale_ = 0.0f;  // a dense weight is i16 × scale_
  std::vector<int16_t> dense_;
};

// The rows of a learner: per-feature state, found by hash, created on first
// use (in order of first use, so exports are deterministic). `Row` has a
// constructor taking the class count. Adding a row moves no other (a deque),
// so a learner may hold the rows of one example while it adds them.
template <typename Row>
class HashedRows {
 public:
  const Row* Find(uint64_t hash) const {
    auto it = index_.find(hash);
    return it == index_.end() ? nullptr : &rows_[it->second];
  }
  Row* FindOrAdd(uint64_t hash, int classes) {
    auto [it, fresh] = index_.try_emplace(hash, static_cast<uint32_t>(rows_.size()));
    if (fresh) {
      rows_.emplace_back(classes);
      hashes_.push_back(hash);
    }
    return &rows_[it->second];
  }
  size_t size() const { return rows_.size(); }
  uint64_t hash(size_t r) const { return hashes_[r]; }
  Row& row(size_t r) { return rows_[r]; }
  const Row& row(size_t r) const { return rows_[r]; }

 private:
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> hashes_;  // per row
  std::deque<Row> rows_;
};

using WeightRows = std::vector<std::pair<uint64_t, std::vector<ClassWeight>>>;

// The mean of several models' rows (a weight missing from one counts as 0):
// an ensemble of linear models as one.
WeightRows MeanRows(const std::vector<WeightRows>& parts, int classes);

// The rows a learner exports: of each row `keep` accepts, the classes whose
// weight `value(row, class)` is nonzero and at least `prune` in size, keyed by
// the row's hash.
template <typename Row, typename Keep, typename Value>
WeightRows ExportRows(const HashedRows<Row>& rows, int classes, float prune, Keep keep, Value value) {
  WeightRows out;
  for (size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows.row(r);
    if (!keep(row)) continue;
    std::vector<ClassWeight> w;
    for (int c = 0; c < classes; ++c) {
      float v = value(row, c);
      if (std::fabs(v) >= prune && v != 0.0f) w.push_back({static_cast<uint16_t>(c), v});
    }
    if (!w.empty()) out.emplace_back(rows.hash(r), std::move(w));
  }
  return out;
}

// Averaged perceptron training for LinearModel: dense rows per feature while
// training, lazily averaged, exported sparse — or, with `dense_bits` > 0,
// one row per dense-table row (LinearModel::DenseRow of the feature), so
// features that collide are trained as the one row they share in the
// exported dense model.
class PerceptronLearner {
 public:
  explicit PerceptronLearner(int classes, int dense_bits = 0) : classes_(classes), dense_bits_(dense_bits) {}

  // Current (unaveraged) scores of the features.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // One step of the clock (call once per training example).
  void Tick() { ++clock_; }
  // Adds `delta` to the weight of class `cls` for every feature.
  void Update(const uint64_t* feats, size_t n, int cls, float delta);

  // The averaged weights as rows (keyed by feature hash, or dense row). Features updated fewer than
  // `min_updates` times (rare ones: noise, and most of a model's size) and
  // entries with |w| < prune are dropped.
  WeightRows AveragedRows(float prune, uint32_t min_updates = 1) const;
  std::unique_ptr<LinearModel> Average(float prune, uint32_t min_updates = 1) const;

 private:
  struct Row {
    explicit Row(int classes) : w(classes, 0.0f), total(classes, 0.0), stamp(classes, 0) {}
    std::vector<float> w;
    std::vector<double> total;
    std::vector<int64_t> stamp;
    uint32_t updates = 0;
  };
  uint64_t Key(uint64_t hash) const { return dense_bits_ > 0 ? LinearModel::DenseRow(hash, dense_bits_) : hash; }

  int classes_;
  int dense_bits_;
  int64_t clock_ = 1;
  HashedRows<Row> rows_;
};

// L2-regularised multinomial logistic regression for LinearModel, trained
// online by AdaGrad (a rate per weight: rate / sqrt(0.1 + sum of its squared
// gradients)) with the regulariser as a proximal step after each example,
// w <- w / (1 + rate_w * l2), which the rows an example does not touch catch
// up lazily (their rates do not change in between). Each example's step
// descends its weighted log-loss + l2/2 |w|^2, so the model approaches the
// minimum of the mean weighted log-loss + l2/2 |w|^2. A model's score
// differences are log-odds.
class LogisticLearner {
 public:
  LogisticLearner(int classes, float rate, float l2) : classes_(classes), rate_(rate), l2_(l2) {}

  // One step on an example with features `feats`, class `label` and weight
  // `weight`: the softmax runs over the `n_allowed` classes `allowed` (all
  // classes if null; `label` must be among them). Returns the best allowed
  // class before the step (to count errors online).
  int Step(const uint64_t* feats, size_t n, int label, float weight, const uint16_t* allowed = nullptr,
           size_t n_allowed = 0);

  // The weights as rows, regularised up to the last step. Features seen in
  // fewer than `min_count` examples and entries with |w| < prune are dropped.
  WeightRows Rows(float prune, uint32_t min_count = 1) const;
  std::unique_ptr<LinearModel> Model(float prune, uint32_t min_count = 1) const {
    return LinearModel::Build(classes_, Rows(prune, min_count));
  }

 private:
  struct Row {
    explicit Row(int classes) : w(classes, 0.0f), g2(classes, 0.0f) {}
    std::vector<float> w, g2;
    int64_t stamp = 0;  // proximal steps applied up to this clock
    uint32_t count = 0;
  };
  float Rate(const Row& r, int c) const;
  // The weight of class c after the proximal steps from r.stamp up to `clock`.
  float Decayed(const Row& r, int c, int64_t clock) const;
  // Applies the proximal steps `r` has missed, up to the clock.
  void CatchUp(Row* r) const;
  // Scores to probabilities, in place; returns the index of the best.
  static size_t Softmax(std::vector<double>* scores);

  int classes_;
  float rate_, l2_;
  int64_t clock_ = 0;
  HashedRows<Row> rows_;
  // Scratch of Step(): all classes, the example's rows, its class scores.
  std::vector<uint16_t> all_;
  std::vector<Row*> touched_;
  std::vector<double> p_;
};

// Index of the largest score among `n` (the first on ties); -1 if n == 0.
int ArgMax(const float* scores, int n);

}  // namespace entente
