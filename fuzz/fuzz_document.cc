// fuzz_document.cc — the library's public API with an arbitrary Document:
// every field (id, date, title, url, publisher, source file and line,
// text) comes from the input, unchecked, as a library caller could pass it
// — invalid UTF-8, NUL bytes, dates such as "1950-03-01", "2021-ab-16" or
// "9999-99-99". The document goes through Pipeline::Analyze (all stages,
// built-in dictionaries), every dump, every EventWriter format (with and
// without `why`, with the pipeline's provenance) and the JSON Lines record
// of the work queue read back by RecordReader. Nothing may throw, abort or
// trip a sanitizer.
//
// Input: bytes 0-5 are the lengths of id, date, title, url, publisher and
// source_file (in that order, taken from the bytes after byte 7), byte 6
// the source line, byte 7 flags (bit 0: `why` in JSON Lines); the rest is
// the text (at most 16 KiB: one news story).
#include <cstddef>
#include <cstdint>
#include <string>

#include "built_in_pipeline.h"
#include "entente/ingest.h"
#include "entente/output.h"
#include "entente/pipeline.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  entente::fuzz::InitDataDir();
  entente::fuzz::BuiltInPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 8) return 0;
  const char* p = reinterpret_cast<const char*>(data) + 8;
  size_t left = size - 8;
  auto take = [&](uint8_t n) {
    size_t k = n < left ? n : left;
    std::string s(p, k);
    p += k, left -= k;
    return s;
  };
  entente::Document doc;
  doc.id = take(data[0]);
  doc.date = take(data[1]);
  doc.title = take(data[2]);
  doc.url = take(data[3]);
  doc.publisher = take(data[4]);
  doc.source_file = take(data[5]);
  doc.source_line = data[6];
  if (left > 16384) return 0;
  doc.text.assign(p, left);

  const entente::Pipeline& pipeline = entente::fuzz::BuiltInPipeline();
  entente::AnalyzedDocument out;
  pipeline.Analyze(doc, &out);
  std::string sink = pipeline.DumpAll(out);
  sink += pipeline.DumpTree(out);
  entente::OutputOptions options{.include_why = (data[7] & 1) != 0,
                                 .provenance = pipeline.provenance()};
  for (entente::OutputFormat f : {entente::OutputFormat::kJsonl, entente::OutputFormat::kTsv,
                                  entente::OutputFormat::kGdelt, entente::OutputFormat::kActors}) {
    auto writer = entente::EventWriter::Create(f, options);
    sink += writer->Header();
    writer->Write(out, &sink);
  }
  entente::RecordReader reader;
  entente::NullSink diagnostics;
  entente::Document back;
  (void)reader.Read("fuzz", 1, entente::JsonRecord(doc), &back, &diagnostics);
  return 0;
}
