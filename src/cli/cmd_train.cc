// entente train — trains the learned event coder on annotated sentences:
//   entente train --events data/train/events -o data/events/model.bin
// reads DIR/train.jsonl (the annotation guide's record format), chooses the
// trigger margin and the target margin on DIR/dev.jsonl, and writes the
// model. One thread; deterministic for one build. The defaults train the
// model to ship: the mean of 8 averaged perceptrons per model (--ensemble 8)
// with the WordNet feature groups, the sentence relevance prior and the
// lexicon prior read by the clause's pattern
// (--features wordnet,wordnet-args,relevance,lexicon-sense;
// "wordnet,wordnet-args,relevance" for the models of the thirteenth and
// fourteenth sessions, "wordnet,wordnet-args" for the twelfth's, "none" for
// the features of models before them); opt-in: other groups, candidate pair
// weights (--pair-weights) and source floors (--source-floors), the latter
// two chosen on dev as well, and the learner (--learner logreg --l2 X:
// L2-regularised logistic regression instead of averaged perceptrons), the
// margin's objective (--margin-beta), per-type trigger margins written into
// the model as given (--type-margins, e.g. CONSULT:24; none by default).
// The decoding rules one event per deed, sources named in the sentence and
// requested acts not done are on (--no-one-event-per-deed,
// --no-sources-in-sentence, --no-requested-acts: off).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "events/cameo_table.h"
#include "events/lexicon.h"
#include "events/train/coder_trainer.h"
#include "events/word_classes.h"
#include "tag/lemmatizer.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct TrainArgs {
  std::string events;
  std::string out = "data/events/model.bin";
  std::string syntax_model;
  std::string features = "wordnet,wordnet-args,relevance,lexicon-sense";  // feature groups, comma-separated ("none": none)
  std::vector<float> pair_weights = {1};  // candidates for the pair model's weight
  std::vector<float> source_floors;       // candidates for the source floor (none: no floor)
  std::vector<float> target_margins;      // candidates for the target margin (none: the learner's default)
  std::vector<float> trigger_margins;     // candidates for the trigger margin (none: the learner's default)
  std::vector<float> relevance_gates;     // candidates for the relevance gate (none: no gate)
  std::string domain_adapt = "none";      // models trained with per-domain feature copies
  std::string domain = "wikinews";        // the domain whose copies decoding reads
  std::string learner = "perceptron";
  float margin_beta = 1;  // the trigger margin is chosen for the best type + dyad F-beta on dev
  // More gold files (annotation guide format or PLOVER records) whose type +
  // dyad F-beta adds to dev's when the trigger margin is chosen: dev's curve
  // is flat over a wide range of margins, so one more set of held-out
  // sentences decides where dev alone follows its noise.
  std::vector<std::string> choose_also;
  // Per-type trigger margins written into the model, added to the trigger
  // margin chosen on dev (not chosen here: they need the real-news
  // cross-validation's fold models, scripts/choose_type_margins.py). None by
  // default: the one stable choice, CONSULT:24, raised real-news type
  // precision by 0.020 on one set of fold models and 0.008 on a second,
  // within noise (doc/benchmarks.md, "Eleventh session (issue 15)").
  std::string type_margins;
  // Decoding rules, on by default (--no-… turns them off: the models before them).
  bool one_event_per_deed = true;
  bool sources_in_sentence = true;
  bool requested_acts = true;
  bool speculative_acts = true;
  CoderTrainOptions options;
};

// How the models learnt, for the model's `about` (nothing for one averaged perceptron per model).
std::string LearnerNote(const CoderTrainOptions& o) {
  char buf[160];
  std::string out;
  if (o.learner == CoderLearner::kLogistic) {
    std::snprintf(buf, sizeof buf, "Learner: L2-regularised logistic regression (l2 %g, rate %g, %d epochs, prune %g).\n",
                  o.l2, o.rate, o.epochs, o.prune);
    out += buf;
  }
  if (o.ensemble > 1) {
    std::snprintf(buf, sizeof buf, "Ensemble: the mean of %d models per model, each on its own shuffles.\n",
                  o.ensemble);
    out += buf;
  }
  return out;
}

// Type F-beta + dyad F-beta: with beta < 1 a margin that writes fewer,
// surer events is preferred (real news holds few events per sentence).
double MarginObjective(const EventScore& s, double beta) {
  if (beta == 1) return s.TypeF1() + s.DyadF1();
  return EventScore::FBeta(s.type_tp, s.type_fp, s.type_fn, beta) +
         EventScore::FBeta(s.dyad_tp, s.dyad_fp, s.dyad_fn, beta);
}

// The relevance gate (a sentence less likely than this to hold an event is
// not coded): no gate or one of the candidates, the best type + dyad F-beta
// on dev and the --choose-also files, as the trigger margin.
template <typename DevScore, typename AlsoScore>
void ChooseRelevanceGate(const TrainArgs& a, const DevScore& dev_score, const AlsoScore& also_score, LearnedCoder* coder) {
  std::vector<float> gates = {0};
  gates.insert(gates.end(), a.relevance_gates.begin(), a.relevance_gates.end());
  float best_gate = 0;
  double best = -1;
  for (float gate : gates) {
    coder->params().relevance_gate = gate;
    char what[64];
    std::snprintf(what, sizeof what, "dev, relevance gate %g", gate);
    double objective = MarginObjective(dev_score(what), a.margin_beta) + also_score();
    if (objective > best) best = objective, best_gate = gate;
  }
  coder->params().relevance_gate = best_gate;
  std::printf("relevance gate %g chosen on dev%s\n", best_gate, a.choose_also.empty() ? "" : " and the --choose-also files");
}

void PrintScore(const char* what, const EventScore& s) {
  std::printf("%s: type F1 %.3f (tp %zu fp %zu fn %zu), dyad F1 %.3f (tp %zu fp %zu fn %zu)\n", what, s.TypeF1(),
              s.type_tp, s.type_fp, s.type_fn, s.DyadF1(), s.dyad_tp, s.dyad_fp, s.dyad_fn);
}

int Run(TrainArgs a) {
  StderrSink sink;
  auto groups = FeatureGroups::Parse(a.features);
  if (!groups) {
    std::fprintf(stderr, "entente train: --features: unknown feature group in \"%s\" (known: sentence-nouns, "
                 "subject-kind, wordnet, wordnet-hypernyms, wordnet-args, object-lexicon, actor-sector, event-links, topic, relevance, docrel, false-alarm, lexicon-match, lexicon-sense, scope, shared-subject)\n", a.features.c_str());
    return kExitFatal;
  }
  a.options.features = *groups;
  a.options.relevance_model = !a.relevance_gates.empty();
  auto adapt = DomainAdaptation::ParseModels(a.domain_adapt);
  if (!adapt) {
    std::fprintf(stderr, "entente train: --domain-adapt: unknown model in \"%s\" (known: trigger, pair, argument)\n",
                 a.domain_adapt.c_str());
    return kExitFatal;
  }
  adapt->domain = a.domain;
  a.options.domain_adaptation = *adapt;
  if (a.learner == "logreg") a.options.learner = CoderLearner::kLogistic;
  if (!ParseTypeMargins(a.type_margins)) {
    std::fprintf(stderr, "entente train: --type-margins: expected TYPE:margin,… with PLOVER types, got \"%s\"\n",
                 a.type_margins.c_str());
    return kExitFatal;
  }
  if (a.pair_weights.empty()) a.pair_weights = {1};
  std::vector<GoldSentence> train, dev;
  if (!ReadAnnotatedCorpus(a.events + "/train.jsonl", &sink, &train)) return kExitFatal;
  ReadAnnotatedCorpus(a.events + "/dev.jsonl", &sink, &dev);
  std::vector<std::vector<GoldSentence>> also(a.choose_also.size());
  for (size_t k = 0; k < also.size(); ++k) {
    if (!ReadAnnotatedCorpus(a.choose_also[k], &sink, &also[k])) return kExitFatal;
  }
  PipelineOptions popts;
  popts.last_stage = Stage::kActors;
  popts.syntax_model = a.syntax_model;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente train: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  Analyzer analyze = [&](const Document& d, AnalyzedDocument* out) { (*pipeline)->Analyze(d, out); };
  auto cameo = CameoTable::Load(DataDir(), &sink);
  auto lexicon = Lexicon::Load(DataDir() + "/events/lexicon", &sink);
  if (!cameo.ok() || !lexicon.ok()) {
    std::fprintf(stderr, "entente train: cannot load the CAMEO table or the lexicon\n");
    return kExitFatal;
  }
  std::shared_ptr<const WordClasses> classes;
  if (a.options.features.uses_wordnet()) {
    auto loaded = WordClasses::Load(WordNetDir());
    if (!loaded.ok()) {
      std::fprintf(stderr, "entente train: %s\n", loaded.status().ToString().c_str());
      return kExitFatal;
    }
    classes = std::move(loaded).value();
  }
  CoderTrainStats stats;
  auto models = TrainCoder(train, analyze, *cameo, *lexicon, classes.get(), a.options, &stats);
  if (!models.ok()) {
    std::fprintf(stderr, "entente train: %s\n", models.status().ToString().c_str());
    return kExitFatal;
  }
  std::printf("trained on %zu sentences: %zu of %zu gold triggers found as words (%zu required ones as candidates), "
              "%zu of %zu gold actors as mentions\n",
              stats.sentences, stats.triggers_found, stats.gold_events, stats.triggers_candidate, stats.actors_found,
              stats.gold_actors);
  models->about = "entente learned event coder, trained by `entente train` on " + a.events +
                  "/train.jsonl (Wikinews CC BY 2.5, NGEC synthetic stories MIT; annotations CC BY 4.0).\n" + LearnerNote(a.options);
  LearnedCoder coder(std::move(models).value(), std::move(cameo).value(), std::move(lexicon).value(), classes);
  // A domain-adapted model's margins are chosen with each dev sentence
  // decoded in its own domain (the synthetic stories with their copies, the
  // real news with theirs); the file keeps the decoding domain asked for.
  const std::string decoding_domain = coder.params().domain_adaptation.domain;
  const SentenceSetup in_its_domain = DecodeEachInItsDomain(&coder);
  auto dev_score = [&](const char* what) {
    EventScore s = EvaluateCoder(dev, analyze, coder, nullptr, 0, in_its_domain);
    PrintScore(what, s);
    return s;
  };
  // Decoding rules asked for are in force while the margins are chosen.
  coder.params().one_event_per_deed = a.one_event_per_deed;
  coder.params().sources_in_sentence = a.sources_in_sentence;
  coder.params().requested_acts = a.requested_acts;
  coder.params().speculative_acts = a.speculative_acts;
  // The pair model's weight and the trigger margin: the best type F1 + dyad
  // F1 on the dev split.
  // The --choose-also files' summed objective.
  auto also_score = [&]() {
    double objective = 0;
    for (size_t k = 0; k < also.size(); ++k) {
      EventScore s = EvaluateCoder(also[k], analyze, coder, nullptr, 0, in_its_domain);
      PrintScore(("  and " + a.choose_also[k]).c_str(), s);
      objective += MarginObjective(s, a.margin_beta);
    }
    return objective;
  };
  const MarginGrid grid = MarginsFor(a.options.learner, a.target_margins, a.trigger_margins);
  float best_margin = 0, best_weight = 1;
  double best = -1;
  for (float weight : a.pair_weights) {
    for (float margin : grid.trigger) {
      coder.params().trigger_margin = margin;
      coder.params().pair_weight = weight;
      char what[80];
      if (a.pair_weights.size() == 1) std::snprintf(what, sizeof what, "dev, trigger margin %+g", margin);
      else std::snprintf(what, sizeof what, "dev, pair weight %g, trigger margin %+g", weight, margin);
      double objective = MarginObjective(dev_score(what), a.margin_beta) + also_score();
      if (objective > best) best = objective, best_margin = margin, best_weight = weight;
    }
  }
  coder.params().trigger_margin = best_margin;
  coder.params().pair_weight = best_weight;
  std::printf("pair weight %g, trigger margin %+g chosen on dev%s\n", best_weight, best_margin,
              also.empty() ? "" : " and the --choose-also files");
  // Then the target margin: the best dyad F1 on the dev split (types do not change).
  float best_target = 0;
  best = -1;
  for (float margin : grid.target) {
    coder.params().target_margin = margin;
    char what[64];
    std::snprintf(what, sizeof what, "dev, target margin %+g", margin);
    EventScore s = dev_score(what);
    if (s.DyadF1() > best) best = s.DyadF1(), best_target = margin;
  }
  coder.params().target_margin = best_target;
  std::printf("target margin %+g chosen on dev\n", best_target);
  // Then, if asked, the source floor (an event whose mentions all miss the
  // source margin takes its likeliest source): "off" or one of the
  // candidates, the best type F1 + dyad F1 on dev.
  if (!a.source_floors.empty()) {
    const float off = CoderParams().source_floor;
    float best_floor = off;
    best = -1;
    std::vector<float> floors = {off};
    floors.insert(floors.end(), a.source_floors.begin(), a.source_floors.end());
    for (float floor : floors) {
      coder.params().source_floor = floor;
      char what[64];
      std::snprintf(what, sizeof what, floor == off ? "dev, no source floor" : "dev, source floor %+g", floor);
      EventScore s = dev_score(what);
      if (s.TypeF1() + s.DyadF1() > best) best = s.TypeF1() + s.DyadF1(), best_floor = floor;
    }
    coder.params().source_floor = best_floor;
    if (best_floor == off) std::printf("no source floor chosen on dev\n");
    else std::printf("source floor %+g chosen on dev\n", best_floor);
  }
  if (!a.relevance_gates.empty()) ChooseRelevanceGate(a, dev_score, also_score, &coder);
  coder.params().domain_adaptation.domain = decoding_domain;
  coder.params().type_margins = *ParseTypeMargins(a.type_margins);  // checked before training
  Status st = coder.models().ToBundle().Save(a.out);
  if (!st.ok()) {
    std::fprintf(stderr, "entente train: %s\n", st.ToString().c_str());
    return kExitFatal;
  }
  std::printf("wrote %s\n", a.out.c_str());
  return sink.error_count() ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddTrain(CLI::App& root) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* app = root.add_subcommand("train", "Train the learned event coder on annotated sentences.");
  app->add_option("--events", args->events, "directory with train.jsonl and dev.jsonl (annotation guide format)")
      ->required();
  app->add_option("-o,--out", args->out, "model file to write")->capture_default_str();
  app->add_option("--epochs", args->options.epochs, "training passes")->capture_default_str();
  app->add_option("--ensemble", args->options.ensemble,
                  "models per model, each trained on its own shuffles, their weights averaged")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  app->add_option("--min-updates", args->options.min_updates, "drop features updated fewer times")
      ->capture_default_str();
  app->add_option("--positive-weight", args->options.positive_weight,
                  "detector: weight of a missed event against a false alarm")
      ->capture_default_str();
  app->add_option("--real-news-weight", args->options.real_news_weight,
                  "weight of a Wikinews sentence against a synthetic one")
      ->capture_default_str();
  app->add_option("--learner", args->learner,
                  "how the six models learn: perceptron (averaged perceptrons, the shipped model) or logreg "
                  "(L2-regularised multinomial logistic regression by AdaGrad; margins become log-odds)")
      ->check(CLI::IsMember({"perceptron", "logreg"}))
      ->capture_default_str();
  app->add_option("--l2", args->options.l2, "logreg: the L2 penalty l2/2 |w|^2 against the summed log-loss of a model's examples")
      ->capture_default_str();
  app->add_option("--rate", args->options.rate, "logreg: AdaGrad's base learning rate")->capture_default_str();
  app->add_option("--prune", args->options.prune, "logreg: weights smaller than this are not written")
      ->capture_default_str();
  app->add_option("--syntax-model", args->syntax_model, "tagger and parser model (default: the shipped one)");
  app->add_option("--features", args->features,
                  "feature groups, comma-separated: sentence-nouns (the sentence's common nouns as "
                  "trigger features), subject-kind (what kind of word the trigger's subject is), wordnet (WordNet "
                  "lexicographer files of the trigger, its arguments and its head), wordnet-hypernyms (with wordnet: "
                  "the trigger's synset and hypernyms, its arguments' hypernyms), wordnet-args (the trigger's WordNet class with each "
                  "actor's path, for the source and role decisions), object-lexicon (the lexicon's code of the trigger's "
                  "object, complement or oblique), actor-sector (each nearby actor's CAMEO sector or kind with its path and the "
                  "trigger's lemma, for the event and source decisions), event-links (a light verb and its event noun see each "
                  "other's lexicon code and WordNet class, complements of intent and saying, the trigger's code with its "
                  "object's class, quotation marks), topic (the non-political domains, disease, disaster, sport, "
                  "election…, the sentence's nouns reach by WordNet hypernyms: data/events/lexicon/00_topics.lex), "
                  "relevance (a sentence model's bucketed probability that the sentence holds an event, trained "
                  "out-of-fold, with the trigger's lemma, part of speech and lexicon root), "
                  "docrel (the sentence's story: its sentences' mean relevance, its first sentence's relevance and "
                  "the sentence's position, by the records' doc_id, with the trigger's lemma and lexicon root), "
                  "false-alarm (the kind of the "
                  "trigger's patient, animal, plant or food, negation and a population object with the lexicon's root), "
                  "lexicon-match (the root of the lexicon pattern whose constraints the trigger's clause meets, or "
                  "none met), lexicon-sense (the lexicon prior of a clause that meets a pattern constraining a role: "
                  "that pattern's root alone), scope (one country's sentence or several, the trigger's subject against "
                  "its object's country, with the lexicon's root), shared-subject (a verb with no subject of its own reads the "
                  "subject of the verb it is conjoined to or complements as its own, in the trigger, pair and "
                  "argument features), "
                  "or none; stored in the "
                  "model")
      ->capture_default_str();
  app->add_option("--domain-adapt", args->domain_adapt,
                  "feature augmentation by domain (Daume 2007): the models, comma-separated (trigger: detector and "
                  "type; pair; argument), that learn a general and a per-domain copy of each feature, the domain "
                  "being each record's `source`; or none. Stored in the model")
      ->capture_default_str();
  app->add_option("--domain", args->domain,
                  "with --domain-adapt: the domain whose copies decoding reads (the text to code); stored in the model")
      ->capture_default_str();
  app->add_option("--pair-weights", args->pair_weights,
                  "candidate weights of the source-pair model's margin in the event score, comma-separated; "
                  "chosen on dev with the trigger margin")
      ->delimiter(',')
      ->capture_default_str();
  app->add_option("--source-floors", args->source_floors,
                  "candidate source floors, comma-separated (e.g. 0,-4,-20,-1e9): an event whose mentions all "
                  "miss the source margin takes its likeliest codable source if it beats \"none\" by more; chosen "
                  "on dev against no floor (default: no floor)")
      ->delimiter(',');
  app->add_option("--relevance-gates", args->relevance_gates,
                  "candidate relevance gates, comma-separated probabilities (e.g. 0.05,0.1,0.2): a sentence the "
                  "relevance model (stored in the model) finds less likely to hold an event is not coded; chosen on "
                  "dev and the --choose-also files against no gate (default: no gate)")
      ->delimiter(',');
  app->add_option("--trigger-margins", args->trigger_margins,
                  "candidate trigger margins, comma-separated, chosen on dev and the --choose-also files; one value "
                  "fixes it (the shipped model: -8, chosen on dev, the PLOVER dev half and the real-news "
                  "cross-validation together; default: -20 to +2 for the perceptron)")
      ->delimiter(',');
  app->add_option("--target-margins", args->target_margins,
                  "candidate target margins, comma-separated (e.g. 0,-2,-4,-6), the best dyad F1 on dev chosen "
                  "(default: -10 for the perceptron, chosen on dev, the PLOVER dev half and the real-news "
                  "cross-validation; 0 to -4 for logistic regression)")
      ->delimiter(',');
  app->add_option("--type-margins", args->type_margins,
                  "per-type trigger margins to store in the model, added to the chosen trigger margin for a word "
                  "of that type: TYPE:margin,… (chosen on dev and the real-news cross-validation by "
                  "scripts/choose_type_margins.py; default: none)")
      ->capture_default_str();
  app->add_option("--margin-beta", args->margin_beta,
                  "choose the trigger margin for the best type F-beta + dyad F-beta on dev: below 1 weighs "
                  "precision more (default 1: F1)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--choose-also", args->choose_also,
                  "more gold files (annotation guide format or PLOVER records) whose type + dyad F-beta adds to "
                  "dev's when the trigger margin is chosen (e.g. the PLOVER dev half); repeatable")
      ->check(CLI::ExistingFile);
  app->add_flag("--one-event-per-deed,!--no-one-event-per-deed", args->one_event_per_deed,
               "decode one event per deed: of a verb and its own nominal object or complement (\"carried out "
               "the attack\"), or of two events of the same type and actors in a sentence, only the better scored; "
               "stored in the model (default: on)");
  app->add_flag("--sources-in-sentence,!--no-sources-in-sentence", args->sources_in_sentence,
                "a pronoun whose referent is in another sentence is no source; stored in the model (default: on)");
  app->add_flag("--requested-acts,!--no-requested-acts", args->requested_acts,
                "an act only asked for or warned against (\"urged X to sign\", \"warned X against deploying\") "
                "is hypothetical; stored in the model (default: on)");
  app->add_flag("--speculative-acts,!--no-speculative-acts", args->speculative_acts,
                "an act under a speculative modal (\"may enter\", \"could seize\") is hypothetical; stored in the "
                "model (default: on)");
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
