// entente train-locator — trains the event locator (where an event happened,
// events/event_location.h) on the `location` fields of annotated sentences:
//   entente train-locator --events data/train/events -o data/events/locator.model
// learns from DIR/train.jsonl, chooses the margin on DIR/dev.jsonl and on
// DIR/train.jsonl scored out of fold (`--margin-folds`; best place F-beta,
// `--beta`) and prints the dev figures of `entente eval --locations`. One
// thread; deterministic for one build.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "events/train/locator_trainer.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct TrainLocatorArgs {
  std::string events;
  std::string out = "data/events/locator.model";
  std::string syntax_model;
  LocatorTrainOptions options;
};

int Run(const TrainLocatorArgs& a) {
  StderrSink sink;
  std::vector<GoldSentence> train, dev;
  if (!ReadAnnotatedCorpus(a.events + "/train.jsonl", &sink, &train) ||
      !ReadAnnotatedCorpus(a.events + "/dev.jsonl", &sink, &dev)) {
    return kExitFatal;
  }
  PipelineOptions popts;
  popts.last_stage = Stage::kActors;
  popts.syntax_model = a.syntax_model;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente train-locator: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  Analyzer analyze = [&](const Document& d, AnalyzedDocument* out) { (*pipeline)->Analyze(d, out); };
  std::vector<LocatorExample> fit = CollectLocatorExamples(train, analyze);
  std::vector<LocatorExample> choose = CollectLocatorExamples(dev, analyze);
  std::unique_ptr<LinearModel> weights = TrainLocatorWeights(fit, a.options);
  MarginEvidence evidence;
  AddBestScores(*weights, choose, &evidence);
  AddOutOfFoldScores(fit, a.options, a.options.margin_folds, &evidence);
  float margin = ChooseMargin(std::move(evidence), a.options.beta);
  std::printf("%zu train sentences, %zu events; %zu features; margin %.3f (chosen on %zu dev events%s)\n",
              train.size(), fit.size(), weights->feature_count(), margin, choose.size(),
              a.options.margin_folds > 1 ? " and the train events out of fold" : "");
  std::string about = "entente event locator, trained by `entente train-locator` on " + a.events +
                      "/train.jsonl\n(Wikinews CC BY 2.5, NGEC synthetic stories MIT; annotations CC BY 4.0); "
                      "model CC BY 4.0.";
  EventLocator locator(std::move(weights), margin, about);
  LocatorScore s = ScoreLocator(locator, choose);
  std::printf("dev: %zu events with a location: located %zu, country %zu, place %zu; %zu without: given one %zu; "
              "place F1 %.3f\n", s.with, s.located, s.country, s.place, s.without, s.extra, s.PlaceF1());
  Status st = WriteFile(a.out, locator.Serialize());
  if (!st.ok()) {
    std::fprintf(stderr, "entente train-locator: %s\n", st.ToString().c_str());
    return kExitFatal;
  }
  std::printf("wrote %s\n", a.out.c_str());
  return sink.error_count() ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddTrainLocator(CLI::App& root) {
  auto args = std::make_shared<TrainLocatorArgs>();
  CLI::App* app = root.add_subcommand(
      "train-locator", "Train the event locator (where an event happened) on annotated sentences.");
  app->add_option("--events", args->events, "directory with train.jsonl and dev.jsonl (annotation guide format)")
      ->required();
  app->add_option("-o,--out", args->out, "model file to write")->capture_default_str();
  app->add_option("--epochs", args->options.epochs, "training passes")->capture_default_str();
  app->add_option("--beta", args->options.beta,
                  "the margin maximises the places' F-beta on dev: a missed place costs beta times a wrong one")
      ->capture_default_str();
  app->add_option("--margin-folds", args->options.margin_folds,
                  "also choose the margin on the train split scored out of fold (this many folds by document; "
                  "0: on dev alone)")
      ->capture_default_str();
  app->add_option("--syntax-model", args->syntax_model, "tagger and parser model (default: the shipped one)");
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
