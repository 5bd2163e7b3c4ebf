// json_record.h — one JSON Lines record → one Document, with simdjson.
// Fields: `text` (required), `id` (string or number; else derived as
// "<file stem>:<line>"), `date` or `published` (a date or ISO date-time),
// `title`, `url`. Unknown fields are ignored. Internal to the ingest stage.
#pragma once

#include <cstdint>
#include <string>

#include <simdjson.h>

#include "entente/document.h"
#include "ingest/record.h"

namespace entente::ingest {

// Holds the simdjson parser (its buffers are reused from line to line).
// Not thread-safe.
class JsonRecordParser {
 public:
  // Parses *line (modified: padded, repaired) read at `line_no` of `file`.
  // The line must not be blank. On a skip, *doc is unspecified.
  Outcome Parse(const std::string& file, uint64_t line_no, std::string* line, Document* doc);

 private:
  simdjson::dom::parser parser_;
};

}  // namespace entente::ingest
