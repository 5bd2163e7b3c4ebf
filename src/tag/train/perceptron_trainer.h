// perceptron_trainer.h — trains the averaged perceptron of
// tag/perceptron_tagger.h on partially labelled sentences (a label of -1
// means "unknown": the token is decoded as history but never learned from).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tag/features.h"
#include "tag/perceptron_tagger.h"

namespace entente {

struct TrainSentence {
  std::vector<std::string> words;
  std::vector<int8_t> labels;  // TagIndex or -1
};

struct TrainOptions {
  int epochs = 5;
  int min_count = 2;        // features seen fewer times (with silver history) are dropped
  float prune = 0.0f;       // averaged weights with |w| below this are not exported
  uint64_t seed = 1;
};

class PerceptronTrainer {
 public:
  PerceptronTrainer(const FeatureExtractor* features, TrainOptions options)
      : features_(features), options_(options) {}

  // Trains on `data` (indices `subset`, or all when empty); returns the
  // averaged model.
  std::unique_ptr<PerceptronModel> Train(const std::vector<TrainSentence>& data,
                                         const std::vector<size_t>& subset);

 private:
  struct Row {
    float w[kNumTags] = {};
    double total[kNumTags] = {};
    int32_t stamp[kNumTags] = {};
  };
  void Update(uint64_t hash, int tag, float delta);

  const FeatureExtractor* features_;
  TrainOptions options_;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<Row> rows_;
  int64_t clock_ = 0;
};

}  // namespace entente
