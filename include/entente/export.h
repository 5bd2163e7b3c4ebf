// export.h — the deduplicated store as a data set: one row per event
// cluster (one real-world event however many documents reported it), with
// its report, source and document counts, the evidence of its first report
// and the provenance of the document that reported it. Formats and columns:
// doc/formats/export.md.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "entente/status.h"
#include "entente/store.h"

namespace entente {

enum class ExportFormat { kCsv, kJsonl, kGdelt };

// "csv", "jsonl", "gdelt"; false if unknown.
bool ParseExportFormat(const std::string& name, ExportFormat* format);

// The filters of `entente export` and of the Python reader, as the user
// wrote them; "" = no filter. Dates are "YYYY-MM-DD", inclusive.
struct ExportFilters {
  std::string dyad;      // "SRC:TGT", either side may be empty
  bool undirected = false;
  std::string actor;     // an actor on either side
  std::string type;      // CAMEO prefix ("04") or PLOVER type ("AGREE")
  std::string modality;  // done | intended | demanded | hypothetical | all ("" = all)
  std::string date_from, date_to;
  // Where the event happened (EventQuery::location_country/_region).
  std::string location_country, location_region;
  // Only events whose confidence is at least this (EventQuery::min_confidence:
  // the cluster's first report's; events without one are left out); empty:
  // every event.
  std::optional<double> min_confidence;
};

// The store query for `filters`; a malformed dyad is an InvalidArgument
// ("dyad: …"), as is a malformed location filter (CheckLocationFilter).
Result<EventQuery> ExportQuery(const ExportFilters& filters);

// The CSV header line (with its newline); "" for the other formats.
std::string ExportHeader(ExportFormat format);

// Appends one event's row in `format`. `sectors` are the stored actors'
// sector codes of the source and target (GDELT's Type columns).
void AppendExportRow(const StoredEvent& e, ExportFormat format, const std::string& source_sectors,
                     const std::string& target_sectors, std::string* out);

// Writes the header and every cluster matching `query`'s filters (dates,
// actors, type, modality; limit and cursor are managed here), newest first,
// in pages, through `write`; stops when `write` returns
// false (an IoError: the output failed). Returns the number of events written.
Result<int64_t> ExportEvents(EventStore* store, EventQuery query, ExportFormat format,
                             const std::function<bool(std::string_view)>& write);

}  // namespace entente
