// civil_date.h — calendar dates as day numbers (days since 1970-01-01,
// negative before it), for date windows, periods, dated roles and the
// resolution of dates written in text. Proleptic Gregorian calendar, years
// 1–9999 (what "YYYY-MM-DD" can write); the arithmetic is C++20 <chrono>'s
// (sys_days / year_month_day), so no date goes through time_t or unsigned
// arithmetic: 1801-07-04 is day −61,358, not "unknown".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

// Day number of "YYYY-MM-DD…" (anything may follow the tenth byte);
// nullopt if `date` does not start with such a date, the month is not
// 1..12, the day not 1..31 or the year 0. A day past the month's end is
// clamped to it ("2021-02-30" is 2021-02-28).
std::optional<int64_t> DayNumber(std::string_view date);

// The inverse: "YYYY-MM-DD" of a day number of a year 1..9999.
std::string DateOfDay(int64_t day);

// Day number of year/month/day (day clamped to the month's length); nullopt
// for a year outside 1..9999, a month outside 1..12 or a day below 1.
std::optional<int64_t> DayOfCivil(int year, int month, int day);

// 0 = Sunday … 6 = Saturday, for any day number.
int Weekday(int64_t day);
// The day `month`/`day` (day clamped to the month's length) nearest the day
// number `anchor` on one side: the latest not after it (a date in a report
// of the past), or with `forward` the earliest not before it (a deadline).
// nullopt if `month` or `day` is out of range, or the year leaves 1..9999.
std::optional<int64_t> NearestCivilDay(int64_t anchor, int month, int day, bool forward);

// The Monday on or before `day` (ISO weeks), for any day number.
int64_t WeekStart(int64_t day);

}  // namespace entente
