// Unit tests of the parse stage: robustness on odd hand-tagged input
// ("word/TAG/lemma"), the clause builder on hand-written trees (independent
// of the tagger and parser models), the clause word lists' reader.
// Behaviour over the models' output is covered by tests/golden/parse/.
#include "parse/parse_stage.h"

#include <algorithm>
#include <filesystem>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

#include "parse/clause_tree.h"
#include "parse/clause_words.h"
#include "tag/conllu.h"
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
    // word/TAG or word/TAG/lemma (the word may not contain '/').
    std::string word = item, tag, lemma;
    size_t first = item.find('/', 1);
    if (first != std::string::npos) {
      word = item.substr(0, first);
      std::string rest = item.substr(first + 1);
      size_t second = rest.find('/');
      tag = rest.substr(0, second);
      if (second != std::string::npos) lemma = rest.substr(second + 1);
    }
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

// Structural invariants every parse must keep, whatever the input.
void CheckInvariants(const AnalyzedDocument& d) {
  size_t first_clause = 0;
  for (size_t i = 0; i < d.clauses.size(); ++i) {
    const Clause& c = d.clauses[i];
    ASSERT_LT(c.sentence, d.sentences.size());
    if (i == 0 || d.clauses[i - 1].sentence != c.sentence) first_clause = i;
    const Sentence& s = d.sentences[c.sentence];
    uint32_t b = s.first_token, e = s.first_token + s.token_count;
    EXPECT_GE(c.verb, b);
    EXPECT_LT(c.verb, e);
    auto in_range = [&](const Phrase& p) {
      if (p.empty()) return;
      EXPECT_GE(p.begin, b);
      EXPECT_LE(p.end, e);
      EXPECT_GE(p.head, p.begin);
      EXPECT_LT(p.head, p.end);
    };
    in_range(c.subject);
    in_range(c.agent);
    in_range(c.speaker);
    for (const Phrase& o : c.objects) in_range(o);
    for (const PrepPhrase& p : c.preps) in_range(p.object);
    size_t in_sentence = 0;
    for (size_t k = first_clause; k < d.clauses.size() && d.clauses[k].sentence == c.sentence; ++k) ++in_sentence;
    EXPECT_LT(c.parent, static_cast<int>(in_sentence));
    EXPECT_GE(c.parent, -1);
    EXPECT_NE(c.parent, static_cast<int>(i - first_clause));
  }
}

TEST(ParseStage, EmptyInputs) {
  AnalyzedDocument d;
  Stage().Run(&d);
  EXPECT_TRUE(d.clauses.empty());
  EXPECT_EQ(Stage().Dump(d), "");
  d.sentences.push_back(Sentence{});  // a sentence with no tokens
  Stage().Run(&d);
  EXPECT_TRUE(d.clauses.empty());
}

TEST(ParseStage, UntaggedTokensDoNotCrash) {
  AnalyzedDocument d = Tagged("Russia/ attacked/ Ukraine/ ./");
  for (Token& t : d.tokens) {
    t.tag.clear();
    t.lemma.clear();
  }
  Stage().Run(&d);
  CheckInvariants(d);
}

TEST(ParseStage, LongSentenceIsAnalysedWhole) {
  std::string spec;
  for (int i = 0; i < 150; ++i) spec += "Russia/NNP attacked/VBD/attack Ukraine/NNP and/CC ";
  spec += "left/VBD/leave ./.";
  AnalyzedDocument d = Tagged(spec);
  ASSERT_GT(d.tokens.size(), 600u);
  Stage().Run(&d);
  CheckInvariants(d);
  // Every verb yields a clause, the last one too.
  ASSERT_FALSE(d.clauses.empty());
  EXPECT_EQ(d.clauses.back().lemma, "leave");
}

TEST(ParseStage, PunctuationOnlyAndOddTags) {
  for (const char* spec : {", /, ./. \"/`` \"/'' :/:", "the/DT the/DT of/IN of/IN to/TO",
                           "to/TO to/TO to/TO", "and/CC ,/, and/CC", "'s/POS 's/POS",
                           "said/VBD/say said/VBD/say ,/, said/VBD/say", "who/WP which/WDT that/IN"}) {
    AnalyzedDocument d = Tagged(spec);
    Stage().Run(&d);
    CheckInvariants(d);
  }
}

// The clause builder over hand-written trees (src/parse/testdata/trees.test:
// CoNLL-U, "----", the expected dump), apart from the tagger and parser.
AnalyzedDocument FromConllu(const ConlluSentence& s) {
  AnalyzedDocument d;
  for (const ConlluWord& w : s.words) {
    Token t;
    if (!d.doc.text.empty()) d.doc.text += ' ';
    t.span.begin = static_cast<uint32_t>(d.doc.text.size());
    d.doc.text += w.form;
    t.span.end = static_cast<uint32_t>(d.doc.text.size());
    t.text = w.form;
    t.tag = w.xpos;
    t.upos = w.upos;
    for (char c : w.lemma) t.lemma += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.head = w.head <= 0 ? -1 : w.head - 1;
    t.deprel = w.deprel;
    d.tokens.push_back(t);
  }
  Sentence sent;
  sent.token_count = static_cast<uint32_t>(d.tokens.size());
  d.sentences.push_back(sent);
  return d;
}

TEST(ClauseBuilder, HandWrittenTrees) {
  auto words = parse::ClauseWords::Load(parse::ClauseWords::DefaultPath(DataDir()));
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  std::ifstream in(std::string(ENTENTE_SOURCE_DIR) + "/src/parse/testdata/trees.test");
  ASSERT_TRUE(in.good());
  std::string line, tree, expected;
  bool in_expected = false;
  int count = 0, lineno = 0, case_line = 0;
  parse::Scratch scratch;
  auto flush = [&] {
    if (!tree.empty()) {
      std::vector<ConlluSentence> sents;
      CollectingSink sink;
      ASSERT_EQ(ParseConllu(tree, "trees.test", &sink, &sents), 0u) << "trees.test:" << case_line;
      ASSERT_EQ(sents.size(), 1u);
      AnalyzedDocument d = FromConllu(sents[0]);
      parse::SentenceClauses(d, *words, 0, static_cast<uint32_t>(d.tokens.size()), 0, &scratch, &d.clauses);
      EXPECT_EQ(expected, Stage().Dump(d)) << "trees.test:" << case_line;
      CheckInvariants(d);
      ++count;
    }
    tree.clear();
    expected.clear();
    in_expected = false;
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (line == "====") { flush(); continue; }
    if (line == "----") { in_expected = true; continue; }
    if (in_expected) { expected += line + "\n"; continue; }
    if (line.empty() || line[0] == '#') continue;
    if (tree.empty()) case_line = lineno;
    tree += line + "\n";
  }
  flush();
  EXPECT_GE(count, 7);
}

TEST(ClauseWords, BadFilesAreErrorsNamingTheFile) {
  EXPECT_FALSE(parse::ClauseWords::Load("/nonexistent/clause_words.txt").ok());
  std::string dir = testing::TempDir();
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir + "/" + name) << text;
    return dir + "/" + name;
  };
  auto no_format = parse::ClauseWords::Load(write("cw1.txt", "say: say tell\n"));
  ASSERT_FALSE(no_format.ok());
  EXPECT_NE(no_format.status().message().find("cw1.txt"), std::string::npos);
  auto unknown = parse::ClauseWords::Load(write("cw2.txt", "#format entente-clause-words 1\nsayings: say\n"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("cw2.txt:2"), std::string::npos);
  auto newer = parse::ClauseWords::Load(write("cw3.txt", "#format entente-clause-words 2\n"));
  EXPECT_FALSE(newer.ok());
  auto good = parse::ClauseWords::Load(write("cw4.txt", "#format entente-clause-words 1\nsay: say tell\ntime: monday\n"));
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->Flags("say"), parse::kSay);
  EXPECT_EQ(good->Flags("monday"), parse::kTime);
  EXPECT_EQ(good->Flags("ask"), 0u);
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
        CheckInvariants(d);
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
