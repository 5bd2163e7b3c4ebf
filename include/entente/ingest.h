// ingest.h — reading documents: plain-text files (one document each), JSON
// Lines (`id`, `date` or `published`, `title`, `text`, `url`), directories
// (recursively, by extension) and standard input ("-").
//
// A bad record (malformed JSON, invalid UTF-8, NUL bytes, an over-long line,
// an empty document, …) becomes one Diagnostic naming file, line and
// reason; reading goes on with the next record.
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
  std::string default_date;          // "YYYY-MM-DD" for records without one
  uint64_t max_record_bytes = 16u << 20;  // longer lines/files are skipped
};

// Pulls documents one at a time from a list of inputs, in order, holding
// at most one record in memory. Not thread-safe: one reader per thread.
class DocumentStream {
 public:
  virtual ~DocumentStream() = default;

  // Opens `inputs` (files, directories, "-"). Inputs that do not exist are
  // reported to `sink` when reached, not here. `sink` must outlive the stream.
  static Result<std::unique_ptr<DocumentStream>> Open(
      std::vector<std::string> inputs, IngestOptions options,
      DiagnosticSink* sink);

  // Fills *doc with the next good document; false at the end of all inputs.
  virtual bool Next(Document* doc) = 0;

  // Records read and good, and records skipped with a diagnostic.
  virtual uint64_t documents_read() const = 0;
  virtual uint64_t records_skipped() const = 0;
  // Total input bytes consumed so far and, if known, the total to read.
  virtual uint64_t bytes_read() const = 0;
  virtual uint64_t bytes_total() const = 0;
};

}  // namespace entente
