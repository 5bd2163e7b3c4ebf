// document.h — the input unit of entente: one news story. Produced by the
// ingest stage, read by every later stage.
#pragma once

#include <cstdint>
#include <string>

namespace entente {

// A half-open byte range [begin, end) into Document::text (the original
// bytes as read, before any normalisation).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// One story. `text` is valid UTF-8 (ingest repairs or rejects input that
// is not) and holds no NUL bytes.
struct Document {
  std::string id;      // from the record, else derived from file name/line
  std::string date;    // "YYYY-MM-DD", or empty when unknown
  std::string title;
  std::string text;
  std::string url;
  std::string publisher;  // the outlet ("Reuters"), from the record's "publisher"
  // Where the record came from, for diagnostics and provenance.
  std::string source_file;  // "-" for standard input
  uint64_t source_line = 0; // 1-based line of a JSON Lines record; 0 for a whole file
};

}  // namespace entente
