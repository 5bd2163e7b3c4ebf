// text_throughput — measures the text stage (normalisation, sentence
// splitting, tokenization) on ONE thread over the `text` field of JSON Lines
// files, and prints MB/s and sentences/s.
//
//   text_throughput [--repeat N] [--icu | --compare-icu] FILE.jsonl...
//   text_throughput ../shared/corpus/*.jsonl
//
// --icu measures ICU's sentence BreakIterator alone (no tokens, no
// abbreviation fix-up) over the same texts, for comparison: it is the
// alternative the text stage was measured against.
// --compare-icu counts sentence ends found by both, by the text stage only
// and by ICU only (ends compared after trailing whitespace), without timing.
//
// The files are read and parsed before the clock starts; the clock covers
// only TextStage::Run over every document, N times (default 3, best run
// reported).
#include <simdjson.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <sys/resource.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "text/text_stage.h"

namespace {

// CPU time of this process: on a shared, loaded machine it is closer to the
// single-thread cost than wall time.
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
         u.ru_stime.tv_usec / 1e6;
}

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

// Sentences found by ICU's BreakIterator in one UTF-8 text.
size_t IcuSentences(icu::BreakIterator* it, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return 0;
  it->setText(ut, status);
  size_t n = 0;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++n;
  utext_close(ut);
  return n > 0 ? n - 1 : 0;
}

// Sentence ends (byte offsets, trailing whitespace excluded) by ICU.
std::set<uint32_t> IcuEnds(icu::BreakIterator* it, const std::string& text) {
  std::set<uint32_t> ends;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return ends;
  it->setText(ut, status);
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    uint32_t e = static_cast<uint32_t>(b);
    while (e > 0 && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    ends.insert(e);
  }
  utext_close(ut);
  return ends;
}

int CompareWithIcu(const entente::TextStage& stage, const std::vector<std::string>& texts) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
  if (U_FAILURE(status)) return 1;
  size_t both = 0, only_stage = 0, only_icu = 0;
  entente::AnalyzedDocument doc;
  for (const auto& t : texts) {
    doc.doc.text = t;
    doc.doc.source_line = 1;
    stage.Run(&doc);
    std::set<uint32_t> icu_ends = IcuEnds(it.get(), doc.doc.text);
    std::set<uint32_t> stage_ends;
    for (const auto& s : doc.sentences) stage_ends.insert(s.span.end);
    for (uint32_t e : stage_ends) (icu_ends.count(e) ? both : only_stage)++;
    for (uint32_t e : icu_ends) only_icu += stage_ends.count(e) == 0;
  }
  std::printf("sentence ends: both %zu  text stage only %zu  ICU only %zu\n", both, only_stage,
              only_icu);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  bool icu = false, compare = false;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--icu") == 0) {
      icu = true;
      continue;
    }
    if (std::strcmp(argv[i], "--compare-icu") == 0) {
      compare = true;
      continue;
    }
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
  if (compare) return CompareWithIcu(**stage, texts);
  size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();

  entente::AnalyzedDocument doc;
  double best = 1e100, best_cpu = 1e100;
  size_t sentences = 0, tokens = 0;
  for (int r = 0; r < repeat; ++r) {
    sentences = tokens = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = CpuSeconds();
    if (icu) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::BreakIterator> it(
          icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
      if (U_FAILURE(status)) return 1;
      for (const auto& t : texts) {
        doc.doc.text = t;
        sentences += IcuSentences(it.get(), doc.doc.text);
      }
    } else {
      for (const auto& t : texts) {
        doc.doc.text = t;  // copy is part of what a pipeline does per document
        (*stage)->Run(&doc);
        sentences += doc.sentences.size();
        tokens += doc.tokens.size();
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, secs);
    best_cpu = std::min(best_cpu, CpuSeconds() - cpu_start);
  }
  std::printf("documents %zu  bytes %zu  sentences %zu  tokens %zu\n", texts.size(), bytes,
              sentences, tokens);
  std::printf("best of %d, wall: %.3f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s\n", repeat,
              best, bytes / best / 1e6, sentences / best, tokens / best);
  std::printf("best of %d, cpu:  %.3f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s\n", repeat,
              best_cpu, bytes / best_cpu / 1e6, sentences / best_cpu, tokens / best_cpu);
  return 0;
}
