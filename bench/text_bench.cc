// text_bench — Google Benchmark micro-benchmarks of the text stage's steps
// (normalise, tokenize, split sentences, the whole stage) on a news-style
// passage written for this benchmark (no corpus needed), repeated to ~64 KB.
//
//   text_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/sentence_splitter.h"
#include "text/text_stage.h"
#include "text/tokenizer.h"

namespace entente {
namespace {

// A passage in wire style: dateline, titles, abbreviations, numbers, quotes
// (straight and curly), a URL, a headline and a boilerplate line.
constexpr const char kPassage[] =
    "Envoys meet as border truce frays\n"
    "GENEVA (Entente Wire) - Defence ministers from 14 countries met on Feb. 16 to "
    "shore up a truce that Gen. Ana Ruiz said was \xE2\x80\x9C" "close to collapse.\xE2\x80\x9D "
    "The U.S. delegation, led by Sen. Tom Hale, pledged $1.5 billion in aid, up 12% "
    "from last year. \"We don't expect miracles,\" said an official who asked not to be "
    "named. Talks resume at 9 a.m. on Tuesday; details are at www.example.org/truce.\n"
    "Advertisement\n"
    "Rebels said they had withdrawn 2,400 fighters from the ceasefire line \xE2\x80\x94" " a "
    "claim the army\xE2\x80\x99s spokesman, Col. J. R. Mendez, called \"premature.\" "
    "Both sides can't afford another winter of fighting, analysts said.\n";

std::string Text() {
  std::string text;
  while (text.size() < 64 * 1024) text += kPassage;
  return text;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = Text();
  NormalizedText norm;
  for (auto _ : state) {
    norm.Build(text);
    benchmark::DoNotOptimize(norm.text().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize);

void BM_Tokenize(benchmark::State& state) {
  const std::string text = Text();
  NormalizedText norm;
  norm.Build(text);
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    TokenizeLine(norm, 0, norm.text().size(), &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  const std::string text = Text();
  NormalizedText norm;
  norm.Build(text);
  std::vector<Token> tokens;
  TokenizeLine(norm, 0, norm.text().size(), &tokens);
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    sentences.clear();
    SplitLine(tokens, 0, static_cast<uint32_t>(tokens.size()), &sentences, 1u << 30);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(BM_SplitSentences);

void BM_TextStage(benchmark::State& state) {
  auto stage = TextStage::Create();
  AnalyzedDocument doc;
  doc.doc.text = Text();
  doc.doc.source_line = 1;
  for (auto _ : state) {
    (*stage)->Run(&doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.doc.text.size()));
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}
BENCHMARK(BM_TextStage);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
