// entente train-actors — trains the actors stage's country attribution of
// bare role nouns (src/actors/attribution.h) on annotated sentences:
//   entente train-actors --events data/train/events -o data/actors/attribution.model
// reads DIR/train.jsonl only: every role mention with no country ("the
// government": ---GOV) that overlaps an actor the annotators coded is an
// example, its answer the annotated country when the sentence names it,
// else none. One document in ten (by id) is held out to choose the
// threshold (or --threshold fixes it). One thread; deterministic for one build.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "actors/attribution.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "events/train/coder_trainer.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct TrainActorsArgs {
  std::string events;
  std::string out = "data/actors/attribution.model";
  std::string syntax_model;
  actors::AttributionTrainOptions options;
};

// The code the annotators gave an actor overlapping bytes [begin, end), or "".
std::string GoldCode(const GoldSentence& s, uint32_t begin, uint32_t end) {
  for (const GoldEvent& e : s.events) {
    for (const auto* list : {&e.sources, &e.targets}) {
      for (const GoldActor& a : *list) {
        if (a.end > a.begin && a.begin < end && begin < a.end) return a.code;
      }
    }
  }
  return "";
}

// Held out: one document in ten, by a hash of the document part of the id.
bool HeldOut(const std::string& id) {
  std::string doc = id.substr(0, id.rfind('-'));
  uint32_t h = 2166136261u;
  for (unsigned char c : doc) h = (h ^ c) * 16777619u;
  return h % 10 == 0;
}

void Examples(const GoldSentence& s, const AnalyzedDocument& a, std::vector<actors::AttributionExample>* out) {
  for (size_t i = 0; i < a.actors.size(); ++i) {
    const ActorMention& m = a.actors[i];
    if (!actors::IsAttributionTarget(m)) continue;
    std::string gold = GoldCode(s, m.span.begin, m.span.end);
    if (gold.empty()) continue;  // not an actor the annotators coded
    const Sentence& sent = a.sentences[m.sentence];
    actors::AttributionExample e;
    actors::AttributionCandidates(a.tokens, sent.first_token, sent.first_token + sent.token_count, a.actors, i,
                                  &e.candidates);
    if (e.candidates.empty()) continue;
    for (size_t k = 0; k < e.candidates.size(); ++k) {
      if (e.candidates[k].country == gold) e.gold = static_cast<int>(k);
    }
    out->push_back(std::move(e));
  }
}

int Run(const TrainActorsArgs& a) {
  StderrSink sink;
  std::vector<GoldSentence> train;
  if (!ReadAnnotatedCorpus(a.events + "/train.jsonl", &sink, &train)) return kExitFatal;
  PipelineOptions popts;
  popts.last_stage = Stage::kActors;
  popts.syntax_model = a.syntax_model;
  popts.actor_attribution = false;  // the mentions as the stage finds them, before attribution
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente train-actors: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  Analyzer analyze = [&](const Document& d, AnalyzedDocument* out) { (*pipeline)->Analyze(d, out); };
  std::vector<actors::AttributionExample> fit, held_out;
  AnalyzedDocument analysed;
  for (const GoldSentence& s : train) {
    AnalyzeSentence(s, analyze, &analysed);
    Examples(s, analysed, HeldOut(s.id) ? &held_out : &fit);
  }
  actors::AttributionTrainStats stats;
  actors::AttributionModel model = actors::TrainAttribution(fit, held_out, a.options, &stats);
  std::printf("%zu sentences: %zu examples to fit, %zu held out; %zu features\n", train.size(), stats.examples,
              stats.held_out, stats.features);
  std::printf("threshold %.3f (%s): held out, %zu attributions, %zu right, of %zu answerable\n", model.threshold(),
              a.options.threshold > 0 ? "given" : ("held-out precision >= " + std::to_string(a.options.precision)).c_str(), stats.held_out_made, stats.held_out_right,
              stats.held_out_possible);
  std::string about =
      "entente country attribution of bare role nouns, trained by `entente train-actors` on " + a.events +
      "/train.jsonl\n(Wikinews CC BY 2.5, NGEC synthetic stories MIT; annotations CC BY 4.0); model CC BY 4.0.";
  std::string text = model.Write(about);
  std::FILE* f = std::fopen(a.out.c_str(), "wb");
  bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (f && std::fclose(f) != 0) ok = false;
  if (!ok) {
    std::fprintf(stderr, "entente train-actors: cannot write %s\n", a.out.c_str());
    return kExitFatal;
  }
  std::printf("wrote %s\n", a.out.c_str());
  return sink.error_count() ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddTrainActors(CLI::App& root) {
  auto args = std::make_shared<TrainActorsArgs>();
  CLI::App* app = root.add_subcommand(
      "train-actors", "Train the actors stage's country attribution of bare role nouns on annotated sentences.");
  app->add_option("--events", args->events, "directory with train.jsonl (annotation guide format)")->required();
  app->add_option("-o,--out", args->out, "model file to write")->capture_default_str();
  app->add_option("--epochs", args->options.epochs, "training passes")->capture_default_str();
  app->add_option("--min-count", args->options.min_count, "drop features seen fewer times")->capture_default_str();
  app->add_option("--precision", args->options.precision,
                  "held-out precision the threshold must reach (higher: fewer, surer attributions)")
      ->capture_default_str();
  app->add_option("--threshold", args->options.threshold,
                  "take a candidate from this probability on (default: chosen by --precision)");
  app->add_option("--syntax-model", args->syntax_model, "tagger and parser model (default: the shipped one)");
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
