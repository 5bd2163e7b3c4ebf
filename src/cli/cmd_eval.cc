// entente eval — codes the sentences of a gold file (the annotation guide's
// format, or the PLOVER records) and prints the scorer's figures: event type
// and dyad precision, recall and F1, and the per-type table.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "events/event_location.h"
#include "events/learned_coder.h"
#include "events/train/coder_trainer.h"
#include "events/train/locator_trainer.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct EvalArgs {
  std::string gold;
  std::string model;
  std::string syntax_model;
  bool keep_sourceless = false;
  float trigger_margin = -1000;
  float argument_margin = -1000;
  float target_margin = -1000;
  float source_floor = -1000;
  float pair_weight = -1000;
  std::string type_margins = "-";  // "-": as the model says
  int one_event_per_deed = -1;   // -1: as the model says
  int sources_in_sentence = -1;  // -1: as the model says
  int requested_acts = -1;       // -1: as the model says
  int speculative_acts = -1;     // -1: as the model says
  float relevance_gate = -1;     // -1: as the model says
  float document_gate = -1;      // -1: as the model says
  std::string domain = "-";       // "-": each record's own domain if the model knows it, else the model's
  size_t show_errors = 0;
  bool locations = false;
  std::string locator;
  float locator_margin = -1000;
};

double Pct(size_t a, size_t b) { return b ? 100.0 * a / b : 0.0; }

// `entente eval --locations`: the event locator on each coded gold event's
// own trigger (with the event's gold type and actors), against the guide's
// `location` field: country and place (the same span, at the gold
// precision), and places given where the gold has none.
int RunLocations(const EvalArgs& a, const std::vector<GoldSentence>& gold, const Pipeline& pipeline) {
  std::string path = a.locator.empty() ? EventLocator::DefaultPath(DataDir()) : a.locator;
  auto locator = EventLocator::Load(path);
  if (!locator.ok()) {
    std::fprintf(stderr, "entente eval: %s\n", locator.status().ToString().c_str());
    return kExitFatal;
  }
  if (a.locator_margin > -1000) (*locator)->set_margin(a.locator_margin);
  Analyzer analyze = [&](const Document& d, AnalyzedDocument* out) { pipeline.Analyze(d, out); };
  std::string errors;
  LocatorScore s = ScoreLocator(**locator, CollectLocatorExamples(gold, analyze), &errors, a.show_errors);
  std::fwrite(errors.data(), 1, errors.size(), stdout);
  std::printf("events with a gold location: %zu; located %zu; country %.1f%% (%zu); place %.1f%% (%zu)\n", s.with,
              s.located, Pct(s.country, s.with), s.country, Pct(s.place, s.with), s.place);
  std::printf("events without a gold location: %zu; given one anyway %.1f%% (%zu); place F1 %.3f\n", s.without,
              Pct(s.extra, s.without), s.extra, s.PlaceF1());
  return kExitOk;
}

int Run(const EvalArgs& a) {
  StderrSink sink;
  std::vector<GoldSentence> gold;
  if (!ReadAnnotatedCorpus(a.gold, &sink, &gold)) return kExitFatal;
  PipelineOptions popts;
  popts.last_stage = Stage::kActors;
  popts.syntax_model = a.syntax_model;
  auto pipeline = Pipeline::Create(popts, &sink);
  auto coder = LearnedCoder::Create(DataDir(), a.model, &sink);
  if (!pipeline.ok() || !coder.ok()) {
    std::fprintf(stderr, "entente eval: %s\n",
                 (pipeline.ok() ? coder.status() : pipeline.status()).ToString().c_str());
    return kExitFatal;
  }
  if (a.locations) return RunLocations(a, gold, **pipeline);
  Analyzer analyze = [&](const Document& d, AnalyzedDocument* out) { (*pipeline)->Analyze(d, out); };
  if (a.keep_sourceless) (*coder)->params().keep_sourceless = true;
  if (a.trigger_margin > -1000) (*coder)->params().trigger_margin = a.trigger_margin;
  if (a.argument_margin > -1000) (*coder)->params().argument_margin = a.argument_margin;
  if (a.target_margin > -1000) (*coder)->params().target_margin = a.target_margin;
  if (a.pair_weight > -1000) (*coder)->params().pair_weight = a.pair_weight;
  if (a.source_floor > -1000) (*coder)->params().source_floor = a.source_floor;
  if (a.one_event_per_deed >= 0) (*coder)->params().one_event_per_deed = a.one_event_per_deed != 0;
  if (a.sources_in_sentence >= 0) (*coder)->params().sources_in_sentence = a.sources_in_sentence != 0;
  if (a.requested_acts >= 0) (*coder)->params().requested_acts = a.requested_acts != 0;
  if (a.speculative_acts >= 0) (*coder)->params().speculative_acts = a.speculative_acts != 0;
  if (a.relevance_gate >= 0) {
    if (!(*coder)->models().relevance && a.relevance_gate > 0) {
      std::fprintf(stderr, "entente eval: --relevance-gate: the event model has no relevance model (train it with "
                   "--features …,relevance or --relevance-gates)\n");
      return kExitFatal;
    }
    (*coder)->params().relevance_gate = a.relevance_gate;
  }
  if (a.document_gate >= 0) {
    if (!(*coder)->models().relevance && a.document_gate > 0) {
      std::fprintf(stderr, "entente eval: --document-gate: the event model has no relevance model (train it with "
                   "--features …,relevance)\n");
      return kExitFatal;
    }
    (*coder)->params().document_gate = a.document_gate;
  }
  if (a.domain != "-") (*coder)->params().domain_adaptation.domain = a.domain == "none" ? "" : a.domain;
  if (a.type_margins != "-") {
    auto margins = ParseTypeMargins(a.type_margins);
    if (!margins) {
      std::fprintf(stderr, "entente eval: --type-margins: expected TYPE:margin,… with PLOVER types, got \"%s\"\n",
                   a.type_margins.c_str());
      return kExitFatal;
    }
    (*coder)->params().type_margins = *margins;
  }
  SentenceSetup setup = a.domain == "-" ? DecodeEachInItsDomain(coder->get()) : nullptr;
  std::string errors;
  EventScore s = EvaluateCoder(gold, analyze, **coder, &errors, a.show_errors, setup);
  std::fwrite(errors.data(), 1, errors.size(), stdout);
  std::printf("%-10s %6s %6s %6s %5s %5s %5s\n", "type", "P", "R", "F1", "tp", "fp", "fn");
  for (const auto& [type, c] : s.per_type) {
    std::printf("%-10s %6.1f %6.1f %6.3f %5zu %5zu %5zu\n", type.c_str(), Pct(c[0], c[0] + c[1]),
                Pct(c[0], c[0] + c[2]), EventScore::F1(c[0], c[1], c[2]), c[0], c[1], c[2]);
  }
  std::printf("%zu sentences; %zu system mentions not counted (negated, denied, hypothetical)\n", gold.size(),
              s.system_not_counted);
  // The counts too, so that scores of several files (cross-validation folds) can be pooled.
  std::printf("type: P %.3f R %.3f F1 %.3f (tp %zu fp %zu fn %zu)\n", Pct(s.type_tp, s.type_tp + s.type_fp) / 100,
              Pct(s.type_tp, s.type_tp + s.type_fn) / 100, s.TypeF1(), s.type_tp, s.type_fp, s.type_fn);
  std::printf("dyad: P %.3f R %.3f F1 %.3f (tp %zu fp %zu fn %zu)\n", Pct(s.dyad_tp, s.dyad_tp + s.dyad_fp) / 100,
              Pct(s.dyad_tp, s.dyad_tp + s.dyad_fn) / 100, s.DyadF1(), s.dyad_tp, s.dyad_fp, s.dyad_fn);
  return sink.error_count() ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddEval(CLI::App& root) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* app = root.add_subcommand("eval", "Code a gold file's sentences and score the events.");
  app->add_option("gold", args->gold, "gold JSON Lines (annotation guide format or PLOVER records)")->required();
  app->add_option("--model", args->model, "event model (default: data/events/model.bin)");
  app->add_option("--syntax-model", args->syntax_model, "tagger and parser model (default: the shipped one)");
  app->add_option("--show-errors", args->show_errors,
                  "print up to N sentences whose events (type, source or target) differ; with --locations, up to N "
                  "events not given their gold place or given a place where the gold has none");
  app->add_flag("--locations", args->locations,
                "score event locations instead: the locator on each gold trigger against the `location` field");
  app->add_option("--locator", args->locator, "with --locations: event locator model (default: data/events/locator.model)");
  app->add_option("--locator-margin", args->locator_margin, "with --locations: override the locator's margin");
  app->add_flag("--keep-sourceless", args->keep_sourceless, "also score events that found no source");
  app->add_option("--trigger-margin", args->trigger_margin, "override the model's trigger margin");
  app->add_option("--argument-margin", args->argument_margin, "override the model's source margin");
  app->add_option("--target-margin", args->target_margin, "override the model's target margin");
  app->add_option("--pair-weight", args->pair_weight, "override the weight of the source-pair model's margin");
  app->add_option("--type-margins", args->type_margins,
                  "override the model's per-type trigger margins, added to the trigger margin for a word of that "
                  "type: TYPE:margin,… (e.g. MOBILIZE:4,RETREAT:8; \"\" for none)");
  app->add_option("--source-floor", args->source_floor,
                  "override the margin over \"none\" a fallback source needs when no mention passes");
  app->add_option("--one-event-per-deed", args->one_event_per_deed,
                  "1 or 0: override whether a verb and its own nominal object (or two events of the same type "
                  "and actors) in one sentence give one event")
      ->check(CLI::Range(0, 1));
  app->add_option("--sources-in-sentence", args->sources_in_sentence,
                  "1 or 0: override whether a pronoun whose referent is in another sentence may be a source")
      ->check(CLI::Range(0, 1));
  app->add_option("--requested-acts", args->requested_acts,
                  "1 or 0: override whether an act only asked for or warned against (\"urged X to sign\", "
                  "\"warned X against deploying\") is hypothetical")
      ->check(CLI::Range(0, 1));
  app->add_option("--speculative-acts", args->speculative_acts,
                  "1 or 0: override whether an act under a speculative modal (\"may enter\", \"could seize\") is "
                  "hypothetical")
      ->check(CLI::Range(0, 1));
  app->add_option("--relevance-gate", args->relevance_gate,
                  "override the model's relevance gate: a sentence its relevance model finds less likely than this "
                  "to hold an event is not coded (0: none)");
  app->add_option("--document-gate", args->document_gate,
                  "override the model's document gate: a story (the records of one doc_id) whose sentences' mean "
                  "relevance is below this is not coded (0: none)");
  app->add_option("--domain", args->domain,
                  "the domain whose feature copies a domain-adapted model reads for every sentence (none: the "
                  "general copies only); default: each record's `source` when the model was trained on it, else "
                  "the model's decoding domain");
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
