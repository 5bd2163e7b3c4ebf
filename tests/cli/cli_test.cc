// Command-line tests of `entente code` on bad input: runs the built binary
// over a corpus this test writes to a temp directory and checks stdout (one
// "# doc <id>" per good record, with --format tokens), the diagnostics on
// stderr (file, line, reason) and the exit status (0 clean, 1 something
// skipped, 2 usage error).
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/test_corpus.h"

extern char** environ;

namespace entente {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int status = -1;
  std::string out, err;

  // The ids of the "# doc <id>" lines of stdout, in order.
  std::vector<std::string> DocIds() const {
    std::vector<std::string> ids;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("# doc ", 0) == 0) ids.push_back(line.substr(6));
    }
    return ids;
  }
  std::vector<std::string> ErrLines() const {
    std::vector<std::string> lines;
    std::istringstream in(err);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class CliTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& rel, const std::string& content) {
    return corpus_.Write(rel, content);
  }

  // Runs `entente args...` with `stdin_text` on standard input, from dir_.
  CliRun Entente(const std::vector<std::string>& args, const std::string& stdin_text = "") {
    std::string binary = std::string(ENTENTE_BINARY_DIR) + "/entente";
    fs::path in = dir_ / ".stdin", out = dir_ / ".stdout", err = dir_ / ".stderr";
    std::ofstream(in, std::ios::binary) << stdin_text;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> argv_s = {binary};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    CliRun r;
    pid_t pid;
    int rc = posix_spawn(&pid, binary.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    EXPECT_EQ(rc, 0) << "cannot run " << binary;
    if (rc != 0) return r;
    int wstatus = 0;
    waitpid(pid, &wstatus, 0);
    r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }

  testing::TestCorpus corpus_;
  const fs::path& dir_ = corpus_.dir();
};

// True if some line of `lines` starts with `prefix` and contains `reason`.
bool HasDiagnostic(const std::vector<std::string>& lines, const std::string& prefix,
                   const std::string& reason) {
  for (const std::string& l : lines) {
    if (l.rfind(prefix, 0) == 0 && l.find(reason) != std::string::npos) return true;
  }
  return false;
}

TEST_F(CliTest, BadInputCorpus) {
  std::string c = (dir_ / "corpus").string();
  Write("corpus/01_good.txt", "The first good story.\n");
  Write("corpus/02_bad_utf8.txt", "Caf\xE9 owner speaks.\nSecond line \xFF.\n");
  Write("corpus/03_nul.txt", std::string("Binary\n\0junk", 12));
  Write("corpus/04_bom.txt", "\xEF\xBB\xBFStory with a byte-order mark.\n");
  Write("corpus/05_crlf.txt", "Windows line one.\r\nLine two.\r\n");
  Write("corpus/06_empty.txt", "");
  Write("corpus/07_blank.text", " \r\n\t\n");
  Write("corpus/notes.md", "not a corpus file");
  Write("corpus/records.jsonl",
        "\xEF\xBB\xBF{\"id\":\"r1\",\"date\":\"2021-02-16\",\"text\":\"Good record one.\"}\n"   // 1
        "{\"id\":\"r2\",\"text\":\"broken\"\n"                                     // 2 malformed
        "{\"id\":\"r3\",\"title\":\"no text here\"}\n"                             // 3 no text
        "{\"id\":\"r4\",\"text\":\"" + std::string(10 << 20, 'x') + "\"}\n"        // 4 10 MB
        "{\"id\":\"r5\",\"text\":\"\"}\n"                                          // 5 empty
        "{\"id\":\"r6\",\"text\":\"nul \\u0000 inside\"}\n"                        // 6 NUL
        "\xEF\xBB\xBF{\"id\":\"r7\",\"published\":\"2025-03-14 20:30:26Z\",\"text\":\"crlf\"}\r\n"  // 7
        "{\"id\":8,\"text\":\"Caf\xE9.\"}\n"                                       // 8 bad UTF-8
        "{\"text\":\"no id\"}\n");                                                 // 9
  Write("corpus/sub/more.ndjson", "{\"id\":\"s1\",\"text\":\"In a subdirectory.\"}\n");
  std::string missing = (dir_ / "does_not_exist.txt").string();
  std::string after = Write("after.txt", "After the missing file.");

  CliRun r = Entente({"code", "--format", "tokens", c, missing, after});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(r.DocIds(), (std::vector<std::string>{"01_good", "02_bad_utf8", "04_bom", "05_crlf",
                                                  "r1", "r7", "8", "records:9", "s1", "after"}));
  auto err = r.ErrLines();
  std::string rec = c + "/records.jsonl:";
  EXPECT_TRUE(HasDiagnostic(err, c + "/02_bad_utf8.txt:1: warning:", "invalid UTF-8")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, c + "/03_nul.txt:2: error:", "NUL byte")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, c + "/06_empty.txt: error:", "empty document")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, c + "/07_blank.text: error:", "empty document")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, rec + "2: error:", "malformed JSON")) << r.err;
  // A skipped record that has an id is named by it.
  EXPECT_TRUE(HasDiagnostic(err, rec + "3: error:", "document 'r3': no \"text\" field")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, rec + "4: error:", "line longer than")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, rec + "5: error:", "document 'r5': empty document")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, rec + "6: error:", "document 'r6': NUL character")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, rec + "8: warning:", "invalid UTF-8")) << r.err;
  EXPECT_TRUE(HasDiagnostic(err, missing + ": error:", "cannot read input")) << r.err;
  // Exactly one line per problem: nothing about the BOM, CRLF or notes.md.
  EXPECT_EQ(err.size(), 11u) << r.err;
}

TEST_F(CliTest, CleanInputExitsZeroSilently) {
  std::string f = Write("clean.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
  CliRun r = Entente({"code", "--format", "tokens", f});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.DocIds(), (std::vector<std::string>{"a", "b"}));
}

TEST_F(CliTest, StandardInputJsonLinesOrPlainText) {
  CliRun j = Entente({"code", "--format", "tokens"}, "  {\"id\":\"x\",\"text\":\"From stdin.\"}\n{oops\n");
  EXPECT_EQ(j.status, 1);
  EXPECT_EQ(j.DocIds(), (std::vector<std::string>{"x"}));
  EXPECT_TRUE(HasDiagnostic(j.ErrLines(), "-:2: error:", "malformed JSON")) << j.err;

  CliRun t = Entente({"code", "--format", "tokens", "-"}, "Plain text from standard input.\n");
  EXPECT_EQ(t.status, 0) << t.err;
  EXPECT_EQ(t.DocIds(), (std::vector<std::string>{"stdin"}));
}

// Output must not depend on the number of worker threads, in any format.
TEST_F(CliTest, SameOutputWithOneAndFourThreads) {
  std::string jsonl;
  for (int i = 0; i < 300; ++i) {
    jsonl += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2021-02-16\",\"text\":\"" +
             (i % 2 ? "Germany and France signed a trade agreement on Monday. " : "") +
             "Officials met in Brussels " + std::to_string(i) + " times.\"}\n";
  }
  std::string f = Write("many.jsonl", jsonl);
  Write("dir/a.txt", "The president visited Japan.");
  std::string d = (dir_ / "dir").string();
  for (const char* format : {"tokens", "jsonl"}) {
    CliRun one = Entente({"code", "--format", format, "--threads", "1", f, d});
    CliRun four = Entente({"code", "--format", format, "--threads", "4", f, d});
    EXPECT_EQ(one.status, 0) << one.err;
    EXPECT_EQ(four.status, 0) << four.err;
    EXPECT_EQ(one.out, four.out) << format;
    if (std::string(format) == "tokens") {
      EXPECT_EQ(one.DocIds().size(), 301u);
    }
  }
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  std::string f = Write("a.txt", "Text.");
  EXPECT_EQ(Entente({"code", "--format", "nonsense", f}).status, 2);
  EXPECT_EQ(Entente({"code", "--date", "14 March", f}).status, 2);
  EXPECT_EQ(Entente({"code", "--no-such-option", f}).status, 2);
  EXPECT_EQ(Entente({"code", "--threads", "-3", f}).status, 2);
}

// PETRARCH dictionaries (written here, invented words): problems are
// reported with file and line and coding goes on; no verbs file is fatal.
TEST_F(CliTest, PetrarchDictionariesReportProblemsAndCode) {
  Write("petr/T.verbs.txt",
        "--- SEVER [161] ---\nSEVER\n- * NEW_LINKS [162]\n- * &NOSUCH [163]\n- NO STAR [010]\n");
  Write("petr/T.actors.txt", "VALORIA_ [VAL]\nOSTRAVIA_ [OST]\n+OSTRAVIAN_\nBAD_CODE_ [VA]\n");
  std::string dir = (dir_ / "petr").string();
  std::string f = Write("story.txt", "Valoria severed new links with Ostravia. Valoria severed ties with Ostravia.");
  CliRun r = Entente({"code", "--format", "tsv", "--dict", "petrarch:" + dir, f});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(HasDiagnostic(r.ErrLines(), "T.verbs.txt:4: warning:", "unknown synset")) << r.err;
  EXPECT_TRUE(HasDiagnostic(r.ErrLines(), "T.verbs.txt:5: warning:", "without '*'")) << r.err;
  EXPECT_TRUE(HasDiagnostic(r.ErrLines(), "T.actors.txt:4: warning:", "'VA'")) << r.err;
  EXPECT_NE(r.out.find("VAL\tOST\t162"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("VAL\tOST\t161"), std::string::npos) << r.out;
  // PETRARCH's require_dyad off: a source alone makes an event.
  std::string lone = Write("lone.txt", "Valoria severed new links.");
  CliRun dyad = Entente({"code", "--format", "tsv", "--dict", "petrarch:" + dir, lone});
  EXPECT_EQ(dyad.out.find("\t162\t"), std::string::npos) << dyad.out;
  CliRun no_dyad = Entente({"code", "--format", "tsv", "--dict", "petrarch:" + dir, "--petrarch-require-dyad", "false", lone});
  EXPECT_EQ(no_dyad.status, 0) << no_dyad.err;
  EXPECT_NE(no_dyad.out.find("VAL\t\t162"), std::string::npos) << no_dyad.out;
  // The same dictionaries through `ingest` into a store.
  CliRun stored = Entente({"ingest", f, "--db", (dir_ / "petr.db").string(), "--dict", "petrarch:" + dir});
  EXPECT_EQ(stored.status, 0) << stored.err;
  EXPECT_NE(stored.err.find("1 documents stored (2 events)"), std::string::npos) << stored.err;
  // Only the actors file: no verbs to code with.
  Write("petr2/T.actors.txt", "VALORIA_ [VAL]\n");
  CliRun none = Entente({"code", "--dict", "petrarch:" + (dir_ / "petr2").string(), f});
  EXPECT_EQ(none.status, 2);
  EXPECT_NE(none.err.find("no PETRARCH verbs file"), std::string::npos) << none.err;
}

// --document-country is opt-in: without it a bare role noun keeps no
// country (the gold sets code each sentence alone); with it "Police" takes
// the story's country.
TEST_F(CliTest, DocumentCountryIsOptIn) {
  const std::string text = "Estonian officials said the rally was peaceful. Police said two people were arrested.";
  CliRun off = Entente({"explain", "--stage", "actors", text});
  ASSERT_EQ(off.status, 0) << off.err;
  EXPECT_NE(off.out.find("\"Police\" ---COP"), std::string::npos) << off.out;
  CliRun on = Entente({"explain", "--stage", "actors", "--document-country", text});
  ASSERT_EQ(on.status, 0) << on.err;
  EXPECT_NE(on.out.find("\"Police\" ESTCOP"), std::string::npos) << on.out;
  EXPECT_NE(Entente({"code", "--help"}).out.find("--document-country"), std::string::npos);
}

// The place of each event as `code` writes it: (text, country) by
// "SOURCE>TARGET", from the "location" objects of JSON Lines records
// (`location_key` "location") or the flat columns of `export --format
// jsonl` ("location_text"/"location_country").
std::map<std::string, std::string> PlacesByDyad(const std::string& jsonl, bool flat) {
  static const std::regex kNested(
      R"re("source":\{"text":"[^"]*","actor":"([^"]*)".*"target":\{"text":"[^"]*","actor":"([^"]*)".*"location":(null|\{"text":"([^"]*)","place_id":"[^"]*","name":"[^"]*","country":"([^"]*)"))re");
  static const std::regex kFlat(
      R"re("source":"([^"]*)".*"target":"([^"]*)".*"location_text":(null|"([^"]*)"),"location_place_id":[^,]*,"location_country":(null|"([^"]*)"))re");
  std::map<std::string, std::string> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, flat ? kFlat : kNested)) continue;
    std::string country = flat ? m[6].str() : m[5].str();
    out[m[1].str() + ">" + m[2].str()] = m[4].str() + "/" + country;
  }
  return out;
}

// A stored event keeps the location `code` gives it; export and barometer
// filter by it and refuse malformed codes.
TEST_F(CliTest, StoreKeepsTheLocationsCodeWrites) {
  std::string f = Write("located.jsonl",
                        "{\"id\":\"t1\",\"date\":\"2024-03-01\",\"text\":\"Turkish troops attacked "
                        "Kurdish fighters in Afrin on Tuesday. Russia condemned the United States.\"}\n");
  std::string db = (dir_ / "located.db").string();
  CliRun coded = Entente({"code", f});
  ASSERT_EQ(coded.status, 0) << coded.err;
  auto want = PlacesByDyad(coded.out, false);
  ASSERT_EQ(Entente({"ingest", f, "--db", db}).status, 0);
  CliRun all = Entente({"export", "--db", db, "--format", "jsonl"});
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_EQ(PlacesByDyad(all.out, true), want) << coded.out << "\n" << all.out;
  // At least one event is located, or this test checks nothing.
  std::string country;
  for (const auto& [dyad, place] : want) {
    if (place != "/") country = place.substr(place.find('/') + 1);
  }
  ASSERT_FALSE(country.empty()) << coded.out;
  CliRun there = Entente({"export", "--db", db, "--format", "jsonl", "--location-country", country});
  ASSERT_EQ(there.status, 0) << there.err;
  for (const auto& [dyad, place] : PlacesByDyad(there.out, true)) {
    EXPECT_EQ(place.substr(place.find('/') + 1), country) << dyad;
  }
  EXPECT_FALSE(there.out.empty());
  CliRun bad = Entente({"export", "--db", db, "--location-country", "Syria"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--location-country: location country is an ISO 3166-1"), std::string::npos) << bad.err;
  bad = Entente({"barometer", "--db", db, "--dyad", "TUR:", "--location-region", "SY02"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("ISO 3166-2"), std::string::npos) << bad.err;
}

TEST_F(CliTest, HelpDocumentsInputsAndExitStatus) {
  CliRun r = Entente({"code", "--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("Exit status"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(".jsonl"), std::string::npos);
  EXPECT_NE(r.out.find("--threads"), std::string::npos);
}

}  // namespace
}  // namespace entente
