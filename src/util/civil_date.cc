// civil_date.cc — day numbers from and to the proleptic Gregorian calendar
// (H. Hinnant's days-from-civil algorithms).
#include "util/civil_date.h"

#include <cstdio>
#include <cstdlib>

namespace entente {

int64_t DayOfCivil(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || year < 1970 || year > 9999) return -1;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day > last) day = last;
  int64_t y = year;
  unsigned m = static_cast<unsigned>(month), d = static_cast<unsigned>(day);
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  int64_t days = era * 146097 + static_cast<int64_t>(doe) - 719468;
  return days < 0 ? -1 : days;
}

int64_t DayNumber(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return -1;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[static_cast<size_t>(i)] < '0' || d[static_cast<size_t>(i)] > '9') return -1;
  }
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), day = num(8, 2);
  if (m < 1 || m > 12 || day < 1 || day > 31) return -1;
  return DayOfCivil(y, m, day);
}

std::string DateOfDay(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
  return buf;
}

int Weekday(int64_t day) { return static_cast<int>((day % 7 + 11) % 7); }  // 1970-01-01: Thursday

int64_t NearestCivilDay(int64_t anchor, int month, int day, bool forward) {
  if (anchor < 0) return -1;
  int year = std::atoi(DateOfDay(anchor).c_str());
  int64_t d = DayOfCivil(year, month, day);
  if (!forward && d > anchor) d = DayOfCivil(year - 1, month, day);
  if (forward && d >= 0 && d < anchor) d = DayOfCivil(year + 1, month, day);
  return d;
}

}  // namespace entente
