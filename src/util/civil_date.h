// civil_date.h — calendar dates as day numbers (days since 1970-01-01), for
// date windows, periods and the resolution of dates written in text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace entente {

// Days since 1970-01-01 of "YYYY-MM-DD…"; -1 if `date` is not such a date
// (or is before 1970).
int64_t DayNumber(std::string_view date);
// The inverse: "YYYY-MM-DD" of a day number.
std::string DateOfDay(int64_t day);
// Day number of year/month/day (month 1..12, day 1..31, clamped to the
// month's length); -1 before 1970 or for a month out of range.
int64_t DayOfCivil(int year, int month, int day);
// 0 = Sunday … 6 = Saturday.
int Weekday(int64_t day);
// The day `month`/`day` (day clamped to the month's length) nearest the day
// number `anchor` on one side: the latest not after it (a date in a report
// of the past), or with `forward` the earliest not before it (a deadline).
// -1 if `anchor` is not a day number.
int64_t NearestCivilDay(int64_t anchor, int month, int day, bool forward);

}  // namespace entente
