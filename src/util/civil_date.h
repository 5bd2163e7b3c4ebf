// civil_date.h — calendar dates as day numbers (days since 1970-01-01), for
// date windows, periods and deadlines. Proleptic Gregorian calendar.
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
// Day number of year/month/day; `day` may exceed the month's length only up
// to 31 (it is not checked against the month). -1 before 1970 or if invalid.
int64_t DayOf(int year, int month, int day);
// Days in `month` (1..12) of `year`.
int DaysInMonth(int year, int month);
// 0 = Monday … 6 = Sunday.
int Weekday(int64_t day);

}  // namespace entente
