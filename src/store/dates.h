// dates.h — calendar dates as day numbers, for date windows and periods
// (the shared helpers of util/civil_date.h, under the store's namespace).
#pragma once

#include "util/civil_date.h"

namespace entente::store {

using entente::DateOfDay;
using entente::DayNumber;

}  // namespace entente::store
