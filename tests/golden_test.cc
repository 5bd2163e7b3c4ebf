// golden_test.cc — the one runner for behaviour tests written as data:
// tests/golden/<stage>/*.test. A file holds cases separated by a line "====".
// A case is input text, a line "----", then the expected canonical dump of
// <stage> (Pipeline::Dump). An input line "@date YYYY-MM-DD" sets the
// document's date; "#" lines before the input are comments.
//
// Set ENTENTE_GOLDEN_UPDATE=1 to print actual dumps instead of failing
// (for writing new cases; review every line before committing).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "entente/pipeline.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string file;
  int line = 0;  // line of the case's first input line
  std::string date;
  std::string input;
  std::string expected;
};

std::vector<GoldenCase> ReadCases(const fs::path& path) {
  std::ifstream in(path);
  std::vector<GoldenCase> cases;
  GoldenCase cur;
  cur.file = path.filename().string();
  bool in_expected = false;
  int n = 0;
  std::string line;
  auto flush = [&] {
    if (!cur.input.empty() || !cur.expected.empty()) {
      while (!cur.input.empty() && cur.input.back() == '\n') cur.input.pop_back();
      cases.push_back(cur);
    }
    cur = GoldenCase();
    cur.file = path.filename().string();
    in_expected = false;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line == "====") { flush(); continue; }
    if (line == "----" && !in_expected) { in_expected = true; continue; }
    if (in_expected) { cur.expected += line + "\n"; continue; }
    if (cur.input.empty() && line.rfind("#", 0) == 0) continue;
    if (line.rfind("@date ", 0) == 0) { cur.date = line.substr(6); continue; }
    if (cur.input.empty() && line.empty()) continue;
    if (cur.input.empty()) cur.line = n;
    cur.input += line + "\n";
  }
  flush();
  return cases;
}

class GoldenTest : public testing::TestWithParam<Stage> {};

TEST_P(GoldenTest, MatchesExpectedDumps) {
  Stage stage = GetParam();
  fs::path dir = fs::path(ENTENTE_SOURCE_DIR) / "tests" / "golden" / StageName(stage);
  std::vector<fs::path> files;
  if (fs::is_directory(dir)) {
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".test") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) GTEST_SKIP() << "no golden files in " << dir;

  PipelineOptions options;
  options.last_stage = stage;
  options.include_negated = true;
  CollectingSink sink;
  auto pipeline = Pipeline::Create(options, &sink);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  bool update = std::getenv("ENTENTE_GOLDEN_UPDATE") != nullptr;
  int count = 0;
  for (const auto& f : files) {
    for (const GoldenCase& c : ReadCases(f)) {
      Document doc;
      doc.id = "golden";
      doc.date = c.date;
      doc.text = c.input;
      AnalyzedDocument out;
      (*pipeline)->Analyze(doc, &out);
      std::string actual = (*pipeline)->Dump(out, stage);
      ++count;
      if (update) {
        std::printf("%s\n----\n%s====\n", c.input.c_str(), actual.c_str());
        continue;
      }
      EXPECT_EQ(c.expected, actual) << c.file << ":" << c.line << "\ninput: " << c.input;
    }
  }
  std::printf("[golden %s] %d cases\n", StageName(stage), count);
}

INSTANTIATE_TEST_SUITE_P(Stages, GoldenTest,
                         testing::Values(Stage::kText, Stage::kTag, Stage::kParse,
                                         Stage::kActors, Stage::kEvents),
                         [](const testing::TestParamInfo<Stage>& i) {
                           return std::string(StageName(i.param));
                         });

}  // namespace
}  // namespace entente
