// dates.h — calendar dates as day numbers, for date windows and periods.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace entente::store {

// Days since 1970-01-01 of "YYYY-MM-DD…"; -1 if `date` is not such a date
// (or is before 1970).
int64_t DayNumber(std::string_view date);
// The inverse: "YYYY-MM-DD" of a day number.
std::string DateOfDay(int64_t day);

}  // namespace entente::store
