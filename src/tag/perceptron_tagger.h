// perceptron_tagger.h — the main tagger: a greedy left-to-right averaged
// perceptron over the features of tag/features.h, with its weights in
// data/tag/model.bin (format: doc/formats/tagger.md). The weights are
// entente's own, trained by src/tag/train/ on silver-labelled news text.
//
// PerceptronModel is immutable after Load()/Build(); PerceptronTagger keeps
// only pointers and per-thread scratch, so both are safe to share.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entente/status.h"
#include "tag/features.h"
#include "tag/tagset.h"

namespace entente {

struct WeightEntry {
  uint8_t tag;   // TagIndex
  float weight;
};

class PerceptronModel {
 public:
  static constexpr uint32_t kFormatVersion = 1;

  // Reads a model file. NotFound if absent, Unsupported if its version is
  // newer than this build, Corrupt if malformed.
  static Result<std::unique_ptr<PerceptronModel>> Load(const std::string& path);

  // Builds a model from (feature hash, weights) rows (the trainer).
  static std::unique_ptr<PerceptronModel> Build(
      std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> rows);

  // Writes the model file (weights quantised to 16 bits).
  Status Save(const std::string& path) const;

  // Adds the weights of feature `hash` to scores[tag]; no-op if unknown.
  void Accumulate(uint64_t hash, float* scores) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.hash == hash) {
        const WeightEntry* w = entries_.data() + s.first;
        for (uint32_t k = 0; k < s.count; ++k) scores[w[k].tag] += w[k].weight;
        return;
      }
      if (s.hash == 0) return;
    }
  }
  size_t feature_count() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0 = empty (feature hashes are never 0)
    uint32_t first = 0;
    uint32_t count = 0;
  };
  void Index(std::vector<std::pair<uint64_t, std::vector<WeightEntry>>>& rows);

  std::vector<Slot> slots_;
  std::vector<WeightEntry> entries_;
  size_t size_ = 0;
};

class PerceptronTagger {
 public:
  PerceptronTagger(const FeatureExtractor* features, const PerceptronModel* model)
      : features_(features), model_(model) {}

  // Tags one sentence (greedy, left to right).
  void Tag(std::span<const std::string_view> words, std::span<entente::Tag> tags) const;

  // Scores every tag for token i of an analysed sentence given the previous
  // two tags (-1 = none). Shared with the trainer.
  static void Score(const PerceptronModel& model, std::span<const TokenInfo> toks, size_t i, int prev,
                    int prev2, float* scores);

 private:
  const FeatureExtractor* features_;
  const PerceptronModel* model_;
};

}  // namespace entente
