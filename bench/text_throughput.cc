// text_throughput — measures the text stage (normalisation, sentence
// splitting, tokenization) on ONE thread over the `text` field of JSON Lines
// files, and prints MB/s and sentences/s.
//
//   text_throughput [--repeat N] FILE.jsonl...
//   text_throughput ../shared/corpus/*.jsonl
//
// The files are read and parsed before the clock starts; the clock covers
// only TextStage::Run over every document, N times (default 3, best run
// reported).
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "text/text_stage.h"

namespace {

bool LoadTexts(const char* path, std::vector<std::string>* texts) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) {
    std::fprintf(stderr, "text_throughput: cannot read %s\n", path);
    return false;
  }
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  if (parser.iterate_many(json).get(stream)) {
    std::fprintf(stderr, "text_throughput: %s is not JSON Lines\n", path);
    return false;
  }
  size_t bad = 0;
  for (auto doc : stream) {
    std::string_view text;
    if (doc["text"].get_string().get(text)) {
      ++bad;
      continue;
    }
    texts->emplace_back(text);
  }
  if (bad > 0) std::fprintf(stderr, "text_throughput: %s: %zu records without text\n", path, bad);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
      continue;
    }
    if (!LoadTexts(argv[i], &texts)) return 1;
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: text_throughput [--repeat N] FILE.jsonl...\n");
    return 2;
  }
  auto stage = entente::TextStage::Create();
  if (!stage.ok()) return 1;
  size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();

  entente::AnalyzedDocument doc;
  double best = 1e100;
  size_t sentences = 0, tokens = 0;
  for (int r = 0; r < repeat; ++r) {
    sentences = tokens = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& t : texts) {
      doc.doc.text = t;  // copy is part of what a pipeline does per document
      (*stage)->Run(&doc);
      sentences += doc.sentences.size();
      tokens += doc.tokens.size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, secs);
  }
  std::printf("documents %zu  bytes %zu  sentences %zu  tokens %zu\n", texts.size(), bytes,
              sentences, tokens);
  std::printf("best of %d: %.3f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s\n", repeat, best,
              bytes / best / 1e6, sentences / best, tokens / best);
  return 0;
}
