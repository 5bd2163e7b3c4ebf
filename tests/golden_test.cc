// golden_test.cc — the one runner for behaviour tests written as data:
// tests/golden/<stage>/*.test. A file holds cases separated by a line "====".
// A case is input text, a line "----", then the expected canonical dump of
// <stage> (Pipeline::Dump). An input line "@date YYYY-MM-DD" sets the
// document's date; a line "@document-country" codes the case with
// PipelineOptions::actor_document_country on; "#" lines before the input
// are comments.
//
// The events stage's expectations are written by hand as one line per
// event, "TYPE SOURCES -> TARGETS" (codes joined by "+", "-" for none,
// " (not counted)" for a negated or hypothetical mention), compared as a
// set. Stages decided by trained models must get a floor share of their
// cases exactly right (Floor() below); the others every case.
//
// Set ENTENTE_GOLDEN_UPDATE=1 to print actual dumps instead of failing
// (for writing new cases; review every line before committing).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
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
  bool document_country = false;
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
    if (line == "@document-country") { cur.document_country = true; continue; }
    if (cur.input.empty() && line.empty()) continue;
    if (cur.input.empty()) cur.line = n;
    cur.input += line + "\n";
  }
  flush();
  return cases;
}

// Share of a stage's cases that must come out exactly as written. The text
// and actors stages are rules: every case. The tagger and parser are
// trained models, so are their consequences (the clause dumps read the
// tags): a floor just under what the shipped models reach, so a drop is a
// failure and a rise should raise the floor (measured figures in
// doc/benchmarks.md).
double Floor(Stage stage) {
  switch (stage) {
    case Stage::kTag: return 0.60;     // 8 of 13 with the EWT-trained tagger
    case Stage::kParse: return 0.73;   // 181 of 247 (clauses read from the repaired tree)
    case Stage::kEvents: return 0.48;  // 32 of 56 with the shipped event model (seventh session; 30 with the one before)
    // 42 of 44 with the shipped models (fourteenth session: 08 added; the
    // misses are the coder's CAMEO codes and a compound source).
    case Stage::kCommitments: return 0.75;
    default: return 1.0;
  }
}

std::string CodesOf(const std::vector<ActorMention>& v) {
  std::string out;
  for (const ActorMention& m : v) out += (out.empty() ? "" : "+") + m.code;
  return out.empty() ? "-" : out;
}

// The events of a document as sorted "TYPE SOURCES -> TARGETS" lines.
std::string EventLines(const AnalyzedDocument& doc) {
  std::vector<std::string> lines;
  for (const Event& e : doc.events) {
    bool counted = !e.negated && e.modality != Modality::kHypothetical;
    lines.push_back(e.plover + " " + CodesOf(e.sources) + " -> " + CodesOf(e.targets) +
                    (counted ? "" : " (not counted)"));
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    if (!l.empty()) lines.push_back(l);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// A case's input as a document of its own, analysed.
AnalyzedDocument Analyze(const Pipeline& pipeline, const GoldenCase& c) {
  Document doc;
  doc.id = "golden";
  doc.date = c.date;
  doc.text = c.input;
  AnalyzedDocument out;
  pipeline.Analyze(doc, &out);
  return out;
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

  // [0]: the default options; [1]: with actor_document_country, built when
  // a case asks for it.
  std::unique_ptr<Pipeline> pipelines[2];
  CollectingSink sink;
  auto pipeline_for = [&](const GoldenCase& c) -> const Pipeline* {
    std::unique_ptr<Pipeline>& p = pipelines[c.document_country ? 1 : 0];
    if (!p) {
      PipelineOptions options;
      options.last_stage = stage;
      options.include_negated = true;
      options.actor_document_country = c.document_country;
      auto r = Pipeline::Create(options, &sink);
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      if (r.ok()) p = std::move(r).value();
    }
    return p.get();
  };
  bool update = std::getenv("ENTENTE_GOLDEN_UPDATE") != nullptr;
  int count = 0, passed = 0;
  std::string misses;
  for (const auto& f : files) {
    for (const GoldenCase& c : ReadCases(f)) {
      const Pipeline* pipeline = pipeline_for(c);
      if (!pipeline) return;
      AnalyzedDocument out = Analyze(*pipeline, c);
      bool events = stage == Stage::kEvents;
      std::string actual = events ? EventLines(out) : pipeline->Dump(out, stage);
      std::string expected = events ? SortedLines(c.expected) : c.expected;
      ++count;
      if (update) {
        std::printf("%s\n----\n%s====\n", c.input.c_str(), actual.c_str());
        continue;
      }
      if (Floor(stage) >= 1.0) {
        EXPECT_EQ(expected, actual) << c.file << ":" << c.line << "\ninput: " << c.input;
      } else if (expected == actual) {
        ++passed;
      } else {
        misses += c.file + ":" + std::to_string(c.line) + ": " + c.input + "\n  expected:\n" + expected +
                  "  actual:\n" + actual;
      }
    }
  }
  std::printf("[golden %s] %d cases\n", StageName(stage), count);
  if (Floor(stage) < 1.0 && count > 0 && !update) {
    std::printf("[golden %s] %d of %d cases exactly right (floor %.0f%%); the others:\n%s", StageName(stage), passed,
                count, 100 * Floor(stage), misses.c_str());
    EXPECT_GE(passed, Floor(stage) * count);
  }
}

// Event locations (tests/golden/locations/): each expected line "TYPE
// trigger: place" (or ": -" for no place) is met when an event of that type
// whose trigger starts with that word has that location. The locator is a
// trained model and needs the coder to find the event: a floor, as above.
constexpr double kLocationFloor = 0.75;  // 13 of 15 with the shipped models (eighth session; the three added cases are met by the shipped locator too)

bool LocationMet(const AnalyzedDocument& doc, const std::string& line) {
  size_t space = line.find(' '), colon = line.find(": ");
  if (space == std::string::npos || colon == std::string::npos || colon < space) return false;
  std::string type = line.substr(0, space), trigger = line.substr(space + 1, colon - space - 1);
  std::string place = line.substr(colon + 2);
  for (const Event& e : doc.events) {
    if (e.plover != type || e.trigger.rfind(trigger, 0) != 0) continue;
    if ((place == "-" ? std::string() : place) == e.location.text) return true;
  }
  return false;
}

TEST(GoldenLocations, EventsArePlacedAsWritten) {
  fs::path dir = fs::path(ENTENTE_SOURCE_DIR) / "tests" / "golden" / "locations";
  CollectingSink sink;
  auto pipeline = Pipeline::Create(PipelineOptions(), &sink);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  int count = 0, met = 0;
  std::string misses;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() != ".test") continue;
    for (const GoldenCase& c : ReadCases(f.path())) {
      AnalyzedDocument out = Analyze(**pipeline, c);
      std::istringstream lines(c.expected);
      for (std::string l; std::getline(lines, l);) {
        if (l.empty()) continue;
        ++count;
        if (LocationMet(out, l)) ++met;
        else misses += c.file + ":" + std::to_string(c.line) + ": " + l + "\n";
      }
    }
  }
  ASSERT_GT(count, 0) << "no expectations in " << dir;
  std::printf("[golden locations] %d of %d expectations met (floor %.0f%%); the others:\n%s", met, count,
              100 * kLocationFloor, misses.c_str());
  EXPECT_GE(met, kLocationFloor * count);
}

INSTANTIATE_TEST_SUITE_P(Stages, GoldenTest,
                         testing::Values(Stage::kText, Stage::kTag, Stage::kParse,
                                         Stage::kActors, Stage::kEvents, Stage::kCommitments),
                         [](const testing::TestParamInfo<Stage>& i) {
                           return std::string(StageName(i.param));
                         });

}  // namespace
}  // namespace entente
