// Tests of the date resolver: the patterns of date_resolver.cc against a
// fixed publication date, and the event-date rule.
#include "text/date_resolver.h"

#include <gtest/gtest.h>

#include "util/civil_date.h"

namespace entente {
namespace {

const DateResolver& Resolver() {
  static auto r = DateResolver::Load(std::string(ENTENTE_SOURCE_DIR) + "/data/dates/en.txt");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return **r;
}

// "date/precision" of every date found, joined by spaces.
std::string Dates(std::string_view text, std::string_view anchor = "2021-02-17") {
  std::string out;
  for (const TextDate& d : Resolver().Find(text, anchor)) {
    if (!out.empty()) out += ' ';
    out += d.date + "/" + d.precision;
  }
  return out;
}

TEST(DateResolver, CalendarWordsForOtherReaders) {
  EXPECT_EQ(Resolver().MonthOf("Sept."), 9);
  EXPECT_EQ(Resolver().MonthOf("MAY"), 5);
  EXPECT_EQ(Resolver().MonthOf("maybe"), -1);
  EXPECT_EQ(Resolver().WeekdayOf("Sunday"), 0);
  EXPECT_EQ(Resolver().WeekdayOf("Friday"), 5);
  EXPECT_EQ(Resolver().WeekdayOf("week"), -1);
  EXPECT_EQ(Resolver().SeasonEndOf("Summer"), 8);
  EXPECT_EQ(Resolver().SeasonEndOf("winter"), 2);
  EXPECT_EQ(Resolver().SeasonEndOf("fall"), 11);
  EXPECT_EQ(Resolver().SeasonEndOf("summit"), -1);
}

TEST(DateResolver, SeasonsAreNoEventDates) {
  EXPECT_EQ(Dates("The ministers met in the summer.", "2020-01-10"), "");
}

// Incomplete dates resolve backwards for events and forwards for deadlines.
TEST(CivilDate, NearestDayOnEitherSide) {
  int64_t anchor = *DayNumber("2021-02-17");
  EXPECT_EQ(DateOfDay(*NearestCivilDay(anchor, 3, 3, false)), "2020-03-03");
  EXPECT_EQ(DateOfDay(*NearestCivilDay(anchor, 3, 3, true)), "2021-03-03");
  EXPECT_EQ(DateOfDay(*NearestCivilDay(anchor, 2, 17, false)), "2021-02-17");
  EXPECT_EQ(DateOfDay(*NearestCivilDay(anchor, 2, 17, true)), "2021-02-17");
  EXPECT_EQ(DateOfDay(*NearestCivilDay(anchor, 1, 31, true)), "2022-01-31");
  EXPECT_EQ(DateOfDay(*NearestCivilDay(anchor, 2, 31, true)), "2021-02-28");  // clamped
  EXPECT_EQ(DateOfDay(*NearestCivilDay(-1, 1, 1, true)), "1970-01-01");  // 1969-12-31 is a day too
  EXPECT_FALSE(NearestCivilDay(anchor, 13, 1, true).has_value());
  EXPECT_EQ(Weekday(anchor), 3);  // a Wednesday
}

TEST(DateResolver, CompleteDates) {
  EXPECT_EQ(Dates("Talks began on March 3, 2016 in Geneva."), "2016-03-03/day");
  EXPECT_EQ(Dates("Talks began on 3rd March 2016."), "2016-03-03/day");
  EXPECT_EQ(Dates("The deal of March 2016 held."), "2016-03-01/month");
  EXPECT_EQ(Dates("Russia annexed Crimea in 2014."), "2014-01-01/year");
  EXPECT_EQ(Dates("Troops left in 2016.", ""), "2016-01-01/year");  // no anchor needed
}

TEST(DateResolver, RelativeDates) {  // 2021-02-17 is a Wednesday
  EXPECT_EQ(Dates("They met last year."), "2020-01-01/year");
  EXPECT_EQ(Dates("They met last month."), "2021-01-01/month");
  EXPECT_EQ(Dates("They met last month.", "2021-01-09"), "2020-12-01/month");
  EXPECT_EQ(Dates("They met last week."), "2021-02-08/week");
  EXPECT_EQ(Dates("They met yesterday."), "2021-02-16/day");
  EXPECT_EQ(Dates("They met on Monday."), "2021-02-15/day");
  EXPECT_EQ(Dates("They met on Wednesday."), "2021-02-17/day");
  EXPECT_EQ(Dates("They met on Thursday."), "2021-02-11/day");
  EXPECT_EQ(Dates("They met on March 3."), "2020-03-03/day");  // most recent March 3
  EXPECT_EQ(Dates("They met in January."), "2021-01-01/month");
  EXPECT_EQ(Dates("They met last year.", ""), "");  // relative dates need an anchor
}

// Dates before 1970 (negative day numbers) resolve like any other.
TEST(DateResolver, DatesBefore1970) {  // 1950-03-01 is a Wednesday
  EXPECT_EQ(Dates("Talks began on March 3, 1950 in Geneva."), "1950-03-03/day");
  EXPECT_EQ(Dates("The treaty was signed in 1801.", ""), "1801-01-01/year");
  EXPECT_EQ(Dates("They met on Friday.", "1950-03-01"), "1950-02-24/day");
  EXPECT_EQ(Dates("They met last week.", "1950-03-01"), "1950-02-20/week");
  EXPECT_EQ(Dates("They met last month.", "1950-01-09"), "1949-12-01/month");
  EXPECT_EQ(Dates("They met yesterday.", "1970-01-01"), "1969-12-31/day");
  EXPECT_EQ(Dates("They met on July 4.", "1801-07-10"), "1801-07-04/day");
  EXPECT_EQ(Dates("They met on December 31.", "1801-07-10"), "1800-12-31/day");
}

TEST(DateResolver, NotDates) {
  EXPECT_EQ(Dates("They may meet again."), "");
  EXPECT_EQ(Dates("They sent 2016 troops."), "");
  EXPECT_EQ(Dates("The March rally drew 31 people."), "");
  EXPECT_EQ(Dates("Before 1950 nothing."), "");
}

AnalyzedDocument DocWith(const std::string& text, const std::string& trigger_word) {
  AnalyzedDocument doc;
  doc.doc.date = "2021-02-17";
  doc.doc.text = text;
  doc.sentences.emplace_back();
  doc.sentences[0].span = Span{0, static_cast<uint32_t>(text.size())};
  Event e;
  e.date = doc.doc.date;
  uint32_t at = static_cast<uint32_t>(text.find(trigger_word));
  e.trigger_span = Span{at, at + static_cast<uint32_t>(trigger_word.size())};
  doc.events.push_back(e);
  return doc;
}

TEST(DateResolver, EventDateRule) {
  auto doc = DocWith("Russia annexed Crimea in 2014, the minister said on Tuesday.", "annexed");
  Resolver().DateEvents(&doc);
  EXPECT_EQ(doc.events[0].event_date, "2014-01-01");  // nearest the trigger
  EXPECT_EQ(doc.events[0].date_precision, "year");

  doc = DocWith("The minister said on Tuesday that Russia annexed Crimea in 2014.", "said");
  Resolver().DateEvents(&doc);
  EXPECT_EQ(doc.events[0].event_date, "2021-02-16");
  EXPECT_EQ(doc.events[0].date_precision, "day");

  doc = DocWith("Iran will hold talks in 2023.", "hold");  // after publication: a plan
  Resolver().DateEvents(&doc);
  EXPECT_EQ(doc.events[0].event_date, "");
  EXPECT_EQ(doc.events[0].date_precision, "");

  doc = DocWith("Iran held talks.", "held");
  Resolver().DateEvents(&doc);
  EXPECT_EQ(doc.events[0].event_date, "");
}

TEST(DateResolver, BadWordFileNamesTheLine) {
  auto r = DateResolver::Load(std::string(ENTENTE_SOURCE_DIR) + "/no/such/file.txt");
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace entente
