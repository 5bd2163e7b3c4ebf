// coder_trainer.h — trains the learned event coder (events/learned_coder.h)
// on annotated sentences, and measures a coder on gold sentences.
// The caller supplies the analysis up to the actors stage (the pipeline is a
// later stage than this library), so training sees exactly the trees and
// mentions the coder will see. Deterministic for one thread and build.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/status.h"
#include "events/cameo_table.h"
#include "events/event_scorer.h"
#include "events/learned_coder.h"
#include "events/lexicon.h"
#include "events/train/annotated_corpus.h"

namespace entente {

using Analyzer = std::function<void(const Document&, AnalyzedDocument*)>;

// A gold sentence as a document of its own (its id, text and date), analysed by `analyze`.
void AnalyzeSentence(const GoldSentence& s, const Analyzer& analyze, AnalyzedDocument* a);

// How the six models learn: averaged perceptrons (the shipped model), or
// L2-regularised multinomial logistic regression (util/linear_model.h's
// LogisticLearner; the margins of its models are log-odds).
enum class CoderLearner { kPerceptron, kLogistic };

// Candidate margins, chosen on dev (`entente train`): a perceptron's scores
// have no fixed scale; logistic regression's margins are log-odds, so its
// candidates are finer and nearer 0. The perceptron's target margin is one
// value, -10, chosen in the tenth session on the dev split, the PLOVER dev
// half and the real-news cross-validation together (dev alone took the
// lowest of 0..-6 and lost targets on the other two). `target_margins` and
// `trigger_margins`, when not empty, replace the candidates (dev chooses
// among them; one value fixes the margin).
struct MarginGrid {
  std::vector<float> trigger, target;
};
MarginGrid MarginsFor(CoderLearner learner, const std::vector<float>& target_margins = {},
                      const std::vector<float>& trigger_margins = {});

struct CoderTrainOptions {
  CoderLearner learner = CoderLearner::kPerceptron;
  // logistic: the L2 penalty l2/2 |w|^2 against the summed log-loss of a
  // model's examples (a Gaussian prior of variance 1/l2 on each weight), so
  // one setting regularises a model of few examples and one of many alike.
  float l2 = 1.0f;
  float rate = 0.1f;    // logistic: AdaGrad's base rate
  float prune = 1e-3f;  // logistic: weights smaller than this are not written
  int epochs = 10;
  // Models per model (a cheap ensemble): each learns on its own shuffles of
  // the examples; their weights are averaged. A single perceptron's result
  // moves by 0.01–0.02 F1 with the order it sees the examples in; the mean
  // of 8 (the shipped model) is steadier and scores as well as the best.
  int ensemble = 8;
  uint32_t min_updates = 1;  // drop features updated fewer times
  float positive_weight = 2;  // detector: a missed event weighs this many times a false alarm
  // Sentences of real reporting (ids "wikinews-…") weigh this many times a
  // synthetic one: the synthetic stories are dense with events, real news is not.
  float real_news_weight = 1;
  // Optional feature groups (none here; `entente train` passes
  // wordnet,wordnet-args,relevance,lexicon-sense unless told otherwise); stored in the model, whose
  // decoding then computes them.
  FeatureGroups features;
  // Feature augmentation by domain (none here): each chosen model learns a
  // general and a per-domain copy of every feature, the domain being each
  // sentence's `source`; stored in the model with the domain decoding reads.
  DomainAdaptation domain_adaptation;
  // Train the sentence relevance model (events/relevance.h) even without the
  // relevance group (for a relevance gate); the group trains it anyway.
  bool relevance_model = false;
  uint64_t seed = 20261206;
  bool verbose = true;
};

struct CoderTrainStats {
  // The relevance model's out-of-fold accuracy on the training sentences
  // (0 when it is not trained), and how many of them hold an event.
  double relevance_accuracy = 0;
  size_t relevant_sentences = 0;
  size_t sentences = 0, gold_events = 0, triggers_found = 0, trigger_instances = 0, triggers_candidate = 0;
  size_t argument_instances = 0, actors_found = 0, gold_actors = 0;
};

Result<CoderModels> TrainCoder(const std::vector<GoldSentence>& train, const Analyzer& analyze,
                               const CameoTable& cameo, const Lexicon& lexicon, const WordClasses* classes,
                               const CoderTrainOptions& options, CoderTrainStats* stats);

// Called before each gold sentence is coded (to set the coder up for it).
using SentenceSetup = std::function<void(const GoldSentence&)>;

// For a domain-adapted coder: a setup that decodes each gold sentence with
// the copies of its own record's domain when the model was trained on it,
// else with the model's decoding domain (as the coder's params were when
// called); null for a model without domain adaptation. The coder's
// decoding domain is left changed: the caller restores it.
SentenceSetup DecodeEachInItsDomain(LearnedCoder* coder);

// Codes every gold sentence with `coder` and scores the events that are
// counted (done and intended) against the gold (required events; optional
// ones absorb matches). A story's sentences (DocumentRuns: consecutive
// records of one doc_id) are each analysed alone and coded together
// (EventCoder::RunParts), as `entente code` reads a document; `setup` is
// called once per story, with its first sentence. System actor codes are ScoringCode(country or code).
// With `errors` (may be null), appends up to `max_errors` sentences whose
// events differ (type, source or target), with the gold and the system events.
EventScore EvaluateCoder(const std::vector<GoldSentence>& gold, const Analyzer& analyze, const EventCoder& coder,
                         std::string* errors = nullptr, size_t max_errors = 0,
                         const SentenceSetup& setup = nullptr);

}  // namespace entente
