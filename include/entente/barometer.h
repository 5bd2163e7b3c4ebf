// barometer.h — cooperation against conflict, words against deeds, for one
// dyad over time. Built from the store's per-day aggregates (each event
// cluster counted once by default, or each report with `count_reports`).
//
// Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal
// conflict, 4 material conflict. Per period:
//   balance          = (coop − conflict) / (coop + conflict), in [−1, 1];
//                      coop = q1 + q2, conflict = q3 + q4.
//   words_deeds_gap  = (q1 − q2) / (q1 + q2), in [−1, 1]: positive when
//                      cooperation is more talk than action.
//   conflict_gap     = (q3 − q4) / (q3 + q4): the same for conflict.
//   goldstein_mean   = goldstein_sum / total.
// A ratio whose denominator is 0 is undefined: NaN here, null in JSON, empty
// in CSV, "NA" in the table (an empty month is not a neutral month).
// With `normalize`, counts are also given per 1,000 events of all dyads in
// the same period (the volume of reporting), so a period with more news
// does not look more eventful; a period with no volume has undefined rates.
//
// Only events asserted as done count by default (`modality`): a threat
// "could" be carried out or a demand that something "must" happen is not a
// deed. Negated events never count.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/status.h"
#include "entente/store.h"

namespace entente {

enum class Period { kDay, kWeek, kMonth, kQuarter, kYear };

// "day", "week", "month", "quarter", "year"; false if unknown.
bool ParsePeriod(const std::string& name, Period* period);

// The period a date ("YYYY-MM-DD") falls in, named by its first day: the
// date itself, the Monday of its ISO week, "YYYY-MM-01", the first day of
// its quarter, or "YYYY-01-01".
std::string PeriodStart(const std::string& date, Period period);

struct BarometerOptions {
  Period period = Period::kMonth;
  bool count_reports = false;   // count every report instead of every cluster
  bool normalize = false;       // add per-1,000 rates against all dyads
  // Emit every period from the one holding `from` (else the first event's)
  // to the one holding `to` (else the last event's), empty ones included.
  bool fill_gaps = true;
  int64_t max_periods = 5000;   // more periods than this is an error
  // The modality counted: "done" (default), "intended", "demanded",
  // "hypothetical", or "" for all.
  std::string modality = "done";
};

struct BarometerRow {
  std::string period;           // first day of the period
  int64_t quad[5] = {0, 0, 0, 0, 0};  // quad[1..4]; quad[0] unused
  int64_t total = 0;
  double goldstein_sum = 0, goldstein_mean = 0;
  double balance = 0, words_deeds_gap = 0, conflict_gap = 0;
  int64_t volume = 0;           // all events in the period (normalize only)
  double rate[5] = {0, 0, 0, 0, 0};  // quad[i] per 1,000 of volume (normalize only)
};

struct Barometer {
  std::string dyad;             // as asked, e.g. "USA:IGOWSTNAT"
  bool undirected = false;
  BarometerOptions options;
  std::vector<BarometerRow> rows;  // in period order
};

// Computes the barometer for `query`'s dyad/actor/type/date filters (its
// modality is replaced by options.modality). kInvalidArgument when the grid
// would exceed options.max_periods.
Result<Barometer> ComputeBarometer(EventStore* store, const EventQuery& query,
                                   const BarometerOptions& options);

// Folds per-day aggregates into periods (the pure part of ComputeBarometer;
// `volumes` may be empty when options.normalize is false). `from`/`to`
// ("" = open) bound the grid of periods.
Result<std::vector<BarometerRow>> FoldBarometer(const std::vector<DailyQuad>& days,
                                                const std::vector<DailyVolume>& volumes,
                                                const BarometerOptions& options,
                                                const std::string& from = "",
                                                const std::string& to = "");

// Text renderings: an aligned table, CSV with a header line, and JSON.
std::string BarometerTable(const Barometer& b);
std::string BarometerCsv(const Barometer& b);
std::string BarometerJson(const Barometer& b);

}  // namespace entente
