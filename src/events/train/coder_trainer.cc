#include "events/train/coder_trainer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <cstdlib>
#include <memory>
#include <random>

#include "events/coder_features.h"
#include "events/relevance.h"
#include "util/linear_model.h"

namespace entente {

namespace {

struct Instance {
  std::vector<uint64_t> features;
  int label = 0;
  int allowed_type = 0;  // cameo instances: the trigger class whose codes may be chosen
  float weight = 1;      // size of the update when wrong
};

int TypeClass(const std::string& type) {
  for (size_t k = 0; k < kPloverTypes.size(); ++k) {
    if (kPloverTypes[k] == type) return static_cast<int>(k) + 1;
  }
  return 0;
}

int FactualityClass(const std::string& f) {
  for (int k = 0; k < kNumFactuality; ++k) {
    if (kFactualityNames[k] == f) return k;
  }
  return 0;
}

bool Overlaps(Span s, uint32_t b, uint32_t e) { return s.begin < e && b < s.end; }

// One of the six models while it learns: an averaged perceptron (updates on
// mistakes) or, with options.learner kLogistic, an L2-regularised logistic
// regression (a step on every example); with options.ensemble N > 1, N of
// them, each on its own shuffles, whose weights are averaged.
class Learner {
 public:
  // `examples`: how many the model learns from (the L2 penalty o.l2 is
  // against their summed loss, so each step takes o.l2 / examples of it).
  Learner(int classes, size_t examples, const CoderTrainOptions& o,
          const std::vector<std::vector<uint16_t>>* allowed = nullptr, float positive_weight = 1)
      : classes_(classes), allowed_(allowed), positive_weight_(positive_weight) {
    const float l2 = o.l2 / static_cast<float>(std::max<size_t>(1, examples));
    for (int m = 0; m < std::max(1, o.ensemble); ++m) {
      members_.push_back({PerceptronLearner(classes), nullptr});
      if (o.learner == CoderLearner::kLogistic) members_.back().logistic = std::make_unique<LogisticLearner>(classes, o.rate, l2);
    }
    prune_ = o.learner == CoderLearner::kLogistic ? o.prune : 0.0f;
  }

  // A pass of every member over `data`; `wrong` counts the first member's mistakes.
  void Epoch(std::vector<Instance>& data, std::mt19937_64* rng, size_t* wrong) {
    std::vector<size_t> order(data.size());
    for (Member& m : members_) {
      std::iota(order.begin(), order.end(), 0);
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[(*rng)() % i]);
      for (size_t k : order) {
        const Instance& x = data[k];
        float weight = x.weight * (x.label > 0 ? positive_weight_ : 1.0f);
        int guess = m.logistic ? LogisticStep(m.logistic.get(), x, weight) : PerceptronStep(&m.perceptron, x, weight);
        if (guess != x.label && &m == &members_[0]) ++*wrong;
      }
    }
  }
  std::unique_ptr<LinearModel> Model(uint32_t min_updates) const {
    std::vector<WeightRows> rows;
    for (const Member& m : members_) {
      rows.push_back(m.logistic ? m.logistic->Rows(prune_, min_updates) : m.perceptron.AveragedRows(0.0f, min_updates));
    }
    return LinearModel::Build(classes_, rows.size() == 1 ? std::move(rows[0]) : MeanRows(rows, classes_));
  }

 private:
  struct Member {
    PerceptronLearner perceptron;
    std::unique_ptr<LogisticLearner> logistic;  // null: the perceptron learns
  };
  int PerceptronStep(PerceptronLearner* p, const Instance& x, float step) {
    scores_.assign(classes_, 0.0f);
    p->Score(x.features.data(), x.features.size(), scores_.data());
    int guess = Best(scores_, x);
    p->Tick();
    if (guess != x.label) {
      p->Update(x.features.data(), x.features.size(), x.label, step);
      if (guess >= 0) p->Update(x.features.data(), x.features.size(), guess, -step);
    }
    return guess;
  }
  int LogisticStep(LogisticLearner* l, const Instance& x, float weight) const {
    if (!allowed_) return l->Step(x.features.data(), x.features.size(), x.label, weight);
    const std::vector<uint16_t>& classes = (*allowed_)[x.allowed_type];
    return l->Step(x.features.data(), x.features.size(), x.label, weight, classes.data(), classes.size());
  }
  int Best(const std::vector<float>& s, const Instance& x) const {
    if (!allowed_) return ArgMax(s.data(), classes_);
    int best = -1;
    for (uint16_t c : (*allowed_)[x.allowed_type]) {
      if (best < 0 || s[c] > s[best]) best = c;
    }
    return best;
  }
  std::vector<Member> members_;
  float prune_ = 0;
  int classes_;
  const std::vector<std::vector<uint16_t>>* allowed_;
  float positive_weight_;
  std::vector<float> scores_;
};

std::vector<uint64_t> Hashes(const FeatureSet& f) { return f.hashes(); }

// The relevance model (events/relevance.h): one example per gold sentence,
// its fold by document, so that no sentence is scored by a model that saw
// its story.
constexpr int kRelevanceFolds = 5;
constexpr int kRelevanceEpochs = 5;

struct RelevanceExample {
  std::vector<uint64_t> features;
  int label = 0;  // 1: the sentence holds an event
  int fold = 0;
};

// The sentence's document: its id without a trailing "-N" ("wikinews-Title-3").
int FoldOf(const std::string& id) {
  size_t dash = id.rfind('-');
  bool numbered = dash != std::string::npos && dash + 1 < id.size() &&
                  id.find_first_not_of("0123456789", dash + 1) == std::string::npos;
  return static_cast<int>(StringHash(numbered ? std::string_view(id).substr(0, dash) : std::string_view(id)) %
                          kRelevanceFolds);
}

// Logistic regression of "holds an event" on the examples outside fold
// `held_out` (-1: on all), over a seeded shuffle per epoch.
std::unique_ptr<LinearModel> LearnRelevance(const std::vector<RelevanceExample>& data, int held_out,
                                            const CoderTrainOptions& o) {
  std::vector<size_t> order;
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i].fold != held_out) order.push_back(i);
  }
  LogisticLearner learner(2, o.rate, 1.0f / static_cast<float>(std::max<size_t>(1, order.size())));
  std::mt19937_64 rng(o.seed + static_cast<uint64_t>(held_out + 1));
  for (int epoch = 0; epoch < kRelevanceEpochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t k : order) learner.Step(data[k].features.data(), data[k].features.size(), data[k].label, 1.0f);
  }
  return learner.Model(o.prune);
}

// The model on all examples, and each example's probability from the model
// that did not see its fold (out-of-fold) in *oof.
std::unique_ptr<LinearModel> TrainRelevance(const std::vector<RelevanceExample>& data, const CoderTrainOptions& o,
                                            std::vector<float>* oof, CoderTrainStats* st) {
  oof->assign(data.size(), 0.5f);
  size_t right = 0;
  for (int fold = 0; fold < kRelevanceFolds; ++fold) {
    std::unique_ptr<LinearModel> m = LearnRelevance(data, fold, o);
    for (size_t i = 0; i < data.size(); ++i) {
      if (data[i].fold != fold) continue;
      (*oof)[i] = RelevanceProbability(*m, data[i].features);
      right += ((*oof)[i] >= 0.5f) == (data[i].label == 1);
    }
  }
  for (const RelevanceExample& x : data) st->relevant_sentences += x.label;
  st->relevance_accuracy = data.empty() ? 0.0 : static_cast<double>(right) / data.size();
  return LearnRelevance(data, -1, o);
}

// A trigger candidate's relevance key and its gold sentence.
struct RelevanceCandidate {
  uint32_t sentence = 0;
  RelevanceKey key;
};

// What the relevance and docrel groups know of each training sentence: its
// out-of-fold relevance and its place in its story (the out-of-fold
// relevance of the story's sentences pooled).
struct SentencePriors {
  std::vector<float> oof;
  std::vector<DocumentRelevance> place;
};

SentencePriors PoolPriors(std::vector<float> oof, const std::vector<GoldSentence>& train) {
  SentencePriors priors{std::move(oof), std::vector<DocumentRelevance>(train.size())};
  for (const auto& [begin, end] : DocumentRuns(train)) {
    std::vector<float> story(priors.oof.begin() + static_cast<std::ptrdiff_t>(begin),
                             priors.oof.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<DocumentRelevance> place = PoolDocumentRelevance(story);
    std::copy(place.begin(), place.end(), priors.place.begin() + static_cast<std::ptrdiff_t>(begin));
  }
  return priors;
}

// Appends the relevance and docrel groups' features (those that are on) of
// candidate c to instance x, and their domain copies when the trigger
// features are adapted.
void AddRelevancePrior(const RelevanceCandidate& c, const SentencePriors& priors, const FeatureGroups& groups,
                       const std::vector<GoldSentence>& train, bool adapt, Instance* x) {
  FeatureSet f;
  if (groups.relevance) RelevancePriorFeatures(RelevanceBucket(priors.oof[c.sentence]), c.key, &f);
  if (groups.docrel) DocumentRelevanceFeatures(priors.place[c.sentence], c.key, &f);
  if (adapt) f.AddDomainCopies(train[c.sentence].source);
  x->features.insert(x->features.end(), f.hashes().begin(), f.hashes().end());
}

}  // namespace

SentenceSetup DecodeEachInItsDomain(LearnedCoder* coder) {
  if (!coder->params().domain_adaptation.any()) return nullptr;
  return [coder, adapt = coder->params().domain_adaptation](const GoldSentence& s) {
    coder->params().domain_adaptation.domain = std::string(adapt.For(s.source));
  };
}

void AnalyzeSentence(const GoldSentence& s, const Analyzer& analyze, AnalyzedDocument* a) {
  Document doc;
  doc.id = s.id;
  doc.text = s.text;
  doc.date = s.date;
  analyze(doc, a);
}

Result<CoderModels> TrainCoder(const std::vector<GoldSentence>& train, const Analyzer& analyze,
                               const CameoTable& cameo, const Lexicon& lexicon, const WordClasses* classes,
                               const CoderTrainOptions& o, CoderTrainStats* stats) {
  CoderModels models;
  models.params.features = o.features;
  models.params.domain_adaptation = o.domain_adaptation;
  if (o.domain_adaptation.any()) {
    std::vector<std::string>& trained = models.params.domain_adaptation.trained;
    for (const GoldSentence& s : train) {
      if (!s.source.empty()) trained.push_back(s.source);
    }
    std::sort(trained.begin(), trained.end());
    trained.erase(std::unique(trained.begin(), trained.end()), trained.end());
  }
  const DomainAdaptation& adapt = o.domain_adaptation;
  // CAMEO classes: every code of the table that has a PLOVER type, sorted.
  std::vector<std::vector<uint16_t>> codes_of_type(kNumTriggerClasses);
  {
    std::vector<std::string> all;
    for (const GoldSentence& s : train) {
      for (const GoldEvent& e : s.events) {
        if (!e.cameo.empty() && cameo.Find(e.cameo)) all.push_back(e.cameo);
      }
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    models.cameo_codes = all;
    for (size_t c = 0; c < all.size(); ++c) {
      const std::string& plover = cameo.Find(all[c])->plover;
      for (size_t k = 0; k < kPloverTypes.size(); ++k) {
        if (plover.find(kPloverTypes[k]) != std::string::npos) codes_of_type[k + 1].push_back(static_cast<uint16_t>(c));
      }
    }
  }
  std::vector<Instance> detects, pairs, triggers, cameos, facts, args;
  const bool priors = o.features.relevance || o.features.docrel;  // groups of the candidates' sentence
  const bool relevance = priors || o.relevance_model;
  std::vector<RelevanceExample> relevance_examples;
  std::vector<RelevanceCandidate> candidates;  // relevance group: one per detect instance
  std::vector<size_t> trigger_candidates;      // ... and the candidate of each type instance
  AnalyzedDocument a;
  SentenceGraph g;
  FeatureSet f, rf;
  CoderTrainStats st;
  for (const GoldSentence& s : train) {
    const auto index = static_cast<uint32_t>(&s - train.data());
    AnalyzeSentence(s, analyze, &a);
    rf.Clear();
    ++st.sentences;
    float weight = s.id.rfind("wikinews-", 0) == 0 ? o.real_news_weight : 1.0f;
    // Gold trigger tokens.
    std::vector<int> label(a.tokens.size(), 0);  // trigger class; -1 = optional (not learned from)
    std::vector<std::pair<int, const GoldEvent*>> found;
    for (const GoldEvent& e : s.events) {
      ++st.gold_events;
      uint32_t sent = 0;
      int t = GoldTriggerToken(a, e, &sent);
      int cls = TypeClass(e.type);
      if (t < 0 || cls == 0) continue;
      ++st.triggers_found;
      if (label[t] == 0) label[t] = e.optional ? -1 : cls;
      found.emplace_back(t, &e);
    }
    for (uint32_t si = 0; si < a.sentences.size(); ++si) {
      g.Build(a, si);
      if (relevance) RelevanceFeatures(g, lexicon, &rf);
      for (uint32_t t = g.first(); t < g.end(); ++t) {
        if (label[t] < 0 || !IsTriggerCandidate(g, t)) continue;
        f.Clear();
        TriggerFeatures(g, t, lexicon, o.features, classes, &f);
        if (adapt.trigger) f.AddDomainCopies(s.source);
        st.triggers_candidate += label[t] > 0;
        detects.push_back({Hashes(f), label[t] > 0 ? 1 : 0, 0, weight});
        if (label[t] > 0) triggers.push_back({Hashes(f), label[t], 0, weight});
        if (priors) {
          candidates.push_back({index, RelevanceKeyOf(g, t, lexicon)});
          if (label[t] > 0) trigger_candidates.push_back(candidates.size() - 1);
        }
        for (uint32_t m : g.MentionsNear(t)) {
          Span span = a.actors[m].span;
          bool source = false;
          for (const auto& [tok, e] : found) {
            if (tok != static_cast<int>(t) || e->optional) continue;
            for (const GoldActor& ga : e->sources) source |= Overlaps(span, ga.begin, ga.end);
          }
          f.Clear();
          PairFeatures(g, t, m, lexicon, o.features, classes, &f);
          if (adapt.pair) f.AddDomainCopies(s.source);
          pairs.push_back({Hashes(f), source ? 1 : 0, 0, weight});
        }
        ++st.trigger_instances;
      }
      for (const auto& [t, e] : found) {
        if (static_cast<uint32_t>(t) < g.first() || static_cast<uint32_t>(t) >= g.end()) continue;
        int cls = TypeClass(e->type);
        auto code = std::find(models.cameo_codes.begin(), models.cameo_codes.end(), e->cameo);
        if (code != models.cameo_codes.end()) {
          f.Clear();
          CameoFeatures(g, t, e->type, lexicon, &f);
          int c = static_cast<int>(code - models.cameo_codes.begin());
          if (std::find(codes_of_type[cls].begin(), codes_of_type[cls].end(), c) != codes_of_type[cls].end()) {
            cameos.push_back({Hashes(f), c, cls});
          }
        }
        f.Clear();
        FactualityFeatures(g, t, e->type, &f);
        facts.push_back({Hashes(f), FactualityClass(e->factuality), 0});
        st.gold_actors += e->sources.size() + e->targets.size();
        for (uint32_t m : g.MentionsNear(static_cast<uint32_t>(t))) {
          Span span = a.actors[m].span;
          int role = 0;
          for (const GoldActor& ga : e->sources) role = role ? role : (Overlaps(span, ga.begin, ga.end) ? 1 : 0);
          for (const GoldActor& ga : e->targets) role = role ? role : (Overlaps(span, ga.begin, ga.end) ? 2 : 0);
          st.actors_found += role != 0;
          f.Clear();
          ArgumentFeatures(g, t, e->type, m, o.features, classes, &f);
          if (adapt.argument) f.AddDomainCopies(s.source);
          args.push_back({Hashes(f), role, 0});
          ++st.argument_instances;
        }
      }
    }
    if (relevance) {
      const bool holds = std::any_of(s.events.begin(), s.events.end(), [](const GoldEvent& e) { return TypeClass(e.type) > 0; });
      relevance_examples.push_back({rf.hashes(), holds ? 1 : 0, FoldOf(s.id)});
    }
  }
  if (detects.empty()) return Status::InvalidArgument("no training sentences with candidate words");
  if (relevance) {
    std::vector<float> oof;
    models.relevance = TrainRelevance(relevance_examples, o, &oof, &st);
    const SentencePriors pooled = PoolPriors(std::move(oof), train);
    for (size_t k = 0; k < candidates.size(); ++k) {
      AddRelevancePrior(candidates[k], pooled, o.features, train, adapt.trigger, &detects[k]);
    }
    for (size_t k = 0; k < trigger_candidates.size(); ++k) {
      AddRelevancePrior(candidates[trigger_candidates[k]], pooled, o.features, train, adapt.trigger, &triggers[k]);
    }
    if (o.verbose) {
      std::fprintf(stderr, "  relevance: %zu of %zu sentences hold an event; out-of-fold accuracy %.2f%%\n",
                   st.relevant_sentences, relevance_examples.size(), 100.0 * st.relevance_accuracy);
    }
  }
  const int cameo_classes = static_cast<int>(std::max<size_t>(1, models.cameo_codes.size()));
  Learner ld(2, detects.size(), o, nullptr, o.positive_weight), lp(2, pairs.size(), o, nullptr, o.positive_weight),
      lt(kNumTriggerClasses, triggers.size(), o), lc(cameo_classes, cameos.size(), o, &codes_of_type),
      lf(kNumFactuality, facts.size(), o), la(kNumRoles, args.size(), o);
  if (o.verbose) {
    std::fprintf(stderr, "  examples: detect %zu, pair %zu, type %zu, cameo %zu, factuality %zu, argument %zu\n",
                 detects.size(), pairs.size(), triggers.size(), cameos.size(), facts.size(), args.size());
  }
  std::mt19937_64 rng(o.seed);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    size_t wd = 0, wp = 0, wt = 0, wc = 0, wf = 0, wa = 0;
    ld.Epoch(detects, &rng, &wd);
    lp.Epoch(pairs, &rng, &wp);
    lt.Epoch(triggers, &rng, &wt);
    lc.Epoch(cameos, &rng, &wc);
    lf.Epoch(facts, &rng, &wf);
    la.Epoch(args, &rng, &wa);
    if (o.verbose) {
      std::fprintf(stderr, "  epoch %d: wrong online: detect %.2f%%, type %.2f%%, cameo %.2f%%, factuality %.2f%%, "
                   "argument %.2f%%\n", epoch, 100.0 * wd / detects.size(), 100.0 * wt / std::max<size_t>(1, triggers.size()), cameos.empty() ? 0.0 : 100.0 * wc / cameos.size(),
                   facts.empty() ? 0.0 : 100.0 * wf / facts.size(), args.empty() ? 0.0 : 100.0 * wa / args.size());
    }
  }
  models.detect = ld.Model(o.min_updates);
  models.pair = lp.Model(o.min_updates);
  models.trigger = lt.Model(o.min_updates);
  models.cameo = lc.Model(o.min_updates);
  models.factuality = lf.Model(o.min_updates);
  models.argument = la.Model(o.min_updates);
  if (stats) *stats = st;
  return models;
}

MarginGrid MarginsFor(CoderLearner learner, const std::vector<float>& target_margins,
                      const std::vector<float>& trigger_margins) {
  MarginGrid grid = learner == CoderLearner::kLogistic
                        ? MarginGrid{{-8, -6, -4, -3, -2, -1.5, -1, -0.5, 0, 1}, {0, -0.5, -1, -1.5, -2, -3, -4}}
                        : MarginGrid{{-20, -16, -12, -8, -5, -3, -1, 0, 2}, {-10}};
  if (!target_margins.empty()) grid.target = target_margins;
  if (!trigger_margins.empty()) grid.trigger = trigger_margins;
  return grid;
}

namespace {

std::string Describe(const std::vector<ScoredEvent>& v) {
  std::string out;
  for (const ScoredEvent& e : v) {
    out += "  " + e.type + (e.optional ? "(optional)" : "") + " ";
    for (const std::string& c : e.sources) out += c + " ";
    out += "->";
    for (const std::string& c : e.targets) out += " " + c;
    out += "\n";
  }
  return out;
}

std::vector<std::string> ScoringCodes(const std::vector<ActorMention>& v) {
  std::vector<std::string> out;
  for (const ActorMention& m : v) out.push_back(ScoringCode(m.country.empty() ? m.code : m.country));
  return out;
}

// Scores the events coded in `a` against gold sentence s into *score, and
// appends the sentence to *errors (when given) if a dyad is wrong and fewer
// than max_errors are shown.
void ScoreGold(const GoldSentence& s, const AnalyzedDocument& a, EventScore* score, std::string* errors,
               size_t max_errors, size_t* shown) {
  std::vector<ScoredEvent> g, sys;
  for (const GoldEvent& e : s.events) {
    if (e.factuality != "done" && e.factuality != "intended") continue;
    ScoredEvent x{e.type, {}, {}, e.optional};
    for (const GoldActor& ga : e.sources) x.sources.push_back(ScoringCode(ga.code));
    for (const GoldActor& ga : e.targets) x.targets.push_back(ScoringCode(ga.code));
    g.push_back(std::move(x));
  }
  for (const Event& e : a.events) {
    if (e.negated || e.modality == Modality::kHypothetical || e.plover.empty()) {
      ++score->system_not_counted;
      continue;
    }
    sys.push_back({e.plover, ScoringCodes(e.sources), ScoringCodes(e.targets), false});
  }
  size_t before = score->dyad_fp + score->dyad_fn;
  ScoreSentence(g, sys, score);
  if (errors && *shown < max_errors && score->dyad_fp + score->dyad_fn != before) {
    ++*shown;
    *errors += s.id + ": " + s.text + "\n gold:\n" + Describe(g) + " system:\n" + Describe(sys);
    for (const Event& e : a.events) *errors += "  why " + e.plover + " [" + e.trigger + "]: " + e.why + "\n";
  }
}

}  // namespace

EventScore EvaluateCoder(const std::vector<GoldSentence>& gold, const Analyzer& analyze, const EventCoder& coder,
                         std::string* errors, size_t max_errors, const SentenceSetup& setup) {
  EventScore score;
  size_t shown = 0;
  // A story's sentences are analysed each alone (as the gold codes them)
  // and coded together, so that the coder reads them in their document.
  std::vector<AnalyzedDocument> parts;
  std::vector<AnalyzedDocument*> story;
  for (const auto& [begin, end] : DocumentRuns(gold)) {
    parts.resize(std::max(parts.size(), end - begin));
    story.clear();
    for (size_t i = begin; i < end; ++i) {
      AnalyzeSentence(gold[i], analyze, &parts[i - begin]);
      story.push_back(&parts[i - begin]);
    }
    if (setup) setup(gold[begin]);
    coder.RunParts(story);
    for (size_t i = begin; i < end; ++i) ScoreGold(gold[i], parts[i - begin], &score, errors, max_errors, &shown);
  }
  return score;
}

}  // namespace entente
