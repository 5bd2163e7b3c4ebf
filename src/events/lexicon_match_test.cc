// lexicon_match_test.cc — the lexicon pattern a clause meets: a word set on
// the object (with its compound or "of" complement), a preposition, an
// absent role, voice, an infinitive; and the lexicon-match features.
#include "events/lexicon_match.h"

#include <gtest/gtest.h>

#include <string>

#include "events/test_features.h"
#include "events/test_sentence.h"

namespace entente {
namespace {

using testing_support::FranceFirst;
using testing_support::HasFeature;

Lexicon TestLexicon() {
  return testing_support::LexiconOf("#format entente-lexicon 1\n"
                                    "@agreement = agreement deal\n"
                                    "057 sign obj=@agreement\n"
                                    "111 attack obj for|over\n"
                                    "190 attack\n"
                                    "0814 lift obj=state_of_emergency\n"
                                    "036 agree inf=meet\n"
                                    "125 reject obj -for pass\n");
}

// "France <verb> the <object> [for <oblique>]".
AnalyzedDocument Clause(const char* verb, const char* object, const char* oblique = nullptr) {
  if (!oblique) {
    return FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {verb, "VBD", "VERB", -1, "root"},
                        {"the", "DT", "DET", 3, "det"}, {object, "NN", "NOUN", 1, "obj"}});
  }
  return FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {verb, "VBD", "VERB", -1, "root"},
                      {"the", "DT", "DET", 3, "det"}, {object, "NN", "NOUN", 1, "obj"},
                      {"for", "IN", "ADP", 5, "case"}, {oblique, "NN", "NOUN", 1, "obl"}});
}

std::string Matched(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  const Lexicon lexicon = TestLexicon();  // the pattern lives in it
  const Pattern* p = MatchedPattern(g, t, lexicon);
  return p ? p->code : "none";
}

FeatureSet Features(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  FeatureSet f(true);
  const Lexicon lexicon = TestLexicon();
  LexiconMatchFeatures(g, t, lexicon, &f);
  return f;
}

TEST(LexiconMatchTest, TheObjectsWordSet) {
  EXPECT_EQ(Matched(Clause("sign", "deal"), 1), "057");
  EXPECT_EQ(Matched(Clause("sign", "decree"), 1), "none");
  // "state of emergency": the object with its "of" complement.
  AnalyzedDocument soe = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"lift", "VBD", "VERB", -1, "root"},
                                      {"the", "DT", "DET", 3, "det"}, {"state", "NN", "NOUN", 1, "obj"},
                                      {"of", "IN", "ADP", 5, "case"}, {"emergency", "NN", "NOUN", 3, "nmod"}});
  EXPECT_EQ(Matched(soe, 1), "0814");
}

TEST(LexiconMatchTest, APrepositionTellsTheVerbalAttack) {
  EXPECT_EQ(Matched(Clause("attack", "minister", "remarks"), 1), "111");
  EXPECT_EQ(Matched(Clause("attack", "base"), 1), "190");
  // The parser hangs the phrase on the object: still the verb's role.
  AnalyzedDocument on_object = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"attack", "VBD", "VERB", -1, "root"},
                                            {"the", "DT", "DET", 3, "det"}, {"minister", "NN", "NOUN", 1, "obj"},
                                            {"for", "IN", "ADP", 5, "case"}, {"remarks", "NNS", "NOUN", 3, "nmod"}});
  EXPECT_EQ(Matched(on_object, 1), "111");
}

TEST(LexiconMatchTest, VoiceAbsentRoleAndInfinitive) {
  // "reject obj -for pass": passive only, the object as passive subject.
  AnalyzedDocument passive = FranceFirst({{"France", "NNP", "PROPN", 2, "nsubj:pass"}, {"was", "VBD", "AUX", 2, "aux:pass"},
                                          {"reject", "VBN", "VERB", -1, "root"}});
  EXPECT_EQ(Matched(passive, 2), "125");
  EXPECT_EQ(Matched(Clause("reject", "plan"), 1), "none");  // active
  AnalyzedDocument inf = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"agree", "VBD", "VERB", -1, "root"},
                                      {"to", "TO", "PART", 3, "mark"}, {"meet", "VB", "VERB", 1, "xcomp"}});
  EXPECT_EQ(Matched(inf, 1), "036");
  EXPECT_EQ(Matched(Clause("agree", "plan"), 1), "none");
}

TEST(LexiconMatchTest, Features) {
  FeatureSet deal = Features(Clause("sign", "deal"), 1);
  EXPECT_TRUE(HasFeature(deal, "lm=05=v=word"));
  EXPECT_TRUE(HasFeature(deal, "lm.lem=sign=05"));
  FeatureSet decree = Features(Clause("sign", "decree"), 1);
  EXPECT_TRUE(HasFeature(decree, "lm.none=05=v"));
  EXPECT_FALSE(HasFeature(decree, "lm.lem=sign=05"));
  EXPECT_TRUE(HasFeature(Features(Clause("attack", "base"), 1), "lm=19=v=bare"));
  // A word the lexicon does not know has none of the group's features.
  FeatureSet none = Features(Clause("eat", "apple"), 1);
  EXPECT_FALSE(HasFeature(none, "lm.none=05=v"));
  EXPECT_TRUE(none.names().empty());
}

// lexicon-sense: a clause that meets a pattern constraining a role reads
// that pattern's root alone as the lexicon prior; otherwise the lemma's.
TEST(LexiconMatchTest, TheSenseTheClauseMeets) {
  const Lexicon lexicon = TestLexicon();
  auto prior = [&](const AnalyzedDocument& d, bool sense) {
    SentenceGraph g;
    g.Build(d, 0);
    FeatureGroups groups;
    groups.lexicon_sense = sense;
    FeatureSet f(true);
    TriggerFeatures(g, 1, lexicon, groups, nullptr, &f);
    return f;
  };
  AnalyzedDocument verbal = Clause("attack", "minister", "remarks");
  EXPECT_TRUE(HasFeature(prior(verbal, true), "lex=11"));
  EXPECT_FALSE(HasFeature(prior(verbal, true), "lex=19"));
  EXPECT_TRUE(HasFeature(prior(verbal, false), "lex=19"));  // without the group: every sense
  // A bare pattern met restricts nothing.
  EXPECT_TRUE(HasFeature(prior(Clause("attack", "base"), true), "lex=11"));
  EXPECT_TRUE(HasFeature(prior(Clause("attack", "base"), true), "lex=19"));
}

}  // namespace
}  // namespace entente
