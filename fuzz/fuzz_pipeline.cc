// fuzz_pipeline.cc — the whole coder (text, tag, parse, actors, events) on
// one document built from the input, with the built-in dictionaries, then
// every stage's dump and the JSON Lines writer. An optional first line
// "@date YYYY-MM-DD" sets the document date (as in the golden tests).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "entente/output.h"
#include "entente/pipeline.h"
#include "built_in_pipeline.h"
#include "ingest/record.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  entente::fuzz::InitDataDir();
  entente::fuzz::BuiltInPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return 0;  // one news story; long inputs are the text target's job
  const entente::Pipeline& p = entente::fuzz::BuiltInPipeline();
  std::string text(reinterpret_cast<const char*>(data), size);
  entente::Document doc;
  doc.id = "fuzz";
  if (text.rfind("@date ", 0) == 0) {
    size_t nl = text.find('\n');
    std::string date = text.substr(6, nl == std::string::npos ? std::string::npos : nl - 6);
    entente::ingest::NormalizeDate(date, &doc.date);
    text.erase(0, nl == std::string::npos ? text.size() : nl + 1);
  }
  if (entente::ingest::CleanText(&text, 0).skipped()) return 0;
  doc.text = std::move(text);
  entente::AnalyzedDocument out;
  p.Analyze(doc, &out);
  (void)p.DumpAll(out);
  static const auto jsonl = entente::EventWriter::Create(
      entente::OutputFormat::kJsonl, entente::OutputOptions{.include_why = true, .provenance = {}});
  static const auto gdelt = entente::EventWriter::Create(entente::OutputFormat::kGdelt);
  std::string rows;
  jsonl->Write(out, &rows);
  gdelt->Write(out, &rows);
  return 0;
}
