// actors_bench — the actors stage on one thread: start-up (load + compile
// every built-in dictionary, with and without the installed ISO 3166 and
// geonames lists) and ActorStage::Run over the shared news corpus
// (../shared/corpus/voa_stories.jsonl and wikinews_2019_2020.jsonl), whose
// documents are tokenized and tagged once before timing. Reports
// sentences/s and the time per sentence.
//
//   actors_bench [--corpus DIR] [google-benchmark flags]
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include "actors/actor_stage.h"
#include "entente/actor.h"
#include "entente/pipeline.h"
#include "util/data_dir.h"

namespace entente {
namespace {

std::string g_corpus_dir = ENTENTE_DEFAULT_CORPUS_DIR;

struct Corpus {
  std::vector<AnalyzedDocument> docs;
  size_t sentences = 0;
  std::unique_ptr<ActorStage> actors;
};

Corpus& GetCorpus() {
  static Corpus* corpus = [] {
    auto* c = new Corpus();  // lives for the whole run
    PipelineOptions options;
    options.last_stage = Stage::kTag;
    NullSink sink;
    auto pipeline = Pipeline::Create(options, &sink);
    auto actors = ActorStage::Create(DataDir(), &sink);
    if (!pipeline.ok() || !actors.ok()) {
      std::fprintf(stderr, "actors_bench: cannot build the stages\n");
      std::exit(2);
    }
    c->actors = std::move(actors).value();
    for (const char* f : {"voa_stories.jsonl", "wikinews_2019_2020.jsonl"}) {
      simdjson::padded_string json;
      if (simdjson::padded_string::load(g_corpus_dir + "/" + f).get(json)) continue;
      simdjson::ondemand::parser parser;
      simdjson::ondemand::document_stream stream;
      if (parser.iterate_many(json).get(stream)) continue;
      for (auto rec : stream) {
        std::string_view text, date;
        if (rec["text"].get_string().get(text)) continue;
        Document doc;
        doc.text = std::string(text);
        AnalyzedDocument d;
        (*pipeline)->Analyze(doc, &d);
        c->sentences += d.sentences.size();
        c->docs.push_back(std::move(d));
      }
    }
    if (c->docs.empty()) {
      Document doc;
      doc.text = "Iraqi police and Germany's army met President Biden in Washington. The minister said he would go.";
      AnalyzedDocument d;
      (*pipeline)->Analyze(doc, &d);
      c->sentences += d.sentences.size();
      c->docs.push_back(std::move(d));
      std::fprintf(stderr, "actors_bench: no corpus in %s; timing a short passage\n", g_corpus_dir.c_str());
    }
    return c;
  }();
  return *corpus;
}

void BM_ActorStageCreate(benchmark::State& state) {
  NullSink sink;
  for (auto _ : state) {
    auto stage = ActorStage::Create(DataDir(), &sink);
    benchmark::DoNotOptimize(stage);
  }
}
BENCHMARK(BM_ActorStageCreate)->Unit(benchmark::kMillisecond);

// The project's files only (no ISO 3166 / geonames), via the checker's loader.
void BM_DictionaryLoadProjectFiles(benchmark::State& state) {
  NullSink sink;
  for (auto _ : state) {
    auto stats = CheckActorDictionary(DataDir(), false, &sink);
    benchmark::DoNotOptimize(stats);
  }
}
BENCHMARK(BM_DictionaryLoadProjectFiles)->Unit(benchmark::kMillisecond);

void BM_ActorsRun(benchmark::State& state) {
  Corpus& c = GetCorpus();
  size_t mentions = 0;
  for (auto _ : state) {
    for (AnalyzedDocument& d : c.docs) {
      c.actors->Run(&d);
      mentions += d.actors.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(c.sentences) * state.iterations(),
                                                     benchmark::Counter::kIsRate);
  state.counters["us/sentence"] = benchmark::Counter(
      static_cast<double>(c.sentences) * state.iterations(), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["mentions/sentence"] =
      static_cast<double>(mentions) / (static_cast<double>(c.sentences) * state.iterations());
}
BENCHMARK(BM_ActorsRun)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
      entente::g_corpus_dir = argv[++i];
      continue;
    }
    rest.push_back(argv[i]);
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
