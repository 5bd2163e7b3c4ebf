// false_alarm_features_test.cc — the false-alarm feature group: a patient
// that is no party (an animal, food; not a word of %nonparty_exceptions), negation
// of the trigger or of the verb it complements, a population object of the
// subject's own country; and the ordered-act rule that codes no deed against
// animals.
#include "events/false_alarm_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "events/ordered_act.h"
#include "events/test_features.h"
#include "events/test_sentence.h"
#include "tag/lemmatizer.h"

namespace entente {
namespace {

using testing_support::FranceFirst;
using testing_support::HasFeature;
using testing_support::SharedWordClasses;

Lexicon TestLexicon() {
  return testing_support::LexiconOf("#format entente-lexicon 1\n%negator not never no\n"
                                    "%nonparty_kinds noun.animal noun.food\n%nonparty_exceptions female\n"
                                    "%population citizen citizens\n%directive order\n"
                                    "190 killing/n of\n180 kill/v\n193 cull/v\n172 screen/v\n036 meet/v\n"
                                    "030 agree/v\n");
}

FeatureSet Features(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  FeatureSet f(true);
  FalseAlarmFeatures(g, t, TestLexicon(), SharedWordClasses(), &f);
  return f;
}

// "France <verb> <object>".
AnalyzedDocument VerbObject(const char* verb, const char* object) {
  return FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {verb, "VBD", "VERB", -1, "root"},
                      {object, "NNS", "NOUN", 1, "obj"}});
}

TEST(FalseAlarmFeaturesTest, APatientThatIsNoParty) {
  ASSERT_NE(SharedWordClasses(), nullptr) << "wordnet-base is a dependency (scripts/setup.sh)";
  FeatureSet pig = Features(VerbObject("cull", "pig"), 1);
  EXPECT_TRUE(HasFeature(pig, "ok=own"));
  EXPECT_TRUE(HasFeature(pig, "ok.lex=own=19"));
  EXPECT_FALSE(HasFeature(Features(VerbObject("kill", "protester"), 1), "ok=own"));
  EXPECT_FALSE(HasFeature(Features(VerbObject("kill", "female"), 1), "ok=own"));  // %nonparty_exceptions
  // A noun trigger's "of" complement is its patient.
  AnalyzedDocument noun = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"order", "VBD", "VERB", -1, "root"},
                                       {"killing", "NN", "NOUN", 1, "obj"}, {"of", "IN", "ADP", 4, "case"},
                                       {"pig", "NNS", "NOUN", 2, "nmod"}});
  SentenceGraph g;
  g.Build(noun, 0);
  EXPECT_EQ(NonPartyPatient(g, 2, TestLexicon(), SharedWordClasses()), 4);
  EXPECT_EQ(NonPartyPatient(g, 2, TestLexicon(), nullptr), -1);
  EXPECT_TRUE(HasFeature(Features(noun, 1), "ok=obj"));  // the verb whose object is that deed
  EXPECT_FALSE(HasFeature(Features(noun, 1), "ok=own"));
}

// "ordered the killing of pigs" is no ordered assault; of protesters it is.
TEST(FalseAlarmFeaturesTest, NoOrderedDeedAgainstAnimals) {
  ASSERT_NE(SharedWordClasses(), nullptr);
  auto ordered = [](const char* patient, const WordClasses* wc) {
    AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"order", "VBD", "VERB", -1, "root"},
                                      {"killing", "NN", "NOUN", 1, "obj"}, {"of", "IN", "ADP", 4, "case"},
                                      {patient, "NNS", "NOUN", 2, "nmod"}});
    SentenceGraph g;
    g.Build(d, 0);
    return OrderedActCode(g, 1, TestLexicon(), wc);
  };
  EXPECT_EQ(ordered("pig", SharedWordClasses()), "");
  EXPECT_EQ(ordered("pig", nullptr), "190");
  EXPECT_EQ(ordered("protester", SharedWordClasses()), "190");
}

TEST(FalseAlarmFeaturesTest, NegationOwnAndGoverning) {
  AnalyzedDocument own = FranceFirst({{"France", "NNP", "PROPN", 2, "nsubj"}, {"not", "RB", "PART", 2, "advmod"},
                                      {"meet", "VB", "VERB", -1, "root"}});
  FeatureSet f = Features(own, 2);
  EXPECT_TRUE(HasFeature(f, "neg.any=own"));
  EXPECT_TRUE(HasFeature(f, "neg.lex=own=03"));
  AnalyzedDocument gov = FranceFirst({{"France", "NNP", "PROPN", 2, "nsubj"}, {"not", "RB", "PART", 2, "advmod"},
                                      {"agree", "VB", "VERB", -1, "root"}, {"to", "TO", "PART", 4, "mark"},
                                      {"meet", "VB", "VERB", 2, "xcomp"}});
  EXPECT_TRUE(HasFeature(Features(gov, 4), "neg.any=gov"));
  EXPECT_FALSE(HasFeature(Features(VerbObject("meet", "citizen"), 1), "neg.any=own"));
}

TEST(FalseAlarmFeaturesTest, APopulationOfTheSubjectsOwnCountry) {
  AnalyzedDocument d = VerbObject("screen", "citizens");
  EXPECT_TRUE(HasFeature(Features(d, 1), "pop.lex=17"));
  EXPECT_FALSE(HasFeature(Features(d, 1), "dom.lex=17"));
  ActorMention m;  // "citizens" coded as France's
  m.begin = 2;
  m.end = 3;
  m.text = "citizens";
  m.code = "FRACVL";
  m.country = "FRA";
  d.actors.push_back(m);
  EXPECT_TRUE(HasFeature(Features(d, 1), "dom.lex=17"));
  EXPECT_FALSE(HasFeature(Features(VerbObject("screen", "protester"), 1), "pop.lex=17"));
}

// The group is named in a model file and read back.
TEST(FalseAlarmFeaturesTest, TheGroupsName) {
  auto groups = FeatureGroups::Parse("wordnet,false-alarm");
  ASSERT_TRUE(groups.has_value());
  EXPECT_TRUE(groups->false_alarm);
  EXPECT_TRUE(groups->uses_wordnet());
  EXPECT_EQ(groups->ToString(), "wordnet,false-alarm");
  EXPECT_FALSE(FeatureGroups::Parse("wordnet")->false_alarm);
}

}  // namespace
}  // namespace entente
