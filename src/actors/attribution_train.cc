// attribution_train.cc — trains the country attribution (attribution.h):
// logistic regression over (mention, candidate) pairs, a pair positive when
// the candidate is the country the annotators gave the mention, by
// stochastic gradient descent with L2, in a fixed order. The threshold is
// the lowest probability at which the held-out attributions are right at
// least `precision` of the time: the model says "---" rather than guess.
#include <algorithm>
#include <cmath>
#include <random>

#include "actors/attribution.h"

namespace entente::actors {

namespace {

struct Pair {
  std::vector<uint32_t> features;
  float label = 0;
};

// Held-out attributions at `threshold`: made, right.
std::pair<size_t, size_t> HeldOut(const AttributionModel& model, const std::vector<AttributionExample>& held_out,
                                  double threshold) {
  AttributionModel probe = model;
  probe.set_threshold(threshold);
  size_t made = 0, right = 0;
  for (const AttributionExample& e : held_out) {
    double p = 0;
    int best = probe.Choose(e.candidates, &p);
    if (best < 0) continue;
    ++made;
    right += best == e.gold;
  }
  return {made, right};
}

}  // namespace

AttributionModel TrainAttribution(const std::vector<AttributionExample>& train,
                                  const std::vector<AttributionExample>& held_out,
                                  const AttributionTrainOptions& options, AttributionTrainStats* stats) {
  std::unordered_map<std::string, uint32_t> counts;
  for (const AttributionExample& e : train) {
    for (const AttributionCandidate& c : e.candidates) {
      for (const std::string& f : c.features) ++counts[f];
    }
  }
  std::vector<std::string> names;
  std::unordered_map<std::string, uint32_t> index;
  for (const auto& [f, n] : counts) {
    if (n >= options.min_count) names.push_back(f);
  }
  std::sort(names.begin(), names.end());  // a fixed order, whatever the hash table's
  for (uint32_t i = 0; i < names.size(); ++i) index[names[i]] = i;
  std::vector<Pair> pairs;
  for (const AttributionExample& e : train) {
    for (size_t k = 0; k < e.candidates.size(); ++k) {
      Pair p;
      p.label = static_cast<int>(k) == e.gold ? 1.0f : 0.0f;
      for (const std::string& f : e.candidates[k].features) {
        if (auto it = index.find(f); it != index.end()) p.features.push_back(it->second);
      }
      pairs.push_back(std::move(p));
    }
  }
  std::vector<double> w(names.size(), 0.0);
  std::vector<size_t> order(pairs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    double rate = options.rate / (1.0 + epoch * 0.2);
    for (size_t i : order) {
      const Pair& p = pairs[i];
      double z = 0;
      for (uint32_t f : p.features) z += w[f];
      double g = p.label - 1.0 / (1.0 + std::exp(-z));
      for (uint32_t f : p.features) w[f] += rate * (g - options.l2 * w[f]);
    }
  }
  AttributionModel model;
  for (size_t i = 0; i < names.size(); ++i) {
    if (std::fabs(w[i]) >= 1e-4) model.weights()[names[i]] = static_cast<float>(w[i]);
  }
  model.set_threshold(options.threshold > 0 ? options.threshold : 1.0);
  for (int step = 0; step <= 19 && options.threshold <= 0; ++step) {
    double threshold = 0.5 + step * 0.025;
    auto [made, right] = HeldOut(model, held_out, threshold);
    if (made > 0 && static_cast<double>(right) >= options.precision * static_cast<double>(made)) {
      model.set_threshold(threshold);
      break;
    }
  }
  if (stats) {
    stats->examples = train.size();
    stats->held_out = held_out.size();
    stats->features = model.size();
    auto [made, right] = HeldOut(model, held_out, model.threshold());
    stats->held_out_made = made;
    stats->held_out_right = right;
    stats->held_out_possible = 0;
    for (const AttributionExample& e : held_out) stats->held_out_possible += e.gold >= 0;
  }
  return model;
}

}  // namespace entente::actors
