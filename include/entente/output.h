// output.h — writing coded events: JSON Lines (the record of DESIGN.md),
// CAMEO/Phoenix-like TSV, GDELT 2.0-style event rows, and the commitments
// (doc/formats/commitments.md).
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/provenance.h"

namespace entente {

// kCommitments: one JSON line per commitment (doc/formats/commitments.md).
// kActors: one JSON line per document listing every actor mention (code,
// sectors, ethnic, religion, whether it is only a location), for scoring
// and auditing the actors stage (doc/formats/events.md).
enum class OutputFormat { kJsonl, kTsv, kGdelt, kCommitments, kActors };

// Parses "jsonl", "tsv", "gdelt", "commitments", "actors"; false if unknown.
bool ParseOutputFormat(const std::string& name, OutputFormat* format);

struct OutputOptions {
  bool include_why = false;  // add the `why` field (pattern and clause roles)
  // What coded the events (Pipeline::provenance()): JSON Lines and TSV carry
  // it in every record; empty fields are written empty.
  Provenance provenance;
};

// The date an event is counted on: the date its sentence gives it
// (Event::event_date) if any, else the publication date (Event::date).
inline const std::string& EventDate(const Event& e) {
  return e.event_date.empty() ? e.date : e.event_date;
}
// The precision of EventDate(): "day", "week", "month", "year", or
// "published" when it is the publication date ("" when there is no date).
inline std::string EventDatePrecision(const Event& e) {
  if (!e.event_date.empty()) return e.date_precision;
  return e.date.empty() ? "" : "published";
}

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
