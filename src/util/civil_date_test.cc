// civil_date_test.cc — day numbers on both sides of 1970-01-01, against
// dates whose day numbers and weekdays are known.
#include "util/civil_date.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(CivilDate, DatesBefore1970AreNegativeDayNumbers) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("1969-12-31"), -1);
  EXPECT_EQ(DayNumber("1950-03-01"), -7246);
  EXPECT_EQ(DayNumber("1801-07-04"), -61542);
  EXPECT_EQ(DayNumber("1800-01-01"), -62091);
  EXPECT_EQ(DayNumber("0001-01-01"), -719162);
  EXPECT_EQ(DayNumber("2200-12-31"), 84370);
  EXPECT_EQ(DayNumber("9999-12-31"), 2932896);
}

TEST(CivilDate, RoundTripsEveryDayFrom1600To2400) {
  int64_t first = *DayNumber("1600-01-01"), last = *DayNumber("2400-12-31");
  for (int64_t d = first; d <= last; ++d) {
    std::string s = DateOfDay(d);
    ASSERT_EQ(DayNumber(s), d) << s;
  }
  EXPECT_EQ(DateOfDay(-1), "1969-12-31");
  EXPECT_EQ(DateOfDay(-61542), "1801-07-04");
  EXPECT_EQ(DateOfDay(*DayNumber("1900-02-28") + 1), "1900-03-01");  // 1900: no 29 February
  EXPECT_EQ(DateOfDay(*DayNumber("1600-02-28") + 1), "1600-02-29");
}

TEST(CivilDate, RejectsWhatIsNotADate) {
  for (const char* s : {"", "1950-3-01", "1950-13-01", "1950-00-10", "1950-01-00", "1950-01-32",
                        "0000-06-01", "19a0-01-01", "1950/01/01", "-950-01-01"}) {
    EXPECT_EQ(DayNumber(s), std::nullopt) << s;
  }
  EXPECT_EQ(DayNumber("1950-02-30"), DayNumber("1950-02-28"));  // clamped to the month
  EXPECT_EQ(DayNumber("1950-03-01T12:00:00Z"), -7246);
  EXPECT_EQ(DayOfCivil(0, 1, 1), std::nullopt);
  EXPECT_EQ(DayOfCivil(10000, 1, 1), std::nullopt);
  EXPECT_EQ(DayOfCivil(1952, 2, 31), DayNumber("1952-02-29"));
}

TEST(CivilDate, WeekdaysAndWeeksBefore1970) {
  EXPECT_EQ(Weekday(0), 4);                        // 1970-01-01: Thursday
  EXPECT_EQ(Weekday(*DayNumber("1969-12-28")), 0);  // Sunday
  EXPECT_EQ(Weekday(*DayNumber("1801-07-04")), 6);  // Saturday
  EXPECT_EQ(Weekday(*DayNumber("1950-03-01")), 3);  // Wednesday
  EXPECT_EQ(DateOfDay(WeekStart(*DayNumber("1950-03-01"))), "1950-02-27");
  EXPECT_EQ(DateOfDay(WeekStart(*DayNumber("1950-02-27"))), "1950-02-27");
  EXPECT_EQ(DateOfDay(WeekStart(*DayNumber("1970-01-01"))), "1969-12-29");
  EXPECT_EQ(DateOfDay(WeekStart(*DayNumber("1969-12-28"))), "1969-12-22");
  for (int64_t d = -800; d < 800; ++d) {
    int64_t w = WeekStart(d);
    ASSERT_EQ(Weekday(w), 1) << d;
    ASSERT_TRUE(w <= d && d - w < 7) << d;
  }
}

}  // namespace
}  // namespace entente
