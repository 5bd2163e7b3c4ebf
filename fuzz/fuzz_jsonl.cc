// fuzz_jsonl.cc — the JSON Lines reader: each input line goes through the
// same steps as DocumentStream (blank lines skipped, then one record parsed
// with simdjson into a Document, UTF-8 repaired, NUL refused).
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/json_record.h"
#include "ingest/record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static entente::ingest::JsonRecordParser parser;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  uint64_t line_no = 0;
  size_t pos = 0;
  while (pos <= in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) nl = in.size();
    std::string line(in.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (entente::ingest::IsBlank(line)) continue;
    entente::Document doc;
    entente::ingest::Outcome o = parser.Parse("fuzz.jsonl", line_no, &line, &doc);
    if (!o.skipped() && doc.text.find('\0') != std::string::npos) __builtin_trap();
  }
  return 0;
}
