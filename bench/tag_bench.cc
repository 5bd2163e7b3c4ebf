// tag_bench — Google Benchmark micro-benchmarks of the tag stage, one
// thread: start-up (loading the Lingua lexicon and WordNet), tagging alone,
// and tagging + lemmas (TagStage::Run), over the shared news corpus
// (../shared/corpus/voa_stories.jsonl and wikinews_2019_2020.jsonl, split
// by the text stage before timing). Reports tokens per second.
//
//   tag_bench [CORPUS_DIR] [--benchmark_filter=...] [--benchmark_min_time=2]
//
// Without a corpus it falls back to a short passage written for this
// benchmark (and says so), which is not the figure to record.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tag/tag_stage.h"
#include "text/text_stage.h"
#include "util/data_dir.h"
#include "bench_corpus.h"

namespace entente {
namespace {

std::string g_corpus_dir;

constexpr const char kFallback[] =
    "The rebels withdrew from the town on Tuesday and fled north, officials said. "
    "Allies met in Brussels and pledged more aid to Ukraine after talks with the minister. "
    "\"We will not surrender,\" the president told reporters who had gathered outside.";

using bench::LoadTexts;

struct Corpus {
  std::vector<AnalyzedDocument> docs;
  size_t tokens = 0;
  std::unique_ptr<TagStage> tag;
};

Corpus& GetCorpus() {
  static Corpus* corpus = [] {
    auto* c = new Corpus();  // lives for the whole run
    std::vector<std::string> texts;
    for (const char* f : {"voa_stories.jsonl", "wikinews_2019_2020.jsonl"}) {
      LoadTexts(g_corpus_dir + "/" + f, &texts);
    }
    if (texts.empty()) {
      std::fprintf(stderr, "tag_bench: no corpus in %s; timing a short passage instead\n", g_corpus_dir.c_str());
      texts.emplace_back(kFallback);
    }
    auto text = TextStage::Create();
    NullSink sink;
    auto tag = TagStage::Create(DataDir(), &sink);
    if (!text.ok() || !tag.ok()) {
      std::fprintf(stderr, "tag_bench: cannot build the stages\n");
      std::exit(2);
    }
    c->tag = std::move(tag).value();
    for (std::string& t : texts) {
      AnalyzedDocument d;
      d.doc.text = std::move(t);
      (*text)->Run(&d);
      c->tokens += d.tokens.size();
      c->docs.push_back(std::move(d));
    }
    return c;
  }();
  return *corpus;
}

void BM_TagStageCreate(benchmark::State& state) {
  NullSink sink;
  for (auto _ : state) {
    auto stage = TagStage::Create(DataDir(), &sink);
    benchmark::DoNotOptimize(stage);
  }
}
BENCHMARK(BM_TagStageCreate)->Unit(benchmark::kMillisecond);

// Tags only (TagWords), sentence by sentence.
void BM_TagWords(benchmark::State& state) {
  Corpus& c = GetCorpus();
  std::vector<std::string_view> words, tags;
  for (auto _ : state) {
    for (const AnalyzedDocument& d : c.docs) {
      for (const Sentence& s : d.sentences) {
        words.clear();
        for (uint32_t i = 0; i < s.token_count; ++i) words.push_back(d.tokens[s.first_token + i].text);
        tags.resize(words.size());
        c.tag->TagWords(words, tags);
        benchmark::DoNotOptimize(tags.data());
      }
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(c.tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagWords)->Unit(benchmark::kMillisecond);

// The whole stage: tags and lemmas written into the tokens.
void BM_TagStageRun(benchmark::State& state) {
  Corpus& c = GetCorpus();
  for (auto _ : state) {
    for (AnalyzedDocument& d : c.docs) c.tag->Run(&d);
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(c.tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagStageRun)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  if (argc > 1 && argv[1][0] != '-') {
    entente::g_corpus_dir = argv[1];
    --argc;
    ++argv;
  } else if (const char* env = std::getenv("ENTENTE_CORPUS_DIR"); env && *env) {
    entente::g_corpus_dir = env;
  } else {
    entente::g_corpus_dir = ENTENTE_DEFAULT_CORPUS_DIR;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
