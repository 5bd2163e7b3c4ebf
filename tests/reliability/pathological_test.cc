// Pathological input through the built `entente code`: each case must finish
// within a generous time and memory bound (the binary may be a sanitizer
// build), exit normally, and say what it skipped. Each case prints one
// "[reliability] …" line with its time, peak memory and what was cut or
// skipped, so the test log is also the record of what the limits did.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

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

// A device or a FIFO inside an input directory once hung `code` for ever:
// such entries are skipped with a warning, the real files still coded.
TEST_F(PathologicalTest, DevicesAndFifosInADirectoryAreSkipped) {
  fs::path in = dir_ / "in";
  fs::create_directories(in);
  std::ofstream(in / "good.jsonl") << "{\"id\":\"good\",\"text\":\"France condemned Russia.\"}\n";
  fs::create_symlink("/dev/zero", in / "zero.txt");
  fs::create_symlink("/dev/urandom", in / "random.jsonl");
  ASSERT_EQ(::mkfifo((in / "fifo.jsonl").c_str(), 0600), 0);
  ProcessResult r = Code(in.string(), "tokens", nullptr, 60);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Count(r.err, "not a regular file"), 3u) << r.err;
  EXPECT_NE(Out().find("# doc good"), std::string::npos);
  Report("/dev/zero, /dev/urandom and a FIFO in a directory", r, "3 skipped with a warning");
}

// A device named as an input is read up to --max-device-bytes, then closed
// with a diagnostic (status 1).
TEST_F(PathologicalTest, NamedDeviceStopsAtItsLimit) {
  ProcessSpec s;
  s.argv = {EntenteBinary(), "code", "--format", "tokens", "--max-device-bytes", "67108864",
            "/dev/zero"};
  s.err_path = (dir_ / "stderr").string();
  s.out_path = (dir_ / "stdout").string();
  s.timeout_seconds = 60;
  ProcessResult r = RunProcess(s);
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("/dev/zero"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("stopped after 67108864 bytes"), std::string::npos) << r.err;
  EXPECT_LT(r.max_rss_kb, kMaxRssKb);
  Report("/dev/zero named, 64 MiB limit", r, r.err.substr(0, r.err.find('\n')));
}

// gzip helpers: `docs` JSON Lines records d<first>..d<first+n-1> as one member.
std::string GzipMember(int first, int n) {
  std::string text;
  for (int i = first; i < first + n; ++i) {
    text += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Officials in country " +
            std::to_string(i * 7919 % 100003) + " met on day " + std::to_string(i) + ".\"}\n";
  }
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, text.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(text.data());
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Damage in a .gz file once let thousands of records with altered text
// through (and dropped the intact records of a small file): the whole file
// is checked first, records of intact members are coded, the damaged
// member's are not, and one diagnostic names the byte (status 1).
TEST_F(PathologicalTest, DamagedGzipLetsNoAlteredTextThrough) {
  for (int docs : {1000, 60000}) {
    std::string first = GzipMember(0, docs), second = GzipMember(docs, docs);
    for (int i = 0; i < 50; ++i) second[second.size() / 2 + i] ^= 0x5a;
    std::string path = Write("damaged" + std::to_string(docs) + ".jsonl.gz", first + second);
    ProcessResult r = Code(path, "tokens");
    EXPECT_EQ(r.status, 1) << r.err.substr(0, 500);
    EXPECT_EQ(Count(r.err, "\n"), 1u) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("gzip member at byte " + std::to_string(first.size()) + " damaged"),
              std::string::npos) << r.err.substr(0, 500);
    std::string out = Out();
    size_t n = Count(out, "# doc d");
    EXPECT_EQ(n, static_cast<size_t>(docs)) << "the intact member's records, and only those";
    EXPECT_NE(out.find("# doc d" + std::to_string(docs - 1) + "\n"), std::string::npos);
    EXPECT_EQ(out.find("# doc d" + std::to_string(docs) + "\n"), std::string::npos);
    Report("50 damaged bytes in a " + std::to_string((first.size() + second.size()) >> 10) +
               " KB .jsonl.gz", r, std::to_string(n) + " intact records coded; " +
               r.err.substr(0, r.err.find('\n')));
  }
  // A truncated file: the same, no partial record.
  std::string whole = GzipMember(0, 500);
  ProcessResult r = Code(Write("cut.jsonl.gz", whole.substr(0, whole.size() - 100)), "tokens");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("ends inside it"), std::string::npos) << r.err;
  EXPECT_EQ(Count(Out(), "# doc d"), 0u);
}

// Output that cannot be written (a full disk: /dev/full) is an error, not
// exit status 0 with a cut file.
TEST_F(PathologicalTest, WriteErrorsChangeTheExitStatus) {
  std::string in = Write("in.txt", "France condemned Russia on Tuesday.\n");
  for (std::vector<std::string> argv :
       {std::vector<std::string>{"code", in}, {"tag"}, {"explain", "France condemned Russia."}}) {
    ProcessSpec s;
    s.argv = {EntenteBinary()};
    s.argv.insert(s.argv.end(), argv.begin(), argv.end());
    s.stdin_path = in;
    s.out_path = "/dev/full";
    s.err_path = (dir_ / "stderr").string();
    ProcessResult r = RunProcess(s);
    EXPECT_EQ(r.status, 2) << argv[0] << ": " << r.err;
    EXPECT_NE(r.err.find("write error"), std::string::npos) << argv[0] << ": " << r.err;
  }
}

// A store that cannot persist ("file:x?mode=memory") is refused, not
// reported as "3 documents stored".
TEST_F(PathologicalTest, InMemoryStoreIsRefused) {
  std::string in = Write("in.txt", "France condemned Russia on Tuesday.\n");
  for (std::string db : {"file:x?mode=memory", ":memory:"}) {
    ProcessSpec s;
    s.argv = {EntenteBinary(), "ingest", "--db", db, in};
    s.err_path = (dir_ / "stderr").string();
    ProcessResult r = RunProcess(s);
    EXPECT_EQ(r.status, 2) << db << ": " << r.err;
    EXPECT_NE(r.err.find("in-memory"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace entente::reliability
