// record.h — turning the raw bytes of one record (a plain-text file, or one
// JSON Lines line) into a Document: byte-order marks, line endings, invalid
// UTF-8, NUL bytes, dates and ids. Internal to the ingest stage.
//
// Policy (documented for users in doc/formats/input.md):
//  - a UTF-8 byte-order mark is stripped; CRLF becomes LF; no diagnostic.
//  - invalid UTF-8 is repaired and the record kept, with one warning naming
//    the first bad byte: text with no well-formed multi-byte sequence at
//    all is read as Windows-1252 (Latin-1 with curly quotes and dashes);
//    otherwise each maximal ill-formed sequence becomes U+FFFD.
//  - a NUL byte means the record is not text (binary, or UTF-16): skipped.
//  - a record with no text but white space is skipped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "entente/diagnostics.h"
#include "entente/document.h"

namespace entente::ingest {

// What became of one record. `severity` kError means the record was skipped;
// kWarning means it was kept with a problem; no reason means it was clean.
struct Outcome {
  Severity severity = Severity::kInfo;
  uint64_t line = 0;   // where the problem is (0: the whole file)
  std::string reason;  // empty when clean

  bool skipped() const { return !reason.empty() && severity == Severity::kError; }
  static Outcome Skip(uint64_t line, std::string reason) {
    return {Severity::kError, line, std::move(reason)};
  }
  static Outcome Warn(uint64_t line, std::string reason) {
    return {Severity::kWarning, line, std::move(reason)};
  }
};

// Replaces every maximal ill-formed UTF-8 subsequence of *s with U+FFFD.
// Returns how many were replaced; *first_bad gets the byte offset of the
// first one (in the original string).
size_t RepairUtf8(std::string* s, size_t* first_bad);

// Reads *s as Windows-1252 and rewrites it in UTF-8 (the five undefined
// bytes become U+FFFD).
void TranscodeWindows1252(std::string* s);

// What MakeValidUtf8 found and did.
struct Utf8Repair {
  size_t bad = 0;            // ill-formed sequences (0: *s was valid)
  size_t first_bad = 0;      // byte offset of the first, in the original
  bool windows1252 = false;  // transcoded rather than patched with U+FFFD
  // The warning text ("" if nothing was wrong); the place is a byte offset,
  // or a 1-based column when `columns`.
  std::string Describe(bool columns) const;
};

// Makes *s valid UTF-8: if it holds ill-formed sequences and not one
// well-formed multi-byte sequence, by TranscodeWindows1252; otherwise by
// RepairUtf8.
Utf8Repair MakeValidUtf8(std::string* s);

// Removes a leading UTF-8 byte-order mark; true if there was one.
bool StripBom(std::string* s);

// Turns every CRLF into LF.
void NormalizeNewlines(std::string* s);

// True if `s` holds only ASCII white space.
bool IsBlank(std::string_view s);

// Reads a date as "YYYY-MM-DD", an ISO 8601 date-time that starts with one
// ("2025-03-14T20:30:26Z", "2025-03-14 20:30:26Z"), or "YYYYMMDD"; writes
// "YYYY-MM-DD" to *out. The date is taken as written (no time-zone shift).
bool NormalizeDate(std::string_view in, std::string* out);

// Whether the year of a "YYYY-MM-DD" date lies in [min_year, max_year].
bool YearInRange(std::string_view date, int min_year, int max_year);

// The file name of `path` without directories and its last extension, and
// a ".gz" before it ("corpus/a/story-17.txt" and "story-17.txt.gz" →
// "story-17").
std::string FileStem(std::string_view path);

// Checks and cleans the text of one record in place: strips a BOM, refuses
// NUL bytes and blank text (skip), repairs invalid UTF-8 (warning), turns
// CRLF into LF. Problems are placed at `record_line`, or, when it is 0 (a
// whole file), at the line of the text where they occur.
Outcome CleanText(std::string* text, uint64_t record_line);

// Builds the document of one plain-text file whose bytes are *text (taken).
// `file` is the path as given; the id is its stem ("stdin" for "-").
Outcome MakeTextDocument(const std::string& file, std::string* text, Document* doc);

}  // namespace entente::ingest
