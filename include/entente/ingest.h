// ingest.h — reading documents: plain-text files (one document each), JSON
// Lines (`id`, `date` or `published`, `title`, `text`, `url`), directories
// (recursively, by extension) and standard input ("-").
//
// A bad record becomes one Diagnostic naming file, line and reason; reading
// goes on with the next record. The policy, in full:
//  - skipped (Severity::kError, counted by records_skipped()): malformed
//    JSON, a JSON line that is not an object or has no string `text`, text
//    that is empty or white space only, a NUL byte (binary or UTF-16 input),
//    a line or plain-text file longer than max_record_bytes, an input that
//    does not exist or cannot be read (counted once per input).
//  - kept with a warning (Severity::kWarning): invalid UTF-8, repaired —
//    text without a single well-formed multi-byte sequence is read as
//    Windows-1252, otherwise each ill-formed sequence becomes U+FFFD; an
//    unreadable date (ignored); an `id`, `title` or `url` of the wrong type
//    (ignored).
//  - kept silently: a UTF-8 byte-order mark (stripped), CRLF line ends
//    (become LF), blank lines between JSON Lines records.
// Documents are read in a deterministic order: inputs as given; inside a
// directory, entries in byte order of their names, recursively. Directory
// entries are read by extension — .txt/.text as plain text, .jsonl/.json/
// .ndjson as JSON Lines, each optionally followed by .gz (decompressed as it
// is read) — and other files, hidden files and symbolic links to
// directories are passed over. A file named explicitly (or "-") with
// another extension is JSON Lines if its first non-space byte is '{', else
// one plain-text document. doc/formats/input.md describes the formats.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "entente/diagnostics.h"
#include "entente/document.h"
#include "entente/status.h"

namespace entente {

struct IngestOptions {
  // "YYYY-MM-DD" for records without a readable date; "" leaves it unknown.
  std::string default_date;
  // Longer JSON lines and plain-text files are skipped with a diagnostic. A
  // news story is a few kilobytes; 4 MiB leaves room for anything genuine.
  uint64_t max_record_bytes = 4u << 20;
  // A named input that is not a regular file (a device such as /dev/zero, a
  // FIFO) is read up to this many bytes, then closed with a diagnostic.
  // Such entries inside a directory are skipped with a warning; standard
  // input ("-") is never limited.
  uint64_t max_device_bytes = 1ull << 30;
  // A record dated outside these years (a typo, a "9999-12-31" placeholder)
  // keeps its text but loses its date, with a warning: one such date would
  // stretch every time series over centuries.
  int min_year = 1800;
  int max_year = 2200;
};

// Pulls documents one at a time from a list of inputs, in order, holding
// at most one record (and one directory listing per level) in memory, plus
// a 64-bit hash of every id read: an id already read is reported as a
// warning (the record is still read). Not thread-safe: one reader per thread.
//
// Ids: a JSON record's `id` (a string, or a number written as in the
// input), else "<file stem>:<line>"; a plain-text file's name without
// directories and extension; standard input as plain text is "stdin" (and
// "stdin:<line>" for JSON records without an id). Dates: the record's `date`,
// else `published` ("2025-03-14", "2025-03-14T20:30:26Z" and
// "2025-03-14 20:30:26Z" all give "2025-03-14"; "20250314" too), else
// IngestOptions::default_date, else "".
class DocumentStream {
 public:
  virtual ~DocumentStream() = default;

  // Opens `inputs` (files, directories, "-"). Inputs that do not exist are
  // reported to `sink` when reached, not here. Fails (InvalidArgument) only
  // for an empty input list, a malformed default_date or a zero limit.
  // `sink` must outlive the stream.
  static Result<std::unique_ptr<DocumentStream>> Open(
      std::vector<std::string> inputs, IngestOptions options,
      DiagnosticSink* sink);

  // Fills *doc with the next good document; false at the end of all inputs.
  virtual bool Next(Document* doc) = 0;

  // Records read and good, and records (or unreadable inputs) skipped with
  // an error diagnostic.
  virtual uint64_t documents_read() const = 0;
  virtual uint64_t records_skipped() const = 0;
  // Total input bytes consumed so far and, if known, the total to read
  // (computed once by Open, walking directories; 0 when standard input or
  // another pipe is among the inputs).
  virtual uint64_t bytes_read() const = 0;
  virtual uint64_t bytes_total() const = 0;
};

// One JSON Lines record held in memory rather than read from a file — a
// document on the work queue (`entente publish` sends each document as one
// record, `entente worker` reads it back). The same rules and diagnostics
// as a JSON Lines input apply: a bad record is skipped with one error
// diagnostic, a repaired one kept with a warning.
//
// JsonRecord(doc) writes the fields id, date, title, url, publisher and
// text; reading it back gives the same document. Not thread-safe: one reader per thread.
class RecordReader {
 public:
  RecordReader();
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;

  // Reads `record`, first read at `file`:`line` (which diagnostics name and
  // Document::source_file/source_line keep; a record without an id gets
  // "<file stem>:<line>"). Diagnostics go to `sink`. Returns Ok if the
  // document was kept, else InvalidArgument with the reason it was skipped.
  Status Read(const std::string& file, uint64_t line, std::string record, Document* doc,
              DiagnosticSink* sink);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `doc` as one JSON Lines record (no newline), read back by RecordReader.
std::string JsonRecord(const Document& doc);

}  // namespace entente
