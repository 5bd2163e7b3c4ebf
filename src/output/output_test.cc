// Tests for the event writers over a hand-built AnalyzedDocument.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entente/output.h"
#include "output/json_util.h"

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
  auto w = EventWriter::Create(OutputFormat::kJsonl, {.include_why = true});
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
                      "\"country\":\"SYR\",\"precision\":\"city\",\"lat\":36.5119,\"lon\":36.8697,"
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

  out.clear();
  EventWriter::Create(OutputFormat::kGdelt)->Write(d, &out);
  std::vector<std::string> f = SplitOn(SplitOn(out, '\n')[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[9], "KUR");   // Actor1EthnicCode
  EXPECT_EQ(f[10], "SUN");  // Actor1Religion1Code
  EXPECT_EQ(f[51], "4");    // ActionGeo_Type: world city
  EXPECT_EQ(f[52], "Afrin");
  EXPECT_EQ(f[53], "SYR");
  EXPECT_EQ(f[56], "36.5119");
  EXPECT_EQ(f[57], "36.8697");
  EXPECT_EQ(f[58], "city:SYR:afrin");
}

TEST(LocationOutputTest, NoLocationIsNull) {
  std::string json;
  EventWriter::Create(OutputFormat::kJsonl)->Write(Doc(), &json);
  EXPECT_NE(json.find("\"location\":null"), std::string::npos);
}

}  // namespace
}  // namespace entente
