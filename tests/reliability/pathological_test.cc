// Pathological input through the built `entente code`: each case must finish
// within a generous time and memory bound (the binary may be a sanitizer
// build), exit normally, and say what it skipped. Each case prints one
// "[reliability] …" line with its time, peak memory and what was cut or
// skipped, so the test log is also the record of what the limits did.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "run_process.h"

namespace entente::reliability {
namespace {

namespace fs = std::filesystem;

// Generous bounds: a Release build needs well under a tenth of these.
constexpr double kTimeout = 120;
constexpr long kMaxRssKb = 1536 * 1024;

class PathologicalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("entente_rel_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    if (!fs::exists(EntenteBinary())) GTEST_SKIP() << "no entente binary at " << EntenteBinary();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::string p = (dir_ / name).string();
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

  // Runs `entente code --format F --threads 2 <input>`; checks the bounds.
  ProcessResult Code(const std::string& input, const std::string& format = "jsonl",
                     std::function<void(int)> feed = nullptr, double timeout = kTimeout) {
    ProcessSpec s;
    s.argv = {EntenteBinary(), "code", "--format", format, "--threads", "2", input};
    s.err_path = (dir_ / "stderr").string();
    s.out_path = (dir_ / "stdout").string();
    s.feed = std::move(feed);
    s.timeout_seconds = timeout;
    ProcessResult r = RunProcess(s);
    EXPECT_FALSE(r.timed_out) << "still running after " << timeout << " s";
    EXPECT_LT(r.max_rss_kb, kMaxRssKb) << "peak memory";
    return r;
  }
  std::string Out() { return ReadFile((dir_ / "stdout").string()); }

  static size_t Count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
    return n;
  }
  void Report(const std::string& name, const ProcessResult& r, const std::string& what) {
    std::printf("[reliability] %s: %.2f s, %ld MB peak; %s\n", name.c_str(), r.seconds,
                r.max_rss_kb / 1024, what.c_str());
  }

  fs::path dir_;
};

// Words without any punctuation: sentences are cut at the splitter's token
// limit, so later stages see bounded sentences.
TEST_F(PathologicalTest, OneMegabyteSentenceWithoutPunctuation) {
  const char* words[] = {"officials", "met",   "the",   "army", "near",  "border",
                         "talks",     "rebels", "said", "and",  "troops", "town"};
  std::mt19937 rng(7);
  std::string text;
  while (text.size() < (1u << 20)) {
    text += words[rng() % 12];
    text += ' ';
  }
  std::string in = Write("sentence.txt", text);
  ProcessResult r = Code(in, "tokens");
  EXPECT_EQ(r.status, 0) << r.err;
  Report("1 MB sentence", r, std::to_string(text.size()) + " bytes, " +
                                 std::to_string(Count(Out(), "\n")) + " output lines");
  r = Code(in);
  EXPECT_EQ(r.status, 0) << r.err;
  Report("1 MB sentence (events)", r, std::to_string(Count(Out(), "\n")) + " events");
}

TEST_F(PathologicalTest, HundredThousandNestedBrackets) {
  std::string text = std::string(100000, '(') + "France" + std::string(100000, ')');
  ProcessResult r = Code(Write("brackets.txt", text));
  EXPECT_EQ(r.status, 0) << r.err;
  Report("100,000 nested brackets", r, std::to_string(Count(Out(), "\n")) + " events");
  std::string mixed;
  for (int i = 0; i < 25000; ++i) mixed += "([{\"";
  mixed += "Russia attacked Ukraine";
  for (int i = 0; i < 25000; ++i) mixed += "\"}])";
  r = Code(Write("mixed.txt", mixed));
  EXPECT_EQ(r.status, 0) << r.err;
  Report("100,000 mixed brackets/quotes", r, std::to_string(Count(Out(), "\n")) + " events");
}

TEST_F(PathologicalTest, HundredThousandNestedQuotes) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += i % 2 ? "'" : "\"";
  text += "Iran said it would retaliate";
  for (int i = 0; i < 50000; ++i) text += i % 2 ? "\"" : "'";
  text += std::string(100000, '\xe2') ;  // and a run of broken UTF-8 lead bytes
  ProcessResult r = Code(Write("quotes.txt", text));
  // Invalid UTF-8 is repaired with a warning: status 0.
  EXPECT_EQ(r.status, 0) << r.err.substr(0, 2000);
  Report("100,000 nested quotes", r, std::to_string(Count(Out(), "\n")) + " events");
}

// Nothing but actor names, without verbs: many mentions, no events expected
// (the resolver caps mentions per document).
TEST_F(PathologicalTest, DocumentOfOnlyActorNames) {
  const char* names[] = {"France",  "Germany", "Russia",        "United States", "Ukraine",
                         "NATO",    "China",   "United Nations", "Iran",          "Kenya",
                         "Israel",  "Hamas",   "European Union", "Turkey",        "India"};
  std::mt19937 rng(11);
  std::string text;
  while (text.size() < 300000) {
    text += names[rng() % 15];
    text += (rng() % 9 == 0) ? ", " : " ";
  }
  ProcessResult r = Code(Write("names.txt", text));
  EXPECT_EQ(r.status, 0) << r.err;
  Report("300 KB of actor names", r, std::to_string(Count(Out(), "\n")) + " events");
}

// A 10 MB JSON Lines line is skipped with a diagnostic (over the 4 MiB line
// limit) and the records after it are still coded; a 10 MB plain-text file
// of one line is over the same limit and skipped with a diagnostic.
TEST_F(PathologicalTest, TenMegabyteLine) {
  std::string big(10u << 20, 'a');
  for (size_t i = 7; i < big.size(); i += 8) big[i] = ' ';
  std::string jsonl = "{\"id\":\"huge\",\"text\":\"" + big + "\"}\n" +
                      "{\"id\":\"after\",\"date\":\"2024-01-02\",\"text\":\"France condemned the "
                      "attack.\"}\n";
  ProcessResult r = Code(Write("lines.jsonl", jsonl), "tokens");
  EXPECT_EQ(r.status, 1) << "the skipped line must be reported: " << r.err;
  EXPECT_NE(r.err.find("lines.jsonl:1:"), std::string::npos) << r.err;
  EXPECT_NE(Out().find("# doc after"), std::string::npos);
  Report("10 MB JSON line", r, "skipped: " + r.err.substr(0, r.err.find('\n')));
  r = Code(Write("line.txt", big), "jsonl");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("line.txt: error: document longer than"), std::string::npos) << r.err;
  Report("10 MB plain-text line", r, "skipped: " + r.err.substr(0, r.err.find('\n')));
}

// A million tiny documents streamed through a pipe: memory stays bounded
// (the runner's window), every document comes out. The slowest case (about
// 20 s in Release on a loaded 2-core machine), hence its own bound.
TEST_F(PathologicalTest, MillionTinyDocumentsThroughAPipe) {
  constexpr int kDocs = 1000000;
  ProcessResult r = Code("-", "tokens", [](int fd) {
    std::string chunk;
    for (int i = 0; i < kDocs; ++i) {
      chunk += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Hi.\"}\n";
      if (chunk.size() > (1 << 16)) {
        if (!WriteAll(fd, chunk)) return;
        chunk.clear();
      }
    }
    WriteAll(fd, chunk);
  }, 2.5 * kTimeout);
  EXPECT_EQ(r.status, 0) << r.err.substr(0, 2000);
  std::string out = Out();
  size_t docs = Count(out, "# doc d");
  EXPECT_EQ(docs, static_cast<size_t>(kDocs));
  EXPECT_NE(out.find("# doc d999999"), std::string::npos);
  Report("1,000,000 tiny documents via stdin", r, std::to_string(docs) + " documents out");
}

}  // namespace
}  // namespace entente::reliability
