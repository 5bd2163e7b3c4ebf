#include "entente/barometer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include <unistd.h>

#include "entente/codes.h"
#include "entente/export.h"

#include "analyze/json.h"
#include "store/store_test_util.h"
#include "util/data_dir.h"

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
  EXPECT_TRUE(ParsePeriod("year", &p));
  EXPECT_EQ(p, Period::kYear);
  EXPECT_FALSE(ParsePeriod("decade", &p));
  EXPECT_EQ(PeriodStart("2024-03-14", Period::kQuarter), "2024-01-01");
  EXPECT_EQ(PeriodStart("2024-12-31", Period::kQuarter), "2024-10-01");
  EXPECT_EQ(PeriodStart("2024-07-01", Period::kQuarter), "2024-07-01");
  EXPECT_EQ(PeriodStart("2024-03-14", Period::kYear), "2024-01-01");
}

// Before 1970 a day number is negative: periods still start on Mondays, the
// 1st of the month, quarter or year, and gaps across 1970 are filled.
TEST(Barometer, PeriodsBefore1970) {
  EXPECT_EQ(PeriodStart("1950-03-01", Period::kWeek), "1950-02-27");  // Wednesday → Monday
  EXPECT_EQ(PeriodStart("1950-02-27", Period::kWeek), "1950-02-27");
  EXPECT_EQ(PeriodStart("1970-01-01", Period::kWeek), "1969-12-29");
  EXPECT_EQ(PeriodStart("1969-12-28", Period::kWeek), "1969-12-22");  // Sunday
  EXPECT_EQ(PeriodStart("1801-07-04", Period::kDay), "1801-07-04");
  EXPECT_EQ(PeriodStart("1801-07-04", Period::kWeek), "1801-06-29");
  EXPECT_EQ(PeriodStart("1801-07-04", Period::kQuarter), "1801-07-01");
  EXPECT_EQ(PeriodStart("1801-07-04", Period::kYear), "1801-01-01");
  BarometerOptions o;
  o.period = Period::kWeek;
  auto folded = FoldBarometer({Day("1969-12-24", 4, 1, 1, -10.0), Day("1970-01-08", 1, 2, 2, 3.0)},
                              {}, o);
  ASSERT_TRUE(folded.ok());
  ASSERT_EQ(folded->size(), 3u);
  EXPECT_EQ((*folded)[0].period, "1969-12-22");
  EXPECT_EQ((*folded)[0].quad[4], 1);
  EXPECT_EQ((*folded)[1].period, "1969-12-29");  // the week of 1970-01-01 starts in 1969
  EXPECT_EQ((*folded)[1].quad[1], 0);
  EXPECT_EQ((*folded)[2].period, "1970-01-05");
  EXPECT_EQ((*folded)[2].quad[1], 2);
  o.period = Period::kMonth;
  folded = FoldBarometer({Day("1801-07-04", 3, 1, 1, -2.0)}, {}, o, "1801-05-15", "1801-08-01");
  ASSERT_TRUE(folded.ok());
  ASSERT_EQ(folded->size(), 4u);
  EXPECT_EQ((*folded)[0].period, "1801-05-01");
  EXPECT_EQ((*folded)[2].period, "1801-07-01");
  EXPECT_EQ((*folded)[2].quad[3], 1);
}

TEST(Barometer, FoldsDaysIntoMonthsWithMeasures) {
  std::vector<DailyQuad> days = {
      Day("2024-01-03", 1, 6, 10, 3.0),   // verbal cooperation
      Day("2024-01-20", 2, 2, 2, 7.0),    // material cooperation
      Day("2024-01-21", 4, 2, 5, -10.0),  // material conflict
      Day("2024-03-02", 3, 1, 1, -2.0),
  };
  BarometerOptions o;
  auto folded = FoldBarometer(days, {}, o);
  ASSERT_TRUE(folded.ok());
  std::vector<BarometerRow> rows = *folded;
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
  EXPECT_TRUE(std::isnan(rows[1].balance));  // an empty month is undefined, not neutral
  EXPECT_TRUE(std::isnan(rows[1].goldstein_mean));
  EXPECT_TRUE(std::isnan(rows[2].words_deeds_gap));  // no cooperation in March
  EXPECT_DOUBLE_EQ(rows[2].balance, -1.0);

  o.count_reports = true;
  o.normalize = true;
  o.fill_gaps = false;
  std::vector<DailyVolume> vol = {{"2024-01-03", 100, 200}, {"2024-01-30", 100, 300},
                                  {"2024-03-02", 10, 10}};
  rows = *FoldBarometer(days, vol, o);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].quad[1], 10);
  EXPECT_EQ(rows[0].volume, 500);
  EXPECT_DOUBLE_EQ(rows[0].rate[1], 20.0);
  EXPECT_DOUBLE_EQ(rows[1].rate[3], 100.0);
}

TEST(Barometer, GridSpansFromAndToAndIsBounded) {
  std::vector<DailyQuad> days = {Day("2024-03-02", 3, 1, 1, -2.0)};
  BarometerOptions o;
  auto rows = FoldBarometer(days, {}, o, "2023-12-15", "2024-05-31");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 6u);  // December to May, the empty edges kept
  EXPECT_EQ(rows->front().period, "2023-12-01");
  EXPECT_EQ(rows->back().period, "2024-05-01");
  EXPECT_TRUE(std::isnan(rows->back().balance));
  o.period = Period::kQuarter;
  rows = FoldBarometer(days, {}, o, "2023-12-15", "2024-05-31");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[1].period, "2024-01-01");
  EXPECT_EQ((*rows)[1].quad[3], 1);
  o.period = Period::kYear;
  rows = FoldBarometer(days, {}, o, "2020-06-01", "2024-05-31");
  ASSERT_EQ(rows->size(), 5u);
  o.period = Period::kDay;
  o.max_periods = 100;
  rows = FoldBarometer(days, {}, o, "2020-01-01", "2024-05-31");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("more than 100 day periods"), std::string::npos)
      << rows.status().message();
}

TEST(Barometer, UndefinedIsNullInJsonEmptyInCsvNaInTable) {
  Barometer b;
  b.dyad = "USA:RUS";
  b.options.normalize = true;
  b.rows = *FoldBarometer({}, {}, b.options, "2024-01-01", "2024-01-31");
  ASSERT_EQ(b.rows.size(), 1u);
  std::string js = BarometerJson(b);
  EXPECT_NE(js.find("\"balance\":null"), std::string::npos) << js;
  EXPECT_NE(js.find("\"verbal_coop_per_1000\":null"), std::string::npos) << js;
  EXPECT_EQ(js.find("_rate"), std::string::npos) << js;
  std::string csv = BarometerCsv(b);
  EXPECT_NE(csv.find("2024-01-01,0,0,0,0,0,0.0000,,,,,0,,,,\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("verbal_coop_per_1000"), std::string::npos);
  std::string table = BarometerTable(b);
  EXPECT_NE(table.find("vcoop/1k"), std::string::npos) << table;
  EXPECT_NE(table.find("rates per 1,000"), std::string::npos) << table;
  EXPECT_NE(table.find("NA"), std::string::npos) << table;
}

TEST(Barometer, CountsOnlyDeedsDoneByDefault) {
  std::string skip;
  auto store = testing::OpenTestStore("sqlite", "barometer_modality", &skip);
  ASSERT_NE(store, nullptr);
  using testing::FakeDocument;
  testing::FakeEvent done{"USAGOV", "RUS", "173", 4, -5.0};
  testing::FakeEvent threat = done;
  threat.modality = Modality::kHypothetical;
  testing::FakeEvent demand = done;
  demand.modality = Modality::kDemanded;
  ASSERT_TRUE(store->Write(FakeDocument("a", "2024-01-05", {done})).ok());
  ASSERT_TRUE(store->Write(FakeDocument("b", "2024-01-15", {threat})).ok());
  ASSERT_TRUE(store->Write(FakeDocument("c", "2024-01-25", {demand})).ok());
  EventQuery q;
  ASSERT_TRUE(ParseDyad("USA:RUS", &q).ok());
  auto b = ComputeBarometer(store.get(), q, {});
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->rows.size(), 1u);
  EXPECT_EQ(b->rows[0].quad[4], 1);
  BarometerOptions all;
  all.modality = "";
  b = ComputeBarometer(store.get(), q, all);
  EXPECT_EQ(b->rows[0].quad[4], 3);
}

TEST(Codes, UnknownCodesAreErrorsWithNearCodes) {
  std::string skip;
  auto store = testing::OpenTestStore("sqlite", "codes", &skip);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Write(testing::FakeDocument("a", "2024-01-05", {{"TURGOV", "IGOWSTNAT", "036", 1, 4.0}})).ok());
  EventQuery q;
  ASSERT_TRUE(ParseDyad("TUR:IGOWSTNAT", &q).ok());
  EXPECT_TRUE(CheckQueryCodes(store.get(), q).ok());
  ASSERT_TRUE(ParseDyad("TUR:XYZ", &q).ok());
  Status s = CheckQueryCodes(store.get(), q);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("unknown actor code 'XYZ'"), std::string::npos) << s.message();
  ASSERT_TRUE(ParseDyad("TRU:", &q).ok());
  s = CheckQueryCodes(store.get(), q);
  EXPECT_NE(s.message().find("near codes: TUR"), std::string::npos) << s.message();
  q = EventQuery();
  q.type = "FOO";
  s = CheckQueryCodes(store.get(), q);
  EXPECT_NE(s.message().find("unknown event type 'FOO'"), std::string::npos) << s.message();
  q.type = "AGRE";
  EXPECT_NE(CheckQueryCodes(store.get(), q).message().find("AGREE"), std::string::npos);
  q.type = "04";
  EXPECT_TRUE(CheckQueryCodes(store.get(), q).ok());
  q.type = "AGREE";
  EXPECT_TRUE(CheckQueryCodes(store.get(), q).ok());
  q.modality = "maybe";
  EXPECT_FALSE(CheckQueryCodes(store.get(), q).ok());
}

TEST(Codes, ActorCodesAreNamedFromTheDictionaries) {
  auto namer = ActorNamer::Create(DataDir(), nullptr);
  ASSERT_TRUE(namer.ok()) << namer.status().message();
  EXPECT_EQ(namer->Name("USA"), "United States");
  EXPECT_EQ(namer->Name("IGOWSTNAT"), "NATO");
  EXPECT_EQ(namer->Name("USAMIL"), "United States: military");
  EXPECT_EQ(namer->Name("RUSGOVMIL"), "Russia: government, military");
  EXPECT_EQ(namer->Name("---COP"), "police (no country known)");
  EXPECT_EQ(namer->Name("USAXYZ"), "United States: XYZ");  // an unknown sector stays a code
  EXPECT_EQ(namer->Name("XYZGOV"), "");
  EXPECT_EQ(namer->Name(""), "");

  std::string skip;
  auto store = testing::OpenTestStore("sqlite", "code_names", &skip);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Write(testing::FakeDocument(
      "a", "2024-01-05", {{"TURGOV", "IGOWSTNAT", "036", 1, 4.0}, {"XYZGOV", "TURMIL", "036", 1, 4.0}})).ok());
  auto names = StoredActorNames(store.get(), *namer);
  ASSERT_TRUE(names.ok()) << names.status().message();
  std::string got;
  for (const ActorCodeName& a : *names) got += a.code + "=" + a.name + "/" + std::to_string(a.mentions) + ";";
  // TUR, the country of TURGOV and TURMIL, is listed with their mentions.
  EXPECT_EQ(got,
            "IGOWSTNAT=NATO/1;TUR=Turkey/2;TURGOV=Turkey: government/1;"
            "TURMIL=Turkey: military/1;XYZ=XYZ/1;XYZGOV=XYZGOV/1;")
      << got;
}

TEST(Codes, SectorNamesFileIsOptionalAndVersioned) {
  auto dir = std::filesystem::temp_directory_path() /
             ("entente-code-names-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "actors");
  std::filesystem::create_directories(dir / "codes");
  ASSERT_TRUE(WriteFile((dir / "actors" / "a.txt").string(),
                        "@format entente-actors 1\ncountry POL Poland\nagent AGR farmer; farmers\n").ok());
  // Without codes/sectors.txt the role noun names the sector.
  auto namer = ActorNamer::Create(dir.string(), nullptr);
  ASSERT_TRUE(namer.ok()) << namer.status().message();
  EXPECT_EQ(namer->Name("POLAGR"), "Poland: farmer");
  ASSERT_TRUE(WriteFile((dir / "codes" / "sectors.txt").string(),
                        "@format entente-sectors 1\n# comment\nAGR agriculture\n").ok());
  namer = ActorNamer::Create(dir.string(), nullptr);
  ASSERT_TRUE(namer.ok()) << namer.status().message();
  EXPECT_EQ(namer->Name("POLAGR"), "Poland: agriculture");
  ASSERT_TRUE(WriteFile((dir / "codes" / "sectors.txt").string(), "@format entente-sectors 2\n").ok());
  EXPECT_EQ(ActorNamer::Create(dir.string(), nullptr).status().code(), StatusCode::kUnsupported);
  ASSERT_TRUE(WriteFile((dir / "codes" / "sectors.txt").string(),
                        "@format entente-sectors 1\nAGRICULTURE\n").ok());
  auto bad = ActorNamer::Create(dir.string(), nullptr);
  EXPECT_EQ(bad.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(bad.status().message().find("sectors.txt:2: "), std::string::npos) << bad.status().message();
  std::filesystem::remove_all(dir);
}

TEST(Export, OneRowPerClusterWithCounts) {
  std::string skip;
  auto store = testing::OpenTestStore("sqlite", "export", &skip);
  ASSERT_NE(store, nullptr);
  using testing::FakeDocument;
  AnalyzedDocument a = FakeDocument("a", "2024-01-05", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}});
  a.doc.publisher = "Wire One";
  a.doc.url = "https://example.org/a";
  a.doc.title = "NATO, \"talks\"";
  a.events[0].confidence = 1.25;  // the cluster's first report; d has none
  AnalyzedDocument b = FakeDocument("b", "2024-01-06", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}});
  b.doc.publisher = "Wire Two";
  AnalyzedDocument c = FakeDocument("c", "2024-01-06", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}});
  c.doc.publisher = "Wire Two";
  // A later report places the first event; the cluster (the exported row) takes it.
  testing::SetFakeLocation(&b, 0, "Belgium", "BEL", "", "country");
  for (auto* d : {&a, &b, &c}) ASSERT_TRUE(store->Write(*d).ok());
  AnalyzedDocument d = FakeDocument("d", "2024-03-01", {{"RUS", "UKR", "190", 4, -10.0}});
  double lat = 49.98, lon = 36.25;
  testing::SetFakeLocation(&d, 0, "Kharkiv", "UKR", "UA-63", "city", &lat, &lon);
  ASSERT_TRUE(store->Write(d).ok());
  EventQuery q;
  std::string out;
  auto write = [&out](std::string_view s) { out += s; return true; };
  auto n = ExportEvents(store.get(), q, ExportFormat::kCsv, write);
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(out.substr(0, out.find('\n')), ExportHeader(ExportFormat::kCsv).substr(0, out.find('\n')));
  // 3 reports in 3 documents from 2 publishers; the title quoted per RFC 4180.
  EXPECT_NE(out.find(",USAGOV,USA,IGOWSTNAT,,036,COOPERATE,1,4.0,done,0,3,3,2,a,\"NATO, \"\"talks\"\"\","
                     "https://example.org/a,Wire One,"), std::string::npos) << out;
  EXPECT_NE(out.find(",Belgium,country:BEL:belgium,BEL,,country,,,0,1.250\n"), std::string::npos) << out;
  EXPECT_NE(out.find(",Kharkiv,city:UKR:kharkiv,UKR,UA-63,city,49.9800,36.2500,0,\n"), std::string::npos) << out;

  out.clear();
  ASSERT_TRUE(ParseDyad("USA:", &q).ok());
  ASSERT_TRUE(ExportEvents(store.get(), q, ExportFormat::kJsonl, write).ok());
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  EXPECT_NE(out.find("\"reports\":3,\"documents\":3,\"sources\":2"), std::string::npos) << out;
  EXPECT_NE(out.find("\"publisher\":\"Wire One\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"location_text\":\"Belgium\",\"location_place_id\":\"country:BEL:belgium\","
                     "\"location_country\":\"BEL\",\"location_region\":null,\"location_precision\":"
                     "\"country\",\"location_lat\":null,\"location_lon\":null,"
                     "\"location_from_dateline\":false,\"confidence\":1.250}"), std::string::npos) << out;

  out.clear();
  ASSERT_TRUE(ExportEvents(store.get(), q, ExportFormat::kGdelt, write).ok());
  std::vector<std::string> f(1);
  for (char ch : out.substr(0, out.size() - 1)) {
    if (ch == '\t') f.emplace_back();
    else f.back() += ch;
  }
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[18], "NAT");  // Actor2KnownGroupCode
  EXPECT_EQ(f[31], "3");    // NumMentions
  EXPECT_EQ(f[32], "2");    // NumSources
  EXPECT_EQ(f[33], "3");    // NumArticles
  EXPECT_EQ(f[51], "1");    // ActionGeo_Type: a country
  EXPECT_EQ(f[53], "BE");   // FIPS 10-4, as GDELT writes it
  EXPECT_EQ(f[54], "BE");   // ADM1Code of a country: the country

  // ActionGeo of a city, from the stored location; the location filter.
  out.clear();
  q = EventQuery();
  q.location_country = "UKR";
  EXPECT_EQ(*ExportEvents(store.get(), q, ExportFormat::kGdelt, write), 1);
  f.assign(1, "");
  for (char ch : out.substr(0, out.size() - 1)) {
    if (ch == '\t') f.emplace_back();
    else f.back() += ch;
  }
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[51], "4");    // ActionGeo_Type: a city outside the US
  EXPECT_EQ(f[52], "Kharkiv");
  EXPECT_EQ(f[53], "UP");
  EXPECT_EQ(f[56], "49.9800");
  EXPECT_EQ(f[57], "36.2500");
  EXPECT_EQ(f[58], "city:UKR:kharkiv");
  q.location_region = "UA-30";
  out.clear();
  EXPECT_EQ(*ExportEvents(store.get(), q, ExportFormat::kGdelt, write), 0);
  ExportFilters bad;
  bad.location_region = "UA30";
  EXPECT_NE(ExportQuery(bad).status().message().find("location-region: "), std::string::npos);

  q = EventQuery();
  q.from = "2024-02-01";
  out.clear();
  EXPECT_EQ(*ExportEvents(store.get(), q, ExportFormat::kJsonl, write), 1);
  q = EventQuery();
  q.type = "19";
  out.clear();
  EXPECT_EQ(*ExportEvents(store.get(), q, ExportFormat::kJsonl, write), 1);
  q.type = "";
  q.modality = "intended";
  out.clear();
  EXPECT_EQ(*ExportEvents(store.get(), q, ExportFormat::kJsonl, write), 0);

  // --min-confidence: the cluster's first report's; d has none, so it goes.
  ExportFilters sure;
  sure.min_confidence = 1.25;
  auto sure_q = ExportQuery(sure);
  ASSERT_TRUE(sure_q.ok()) << sure_q.status().ToString();
  out.clear();
  EXPECT_EQ(*ExportEvents(store.get(), *sure_q, ExportFormat::kJsonl, write), 1);
  EXPECT_NE(out.find("\"doc_id\":\"a\""), std::string::npos) << out;
  sure.min_confidence = 1.5;
  out.clear();
  EXPECT_EQ(*ExportEvents(store.get(), *ExportQuery(sure), ExportFormat::kJsonl, write), 0);
  sure.min_confidence = std::numeric_limits<double>::infinity();
  EXPECT_NE(ExportQuery(sure).status().message().find("min-confidence: "), std::string::npos);
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
  EXPECT_NE(csv.find("2024-01-01,2,0,0,0,2,8.0000,4.0000,1.0000,1.0000,\n"), std::string::npos)
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
