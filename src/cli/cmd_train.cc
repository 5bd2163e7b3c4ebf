// entente train — trains the learned event coder on annotated sentences:
//   entente train --events data/train/events -o data/events/model.bin
// reads DIR/train.jsonl (the annotation guide's record format), chooses the
// trigger margin, the pair weight, the target margin and the source floor on
// DIR/dev.jsonl,
// and writes the model. One thread;
// deterministic for one build.
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
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct TrainArgs {
  std::string events;
  std::string out = "data/events/model.bin";
  std::string syntax_model;
  CoderTrainOptions options;
};

void PrintScore(const char* what, const EventScore& s) {
  std::printf("%s: type F1 %.3f (tp %zu fp %zu fn %zu), dyad F1 %.3f (tp %zu fp %zu fn %zu)\n", what, s.TypeF1(),
              s.type_tp, s.type_fp, s.type_fn, s.DyadF1(), s.dyad_tp, s.dyad_fp, s.dyad_fn);
}

int Run(const TrainArgs& a) {
  StderrSink sink;
  std::vector<GoldSentence> train, dev;
  if (!ReadAnnotatedCorpus(a.events + "/train.jsonl", &sink, &train)) return kExitFatal;
  ReadAnnotatedCorpus(a.events + "/dev.jsonl", &sink, &dev);
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
  CoderTrainStats stats;
  auto models = TrainCoder(train, analyze, *cameo, *lexicon, a.options, &stats);
  if (!models.ok()) {
    std::fprintf(stderr, "entente train: %s\n", models.status().ToString().c_str());
    return kExitFatal;
  }
  std::printf("trained on %zu sentences: %zu of %zu gold triggers found as words (%zu required ones as candidates), "
              "%zu of %zu gold actors as mentions\n",
              stats.sentences, stats.triggers_found, stats.gold_events, stats.triggers_candidate, stats.actors_found,
              stats.gold_actors);
  models->about = "entente learned event coder, trained by `entente train` on " + a.events +
                  "/train.jsonl (Wikinews CC BY 2.5, NGEC synthetic stories MIT; annotations CC BY 4.0).\n";
  LearnedCoder coder(std::move(models).value(), std::move(cameo).value(), std::move(lexicon).value());
  // The trigger margin and the pair model's weight: the best type F1 + dyad
  // F1 on the dev split.
  float best_margin = 0, best_weight = 1;
  double best = -1;
  for (float weight : {1.0f, 2.0f, 3.0f}) {
    for (float margin : {-20.0f, -16.0f, -12.0f, -8.0f, -5.0f, -3.0f, -1.0f, 0.0f, 2.0f}) {
      coder.params().trigger_margin = margin;
      coder.params().pair_weight = weight;
      EventScore s = EvaluateCoder(dev, analyze, coder);
      char what[80];
      std::snprintf(what, sizeof what, "dev, pair weight %.0f, trigger margin %+.0f", weight, margin);
      PrintScore(what, s);
      if (s.TypeF1() + s.DyadF1() > best) best = s.TypeF1() + s.DyadF1(), best_margin = margin, best_weight = weight;
    }
  }
  coder.params().trigger_margin = best_margin;
  coder.params().pair_weight = best_weight;
  std::printf("pair weight %.0f, trigger margin %+.0f chosen on dev\n", best_weight, best_margin);
  // Then the target margin: the best dyad F1 on the dev split (types do not change).
  float best_target = 0;
  best = -1;
  for (float margin : {0.0f, -1.0f, -2.0f, -3.0f, -4.0f, -6.0f}) {
    coder.params().target_margin = margin;
    EventScore s = EvaluateCoder(dev, analyze, coder);
    char what[64];
    std::snprintf(what, sizeof what, "dev, target margin %+.0f", margin);
    PrintScore(what, s);
    if (s.DyadF1() > best) best = s.DyadF1(), best_target = margin;
  }
  coder.params().target_margin = best_target;
  std::printf("target margin %+.0f chosen on dev\n", best_target);
  // Then the source floor (an event whose mentions all miss the source
  // margin takes its likeliest source): the best type F1 + dyad F1 on dev.
  float best_floor = 1e9f;
  best = -1;
  for (float floor : {1e9f, 0.0f, -2.0f, -4.0f, -8.0f, -12.0f, -20.0f, -1e9f}) {
    coder.params().source_floor = floor;
    EventScore s = EvaluateCoder(dev, analyze, coder);
    char what[64];
    std::snprintf(what, sizeof what, "dev, source floor %+g", floor);
    PrintScore(what, s);
    if (s.TypeF1() + s.DyadF1() > best) best = s.TypeF1() + s.DyadF1(), best_floor = floor;
  }
  coder.params().source_floor = best_floor;
  std::printf("source floor %+g chosen on dev\n", best_floor);
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
  app->add_option("--min-updates", args->options.min_updates, "drop features updated fewer times")
      ->capture_default_str();
  app->add_option("--positive-weight", args->options.positive_weight,
                  "detector: weight of a missed event against a false alarm")
      ->capture_default_str();
  app->add_option("--real-news-weight", args->options.real_news_weight,
                  "weight of a Wikinews sentence against a synthetic one")
      ->capture_default_str();
  app->add_option("--syntax-model", args->syntax_model, "tagger and parser model (default: the shipped one)");
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
