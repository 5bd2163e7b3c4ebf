#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

class LemmatizerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = Lemmatizer::Load(WordNetDir());
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    lem_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() {
    std::unique_ptr<Lemmatizer> owned(lem_);
    lem_ = nullptr;
  }
  static std::string L(std::string_view word, Tag tag) {
    std::string out;
    lem_->Lemmatize(word, tag, &out);
    return out;
  }
  static Lemmatizer* lem_;
};
Lemmatizer* LemmatizerTest::lem_ = nullptr;

TEST_F(LemmatizerTest, IrregularVerbsFromExceptionList) {
  EXPECT_EQ(L("withdrew", Tag::kVBD), "withdraw");
  EXPECT_EQ(L("fled", Tag::kVBD), "flee");
  EXPECT_EQ(L("met", Tag::kVBD), "meet");
  EXPECT_EQ(L("was", Tag::kVBD), "be");
  EXPECT_EQ(L("Left", Tag::kVBD), "leave");
  EXPECT_EQ(L("planned", Tag::kVBN), "plan");
}

TEST_F(LemmatizerTest, RegularVerbsThroughRulesAndIndex) {
  EXPECT_EQ(L("pledged", Tag::kVBD), "pledge");
  EXPECT_EQ(L("talked", Tag::kVBD), "talk");
  EXPECT_EQ(L("agreed", Tag::kVBN), "agree");
  EXPECT_EQ(L("hoping", Tag::kVBG), "hope");
  EXPECT_EQ(L("being", Tag::kVBG), "be");
  EXPECT_EQ(L("flies", Tag::kVBZ), "fly");
  EXPECT_EQ(L("goes", Tag::kVBZ), "go");
  EXPECT_EQ(L("is", Tag::kVBZ), "be");
  EXPECT_EQ(L("'s", Tag::kVBZ), "be");
  EXPECT_EQ(L("are", Tag::kVBP), "be");
}

TEST_F(LemmatizerTest, BaseFormsStayAsTheyAre) {
  EXPECT_EQ(L("found", Tag::kVB), "found");  // "to found a party"
  EXPECT_EQ(L("lay", Tag::kVBP), "lay");
  EXPECT_EQ(L("Talks", Tag::kNN), "talks");
}

TEST_F(LemmatizerTest, Nouns) {
  EXPECT_EQ(L("allies", Tag::kNNS), "ally");
  EXPECT_EQ(L("talks", Tag::kNNS), "talk");
  EXPECT_EQ(L("men", Tag::kNNS), "man");
  EXPECT_EQ(L("glasses", Tag::kNNS), "glass");
  EXPECT_EQ(L("Americans", Tag::kNNPS), "american");
  EXPECT_EQ(L("series", Tag::kNNS), "series");
}

TEST_F(LemmatizerTest, UnknownWordsAreGuessed) {
  EXPECT_EQ(L("tweeted", Tag::kVBD), "tweet");
  EXPECT_EQ(L("livestreamed", Tag::kVBD), "livestream");
  EXPECT_EQ(L("relocated", Tag::kVBN), "relocate");
  EXPECT_EQ(L("tweets", Tag::kVBZ), "tweet");
  EXPECT_EQ(L("memes", Tag::kNNS), "meme");
}

TEST_F(LemmatizerTest, OtherWordsAreLowerCased) {
  EXPECT_EQ(L("The", Tag::kDT), "the");
  EXPECT_EQ(L("n't", Tag::kRB), "not");
  EXPECT_EQ(L("wo", Tag::kMD), "will");
  EXPECT_EQ(L("Better", Tag::kJJR), "better");
}

}  // namespace
}  // namespace entente
