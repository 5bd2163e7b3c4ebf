// ordered_act_test.cc — the deed a directive verb orders: its object noun's
// lexicon code, when the noun's prepositional constraints are met; nothing
// for another verb, a noun the lexicon does not know as a deed, or a noun
// whose constraint names other words.
#include "events/ordered_act.h"

#include <gtest/gtest.h>

#include <string>

#include "events/test_sentence.h"

namespace entente {
namespace {

using testing_support::FranceFirst;

Lexicon TestLexicon() {
  return testing_support::LexiconOf("#format entente-lexicon 1\n%directive order\n@troops = troops soldiers\n"
                                    "@prisoners = prisoners detainees\n087 withdrawal/n of=@troops\n"
                                    "0841 release/n of=@prisoners\n173 arrest/n of\n190 attack/n\n");
}

std::string Ordered(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  return OrderedActCode(g, t, TestLexicon());
}

// "France order the <noun> of <modifier>".
AnalyzedDocument OrderedNoun(const char* verb, const char* noun, const char* modifier) {
  return FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                      {verb, "VBD", "VERB", -1, "root"},
                      {"the", "DT", "DET", 3, "det"},
                      {noun, "NN", "NOUN", 1, "obj"},
                      {"of", "IN", "ADP", 5, "case"},
                      {modifier, "NNS", "NOUN", 3, "nmod"}});
}

TEST(OrderedActTest, TheObjectNounsDeed) {
  EXPECT_EQ(Ordered(OrderedNoun("order", "withdrawal", "troops"), 1), "087");
  EXPECT_EQ(Ordered(OrderedNoun("order", "arrest", "activists"), 1), "173");
  EXPECT_EQ(Ordered(OrderedNoun("order", "release", "detainees"), 1), "0841");
}

TEST(OrderedActTest, ConstraintsOfTheNounAreMet) {
  // A release of documents is no release of prisoners.
  EXPECT_EQ(Ordered(OrderedNoun("order", "release", "documents"), 1), "");
  // "arrest/n of" needs its "of".
  AnalyzedDocument bare = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                       {"order", "VBD", "VERB", -1, "root"},
                                       {"arrest", "NNS", "NOUN", 1, "obj"}});
  EXPECT_EQ(Ordered(bare, 1), "");
  AnalyzedDocument attack = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                         {"order", "VBD", "VERB", -1, "root"},
                                         {"an", "DT", "DET", 3, "det"},
                                         {"attack", "NN", "NOUN", 1, "obj"}});
  EXPECT_EQ(Ordered(attack, 1), "190");
}

TEST(OrderedActTest, OnlyDirectiveVerbsAndTheirObjects) {
  EXPECT_EQ(Ordered(OrderedNoun("criticise", "withdrawal", "troops"), 1), "");
  EXPECT_EQ(Ordered(OrderedNoun("order", "withdrawal", "troops"), 3), "");  // the noun itself
  EXPECT_EQ(Ordered(OrderedNoun("order", "report", "troops"), 1), "");      // no deed the lexicon knows
}

}  // namespace
}  // namespace entente
