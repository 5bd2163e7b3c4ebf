#include "tag/train/perceptron_trainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace entente {

void PerceptronTrainer::Update(uint64_t hash, int tag, float delta) {
  auto it = index_.find(hash);
  if (it == index_.end()) return;
  Row& r = rows_[it->second];
  r.total[tag] += static_cast<double>(clock_ - r.stamp[tag]) * r.w[tag];
  r.stamp[tag] = static_cast<int32_t>(clock_);
  r.w[tag] += delta;
}

std::unique_ptr<PerceptronModel> PerceptronTrainer::Train(const std::vector<TrainSentence>& data,
                                                          const std::vector<size_t>& subset) {
  std::vector<size_t> order = subset;
  if (order.empty()) {
    order.resize(data.size());
    std::iota(order.begin(), order.end(), 0);
  }
  index_.clear();
  rows_.clear();
  clock_ = 0;
  std::vector<TokenInfo> toks;
  std::vector<std::string_view> words;
  uint64_t f[kNumFeatures];

  // Pass 0: count features along the silver history; keep the frequent ones.
  std::unordered_map<uint64_t, uint32_t> counts;
  for (size_t si : order) {
    const TrainSentence& s = data[si];
    words.assign(s.words.begin(), s.words.end());
    features_->Analyze(words, &toks);
    int prev = -1, prev2 = -1;
    for (size_t i = 0; i < toks.size(); ++i) {
      int label = s.labels[i];
      if (label >= 0 && toks[i].fixed < 0 && !toks[i].unambiguous) {
        FeatureExtractor::FeatureHashes(toks, i, prev, prev2, f);
        for (uint64_t h : f) ++counts[h];
      }
      prev2 = prev;
      prev = label >= 0 ? label : (toks[i].fixed >= 0 ? toks[i].fixed : toks[i].lex_top);
    }
  }
  for (const auto& [h, c] : counts) {
    if (c >= static_cast<uint32_t>(options_.min_count)) {
      index_.emplace(h, static_cast<uint32_t>(rows_.size()));
      rows_.emplace_back();
    }
  }
  counts.clear();

  std::mt19937_64 rng(options_.seed);
  float scores[kNumTags];
  for (int epoch = 0; epoch < options_.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t seen = 0, right = 0;
    for (size_t si : order) {
      const TrainSentence& s = data[si];
      words.assign(s.words.begin(), s.words.end());
      features_->Analyze(words, &toks);
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < toks.size(); ++i) {
        int pred;
        int label = s.labels[i];
        if (toks[i].fixed >= 0) {
          pred = toks[i].fixed;
        } else if (toks[i].unambiguous) {
          pred = toks[i].lex_top;
        } else {
          FeatureExtractor::FeatureHashes(toks, i, prev, prev2, f);
          std::fill(scores, scores + kNumTags, 0.f);
          for (uint64_t h : f) {
            auto it = index_.find(h);
            if (it == index_.end()) continue;
            const Row& r = rows_[it->second];
            for (int t = 0; t < kNumTags; ++t) scores[t] += r.w[t];
          }
          pred = 0;
          for (int t = 1; t < kNumTags; ++t) {
            if (scores[t] > scores[pred]) pred = t;
          }
          if (label >= 0) {
            ++clock_;
            ++seen;
            if (pred == label) {
              ++right;
            } else {
              for (uint64_t h : f) {
                Update(h, label, 1.f);
                Update(h, pred, -1.f);
              }
            }
          }
        }
        prev2 = prev;
        prev = pred;
      }
    }
    std::fprintf(stderr, "  epoch %d: %.2f%% of %zu scored tokens agree with the labels\n", epoch + 1,
                 seen ? 100.0 * right / seen : 0.0, seen);
  }

  std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> out;
  out.reserve(rows_.size());
  for (const auto& [h, ri] : index_) {
    Row& r = rows_[ri];
    std::vector<WeightEntry> ws;
    for (int t = 0; t < kNumTags; ++t) {
      double total = r.total[t] + static_cast<double>(clock_ - r.stamp[t]) * r.w[t];
      auto avg = static_cast<float>(clock_ > 0 ? total / static_cast<double>(clock_) : 0.0);
      if (std::fabs(avg) > options_.prune && avg != 0.f) ws.push_back({static_cast<uint8_t>(t), avg});
    }
    if (!ws.empty()) out.emplace_back(h, std::move(ws));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  index_.clear();
  rows_.clear();
  return PerceptronModel::Build(std::move(out));
}

}  // namespace entente
