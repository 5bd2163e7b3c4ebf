// speculative_act_test.cc — acts under a speculative modal: the trigger's
// own auxiliary, through an aspect verb and coordination; not "will", not a
// modal of another clause, not a name that is no auxiliary.
#include "events/speculative_act.h"

#include <gtest/gtest.h>

#include "events/test_sentence.h"

namespace entente {
namespace {

AnalyzedDocument Sentence1(std::initializer_list<testing_support::Tok> toks) {
  return testing_support::OneSentence(toks, /*france_first=*/false);
}

Lexicon TestLexicon() {
  return testing_support::LexiconOf("#format entente-lexicon 1\n%speculative_modal may might could can should\n"
                                    "%aspect try continue\n");
}

bool Speculative(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  return IsSpeculativeAct(g, t, TestLexicon());
}

// "Australia <modal> enter a pact".
AnalyzedDocument Modal(const char* modal) {
  return Sentence1({{"Australia", "NNP", "PROPN", 2, "nsubj"}, {modal, "MD", "AUX", 2, "aux"},
                    {"enter", "VB", "VERB", -1, "root"}, {"pact", "NN", "NOUN", 2, "obj"}});
}

TEST(SpeculativeActTest, AModalOfItsOwn) {
  EXPECT_TRUE(Speculative(Modal("may"), 2));
  EXPECT_TRUE(Speculative(Modal("could"), 2));
  EXPECT_FALSE(Speculative(Modal("will"), 2));  // the corpus codes "will" as intended
  EXPECT_FALSE(Speculative(Modal("may"), 3));   // the object noun is no act under the modal
}

// "Melbourne could try to seize the opportunity": through the aspect verb;
// "said it could" does not reach the saying.
TEST(SpeculativeActTest, ThroughAnAspectVerbAndNotUpward) {
  AnalyzedDocument d = Sentence1({{"Melbourne", "NNP", "PROPN", 2, "nsubj"}, {"could", "MD", "AUX", 2, "aux"},
                                  {"try", "VB", "VERB", -1, "root"}, {"to", "TO", "PART", 4, "mark"},
                                  {"seize", "VB", "VERB", 2, "xcomp"}});
  EXPECT_TRUE(Speculative(d, 4));
  AnalyzedDocument said = Sentence1({{"Lyon", "NNP", "PROPN", 1, "nsubj"}, {"said", "VBD", "VERB", -1, "root"},
                                     {"Paris", "NNP", "PROPN", 4, "nsubj"}, {"could", "MD", "AUX", 4, "aux"},
                                     {"seize", "VB", "VERB", 1, "ccomp"}});
  EXPECT_TRUE(Speculative(said, 4));
  EXPECT_FALSE(Speculative(said, 1));
}

// "Theresa May stepped down": a name is no auxiliary.
TEST(SpeculativeActTest, ANameIsNoModal) {
  AnalyzedDocument d = Sentence1({{"Theresa", "NNP", "PROPN", 1, "compound"}, {"May", "NNP", "PROPN", 2, "nsubj"},
                                  {"stepped", "VBD", "VERB", -1, "root"}, {"down", "RP", "ADP", 2, "compound:prt"}});
  EXPECT_FALSE(Speculative(d, 2));
}

}  // namespace
}  // namespace entente
