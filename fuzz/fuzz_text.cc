// fuzz_text.cc — normalisation, paragraphs, tokenization, datelines,
// sentence splitting and boilerplate (the text stage) on one document, and
// its dump. Input is cleaned as ingest would (valid UTF-8, no NUL), since
// the stage's contract is a Document from ingest. Checks that every token
// and sentence span lies inside the original text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/record.h"
#include "text/text_stage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto stage = std::move(entente::TextStage::Create()).value();
  std::string text(reinterpret_cast<const char*>(data), size);
  if (entente::ingest::CleanText(&text, 0).skipped()) return 0;
  entente::AnalyzedDocument doc;
  doc.doc.id = "fuzz";
  doc.doc.text = std::move(text);
  stage->Run(&doc);
  const size_t n = doc.doc.text.size();
  for (const auto& t : doc.tokens) {
    if (t.span.begin > t.span.end || t.span.end > n) __builtin_trap();
  }
  for (const auto& s : doc.sentences) {
    if (s.span.begin > s.span.end || s.span.end > n) __builtin_trap();
  }
  (void)stage->Dump(doc);
  return 0;
}
