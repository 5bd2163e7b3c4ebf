// Unit tests of DocumentStream over small corpora built in a temp directory:
// formats, ids and dates, directory order, and one diagnostic per bad record
// with the good records around it kept.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zlib.h>

#include <filesystem>

#include "entente/ingest.h"
#include "ingest/test_corpus.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

class DocumentStreamTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& rel, const std::string& content) {
    return corpus_.Write(rel, content);
  }

  // Reads every document of `inputs`; diagnostics land in sink_.
  std::vector<Document> ReadAll(std::vector<std::string> inputs, IngestOptions options = {}) {
    auto stream = DocumentStream::Open(std::move(inputs), options, &sink_);
    EXPECT_TRUE(stream.ok()) << stream.status().ToString();
    std::vector<Document> docs;
    if (!stream.ok()) return docs;
    Document d;
    while ((*stream)->Next(&d)) docs.push_back(d);
    skipped_ = (*stream)->records_skipped();
    read_ = (*stream)->documents_read();
    bytes_read_ = (*stream)->bytes_read();
    bytes_total_ = (*stream)->bytes_total();
    return docs;
  }

  static std::vector<std::string> Ids(const std::vector<Document>& docs) {
    std::vector<std::string> ids;
    for (const Document& d : docs) ids.push_back(d.id);
    return ids;
  }

  testing::TestCorpus corpus_;
  const fs::path& dir_ = corpus_.dir();
  CollectingSink sink_;
  uint64_t skipped_ = 0, read_ = 0, bytes_read_ = 0, bytes_total_ = 0;
};

TEST_F(DocumentStreamTest, ReadsJsonLinesFields) {
  std::string f = Write("news.jsonl",
                        R"({"id":"a1","date":"2021-02-16","title":"T","text":"Hello.","url":"http://x"})"
                        "\n"
                        R"({"id":17,"published":"2025-03-14 20:30:26Z","text":"Numbers."})"
                        "\n\n"
                        R"({"date":"2025-03-14T01:02:03Z","text":"No id."})"
                        "\n");
  auto docs = ReadAll({f});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "a1");
  EXPECT_EQ(docs[0].date, "2021-02-16");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].url, "http://x");
  EXPECT_EQ(docs[0].text, "Hello.");
  EXPECT_EQ(docs[0].source_line, 1u);
  EXPECT_EQ(docs[1].id, "17");
  EXPECT_EQ(docs[1].date, "2025-03-14");
  EXPECT_EQ(docs[2].id, "news:4");
  EXPECT_EQ(docs[2].date, "2025-03-14");
  EXPECT_EQ(docs[2].source_line, 4u);
  EXPECT_TRUE(sink_.diagnostics().empty());
  EXPECT_EQ(skipped_, 0u);
  EXPECT_EQ(read_, 3u);
  EXPECT_EQ(bytes_read_, fs::file_size(f));
  EXPECT_EQ(bytes_total_, fs::file_size(f));
}

TEST_F(DocumentStreamTest, DefaultDateOnlyWhereTheRecordHasNone) {
  std::string f = Write("d.jsonl", R"({"id":"x","text":"a"})"
                                   "\n"
                                   R"({"id":"y","date":"2020-01-02","text":"b"})"
                                   "\n");
  std::string t = Write("plain.txt", "Plain story.");
  IngestOptions o;
  o.default_date = "2019-05-06";
  auto docs = ReadAll({f, t}, o);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].date, "2019-05-06");
  EXPECT_EQ(docs[1].date, "2020-01-02");
  EXPECT_EQ(docs[2].date, "2019-05-06");
  EXPECT_EQ(docs[2].id, "plain");
}

TEST_F(DocumentStreamTest, BadDefaultDateIsRefused) {
  IngestOptions o;
  o.default_date = "March";
  auto stream = DocumentStream::Open({"x"}, o, &sink_);
  EXPECT_FALSE(stream.ok());
  EXPECT_EQ(stream.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(DocumentStreamTest, DirectoriesInByteOrderRecursively) {
  Write("c/b.txt", "B");
  Write("c/a.text", "A");
  Write("c/sub/z.jsonl", R"({"id":"z1","text":"Z"})" "\n");
  Write("c/m.ndjson", R"({"id":"m1","text":"M"})" "\n");
  Write("c/README.md", "not read");
  Write("c/.hidden.txt", "not read");
  Write("c/Upper.TXT", "U");
  auto docs = ReadAll({(dir_ / "c").string()});
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"Upper", "a", "b", "m1", "z1"}));
  EXPECT_TRUE(sink_.diagnostics().empty());
  EXPECT_GT(bytes_total_, 0u);
  EXPECT_EQ(bytes_read_, bytes_total_);
}

TEST_F(DocumentStreamTest, EachBadRecordIsOneDiagnosticAndGoodOnesSurvive) {
  std::string f = Write("mixed.jsonl",
                        R"({"id":"g1","text":"good one"})" "\n"
                        R"({"id":"bad json", "text": )" "\n"
                        R"({"id":"nt","title":"no text"})" "\n"
                        R"({"id":"empty","text":"   "})" "\n"
                        R"({"id":"u","text":"caf)" "\xE9" R"("})" "\n"
                        R"({"id":"nul","text":"a\u0000b"})" "\n"
                        "[1,2]\n"
                        R"({"id":"g2","text":"good two"})" "\n");
  auto docs = ReadAll({f});
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"g1", "u", "g2"}));
  EXPECT_EQ(docs[1].text, "caf\u00E9");  // read as Windows-1252
  auto diags = sink_.diagnostics();
  ASSERT_EQ(diags.size(), 6u);
  std::vector<uint64_t> lines;
  for (const auto& d : diags) {
    EXPECT_EQ(d.file, f);
    lines.push_back(d.line);
  }
  EXPECT_EQ(lines, (std::vector<uint64_t>{2, 3, 4, 5, 6, 7}));
  EXPECT_NE(diags[0].reason.find("malformed JSON"), std::string::npos) << diags[0].reason;
  EXPECT_NE(diags[1].reason.find("no \"text\""), std::string::npos);
  EXPECT_NE(diags[2].reason.find("empty"), std::string::npos);
  EXPECT_EQ(diags[3].severity, Severity::kWarning);
  EXPECT_NE(diags[3].reason.find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(diags[4].reason.find("NUL"), std::string::npos);
  EXPECT_NE(diags[5].reason.find("not a JSON object"), std::string::npos);
  EXPECT_EQ(skipped_, 5u);
  EXPECT_EQ(read_, 3u);
}

TEST_F(DocumentStreamTest, OverLongLineIsSkippedAndReadingGoesOn) {
  std::string big = R"({"id":"big","text":")" + std::string(300000, 'w') + "\"}";
  std::string f = Write("long.jsonl", R"({"id":"before","text":"x"})" "\n" + big +
                                          "\r\n" R"({"id":"after","text":"y"})" "\r\n");
  IngestOptions o;
  o.max_record_bytes = 100000;
  auto docs = ReadAll({f}, o);
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"before", "after"}));
  auto diags = sink_.diagnostics();
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].line, 2u);
  EXPECT_NE(diags[0].reason.find("longer than 100000"), std::string::npos);
  EXPECT_EQ(docs[1].source_line, 3u);
}

TEST_F(DocumentStreamTest, MissingInputIsReportedWhenReached) {
  std::string good = Write("ok.txt", "Fine.");
  std::string missing = (dir_ / "nope.txt").string();
  auto docs = ReadAll({missing, good});
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"ok"}));
  auto diags = sink_.diagnostics();
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].file, missing);
  EXPECT_NE(diags[0].reason.find("o such file"), std::string::npos) << diags[0].reason;
  EXPECT_EQ(skipped_, 1u);
}

TEST_F(DocumentStreamTest, GzipFilesInDirectories) {
  auto gzip = [&](const std::string& rel, const std::string& content) {
    std::string path = Write(rel, "");
    gzFile gz = gzopen(path.c_str(), "wb");
    gzwrite(gz, content.data(), static_cast<unsigned>(content.size()));
    gzclose(gz);
  };
  gzip("z/a.jsonl.gz", "{\"id\":\"j1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
  gzip("z/b.TXT.GZ", "Upper-case names too.");
  gzip("z/c.txt.gz", "Plain, compressed.");
  Write("z/d.tar.gz", "not read");
  auto docs = ReadAll({(dir_ / "z").string()});
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"j1", "a:2", "b", "c"}));
  EXPECT_EQ(docs[3].text, "Plain, compressed.");
  EXPECT_TRUE(sink_.diagnostics().empty());
  EXPECT_EQ(bytes_read_, bytes_total_);
}

TEST_F(DocumentStreamTest, NamedFilesAreSniffed) {
  std::string j = Write("feed.dat", "  \n{\"id\":\"s1\",\"text\":\"sniffed\"}\n");
  std::string t = Write("story.html", "Just text.");
  std::string arr = Write("array.json", "[{\"text\":\"no\"}]\n");
  auto docs = ReadAll({j, t, arr});
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"s1", "story"}));
  auto diags = sink_.diagnostics();
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].reason.find("JSON array"), std::string::npos);
}

// Devices and FIFOs inside a directory are skipped with a warning (reading
// them would never end); the regular files around them are read.
TEST_F(DocumentStreamTest, NonRegularFilesInDirectoriesAreSkipped) {
  Write("in/a.jsonl", "{\"id\":\"a\",\"text\":\"France condemned Russia.\"}\n");
  fs::create_symlink("/dev/zero", dir_ / "in" / "zero.txt");
  ASSERT_EQ(::mkfifo((dir_ / "in" / "fifo.jsonl").c_str(), 0600), 0);
  std::vector<Document> docs = ReadAll({(dir_ / "in").string()});
  EXPECT_EQ(Ids(docs), (std::vector<std::string>{"a"}));
  EXPECT_EQ(skipped_, 0u);
  size_t warnings = 0;
  for (const Diagnostic& d : sink_.diagnostics()) {
    if (d.severity == Severity::kWarning && d.reason.find("not a regular file") != std::string::npos) {
      ++warnings;
    }
  }
  EXPECT_EQ(warnings, 2u);
}

// A date outside min_year..max_year is dropped with a warning; the
// document is kept (and gets the default date, if any).
TEST_F(DocumentStreamTest, AbsurdYearsAreDroppedWithAWarning) {
  std::string in = Write("d.jsonl", "{\"id\":\"z\",\"date\":\"9999-12-31\",\"text\":\"x y.\"}\n"
                                    "{\"id\":\"o\",\"date\":\"1914-07-28\",\"text\":\"x y.\"}\n");
  std::vector<Document> docs = ReadAll({in});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].date, "");
  EXPECT_EQ(docs[1].date, "1914-07-28");
  ASSERT_EQ(sink_.diagnostics().size(), 1u);
  EXPECT_NE(sink_.diagnostics()[0].reason.find("outside the years 1800..2200"), std::string::npos);
  IngestOptions o;
  o.default_date = "9999-01-01";
  EXPECT_FALSE(DocumentStream::Open({in}, o, &sink_).ok());
}

// A repeated id is reported (outputs keyed on ids would merge the two).
TEST_F(DocumentStreamTest, RepeatedIdsAreReported) {
  std::string in = Write("r.jsonl", "{\"id\":\"x\",\"text\":\"a b.\"}\n"
                                    "{\"id\":\"y\",\"text\":\"c d.\"}\n"
                                    "{\"id\":\"x\",\"text\":\"e f.\"}\n");
  EXPECT_EQ(ReadAll({in}).size(), 3u);
  ASSERT_EQ(sink_.diagnostics().size(), 1u);
  EXPECT_EQ(sink_.diagnostics()[0].line, 3u);
  EXPECT_NE(sink_.diagnostics()[0].reason.find("'x' was already used"), std::string::npos);
}

}  // namespace
}  // namespace entente
