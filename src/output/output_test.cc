// Tests for the event writers over a hand-built AnalyzedDocument.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entente/output.h"
#include "output/fips_codes.h"
#include "output/gdelt_row.h"
#include "output/json_util.h"
#include "util/data_dir.h"

namespace entente {
namespace {

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

ActorMention Actor(const char* code, const char* country, const char* text, uint32_t b) {
  ActorMention m;
  m.code = code;
  m.country = country;
  m.text = text;
  m.span = {b, b + static_cast<uint32_t>(std::string(text).size())};
  if (std::string(code).size() > 3) m.sectors.push_back(std::string(code).substr(3));
  return m;
}

AnalyzedDocument Doc() {
  AnalyzedDocument d;
  d.doc.id = "story-1";
  d.doc.date = "2021-02-16";
  d.doc.text = "Germany and France met \"Italy\"\tand Spain.";
  Sentence s;
  s.span = {0, static_cast<uint32_t>(d.doc.text.size())};
  d.sentences.push_back(s);
  Event e;
  e.doc_id = "story-1";
  e.date = "2021-02-16";
  e.sources = {Actor("DEUGOV", "DEU", "Germany", 0), Actor("FRA", "FRA", "France", 12)};
  e.targets = {Actor("ITA", "ITA", "Italy", 24), Actor("ESP", "ESP", "Spain", 35)};
  e.cameo = "040";
  e.plover = "CONSULT";
  e.quad = 1;
  e.goldstein = 1.0;
  e.trigger = "met";
  e.trigger_span = {19, 22};
  e.attribution = {"anonymous \"sources\"", true, "USAGOV"};
  e.why = "04_consult.lex:1";
  d.events.push_back(e);
  return d;
}

TEST(JsonUtilTest, Escapes) {
  std::string out;
  AppendJsonString("a\"b\\c\n\x01", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(JsonlWriterTest, OneRecordWithCompoundActorsAndEscapedSentence) {
  OutputOptions o;
  o.include_why = true;
  auto w = EventWriter::Create(OutputFormat::kJsonl, o);
  std::string out;
  w->Write(Doc(), &out);
  ASSERT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  for (const char* want :
       {"\"doc_id\":\"story-1\"", "\"event_id\":\"story-1:0:0\"",
        "\"source\":{\"text\":\"Germany\",\"actor\":\"DEUGOV\",\"country\":\"DEU\",\"sector\":[\"GOV\"]",
        "\"sources\":[{", "\"country\":\"FRA\"", "\"targets\":[{", "\"cameo\":\"040\"",
        "\"plover\":\"CONSULT\"", "\"quad\":1", "\"goldstein\":1.0", "\"negated\":false",
        "\"modality\":\"done\"", "\"anonymous\":true", "anonymous \\\"sources\\\"",
        "met \\\"Italy\\\"\\tand Spain.", "\"trigger\":[19,22]", "\"why\":\"04_consult.lex:1\""}) {
    EXPECT_NE(out.find(want), std::string::npos) << want << "\nin: " << out;
  }
  // No raw control characters inside the record.
  for (size_t i = 0; i + 1 < out.size(); ++i) EXPECT_GE(static_cast<unsigned char>(out[i]), 0x20);
}

TEST(JsonlWriterTest, NoTargetIsNull) {
  AnalyzedDocument d = Doc();
  d.events[0].targets.clear();
  std::string out;
  EventWriter::Create(OutputFormat::kJsonl)->Write(d, &out);
  EXPECT_NE(out.find("\"target\":null"), std::string::npos);
  EXPECT_EQ(out.find("\"why\""), std::string::npos);
}

TEST(JsonlWriterTest, ConfidenceOnlyWhenTheCoderScoredTheEvent) {
  AnalyzedDocument d = Doc();
  std::string out;
  EventWriter::Create(OutputFormat::kJsonl)->Write(d, &out);
  EXPECT_EQ(out.find("\"confidence\""), std::string::npos) << out;
  d.events[0].confidence = 1.25;
  out.clear();
  EventWriter::Create(OutputFormat::kJsonl)->Write(d, &out);
  EXPECT_NE(out.find("\"modality\":\"done\",\"confidence\":1.250,"), std::string::npos) << out;
  // The TSV columns stay as they were.
  std::string tsv, before;
  EventWriter::Create(OutputFormat::kTsv)->Write(d, &tsv);
  EventWriter::Create(OutputFormat::kTsv)->Write(Doc(), &before);
  EXPECT_EQ(tsv, before);
}

TEST(TsvWriterTest, OneRowPerPairWithHeader) {
  auto w = EventWriter::Create(OutputFormat::kTsv);
  std::string out;
  w->Write(Doc(), &out);
  std::vector<std::string> rows = SplitOn(out, '\n');
  ASSERT_EQ(rows.size(), 5u);  // 2 sources x 2 targets, then ""
  size_t columns = SplitOn(w->Header(), '\t').size();
  for (int i = 0; i < 4; ++i) EXPECT_EQ(SplitOn(rows[i], '\t').size(), columns) << rows[i];
  EXPECT_EQ(SplitOn(rows[0], '\t')[2], "DEUGOV");
  EXPECT_EQ(SplitOn(rows[3], '\t')[3], "ESP");
  EXPECT_EQ(SplitOn(rows[0], '\t')[1], "20210216");
}

TEST(GdeltWriterTest, SixtyOneColumns) {
  auto w = EventWriter::Create(OutputFormat::kGdelt);
  EXPECT_EQ(w->Header(), "");
  std::string out;
  w->Write(Doc(), &out);
  std::vector<std::string> rows = SplitOn(out, '\n');
  ASSERT_EQ(rows.size(), 5u);
  std::vector<std::string> f = SplitOn(rows[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "20210216");
  EXPECT_EQ(f[2], "202102");
  EXPECT_EQ(f[5], "DEUGOV");
  EXPECT_EQ(f[7], "DEU");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[15], "ITA");
  EXPECT_EQ(f[26], "040");
  EXPECT_EQ(f[27], "040");
  EXPECT_EQ(f[28], "04");
  EXPECT_EQ(f[29], "1");
  EXPECT_EQ(f[30], "1.0");
  EXPECT_NE(rows[0], rows[1]);  // distinct GLOBALEVENTIDs per pair
  EXPECT_NE(f[0], SplitOn(rows[1], '\t')[0]);
}

// A caller's Document may carry any date: an unreadable one is left out,
// never an exception (std::stoi once aborted the process on "2021-ab-16").
TEST(GdeltWriterTest, UnreadableDatesAreLeftEmpty) {
  for (const char* date : {"2021-ab-16", "20x1-02-16", "--------", "2021-02-1\xff"}) {
    AnalyzedDocument d = Doc();
    for (Event& e : d.events) e.date = date;
    std::string out;
    EventWriter::Create(OutputFormat::kGdelt)->Write(d, &out);
    std::vector<std::string> f = SplitOn(SplitOn(out, '\n')[0], '\t');
    ASSERT_EQ(f.size(), 61u) << date;
    EXPECT_EQ(f[2], "") << date;
  }
}

TEST(JsonUtilTest, InvalidUtf8BecomesReplacementCharacters) {
  std::string out;
  AppendJsonString("ok \xc3\xa9 \xff \xed\xa0\x80 \xf0\x9f\x98\x80 \xc3", &out);
  EXPECT_EQ(out, "\"ok \xc3\xa9 \\ufffd \\ufffd\\ufffd\\ufffd \xf0\x9f\x98\x80 \\ufffd\"");
}

AnalyzedDocument DocWithSource() {
  AnalyzedDocument d = Doc();
  d.doc.url = "https://example.org/a?b=1";
  d.doc.title = "Talks \"begin\"";
  d.doc.publisher = "Example Wire";
  d.events[0].event_date = "2016-01-01";
  d.events[0].date_precision = "year";
  return d;
}

const Provenance kStamp{"0.1.0", "syntax:00ff,events:11ee", "0123456789abcdef"};

OutputOptions Stamped() {
  OutputOptions o;
  o.provenance = kStamp;
  return o;
}

TEST(JsonlWriterTest, ArticleEventDateAndProvenance) {
  std::string out;
  EventWriter::Create(OutputFormat::kJsonl, Stamped())->Write(DocWithSource(), &out);
  for (const char* want :
       {"\"date\":\"2016-01-01\"", "\"date_precision\":\"year\"", "\"published\":\"2021-02-16\"",
        "\"url\":\"https://example.org/a?b=1\"", "\"title\":\"Talks \\\"begin\\\"\"",
        "\"publisher\":\"Example Wire\"", "\"entente\":\"0.1.0\"",
        "\"model\":\"syntax:00ff,events:11ee\"", "\"dictionaries\":\"0123456789abcdef\""}) {
    EXPECT_NE(out.find(want), std::string::npos) << want << "\nin: " << out;
  }
  out.clear();
  EventWriter::Create(OutputFormat::kJsonl)->Write(Doc(), &out);  // undated by the text
  EXPECT_NE(out.find("\"date\":\"2021-02-16\",\"date_precision\":\"published\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"url\":null,\"title\":null,\"publisher\":null"), std::string::npos) << out;
}

TEST(TsvWriterTest, ArticleEventDateAndProvenanceColumns) {
  auto w = EventWriter::Create(OutputFormat::kTsv, Stamped());
  std::vector<std::string> head = SplitOn(w->Header().substr(0, w->Header().size() - 1), '\t');
  std::string out;
  w->Write(DocWithSource(), &out);
  std::vector<std::string> row = SplitOn(SplitOn(out, '\n')[0], '\t');
  ASSERT_EQ(row.size(), head.size());
  auto col = [&](const std::string& name) {
    for (size_t i = 0; i < head.size(); ++i) if (head[i] == name) return row[i];
    return std::string("<no column " + name + ">");
  };
  EXPECT_EQ(col("date"), "20160101");
  EXPECT_EQ(col("date_precision"), "year");
  EXPECT_EQ(col("published"), "20210216");
  EXPECT_EQ(col("url"), "https://example.org/a?b=1");
  EXPECT_EQ(col("title"), "Talks \"begin\"");
  EXPECT_EQ(col("publisher"), "Example Wire");
  EXPECT_EQ(col("entente"), "0.1.0");
  EXPECT_EQ(col("model"), "syntax:00ff,events:11ee");
  EXPECT_EQ(col("dictionaries"), "0123456789abcdef");
}

TEST(GdeltWriterTest, EventDateCountsAndUrl) {
  std::string out;
  EventWriter::Create(OutputFormat::kGdelt)->Write(DocWithSource(), &out);
  std::vector<std::string> f = SplitOn(SplitOn(out, '\n')[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "20160101");  // the date the text gives the event
  EXPECT_EQ(f[31], "1");        // NumMentions: one story, one mention
  EXPECT_EQ(f[32], "1");
  EXPECT_EQ(f[33], "1");
  EXPECT_EQ(f[60], "https://example.org/a?b=1");
}

TEST(GdeltRowTest, CountsAndKnownGroupCode) {
  ActorMention nato;
  nato.code = "IGOWSTNAT";
  ActorMention council;
  council.code = "IGOUNOGOV";
  council.sectors = {"GOV"};
  ActorMention amnesty;
  amnesty.code = "NGOHRIAMN";
  amnesty.sectors = {"HRI"};
  EXPECT_EQ(KnownGroupCode(nato), "NAT");
  EXPECT_EQ(KnownGroupCode(council), "UNO");
  EXPECT_EQ(KnownGroupCode(amnesty), "AMN");
  ActorMention usa;
  usa.code = "USA";
  EXPECT_EQ(KnownGroupCode(usa), "");
  GdeltEvent g;
  g.date = "2021-02-16";
  g.source = &nato;
  g.target = &council;
  g.cameo = "042";
  g.mentions = 7;
  g.sources = 3;
  g.articles = 5;
  std::string out;
  AppendGdeltRow(g, &out);
  std::vector<std::string> f = SplitOn(out.substr(0, out.size() - 1), '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[8], "NAT");   // Actor1KnownGroupCode
  EXPECT_EQ(f[18], "UNO");  // Actor2KnownGroupCode
  EXPECT_EQ(f[31], "7");
  EXPECT_EQ(f[32], "3");
  EXPECT_EQ(f[33], "5");
}

TEST(OutputFormatTest, Names) {
  OutputFormat f;
  EXPECT_TRUE(ParseOutputFormat("gdelt", &f));
  EXPECT_EQ(f, OutputFormat::kGdelt);
  EXPECT_FALSE(ParseOutputFormat("xml", &f));
}


// Issue 16: the event's place and the actors' ethnic / religion fields in
// every format; GDELT's ActionGeo columns 51..58.
AnalyzedDocument LocatedDoc() {
  AnalyzedDocument d = Doc();
  Event& e = d.events[0];
  e.sources[0].ethnic = "KUR";
  e.sources[0].religion = "SUN";
  e.location.text = "Afrin";
  e.location.place_id = "city:SYR:afrin";
  e.location.name = "Afrin";
  e.location.country = "SYR";
  e.location.precision = "city";
  e.location.region = "SY-HL";
  e.location.has_coords = true;
  e.location.lat = 36.5119;
  e.location.lon = 36.8697;
  return d;
}

TEST(LocationOutputTest, JsonlTsvGdelt) {
  AnalyzedDocument d = LocatedDoc();
  std::string json;
  EventWriter::Create(OutputFormat::kJsonl)->Write(d, &json);
  EXPECT_NE(json.find("\"location\":{\"text\":\"Afrin\",\"place_id\":\"city:SYR:afrin\",\"name\":\"Afrin\","
                      "\"country\":\"SYR\",\"precision\":\"city\",\"region\":\"SY-HL\",\"lat\":36.5119,\"lon\":36.8697,"
                      "\"from_dateline\":false}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"ethnic\":\"KUR\",\"religion\":\"SUN\""), std::string::npos);

  auto tsv = EventWriter::Create(OutputFormat::kTsv);
  std::string out;
  tsv->Write(d, &out);
  std::vector<std::string> header = SplitOn(tsv->Header().substr(0, tsv->Header().size() - 1), '\t');
  std::vector<std::string> row = SplitOn(SplitOn(out, '\n')[0], '\t');
  ASSERT_EQ(row.size(), header.size());
  auto column = [&](const char* name) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return row[i];
    }
    return std::string("<no column>");
  };
  EXPECT_EQ(column("location_id"), "city:SYR:afrin");
  EXPECT_EQ(column("latitude"), "36.5119");
  EXPECT_EQ(column("source_ethnic"), "KUR");
  // Appended last, so the columns before it keep their positions.
  EXPECT_EQ(header.back(), "location_region");
  EXPECT_EQ(row.back(), "SY-HL");

  out.clear();
  EventWriter::Create(OutputFormat::kGdelt)->Write(d, &out);
  std::vector<std::string> f = SplitOn(SplitOn(out, '\n')[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[9], "KUR");   // Actor1EthnicCode
  EXPECT_EQ(f[10], "SUN");  // Actor1Religion1Code
  EXPECT_EQ(f[51], "4");    // ActionGeo_Type: world city
  EXPECT_EQ(f[52], "Afrin");
  EXPECT_EQ(f[53], "SY");   // ActionGeo_CountryCode: FIPS 10-4, as GDELT writes it
  EXPECT_EQ(f[54], "");     // ADM1Code: a FIPS admin code outside the US, which entente has not
  EXPECT_EQ(f[56], "36.5119");
  EXPECT_EQ(f[57], "36.8697");
  EXPECT_EQ(f[58], "city:SYR:afrin");
}

TEST(LocationOutputTest, UnknownRegionIsEmptyAndDatelineIsMarked) {
  AnalyzedDocument d = LocatedDoc();
  d.events[0].location.region.clear();
  d.events[0].location.from_dateline = true;
  std::string json;
  EventWriter::Create(OutputFormat::kJsonl)->Write(d, &json);
  EXPECT_NE(json.find("\"region\":\"\",\"lat\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"from_dateline\":true}"), std::string::npos) << json;
}

TEST(LocationOutputTest, NoLocationIsNull) {
  std::string json;
  EventWriter::Create(OutputFormat::kJsonl)->Write(Doc(), &json);
  EXPECT_NE(json.find("\"location\":null"), std::string::npos);
}

// The shipped FIPS table gives every ISO 3166-1 country a GDELT code,
// except the places data/codes/fips10_4.txt says have none.
TEST(FipsCodesTest, ShippedTableCoversIsoCountries) {
  const FipsCodes& fips = FipsCodes::Shipped();
  ASSERT_GE(fips.size(), 240u);
  EXPECT_EQ(fips.Country("DEU"), "GM");
  EXPECT_EQ(fips.Country("GBR"), "UK");
  EXPECT_EQ(fips.Country("KSV"), "KV");
  EXPECT_EQ(fips.Country("PSE"), "");
  EXPECT_EQ(fips.Country("XYZ"), "");
  std::string iso;
  ASSERT_TRUE(ReadFile("/usr/share/iso-codes/json/iso_3166-1.json", &iso));
  int missing = 0;
  for (size_t at = iso.find("\"alpha_3\": \""); at != std::string::npos;
       at = iso.find("\"alpha_3\": \"", at + 1)) {
    std::string code = iso.substr(at + 12, 3);
    if (fips.Country(code).empty()) {
      ++missing;
      EXPECT_TRUE(code == "ALA" || code == "BES" || code == "UMI" || code == "PSE") << code;
    }
  }
  EXPECT_EQ(missing, 4);
}

TEST(FipsCodesTest, Adm1OfCountriesAndUsStates) {
  const FipsCodes& fips = FipsCodes::Shipped();
  EXPECT_EQ(fips.Adm1("FRA", "country", ""), "FR");
  EXPECT_EQ(fips.Adm1("USA", "region", "US-CA"), "USCA");
  EXPECT_EQ(fips.Adm1("USA", "city", "US-TX"), "USTX");
  EXPECT_EQ(fips.Adm1("USA", "city", ""), "");
  EXPECT_EQ(fips.Adm1("SYR", "city", "SY-HL"), "");
  EXPECT_EQ(fips.Adm1("", "country", ""), "");
}

TEST(FipsCodesTest, BadFilesNameFileAndLine) {
  std::string dir = testing::TempDir();
  auto load = [&](const std::string& name, const std::string& text) {
    std::string path = dir + "/" + name;
    EXPECT_TRUE(WriteFile(path, text).ok());
    return FipsCodes::Load(path);
  };
  auto bad = load("fips_bad.txt", "@format entente-fips 1\nDEU GM\nFRA F\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("fips_bad.txt:3:"), std::string::npos) << bad.status().message();
  auto twice = load("fips_twice.txt", "@format entente-fips 1\nDEU GM\nDEU GE\n");
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("listed twice"), std::string::npos);
  EXPECT_FALSE(load("fips_header.txt", "DEU GM\n").ok());
  EXPECT_FALSE(FipsCodes::Load(dir + "/no_such_fips.txt").ok());
  auto good = load("fips_good.txt", "@format entente-fips 1\n# c\nDEU GM\n");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->Country("DEU"), "GM");
}

}  // namespace
}  // namespace entente
