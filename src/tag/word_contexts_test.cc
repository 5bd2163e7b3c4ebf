#include "tag/word_contexts.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(WordContexts, ParsesAndFinds) {
  auto t = WordContexts::Parse("# comment\nattack\tthe\tan\ton\t.\nkilled\twere\tbeen\tin\t-\n", "t.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->size(), 2u);
  const WordContexts::Hashes* a = (*t)->Find("attack");
  const WordContexts::Hashes* k = (*t)->Find("killed");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(k, nullptr);
  EXPECT_EQ((*t)->Find("Attack"), nullptr);  // keys are lower-cased forms
  EXPECT_NE((*a)[0], (*k)[0]);
  EXPECT_NE((*a)[0], (*a)[1]);
}

TEST(WordContexts, SameWordInAnotherSlotHashesDifferently) {
  auto t = WordContexts::Parse("x\tof\tof\tof\tof\n", "t.tsv");
  ASSERT_TRUE(t.ok());
  const WordContexts::Hashes* x = (*t)->Find("x");
  ASSERT_NE(x, nullptr);
  EXPECT_NE((*x)[0], (*x)[2]);  // "of" before the word is not "of" after it
}

TEST(WordContexts, DamagedLinesNameFileAndLine) {
  for (const char* bad : {"attack\tthe\tan\ton\n", "attack\tthe\tan\ton\t.\textra\n", "\tthe\tan\ton\t.\n",
                          "a\tb\tc\td\te\na\tb\tc\td\te\n"}) {
    auto t = WordContexts::Parse(bad, "t.tsv");
    ASSERT_FALSE(t.ok()) << bad;
    EXPECT_NE(t.status().message().find("t.tsv:"), std::string::npos) << t.status().ToString();
  }
}

}  // namespace
}  // namespace entente
