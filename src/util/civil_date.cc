// civil_date.cc — day numbers from and to the proleptic Gregorian calendar,
// through <chrono>'s calendar types (signed throughout: days before
// 1970-01-01 are negative numbers, not errors).
#include "util/civil_date.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace entente {

namespace chr = std::chrono;

std::optional<int64_t> DayOfCivil(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                          chr::day{static_cast<unsigned>(day > 31 ? 31 : day)}};
  if (!ymd.ok()) ymd = ymd.year() / ymd.month() / chr::last;  // 02-30 -> 02-28
  return chr::sys_days{ymd}.time_since_epoch().count();
}

std::optional<int64_t> DayNumber(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t at[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = at[k][0]; i < at[k][0] + at[k][1]; ++i) {
      if (d[i] < '0' || d[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (d[i] - '0');
    }
  }
  if (v[2] > 31) return std::nullopt;
  return DayOfCivil(v[0], v[1], v[2]);
}

std::string DateOfDay(int64_t day) {
  chr::year_month_day ymd{chr::sys_days{chr::days{day}}};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

int Weekday(int64_t day) {
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{day}}}.c_encoding());
}

int64_t WeekStart(int64_t day) { return day - (Weekday(day) + 6) % 7; }

std::optional<int64_t> NearestCivilDay(int64_t anchor, int month, int day, bool forward) {
  int year = static_cast<int>(chr::year_month_day{chr::sys_days{chr::days{anchor}}}.year());
  std::optional<int64_t> d = DayOfCivil(year, month, day);
  if (d && !forward && *d > anchor) d = DayOfCivil(year - 1, month, day);
  if (d && forward && *d < anchor) d = DayOfCivil(year + 1, month, day);
  return d;
}

}  // namespace entente
