#include "entente/barometer.h"

#include <gtest/gtest.h>

#include "analyze/json.h"
#include "store/store_test_util.h"

namespace entente {
namespace {

DailyQuad Day(const std::string& date, int quad, int64_t clusters, int64_t reports, double g) {
  DailyQuad d;
  d.date = date;
  d.quad = quad;
  d.clusters = clusters;
  d.reports = reports;
  d.goldstein_clusters = g * static_cast<double>(clusters);
  d.goldstein_reports = g * static_cast<double>(reports);
  return d;
}

TEST(Barometer, PeriodStarts) {
  EXPECT_EQ(PeriodStart("2024-03-14", Period::kMonth), "2024-03-01");
  EXPECT_EQ(PeriodStart("2024-03-14", Period::kDay), "2024-03-14");
  EXPECT_EQ(PeriodStart("2024-03-14", Period::kWeek), "2024-03-11");  // a Thursday → Monday
  EXPECT_EQ(PeriodStart("2024-03-11", Period::kWeek), "2024-03-11");
  EXPECT_EQ(PeriodStart("2024-03-17", Period::kWeek), "2024-03-11");  // Sunday
  EXPECT_EQ(PeriodStart("bad", Period::kWeek), "");
  Period p;
  EXPECT_TRUE(ParsePeriod("week", &p));
  EXPECT_EQ(p, Period::kWeek);
  EXPECT_FALSE(ParsePeriod("year", &p));
}

TEST(Barometer, FoldsDaysIntoMonthsWithMeasures) {
  std::vector<DailyQuad> days = {
      Day("2024-01-03", 1, 6, 10, 3.0),   // verbal cooperation
      Day("2024-01-20", 2, 2, 2, 7.0),    // material cooperation
      Day("2024-01-21", 4, 2, 5, -10.0),  // material conflict
      Day("2024-03-02", 3, 1, 1, -2.0),
  };
  BarometerOptions o;
  auto rows = FoldBarometer(days, {}, o);
  ASSERT_EQ(rows.size(), 3u);  // February is filled in, empty
  const BarometerRow& jan = rows[0];
  EXPECT_EQ(jan.period, "2024-01-01");
  EXPECT_EQ(jan.quad[1], 6);
  EXPECT_EQ(jan.quad[2], 2);
  EXPECT_EQ(jan.quad[4], 2);
  EXPECT_EQ(jan.total, 10);
  EXPECT_DOUBLE_EQ(jan.goldstein_sum, 18 + 14 - 20);
  EXPECT_DOUBLE_EQ(jan.goldstein_mean, 1.2);
  EXPECT_DOUBLE_EQ(jan.balance, (8.0 - 2.0) / 10.0);
  EXPECT_DOUBLE_EQ(jan.words_deeds_gap, (6.0 - 2.0) / 8.0);
  EXPECT_DOUBLE_EQ(jan.conflict_gap, -1.0);
  EXPECT_EQ(rows[1].period, "2024-02-01");
  EXPECT_EQ(rows[1].total, 0);
  EXPECT_DOUBLE_EQ(rows[1].balance, 0.0);
  EXPECT_DOUBLE_EQ(rows[2].balance, -1.0);

  o.count_reports = true;
  o.normalize = true;
  o.fill_gaps = false;
  std::vector<DailyVolume> vol = {{"2024-01-03", 100, 200}, {"2024-01-30", 100, 300},
                                  {"2024-03-02", 10, 10}};
  rows = FoldBarometer(days, vol, o);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].quad[1], 10);
  EXPECT_EQ(rows[0].volume, 500);
  EXPECT_DOUBLE_EQ(rows[0].rate[1], 20.0);
  EXPECT_DOUBLE_EQ(rows[1].rate[3], 100.0);
}

TEST(Barometer, FromAStoreCountsClustersByDefault) {
  std::string skip;
  auto store = testing::OpenTestStore("sqlite", "barometer", &skip);
  ASSERT_NE(store, nullptr);
  using testing::FakeDocument;
  ASSERT_TRUE(store->Write(FakeDocument("a", "2024-01-05", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}})).ok());
  ASSERT_TRUE(store->Write(FakeDocument("b", "2024-01-06", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}})).ok());
  ASSERT_TRUE(store->Write(FakeDocument("c", "2024-02-10", {{"USAMIL", "IGOWSTNAT", "061", 2, 6.4}})).ok());
  ASSERT_TRUE(store->Write(FakeDocument("d", "2024-02-11", {{"IGOWSTNAT", "USAGOV", "112", 3, -2.0}})).ok());
  EventQuery q;
  ASSERT_TRUE(ParseDyad("USA:IGOWSTNAT", &q).ok());
  auto b = ComputeBarometer(store.get(), q, {});
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  ASSERT_EQ(b->rows.size(), 2u);
  EXPECT_EQ(b->rows[0].quad[1], 1);  // two reports, one event
  EXPECT_EQ(b->rows[1].quad[2], 1);
  EXPECT_EQ(b->rows[1].quad[3], 0);  // the other direction
  BarometerOptions reports;
  reports.count_reports = true;
  q.undirected = true;
  b = ComputeBarometer(store.get(), q, reports);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->rows[0].quad[1], 2);
  EXPECT_EQ(b->rows[1].quad[3], 1);
  std::string csv = BarometerCsv(*b);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "period,verbal_coop,material_coop,verbal_conflict,material_conflict,total,"
            "goldstein_sum,goldstein_mean,balance,words_deeds_gap,conflict_gap");
  EXPECT_NE(csv.find("2024-01-01,2,0,0,0,2,8.0000,4.0000,1.0000,1.0000,0.0000"), std::string::npos)
      << csv;
  std::string js = BarometerJson(*b);
  EXPECT_NE(js.find("\"dyad\":\"USA:IGOWSTNAT\",\"undirected\":true"), std::string::npos) << js;
  EXPECT_NE(BarometerTable(*b).find("2024-02-01"), std::string::npos);
}

TEST(Json, EscapesEverythingThatCouldBreakOut) {
  std::string out;
  json::AppendString(&out, "a\"b\\c\n</script><b>&\x01");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u0001\"");
  out.clear();
  json::AppendNumber(&out, 0.0 / 0.0);
  EXPECT_EQ(out, "null");
}

}  // namespace
}  // namespace entente
