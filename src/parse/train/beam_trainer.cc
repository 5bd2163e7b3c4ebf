#include "parse/train/beam_trainer.h"

#include <algorithm>

namespace entente {

namespace {

// The label of an arc made in training: gold on a gold arc, else the label
// model's guess (as the greedy trainer's states hold).
uint16_t TrainLabel(const ParseData& d, const BeamView& v, int head, int dep, const PerceptronLearner& ll,
                    BeamTrainScratch* x) {
  if (head < 0) return 0;
  if (d.head[dep] == head) return d.label[dep];
  uint64_t f[kMaxLabelFeatures];
  size_t nl = LabelFeatures(v, d.words, head, dep, f);
  std::fill(x->lscores.begin(), x->lscores.end(), 0.0f);
  ll.Score(f, nl, x->lscores.data());
  return static_cast<uint16_t>(std::max(0, ArgMax(x->lscores.data(), static_cast<int>(x->lscores.size()))));
}

// Adds the allowed successors of item i to the candidates; `zero` marks
// those of least cost when item i is itself of least cost so far.
void Expand(const ParseData& d, const PerceptronLearner& tl, int i, BeamTrainScratch* x) {
  BeamView v(x->beam, i);
  uint64_t f[kMaxParseFeatures];
  size_t nf = TransitionFeatures(v, d.words, f);
  float sc[kNumTransitions] = {};
  tl.Score(f, nf, sc);
  bool allowed[kNumTransitions];
  AllowedTransitions(v, d.words, allowed);
  int cost[kNumTransitions] = {0, 0, 0};
  int min_cost = 1 << 30;
  const BeamItem& it = x->beam.item(i);
  if (it.zero_cost) {
    Costs(v, d, cost);
    for (int t = 0; t < kNumTransitions; ++t) {
      if (allowed[t]) min_cost = std::min(min_cost, cost[t]);
    }
  }
  for (int t = 0; t < kNumTransitions; ++t) {
    if (allowed[t]) x->cands.push_back({it.score + sc[t], i, t, it.zero_cost && cost[t] == min_cost});
  }
}

int Materialize(const ParseData& d, const BeamCandidate& c, const PerceptronLearner& ll, BeamTrainScratch* x) {
  int head = x->beam.HeadOf(c.parent, c.t);
  uint16_t label;
  {
    BeamView v(x->beam, c.parent);
    label = TrainLabel(d, v, head, v.S(0), ll, x);
  }
  int k = x->beam.Apply(c.parent, c.t, label, c.score);
  x->beam.mutable_item(k).zero_cost = c.zero;
  return k;
}

// The gold reference after a step: the best least-cost successor of the
// previous one (made if the beam dropped it), or a better least-cost item
// of the beam.
int NextGold(const ParseData& d, int gold, const PerceptronLearner& tl, const PerceptronLearner& ll,
             BeamTrainScratch* x) {
  size_t mark = x->cands.size();
  Expand(d, tl, gold, x);
  const BeamCandidate* best = nullptr;
  for (size_t k = mark; k < x->cands.size(); ++k) {
    const BeamCandidate& c = x->cands[k];
    if (c.zero && (!best || c.score > best->score)) best = &c;
  }
  int g = -1;
  for (int i : x->next) {
    const BeamItem& it = x->beam.item(i);
    if (best && it.parent == best->parent && it.action == best->t) g = i;
  }
  if (g < 0 && best) g = Materialize(d, *best, ll, x);
  x->cands.resize(mark);
  for (int i : x->next) {
    const BeamItem& it = x->beam.item(i);
    if (it.zero_cost && (g < 0 || it.score > x->beam.item(g).score)) g = i;
  }
  return g;
}

// The items from the start to `item`.
void Chain(const TransitionBeam& beam, int item, std::vector<int>* out) {
  out->clear();
  for (int i = item; i >= 0; i = beam.item(i).parent) out->push_back(i);
  std::reverse(out->begin(), out->end());
}

// +1 to the gold reference's transitions, -1 to the predicted ones, after
// their common prefix.
void Update(const ParseData& d, int pred, int gold, PerceptronLearner* tl, BeamTrainScratch* x) {
  Chain(x->beam, pred, &x->chain_pred);
  Chain(x->beam, gold, &x->chain_gold);
  uint64_t f[kMaxParseFeatures];
  size_t steps = std::min(x->chain_pred.size(), x->chain_gold.size());
  for (size_t j = 1; j < steps; ++j) {
    if (x->chain_pred[j] == x->chain_gold[j]) continue;
    for (auto [chain, delta] : {std::pair{&x->chain_gold, 1.0f}, std::pair{&x->chain_pred, -1.0f}}) {
      size_t nf = TransitionFeatures(BeamView(x->beam, (*chain)[j - 1]), d.words, f);
      tl->Update(f, nf, x->beam.item((*chain)[j]).action, delta);
    }
  }
}

// The label model learns on the gold arcs of the gold reference's chain.
void LearnLabels(const ParseData& d, int gold, PerceptronLearner* ll, BeamTrainScratch* x, BeamTrainStats* stats) {
  Chain(x->beam, gold, &x->chain_gold);
  uint64_t f[kMaxLabelFeatures];
  int n = static_cast<int>(x->beam.n());
  for (size_t j = 1; j < x->chain_gold.size(); ++j) {
    const BeamItem& it = x->beam.item(x->chain_gold[j]);
    if (it.head < 0 || it.dep < 0 || it.dep >= n || d.head[it.dep] != it.head) continue;
    size_t nl = LabelFeatures(BeamView(x->beam, x->chain_gold[j - 1]), d.words, it.head, it.dep, f);
    std::fill(x->lscores.begin(), x->lscores.end(), 0.0f);
    ll->Score(f, nl, x->lscores.data());
    int guess = ArgMax(x->lscores.data(), static_cast<int>(x->lscores.size()));
    ll->Tick();
    ++stats->arcs;
    if (guess != d.label[it.dep]) {
      ++stats->label_wrong;
      ll->Update(f, nl, d.label[it.dep], 1.0f);
      ll->Update(f, nl, guess, -1.0f);
    }
  }
}

}  // namespace

void LearnBeamSentence(const ParseData& d, int width, PerceptronLearner* tl, PerceptronLearner* ll,
                       BeamTrainScratch* x, BeamTrainStats* stats) {
  x->beam.Reset(d.words.size() - 1);
  x->current.assign(1, 0);
  int gold = 0, worst_pred = -1, worst_gold = -1;
  double worst = 0;
  while (!BeamView(x->beam, x->current[0]).Terminal()) {
    x->cands.clear();
    for (int i : x->current) Expand(d, *tl, i, x);
    KeepBest(&x->cands, width);
    x->next.clear();
    for (const BeamCandidate& c : x->cands) x->next.push_back(Materialize(d, c, *ll, x));
    gold = NextGold(d, gold, *tl, *ll, x);
    if (gold < 0) break;  // no least-cost move (cannot happen with a legal state)
    // A violation: the beam's best is not of least cost yet scores at least
    // as high as the gold reference; the largest (the latest of equals) wins.
    const BeamItem& top = x->beam.item(x->next[0]);
    double v = top.score - x->beam.item(gold).score;
    if (!top.zero_cost && v >= 0 && (worst_pred < 0 || v >= worst)) {
      worst = v;
      worst_pred = x->next[0];
      worst_gold = gold;
    }
    x->current.swap(x->next);
  }
  ++stats->sentences;
  if (worst_pred >= 0) {
    ++stats->updates;
    Update(d, worst_pred, worst_gold, tl, x);
  }
  tl->Tick();
  if (gold >= 0) LearnLabels(d, gold, ll, x, stats);
}

}  // namespace entente
