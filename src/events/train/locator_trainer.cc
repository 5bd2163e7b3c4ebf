#include "events/train/locator_trainer.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace entente {

namespace {

bool Overlaps(const Span& s, uint32_t b, uint32_t e) { return s.begin < e && b < s.end; }

// Token ranges of the mentions overlapping the gold event's actors.
TokenRanges GoldArguments(const AnalyzedDocument& a, const GoldEvent& g) {
  TokenRanges out;
  for (const ActorMention& m : a.actors) {
    for (const auto* list : {&g.sources, &g.targets}) {
      for (const GoldActor& ga : *list) {
        if (Overlaps(m.span, ga.begin, ga.end)) out.emplace_back(m.begin, m.end);
      }
    }
  }
  return out;
}

// Fills the per-candidate answers of `x` from its gold location. A
// candidate is the gold place when its span overlaps the gold one at the
// gold country and precision, or when it names the same place (place id) as
// such a candidate.
void Answers(const AnalyzedDocument& a, const std::vector<uint32_t>& candidates, LocatorExample* x) {
  std::vector<std::string> ids;
  for (uint32_t c : candidates) {
    EventLocation l;
    FillLocation(a, a.actors[c], &l);
    bool country = !x->gold.text.empty() && l.country == x->gold.country;
    bool span = country && Overlaps(l.span, x->gold.begin, x->gold.end);
    x->texts.push_back(l.text);
    x->same_country.push_back(country);
    x->right.push_back(span);
    x->same_place.push_back(span && l.precision == x->gold.precision);
    ids.push_back(l.place_id);
  }
  // The gold place named twice ("Switzerland … Switzerland"): another
  // mention of the same place is the same place.
  for (size_t c = 0; c < ids.size(); ++c) {
    for (size_t o = 0; o < ids.size(); ++o) {
      if (ids[o] != ids[c]) continue;
      x->same_place[c] = x->same_place[c] || x->same_place[o];
      x->right[c] = x->right[c] || x->right[o];
    }
  }
}

// The best candidate's score and index (-1 if none).
std::pair<float, int> Best(const LinearModel& w, const LocatorExample& x) {
  std::pair<float, int> best{0.0f, -1};
  for (size_t k = 0; k < x.candidates.size(); ++k) {
    float s = 0;
    w.AccumulateAll(x.candidates[k].data(), x.candidates[k].size(), &s);
    if (best.second < 0 || s > best.first) best = {s, static_cast<int>(k)};
  }
  return best;
}

// The document of a sentence id ("ngec-syn-3240-4" -> "ngec-syn-3240").
std::string DocumentOf(const std::string& sentence_id) { return sentence_id.substr(0, sentence_id.rfind('-')); }

// FNV-1a: the same fold for a document on every build.
uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// F-beta: recall weighs beta times as much as precision (F1 at beta 1).
double FBeta(size_t tp, size_t fp, size_t fn, double beta = 1) {
  double b2 = beta * beta;
  return tp ? (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) : 0.0;
}

// Why an event with a gold location was not given its place: no candidate
// is the gold place ("no candidate"), the gold place is a candidate but none
// was chosen ("not chosen") or another one was ("wrong place" in the gold
// country, "wrong country" elsewhere).
std::string MissClass(const LocatorExample& x, int k) {
  bool any = std::any_of(x.same_place.begin(), x.same_place.end(), [](uint8_t v) { return v != 0; });
  if (!any) return k < 0 ? "no candidate, none given" : x.same_country[k] ? "no candidate, country right" : "no candidate, wrong country";
  if (k < 0) return "not chosen";
  return x.same_country[k] ? "wrong place" : "wrong country";
}

std::string CandidateList(const LocatorExample& x) {
  std::string out;
  for (size_t c = 0; c < x.texts.size(); ++c) out += std::string(" '") + x.texts[c] + (x.same_place[c] ? "'*" : "'");
  return out.empty() ? " none" : out;
}

}  // namespace

void LocatorExamples(const GoldSentence& s, const AnalyzedDocument& a, std::vector<LocatorExample>* out) {
  SentenceGraph g;
  for (const GoldEvent& e : s.events) {
    if ((e.factuality != "done" && e.factuality != "intended") || e.trigger_end == 0) continue;
    uint32_t sentence = 0;
    int t = GoldTriggerToken(a, e, &sentence);
    if (t < 0) continue;
    g.Build(a, sentence);
    std::vector<uint32_t> candidates = PlaceCandidates(g);
    LocatorExample x;
    x.id = s.id;
    x.gold = e.location;
    x.candidates = CandidateFeatures(g, static_cast<uint32_t>(t), e.type, candidates, GoldArguments(a, e));
    Answers(a, candidates, &x);
    out->push_back(std::move(x));
  }
}

std::vector<LocatorExample> CollectLocatorExamples(const std::vector<GoldSentence>& gold, const Analyzer& analyze) {
  std::vector<LocatorExample> out;
  AnalyzedDocument a;
  for (const GoldSentence& s : gold) {
    AnalyzeSentence(s, analyze, &a);
    LocatorExamples(s, a, &out);
  }
  return out;
}

std::unique_ptr<LinearModel> TrainLocatorWeights(const std::vector<LocatorExample>& train,
                                                 const LocatorTrainOptions& o) {
  PerceptronLearner p(1);
  std::mt19937_64 rng(o.seed);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t k : order) {
      const LocatorExample& x = train[k];
      if (x.candidates.empty()) continue;
      int guess = -1, gold = -1;
      float best = 0;
      for (size_t c = 0; c < x.candidates.size(); ++c) {
        float s = 0;
        p.Score(x.candidates[c].data(), x.candidates[c].size(), &s);
        if (s > best) best = s, guess = static_cast<int>(c);
        if (x.right[c] && gold < 0) gold = static_cast<int>(c);
      }
      p.Tick();
      if (guess == gold || (guess >= 0 && x.right[guess])) continue;
      if (gold >= 0) p.Update(x.candidates[gold].data(), x.candidates[gold].size(), 0, 1.0f);
      if (guess >= 0) p.Update(x.candidates[guess].data(), x.candidates[guess].size(), 0, -1.0f);
    }
  }
  return p.Average(0.0f);
}

double LocatorScore::PlaceF1() const { return FBeta(place, located + extra - place, with - place); }

LocatorScore ScoreLocator(const EventLocator& locator, const std::vector<LocatorExample>& examples,
                          std::string* errors, size_t max_errors) {
  LocatorScore s;
  size_t shown = 0;
  for (const LocatorExample& x : examples) {
    int k = locator.Choose(locator.Score(x.candidates));
    if (x.gold.text.empty()) {
      ++s.without;
      s.extra += k >= 0;
      if (errors && shown < max_errors && k >= 0) {
        ++shown;
        *errors += x.id + ": given where gold has none: system '" + x.texts[k] + "'; candidates" + CandidateList(x) + "\n";
      }
      continue;
    }
    ++s.with;
    s.located += k >= 0;
    s.country += k >= 0 && x.same_country[k];
    s.place += k >= 0 && x.same_place[k];
    if (errors && shown < max_errors && !(k >= 0 && x.same_place[k])) {
      ++shown;
      *errors += x.id + ": " + MissClass(x, k) + ": gold '" + x.gold.text + "' " + x.gold.country + " " +
                 x.gold.precision + "; system '" + (k >= 0 ? x.texts[k] : std::string()) + "'; candidates" +
                 CandidateList(x) + "\n";
    }
  }
  return s;
}

void AddBestScores(const LinearModel& weights, const std::vector<LocatorExample>& examples, MarginEvidence* out) {
  for (const LocatorExample& x : examples) {
    out->with += !x.gold.text.empty();
    auto [score, k] = Best(weights, x);
    if (k >= 0) out->best.emplace_back(score, x.same_place[k] ? 1 : 0);
  }
}

void AddOutOfFoldScores(const std::vector<LocatorExample>& train, const LocatorTrainOptions& o, int folds,
                        MarginEvidence* out) {
  if (folds < 2) return;
  std::vector<std::vector<LocatorExample>> fit(folds), held(folds);
  for (const LocatorExample& x : train) {
    size_t k = Fnv1a(DocumentOf(x.id)) % static_cast<size_t>(folds);
    for (int f = 0; f < folds; ++f) (f == static_cast<int>(k) ? held : fit)[f].push_back(x);
  }
  for (int f = 0; f < folds; ++f) AddBestScores(*TrainLocatorWeights(fit[f], o), held[f], out);
}

float ChooseMargin(MarginEvidence e, double beta) {
  auto& best = e.best;
  std::sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  // Locating the first i (highest scores): sweep i.
  float margin = best.empty() ? 0.0f : best.front().first + 1.0f;
  double best_f = 0;
  size_t tp = 0;
  for (size_t i = 0; i < best.size(); ++i) {
    tp += best[i].second;
    if (i + 1 < best.size() && best[i + 1].first == best[i].first) continue;
    double f = FBeta(tp, i + 1 - tp, e.with - tp, beta);
    if (f > best_f) {
      best_f = f;
      margin = i + 1 < best.size() ? (best[i].first + best[i + 1].first) / 2 : best[i].first - 1.0f;
    }
  }
  return margin;
}

float ChooseLocatorMargin(const LinearModel& weights, const std::vector<LocatorExample>& examples, double beta) {
  MarginEvidence e;
  AddBestScores(weights, examples, &e);
  return ChooseMargin(std::move(e), beta);
}

}  // namespace entente
