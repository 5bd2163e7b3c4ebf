// The dependency parser with the shipped model: every sentence gets a tree
// (one root, every head in range, no cycle), whatever the words and length;
// and a few constructions the events stage relies on.
#include <gtest/gtest.h>

#include <random>

#include "parse/dependency_model.h"
#include "parse/transition_beam.h"
#include "tag/tag_stage.h"
#include "util/data_dir.h"

namespace entente {
namespace {

class DependencyParserTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string path = TagStage::DefaultModelPath(DataDir());
    auto m = DependencyModel::Load(path);
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    model_ = std::move(m).value().release();
    auto t = TagStage::Create(DataDir(), nullptr, path);
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    tagger_ = std::move(t).value().release();
  }
  static void TearDownTestSuite() {
    delete model_;
    delete tagger_;
  }
  // Heads (1-based, 0 root) and relations of a sentence given as words:
  // the model's own decoding (beam 0), or a beam search of that width.
  static std::vector<std::pair<int, std::string>> Parse(const std::vector<std::string>& words, int beam = 0) {
    std::vector<std::string_view> forms(words.begin(), words.end());
    std::vector<Tag> xpos(words.size());
    std::vector<uint8_t> upos(words.size());
    tagger_->TagWords(forms, xpos, upos);
    std::vector<ParseWord> pw;
    MakeParseWords(forms, xpos, &pw);
    DependencyTree tree;
    if (beam > 0) {
      BeamParse(model_->parser(), pw, beam, &tree);
    } else {
      model_->parser().Parse(pw, &tree);
    }
    std::vector<std::pair<int, std::string>> out;
    for (size_t i = 0; i < words.size(); ++i) {
      out.emplace_back(tree.head[i] + 1, model_->parser().label_names()[tree.label[i]]);
    }
    return out;
  }
  static void ExpectTree(const std::vector<std::pair<int, std::string>>& t) {
    int roots = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      ASSERT_GE(t[i].first, 0);
      ASSERT_LE(t[i].first, static_cast<int>(t.size()));
      ASSERT_NE(t[i].first, static_cast<int>(i) + 1);
      roots += t[i].first == 0;
      int x = static_cast<int>(i) + 1, steps = 0;  // walk up: must reach the root
      while (x != 0 && steps++ <= static_cast<int>(t.size())) x = t[x - 1].first;
      ASSERT_EQ(x, 0) << "cycle through word " << i + 1;
    }
    EXPECT_EQ(roots, 1);
  }
  static DependencyModel* model_;
  static TagStage* tagger_;
};
DependencyModel* DependencyParserTest::model_ = nullptr;
TagStage* DependencyParserTest::tagger_ = nullptr;

TEST_F(DependencyParserTest, AlwaysATreeWhateverTheWords) {
  std::mt19937 rng(7);
  const char* vocab[] = {"the", "troops", "withdrew", ",", "from", "Syria", "and", "said", "\"", "(", ")", "to",
                         "12,000", "-", "who", "NATO", "'s", "pledged", ".", "?", "of", "by"};
  for (int n : {1, 2, 3, 7, 40, 300, 2000}) {
    std::vector<std::string> words;
    for (int i = 0; i < n; ++i) words.push_back(vocab[rng() % (sizeof vocab / sizeof *vocab)]);
    ExpectTree(Parse(words));
  }
}

// Random words from a small vocabulary of words and punctuation.
std::vector<std::string> RandomWords(std::mt19937* rng, int n) {
  const char* vocab[] = {"the", "troops", "withdrew", ",", "from", "Syria", "and", "said", "\"", "(", ")", "to",
                         "12,000", "-", "who", "NATO", "'s", "pledged", ".", "?", "of", "by"};
  std::vector<std::string> words;
  for (int i = 0; i < n; ++i) words.push_back(vocab[(*rng)() % (sizeof vocab / sizeof *vocab)]);
  return words;
}

TEST_F(DependencyParserTest, BeamOfOneIsTheGreedyParse) {
  ASSERT_EQ(model_->parser().beam(), 1);  // the shipped model decodes greedily
  std::mt19937 rng(11);
  for (int n : {1, 2, 5, 12, 30, 80}) {
    for (int k = 0; k < 5; ++k) {
      auto words = RandomWords(&rng, n);
      EXPECT_EQ(Parse(words, 1), Parse(words)) << n;
    }
  }
  std::vector<std::string> s = {"The", "convoy", "was", "attacked", "by", "rebels", "near", "the", "border", "."};
  EXPECT_EQ(Parse(s, 1), Parse(s));
}

TEST_F(DependencyParserTest, BeamAlwaysATreeWhateverTheWords) {
  std::mt19937 rng(5);
  for (int beam : {2, 8, 16}) {
    EXPECT_TRUE(Parse({}, beam).empty());
    ExpectTree(Parse({"Yes"}, beam));
    ExpectTree(Parse({",", ".", "\"", "(", ")", "-", "?", ":"}, beam));
    for (int n : {2, 7, 40, 300}) ExpectTree(Parse(RandomWords(&rng, n), beam));
  }
}

TEST_F(DependencyParserTest, BeamWidthPart) {
  int w = 0;
  EXPECT_TRUE(ParseBeamWidth(BeamWidthPart(8), &w));
  EXPECT_EQ(w, 8);
  for (const char* bad : {"", "0", "-1", "257", "99999999999", "8x", "\n"}) EXPECT_FALSE(ParseBeamWidth(bad, &w)) << bad;
}

TEST_F(DependencyParserTest, SubjectObjectAndPassiveAgent) {
  auto t = Parse({"Russia", "attacked", "Ukraine", "."});
  ExpectTree(t);
  EXPECT_EQ(t[0], (std::pair<int, std::string>{2, "nsubj"}));
  EXPECT_EQ(t[2], (std::pair<int, std::string>{2, "obj"}));
  EXPECT_EQ(t[1].first, 0);
  auto p = Parse({"The", "convoy", "was", "attacked", "by", "rebels", "."});
  ExpectTree(p);
  EXPECT_EQ(p[1].second, "nsubj:pass");
  EXPECT_EQ(p[5], (std::pair<int, std::string>{4, "obl:agent"}));
}

}  // namespace
}  // namespace entente
