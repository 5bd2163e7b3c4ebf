// Unit tests of the parse stage on hand-tagged sentences ("word/TAG/lemma"),
// independent of the tagger. Behaviour over real tagger output is covered by
// tests/golden/parse/.
#include "parse/parse_stage.h"

#include <algorithm>
#include <filesystem>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

#include "tag/tag_stage.h"
#include "text/text_stage.h"
#include "util/data_dir.h"

namespace entente {
namespace {

// "Trump/NNP ordered/VBD/order …": one sentence; the lemma defaults to the
// lower-case word.
AnalyzedDocument Tagged(const std::string& spec) {
  AnalyzedDocument d;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t a = item.rfind('/');
    // Allow a lemma: word/TAG/lemma (the word itself may contain '/').
    std::string word, tag, lemma;
    size_t first = item.find('/', 1);
    std::string rest = item.substr(first + 1);
    word = item.substr(0, first);
    size_t second = rest.find('/');
    if (second == std::string::npos) {
      tag = rest;
    } else {
      tag = rest.substr(0, second);
      lemma = rest.substr(second + 1);
    }
    (void)a;
    if (lemma.empty()) {
      for (char c : word) lemma += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    Token t;
    if (!d.doc.text.empty()) d.doc.text += ' ';
    t.span.begin = static_cast<uint32_t>(d.doc.text.size());
    d.doc.text += word;
    t.span.end = static_cast<uint32_t>(d.doc.text.size());
    t.text = word;
    t.tag = tag;
    t.lemma = lemma;
    d.tokens.push_back(t);
  }
  Sentence s;
  s.first_token = 0;
  s.token_count = static_cast<uint32_t>(d.tokens.size());
  d.sentences.push_back(s);
  return d;
}

const ParseStage& Stage() {
  static std::unique_ptr<ParseStage> stage = std::move(ParseStage::Create("", nullptr)).value();
  return *stage;
}

std::string Parse(const std::string& spec) {
  AnalyzedDocument d = Tagged(spec);
  Stage().Run(&d);
  return Stage().Dump(d);
}

// src/parse/testdata/tagged.test: hand-tagged sentences ("word/TAG/lemma"
// on one line), "----", the expected dump; cases separated by "====".
TEST(ParseStage, HandTaggedCases) {
  std::ifstream in(std::string(ENTENTE_SOURCE_DIR) + "/src/parse/testdata/tagged.test");
  ASSERT_TRUE(in.good());
  std::string line, input, expected;
  bool in_expected = false;
  int count = 0, lineno = 0, case_line = 0;
  auto flush = [&] {
    if (!input.empty()) {
      EXPECT_EQ(expected, Parse(input)) << "tagged.test:" << case_line << "\n" << input;
      ++count;
    }
    input.clear();
    expected.clear();
    in_expected = false;
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (line == "====") { flush(); continue; }
    if (line == "----") { in_expected = true; continue; }
    if (in_expected) { expected += line + "\n"; continue; }
    if (line.empty() || line[0] == '#') continue;
    input += line + " ";
    case_line = lineno;
  }
  flush();
  EXPECT_GT(count, 5);
}

// PARSE_GOLDEN=1: runs tests/golden/parse/*.test through text → tag → parse
// directly (without the later stages, so it works while they are being
// changed); PARSE_GOLDEN=update prints the actual dumps. A development aid:
// CI runs the same files through tests/golden_test.cc.
TEST(ParseStage, GoldenDirect) {
  const char* mode = std::getenv("PARSE_GOLDEN");
  if (!mode) GTEST_SKIP() << "PARSE_GOLDEN not set";
  bool update = std::string(mode) == "update";
  auto text = TextStage::Create();
  ASSERT_TRUE(text.ok());
  auto tag = TagStage::Create(DataDir(), nullptr);
  ASSERT_TRUE(tag.ok()) << tag.status().ToString();
  const ParseStage* parse = &Stage();
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(ENTENTE_SOURCE_DIR) / "tests/golden/parse")) {
    if (e.path().extension() == ".test") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  const char* only = std::getenv("PARSE_GOLDEN_FILE");
  int total = 0, failed = 0;
  for (const auto& f : files) {
    if (only && f.filename().string() != only) continue;
    std::ifstream in(f);
    std::string line, input, expected;
    bool in_expected = false;
    auto flush = [&] {
      while (!input.empty() && input.back() == '\n') input.pop_back();
      if (!input.empty()) {
        AnalyzedDocument d;
        d.doc.id = "golden";
        d.doc.text = input;
        (*text)->Run(&d);
        (*tag)->Run(&d);
        parse->Run(&d);
        std::string actual = parse->Dump(d);
        ++total;
        if (std::getenv("PARSE_TAGS")) {
          for (const Token& t : d.tokens) std::cout << t.text << "/" << t.tag << " ";
          std::cout << "\n";
        }
        if (update) {
          std::cout << input << "\n----\n" << actual << "====\n";
        } else if (actual != expected) {
          ++failed;
          ADD_FAILURE() << f.filename() << ": " << input << "\n--- expected\n" << expected
                        << "--- actual\n" << actual;
        }
      }
      input.clear();
      expected.clear();
      in_expected = false;
    };
    while (std::getline(in, line)) {
      if (line == "====") { flush(); continue; }
      if (line == "----" && !in_expected) { in_expected = true; continue; }
      if (in_expected) { expected += line + "\n"; continue; }
      if (input.empty() && (line.empty() || line[0] == '#')) continue;
      input += line + "\n";
    }
    flush();
  }
  std::cout << "[parse golden] " << total - failed << "/" << total << " pass\n";
}

// PARSE_TRY=file: print the dump of each tagged line of `file` (development aid).
TEST(ParseStage, TryFile) {
  const char* f = std::getenv("PARSE_TRY");
  if (!f) GTEST_SKIP() << "PARSE_TRY not set";
  std::ifstream in(f);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::cout << "== " << line << "\n" << Parse(line);
  }
}

}  // namespace
}  // namespace entente
