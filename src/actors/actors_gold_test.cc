// actors_gold_test.cc — measures actor recall on the PLOVER gold sentences
// (../shared/gold/plover_gsr_dev.jsonl; skipped when absent). The whole
// pipeline runs up to the actors stage on each sentence with its date.
//
// Each gold source/target actor has `text` and `code` (ISO alpha-3, or the
// non-state roots IGO / NGO / IMG). A mention *matches* the code when its
// `country` equals an ISO code, or its CAMEO code starts with the root.
//   span hit:     a matching mention overlaps the gold text's bytes (the gold
//                 text is located in the sentence; if it is not found
//                 verbatim, e.g. "Palestinian ... refugees", only the
//                 sentence rule can hit);
//   sentence hit: a matching mention anywhere in the sentence.
// The headline figure (doc/benchmarks.md) is the sentence rate; the span
// rate is printed beside it. ENTENTE_GOLD_MISSES=1 lists the misses (MISS: not in the sentence; SPAN: in the sentence but not on the gold text).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "entente/pipeline.h"
#include "util/data_dir.h"

namespace entente {
namespace {

bool Matches(const ActorMention& m, const std::string& code) {
  if (code == "IGO" || code == "NGO" || code == "IMG") return m.code.rfind(code, 0) == 0;
  return m.country == code;
}

TEST(ActorsGold, RecallOnPloverDev) {
  std::string path = std::string(ENTENTE_SOURCE_DIR) + "/../shared/gold/plover_gsr_dev.jsonl";
  std::string text;
  if (!ReadFile(path, &text)) GTEST_SKIP() << "gold file not found: " << path << " (needs ../shared)";
  PipelineOptions options;
  options.last_stage = Stage::kActors;
  NullSink sink;
  auto pipeline = Pipeline::Create(options, &sink);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  ASSERT_EQ(parser.parse_many(text).get(stream), simdjson::SUCCESS);
  bool show = std::getenv("ENTENTE_GOLD_MISSES") != nullptr;
  int total = 0, span_hits = 0, sentence_hits = 0;
  AnalyzedDocument out;
  for (auto line : stream) {
    simdjson::dom::element rec;
    ASSERT_EQ(line.get(rec), simdjson::SUCCESS);
    Document doc;
    std::string_view sv;
    if (rec["id"].get_string().get(sv) == simdjson::SUCCESS) doc.id = std::string(sv);
    if (rec["text"].get_string().get(sv) == simdjson::SUCCESS) doc.text = std::string(sv);
    if (rec["date"].get_string().get(sv) == simdjson::SUCCESS) doc.date = std::string(sv);
    (*pipeline)->Analyze(doc, &out);
    simdjson::dom::array events;
    if (rec["events"].get_array().get(events) != simdjson::SUCCESS) continue;
    for (simdjson::dom::element ev : events) {
      for (const char* side : {"source", "target"}) {
        simdjson::dom::array actors;
        if (ev[side].get_array().get(actors) != simdjson::SUCCESS) continue;
        for (simdjson::dom::element a : actors) {
          std::string_view gt, gc;
          if (a["text"].get_string().get(gt) != simdjson::SUCCESS) continue;
          if (a["code"].get_string().get(gc) != simdjson::SUCCESS) continue;
          std::string code(gc);
          size_t at = doc.text.find(gt);
          Span gold_span{0, 0};
          if (at != std::string::npos) gold_span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + gt.size())};
          bool in_span = false, in_sentence = false;
          for (const ActorMention& m : out.actors) {
            if (!Matches(m, code)) continue;
            in_sentence = true;
            if (m.span.begin < gold_span.end && gold_span.begin < m.span.end) in_span = true;
          }
          ++total;
          span_hits += in_span;
          sentence_hits += in_sentence;
          if (show && !in_span) {
            std::printf("%s %s %s \"%.*s\" | %s\n", in_sentence ? "SPAN" : "MISS", doc.id.c_str(), code.c_str(),
                        static_cast<int>(gt.size()),
                        gt.data(), doc.text.c_str());
          }
        }
      }
    }
  }
  ASSERT_GT(total, 0);
  double sentence_rate = 100.0 * sentence_hits / total, span_rate = 100.0 * span_hits / total;
  std::printf("[actors gold] %d gold actors: sentence %d (%.1f%%), span %d (%.1f%%)\n", total, sentence_hits,
              sentence_rate, span_hits, span_rate);
  EXPECT_GE(sentence_rate, 90.0);
}

}  // namespace
}  // namespace entente
