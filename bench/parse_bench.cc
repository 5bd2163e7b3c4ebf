// parse_bench — Google Benchmark micro-benchmarks of clause analysis (the
// parse stage) alone, of tagging + lemmas + clause analysis, and of the
// dependency parser alone and after the tagger (no lemmas, no clauses), one thread,
// over the shared news corpus (../shared/corpus/*.jsonl, read once and split
// by the text stage before timing). Reports sentences per second.
//
//   parse_bench [CORPUS_DIR] [--benchmark_filter=...] [--benchmark_min_time=2]
//
// CORPUS_DIR defaults to $ENTENTE_CORPUS_DIR, else ../shared/corpus from the
// source tree. Without a corpus it falls back to a short passage written for
// this benchmark (and says so), which is not the figure to record.
// $ENTENTE_SYNTAX_MODEL names another syntax model file (to compare two
// models with the same binary); default: data/syntax/en_ewt.model.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "parse/dependency_model.h"
#include "parse/parse_stage.h"
#include "tag/tagset.h"
#include "tag/tag_stage.h"
#include "text/text_stage.h"
#include "util/data_dir.h"
#include "bench_corpus.h"

namespace entente {
namespace {

std::string g_corpus_dir;

constexpr const char kFallback[] =
    "The minister said on Tuesday that the army would not withdraw from the border region. "
    "Germany, Italy and Spain agreed to step up spending, according to officials in Brussels. "
    "\"We will defend our allies,\" the president told reporters after meeting the chancellor. "
    "Rebels who seized the town refused to release the hostages, a spokesman for the UN said.";

using bench::LoadTexts;

// The corpus, split into sentences and tokens once (and tagged once when
// `tagged`), shared by the benchmarks.
struct Corpus {
  std::vector<AnalyzedDocument> docs;
  size_t sentences = 0;
  std::unique_ptr<TagStage> tag;
  std::unique_ptr<ParseStage> parse;
  std::unique_ptr<DependencyModel> syntax;  // the dependency parser alone
};

Corpus LoadCorpus() {
  Corpus corpus;
  Corpus* c = &corpus;
  {
    std::vector<std::string> texts;
    std::error_code ec;
    if (!g_corpus_dir.empty() && std::filesystem::is_directory(g_corpus_dir, ec)) {
      for (const auto& e : std::filesystem::directory_iterator(g_corpus_dir, ec)) {
        if (e.path().extension() == ".jsonl") LoadTexts(e.path().string(), &texts);
      }
    }
    if (texts.empty()) {
      std::fprintf(stderr, "parse_bench: no corpus in '%s'; using a built-in passage\n",
                   g_corpus_dir.c_str());
      for (int i = 0; i < 200; ++i) texts.emplace_back(kFallback);
    }
    const char* env_model = std::getenv("ENTENTE_SYNTAX_MODEL");
    std::string model = env_model ? env_model : TagStage::DefaultModelPath(DataDir());
    auto text = TextStage::Create();
    auto tag = TagStage::Create(DataDir(), nullptr, model);
    auto parse = ParseStage::Create(DataDir(), nullptr, model);
    auto syntax = DependencyModel::Load(model);
    if (!text.ok() || !tag.ok() || !parse.ok() || !syntax.ok()) {
      std::fprintf(stderr, "parse_bench: cannot build the stages\n");
      std::exit(2);
    }
    c->tag = std::move(tag).value();
    c->parse = std::move(parse).value();
    c->syntax = std::move(syntax).value();
    c->docs.resize(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      c->docs[i].doc.text = std::move(texts[i]);
      (*text)->Run(&c->docs[i]);
      c->tag->Run(&c->docs[i]);
      for (const Sentence& s : c->docs[i].sentences) c->sentences += !s.boilerplate;
    }
    std::fprintf(stderr, "parse_bench: %zu documents, %zu sentences, model %s\n", c->docs.size(), c->sentences,
                 model.c_str());
  }
  return corpus;
}

Corpus* GetCorpus() {
  static Corpus corpus = LoadCorpus();
  return &corpus;
}

// Runs the parse stage (after the tag stage when `tag`) over the whole
// corpus per iteration; reports sentences per second.
void RunOverCorpus(benchmark::State& state, bool tag) {
  Corpus* c = GetCorpus();
  size_t clauses = 0;
  for (auto _ : state) {
    for (AnalyzedDocument& d : c->docs) {
      if (tag) c->tag->Run(&d);
      c->parse->Run(&d);
      clauses += d.clauses.size();
    }
  }
  benchmark::DoNotOptimize(clauses);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(c->sentences) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

// Clause analysis alone, over already tagged sentences.
void BM_Parse(benchmark::State& state) { RunOverCorpus(state, false); }
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

// Tagging + lemmas + clause analysis (the figure): sentences and
// tokens from the text stage are given.
void BM_TagParse(benchmark::State& state) { RunOverCorpus(state, true); }
BENCHMARK(BM_TagParse)->Unit(benchmark::kMillisecond);

// The tagger and the dependency parser alone, no lemmas and no clauses
// (the syntax issue's speed figure): per sentence, XPOS and UPOS
// (TagStage::TagWords) when `tag`, else the tags already in the tokens;
// then MakeParseWords + DependencyParser::Parse.
void RunSyntax(benchmark::State& state, bool tag) {
  Corpus* c = GetCorpus();
  std::vector<std::string_view> forms;
  std::vector<Tag> xpos;
  std::vector<uint8_t> upos;
  std::vector<ParseWord> words;
  DependencyTree tree;
  for (auto _ : state) {
    for (const AnalyzedDocument& d : c->docs) {
      for (const Sentence& s : d.sentences) {
        if (s.boilerplate) continue;
        forms.clear();
        xpos.resize(s.token_count);
        for (uint32_t i = 0; i < s.token_count; ++i) {
          const Token& t = d.tokens[s.first_token + i];
          forms.push_back(t.text);
          if (!tag && !ParseTagName(t.tag, &xpos[i])) xpos[i] = Tag::kXX;
        }
        upos.assign(s.token_count, 0);
        if (tag) c->tag->TagWords(forms, xpos, upos);
        MakeParseWords(forms, xpos, &words);
        c->syntax->parser().Parse(words, &tree);
        benchmark::DoNotOptimize(tree.head.data());
      }
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(c->sentences) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

// Dependency parsing alone, over the tags of the tag stage.
void BM_DependencyParse(benchmark::State& state) { RunSyntax(state, false); }
BENCHMARK(BM_DependencyParse)->Unit(benchmark::kMillisecond);

// Tagging (XPOS, UPOS) + dependency parsing.
void BM_TagDependencyParse(benchmark::State& state) { RunSyntax(state, true); }
BENCHMARK(BM_TagDependencyParse)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 1) {
    entente::g_corpus_dir = argv[1];
  } else if (const char* env = std::getenv("ENTENTE_CORPUS_DIR")) {
    entente::g_corpus_dir = env;
  } else {
    entente::g_corpus_dir = ENTENTE_DEFAULT_CORPUS_DIR;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
