// validate_test.cc — runs `entente petrarch-validate` on PETRARCH2's unit-test
// records with its validation dictionaries (../shared/peers/petrarch2, read
// in place, never copied) and checks the pass count does not fall below the
// figure reached (doc/benchmarks.md); also that the Phoenix dictionaries
// load without a crash. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

const char kPeers[] = "../shared/peers/petrarch2";
// Records passed at the last measurement (doc/benchmarks.md, petrarch
// section): 255 with the HMM tagger, 249 since the tags and clauses come
// from the EWT-trained tagger; 244 with clauses read from the tree, 249
// again once the builder repairs the parser's common errors
// (src/parse/tree_repair.cc); 256 once the coder reads coordination from
// the parse's conjuncts, keeps participles with a by-agent uncoded, folds
// target-less events under a coded verb and makes new actors of unknown
// conjuncts. Issues 13 and 15 ask for 255.
constexpr int kMinPassed = 256;

std::string RunEntente(const std::string& args, int* status) {
  std::string cmd = std::string(ENTENTE_BINARY_DIR) + "/entente " + args;
  if (args.find("2>&1") == std::string::npos) cmd += " 2>/dev/null";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) { *status = -1; return out; }
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  *status = pclose(p);
  return out;
}

TEST(PetrarchValidate, UnitTestRecordsPassRate) {
  if (!fs::exists(std::string(kPeers) + "/text/PETR.UnitTest.records.xml")) {
    GTEST_SKIP() << "../shared/peers/petrarch2 is absent: PETRARCH validation records not run";
  }
  int status = 0;
  std::string out = RunEntente(std::string("petrarch-validate ") + kPeers + "/text/PETR.UnitTest.records.xml --dict " +
                            kPeers + "/dictionaries/PETR.Validate.",
                        &status);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"((\d+) passed, (\d+) failed\n$)"))) << out;
  int passed = std::stoi(m[1]), failed = std::stoi(m[2]);
  EXPECT_EQ(passed + failed, 284);
  EXPECT_GE(passed, kMinPassed) << out;
}

TEST(PetrarchValidate, PhoenixDictionariesLoad) {
  if (!fs::exists(std::string(kPeers) + "/dictionaries/CAMEO.2.0.txt")) {
    GTEST_SKIP() << "../shared/peers/petrarch2 is absent: Phoenix dictionaries not loaded";
  }
  int status = 0;
  std::string dicts = std::string(kPeers) + "/dictionaries/";
  // The Phoenix set: CAMEO.2.0 verbs plus the Phoenix actors, agents, discards and issues.
  std::string out = RunEntente("petrarch-validate --load-only --dict " + dicts + "CAMEO.2.0.," + dicts + "Phoenix. 2>&1",
                               &status);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << out;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"((\d+) files read)"))) << out;
  EXPECT_EQ(std::stoi(m[1]), 7);
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(verbs: (\d+) blocks, (\d+) verb lines \((\d+) forms\), (\d+) patterns)")))
      << out;
  EXPECT_GT(std::stoi(m[4]), 4000);
  // Every problem is reported as file:line: reason.
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(problems reported: (\d+))"))) << out;
  size_t lines = 0;
  for (const char* severity : {": warning: ", ": error: "}) {
    for (size_t p = out.find(severity); p != std::string::npos; p = out.find(severity, p + 1)) ++lines;
  }
  EXPECT_GE(lines, static_cast<size_t>(std::stoi(m[1])));
  // Phoenix.* alone has no verbs file: a clean error, not a crash.
  RunEntente("petrarch-validate --load-only --dict " + dicts + "Phoenix.", &status);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_NE(status, 0);
}

}  // namespace
