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

TEST(OutputFormatTest, Names) {
  OutputFormat f;
  EXPECT_TRUE(ParseOutputFormat("gdelt", &f));
  EXPECT_EQ(f, OutputFormat::kGdelt);
  EXPECT_FALSE(ParseOutputFormat("xml", &f));
}

}  // namespace
}  // namespace entente
