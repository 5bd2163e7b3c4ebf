// dates.h — calendar dates as day numbers, for date windows and periods,
// and the `day` the store writes for an event without a date.
#pragma once

#include <cstdint>

#include "util/civil_date.h"

namespace entente::store {

using entente::DateOfDay;
using entente::DayNumber;
using entente::WeekStart;

// events.day / clusters.day of an undated event (doc/formats/store.md):
// below every real day number (0001-01-01 is −719,162), so that it sorts
// after every dated row in the newest-first listings. Schema versions 1
// and 2 wrote −1, which is 1969-12-31 now that earlier dates are dates.
inline constexpr int64_t kUndatedDay = -1'000'000'000;

}  // namespace entente::store
