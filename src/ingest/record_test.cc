// Unit tests of the record helpers: UTF-8 repair, BOM, CRLF, dates, ids,
// plain-text documents.
#include "ingest/record.h"
#include "entente/ingest.h"

#include <gtest/gtest.h>

namespace entente::ingest {
namespace {

TEST(RepairUtf8, LeavesValidTextAlone) {
  std::string s = "Caf\xC3\xA9 \xE2\x80\x94 ok";
  size_t first = 99;
  EXPECT_EQ(RepairUtf8(&s, &first), 0u);
  EXPECT_EQ(s, "Caf\xC3\xA9 \xE2\x80\x94 ok");
  EXPECT_EQ(first, 99u);
}

TEST(RepairUtf8, ReplacesEachIllFormedSequence) {
  // Latin-1 é, a lone continuation byte, a truncated 3-byte sequence, a
  // surrogate (ED A0 80) and an overlong NUL (C0 80).
  std::string s = "a\xE9" "b\x80" "c\xE2\x80" "d\xED\xA0\x80" "e\xC0\x80";
  size_t first = 0;
  size_t n = RepairUtf8(&s, &first);
  EXPECT_EQ(first, 1u);
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(s, "a" + r + "b" + r + "c" + r + "d" + r + r + r + "e" + r + r);
  EXPECT_EQ(n, 8u);
}

TEST(MakeValidUtf8, ReadsSingleByteTextAsWindows1252) {
  std::string s = "\x93" "Caf\xE9\x94 \x96 na\xEFve \x80 5 \x81";
  Utf8Repair r = MakeValidUtf8(&s);
  EXPECT_TRUE(r.windows1252);
  EXPECT_EQ(r.bad, 6u);
  EXPECT_EQ(r.first_bad, 0u);
  EXPECT_EQ(s, "\u201CCaf\u00E9\u201D \u2013 na\u00EFve \u20AC 5 \uFFFD");
  EXPECT_NE(r.Describe(false).find("Windows-1252"), std::string::npos);
}

TEST(MakeValidUtf8, PatchesMostlyUtf8TextWithReplacementCharacters) {
  std::string s = "Caf\xC3\xA9 and caf\xE9";
  Utf8Repair r = MakeValidUtf8(&s);
  EXPECT_FALSE(r.windows1252);
  EXPECT_EQ(r.bad, 1u);
  EXPECT_EQ(r.first_bad, 13u);
  EXPECT_EQ(s, "Caf\xC3\xA9 and caf\xEF\xBF\xBD");
  EXPECT_EQ(r.Describe(true), "invalid UTF-8 at column 14: 1 sequence(s) replaced by U+FFFD");
  std::string ok = "plain";
  EXPECT_EQ(MakeValidUtf8(&ok).bad, 0u);
  EXPECT_EQ(MakeValidUtf8(&ok).Describe(false), "");
}

TEST(StripBom, OnlyAtStart) {
  std::string s = "\xEF\xBB\xBFhello";
  EXPECT_TRUE(StripBom(&s));
  EXPECT_EQ(s, "hello");
  EXPECT_FALSE(StripBom(&s));
}

TEST(NormalizeNewlines, CrLfBecomesLf) {
  std::string s = "a\r\nb\r\n\r\nc\rd\r";
  NormalizeNewlines(&s);
  EXPECT_EQ(s, "a\nb\n\nc\rd\r");
}

TEST(NormalizeDate, AcceptsDatesAndDateTimes) {
  std::string out;
  EXPECT_TRUE(NormalizeDate("2025-03-14", &out));
  EXPECT_EQ(out, "2025-03-14");
  EXPECT_TRUE(NormalizeDate("2025-03-14 20:30:26Z", &out));
  EXPECT_EQ(out, "2025-03-14");
  EXPECT_TRUE(NormalizeDate("2021-02-16T08:00:00+01:00", &out));
  EXPECT_EQ(out, "2021-02-16");
  EXPECT_TRUE(NormalizeDate("20240229", &out));
  EXPECT_EQ(out, "2024-02-29");
}

TEST(NormalizeDate, RejectsNonDates) {
  std::string out = "unchanged";
  for (const char* bad : {"", "2025", "2025-3-14", "2025-13-01", "2025-02-30", "2023-02-29",
                          "20230229", "14/03/2025", "2025-03-14x", "yesterday"}) {
    EXPECT_FALSE(NormalizeDate(bad, &out)) << bad;
  }
  EXPECT_EQ(out, "unchanged");
}

TEST(FileStem, DropsDirectoriesAndLastExtension) {
  EXPECT_EQ(FileStem("corpus/a/story-17.txt"), "story-17");
  EXPECT_EQ(FileStem("news.2021.jsonl"), "news.2021");
  EXPECT_EQ(FileStem("README"), "README");
  EXPECT_EQ(FileStem("dir/.hidden"), ".hidden");
}

TEST(MakeTextDocument, CleansAndNamesTheDocument) {
  std::string text = "\xEF\xBB\xBFLine one.\r\nLine two.\r\n";
  Document doc;
  Outcome o = MakeTextDocument("in/story-3.txt", &text, &doc);
  EXPECT_TRUE(o.reason.empty()) << o.reason;
  EXPECT_EQ(doc.id, "story-3");
  EXPECT_EQ(doc.text, "Line one.\nLine two.\n");
  EXPECT_EQ(doc.source_file, "in/story-3.txt");
  EXPECT_EQ(doc.source_line, 0u);
  EXPECT_TRUE(doc.title.empty());
}

TEST(MakeTextDocument, RepairsInvalidUtf8WithAWarningOnItsLine) {
  std::string text = "ok\nstill ok\nbad \xFF here\n";
  Document doc;
  Outcome o = MakeTextDocument("x.txt", &text, &doc);
  EXPECT_FALSE(o.skipped());
  EXPECT_EQ(o.severity, Severity::kWarning);
  EXPECT_EQ(o.line, 3u);
  EXPECT_NE(o.reason.find("invalid UTF-8"), std::string::npos) << o.reason;
  // No UTF-8 multi-byte sequence anywhere: read as Windows-1252.
  EXPECT_EQ(doc.text, "ok\nstill ok\nbad \u00FF here\n");
}

TEST(MakeTextDocument, SkipsNulAndEmptyText) {
  std::string nul("a\nb\0c", 5);
  Document doc;
  Outcome o = MakeTextDocument("bin.txt", &nul, &doc);
  EXPECT_TRUE(o.skipped());
  EXPECT_EQ(o.line, 2u);
  EXPECT_NE(o.reason.find("NUL"), std::string::npos);

  std::string blank = " \r\n\t\n";
  o = MakeTextDocument("blank.txt", &blank, &doc);
  EXPECT_TRUE(o.skipped());
  EXPECT_NE(o.reason.find("empty document"), std::string::npos);
}

// A document sent over the work queue comes back as it went.
TEST(RecordReaderTest, JsonRecordRoundTrip) {
  Document doc;
  doc.id = "wire-1";
  doc.date = "2024-05-06";
  doc.title = "Title \"quoted\"";
  doc.url = "https://example.org/a?b=1&c=2";
  doc.publisher = "Agence \"X\"";
  doc.text = "Line one,\n\tline two \u00e9\u20ac \\ <b>";
  RecordReader reader;
  CollectingSink sink;
  Document back;
  ASSERT_TRUE(reader.Read("news.jsonl", 7, JsonRecord(doc), &back, &sink).ok());
  EXPECT_EQ(back.id, doc.id);
  EXPECT_EQ(back.date, doc.date);
  EXPECT_EQ(back.title, doc.title);
  EXPECT_EQ(back.url, doc.url);
  EXPECT_EQ(back.publisher, doc.publisher);
  EXPECT_EQ(back.text, doc.text);
  EXPECT_EQ(back.source_file, "news.jsonl");
  EXPECT_EQ(back.source_line, 7u);
  EXPECT_EQ(sink.diagnostics().size(), 0u);
}

// A bad record is skipped with the reason a JSON Lines input would give.
TEST(RecordReaderTest, BadRecordIsSkippedWithDiagnostic) {
  RecordReader reader;
  CollectingSink sink;
  Document doc;
  Status s = reader.Read("queue.jsonl", 3, "{\"id\": 1, \"text\": ", &doc, &sink);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("malformed JSON"), std::string::npos);
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].ToString().rfind("queue.jsonl:3: error: malformed JSON", 0), 0u)
      << sink.diagnostics()[0].ToString();
}

}  // namespace
}  // namespace entente::ingest
