// output.h — writing coded events: JSON Lines (the record of DESIGN.md),
// CAMEO/Phoenix-like TSV, GDELT 2.0-style event rows, and the commitments
// (doc/formats/commitments.md).
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"

namespace entente {

enum class OutputFormat { kJsonl, kTsv, kGdelt, kCommitments };

// Parses "jsonl", "tsv", "gdelt", "commitments"; false if unknown.
bool ParseOutputFormat(const std::string& name, OutputFormat* format);

struct OutputOptions {
  bool include_why = false;  // add the `why` field (pattern and clause roles)
};

// Appends the records for one document's events to *out. Stateless, so one
// writer may be shared between threads.
class EventWriter {
 public:
  virtual ~EventWriter() = default;
  static std::unique_ptr<EventWriter> Create(OutputFormat format, OutputOptions options = {});
  // A header line (TSV formats), or "".
  virtual std::string Header() const = 0;
  virtual void Write(const AnalyzedDocument& doc, std::string* out) const = 0;
};

}  // namespace entente
