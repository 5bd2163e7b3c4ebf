// Tests of WordClasses read lazily: a tiny WordNet written here (synsets at
// their byte offsets, hypernym chains, a broken index line), missing files,
// and concurrent first look-ups of the installed WordNet.
#include "events/word_classes.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "tag/lemmatizer.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

std::string Off(uint32_t o) {
  char b[16];
  std::snprintf(b, sizeof b, "%08u", o);
  return b;
}

// A data file whose synset lines start with their own 8-digit byte offsets
// (wndb(5WN)); in `lines` (the fields after the offset) "@@@@@@@N" stands
// for the offset of line N.
std::string DataFile(std::vector<std::string> lines, std::vector<uint32_t>* offsets) {
  offsets->clear();
  uint32_t at = 0;
  for (const std::string& l : lines) {
    offsets->push_back(at);
    at += static_cast<uint32_t>(9 + l.size() + 1);  // offset, space, the line, newline
  }
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string& l = lines[i];
    if (size_t p = l.find("@@@@@@@"); p != std::string::npos) {
      l.replace(p, 8, Off((*offsets)[static_cast<size_t>(l[p + 7] - '0')]));
    }
    out += Off((*offsets)[i]) + " " + l + "\n";
  }
  return out;
}

class TinyWordNet : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("entente_wn_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::vector<uint32_t> n;
    // line 0: entity (no hypernym); 1: act, hypernym 0; 2: protest, hypernym 1.
    std::string data = DataFile({"03 n 01 entity 0 000 | x",
                                 "04 n 01 act 0 001 @ @@@@@@@0 n 0000 | y",
                                 "04 n 01 protest 0 001 @ @@@@@@@1 n 0000 | z"},
                                &n);
    std::ofstream(dir_ / "data.noun") << data;
    std::ofstream(dir_ / "index.noun")
        << "  licence header line\n"
        << "entity n 1 0 1 0 " << Off(n[0]) << "\n"
        << "new_york n 1 0 1 0 " << Off(n[0]) << "\n"
        << "protest n 2 1 @ 2 0 " << Off(n[2]) << " " << Off(n[1]) << "\n"
        << "broken n 0\n";
    std::ofstream(dir_ / "data.verb") << DataFile({"41 v 01 rally 0 000 | w"}, &n);
    std::ofstream(dir_ / "index.verb") << "rally v 1 0 1 0 " << Off(n[0]) << "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(TinyWordNet, ReadsALemmasSensesAndHypernymsOnFirstLookUp) {
  auto wc = WordClasses::Load(dir_.string());
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  const WordClasses::Classes* p = (*wc)->Find("protest", WordClasses::Pos::kNoun);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(WordClasses::LexfileName(p->lexfile[0]), "noun.act");
  EXPECT_EQ(WordClasses::LexfileName(p->lexfile[1]), "noun.act");
  EXPECT_EQ((*wc)->SynsetName(p->synset), "protest.n");
  EXPECT_EQ((*wc)->SynsetName(p->hypernyms[0]), "act.n");
  EXPECT_EQ((*wc)->SynsetName(p->hypernyms[1]), "entity.n");
  EXPECT_EQ(p->hypernyms[2], WordClasses::kNone);
  EXPECT_EQ((*wc)->Find("protest", WordClasses::Pos::kNoun), p);  // kept, not read again
  const WordClasses::Classes* e = (*wc)->Find("entity", WordClasses::Pos::kNoun);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(WordClasses::LexfileName(e->lexfile[0]), "noun.Tops");
  EXPECT_EQ(e->lexfile[1], 0xFF);
  EXPECT_EQ(e->hypernyms[0], WordClasses::kNone);
  const WordClasses::Classes* v = (*wc)->Find("rally", WordClasses::Pos::kVerb);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ((*wc)->SynsetName(v->synset), "rally.v");  // same offset as entity.n, the other file
  EXPECT_EQ((*wc)->SynsetName(WordClasses::kNone), "");
  EXPECT_EQ((*wc)->Find("new_york", WordClasses::Pos::kNoun), nullptr);  // collocations are not indexed
  EXPECT_EQ((*wc)->Find("broken", WordClasses::Pos::kNoun), nullptr);    // an unusable line
  EXPECT_EQ((*wc)->Find("broken", WordClasses::Pos::kNoun), nullptr);
  EXPECT_EQ((*wc)->Find("rally", WordClasses::Pos::kNoun), nullptr);
}

TEST_F(TinyWordNet, MissingOrEmptyFilesAreErrors) {
  fs::remove(dir_ / "data.verb");
  auto missing = WordClasses::Load(dir_.string());
  ASSERT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("wordnet-base"), std::string::npos);
  std::ofstream(dir_ / "data.verb") << "x\n";
  std::ofstream(dir_ / "index.verb") << "  header only\n";
  EXPECT_EQ(WordClasses::Load(dir_.string()).status().code(), StatusCode::kCorrupt);
}

// Threads asking for the same lemmas at once get what one thread gets alone.
TEST(WordClassesThreads, ConcurrentFirstLookUpsAgreeWithOneThread) {
  auto alone = WordClasses::Load(WordNetDir());
  auto shared = WordClasses::Load(WordNetDir());
  ASSERT_TRUE(alone.ok() && shared.ok()) << "wordnet-base is a dependency (scripts/setup.sh)";
  const std::vector<std::string> lemmas = {"condemn", "attack", "meet", "protest", "sanction", "troop",
                                           "embargo", "visit", "aid", "zzqx", "talk", "strike"};
  auto same = [](const WordClasses::Classes* a, const WordClasses::Classes* b) {
    if (!a || !b) return a == b;
    return a->lexfile == b->lexfile && a->synset == b->synset && a->hypernyms == b->hypernyms;
  };
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        for (const std::string& l : lemmas) {
          for (auto pos : {WordClasses::Pos::kNoun, WordClasses::Pos::kVerb}) {
            if (!same((*shared)->Find(l, pos), (*alone)->Find(l, pos))) ++wrong[static_cast<size_t>(t)];
          }
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

}  // namespace
}  // namespace entente
