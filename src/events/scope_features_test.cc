// scope_features_test.cc — the scope feature group: a sentence's actors of
// one country or of several, the trigger's subject against its object's
// country, and the group's name in a model file.
#include "events/scope_features.h"

#include <gtest/gtest.h>

#include "events/test_features.h"
#include "events/test_sentence.h"

namespace entente {
namespace {

using testing_support::FranceFirst;
using testing_support::HasFeature;

Lexicon TestLexicon() { return testing_support::LexiconOf("#format entente-lexicon 1\n042 visit/v\n"); }

// "France visited <object>", the object an actor mention of `country`.
AnalyzedDocument Visit(const char* object, const char* country) {
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"visited", "VBD", "VERB", -1, "root"},
                                    {object, "NNP", "PROPN", 1, "obj"}});
  d.tokens[1].lemma = "visit";
  ActorMention m;
  m.begin = 2;
  m.end = 3;
  m.text = object;
  m.code = m.country = country;
  d.actors.push_back(m);
  return d;
}

FeatureSet Features(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  FeatureSet f(true);
  ScopeFeatures(g, t, TestLexicon(), &f);
  return f;
}

TEST(ScopeFeaturesTest, OneCountryOrSeveral) {
  FeatureSet home = Features(Visit("Lyon", "FRA"), 1);
  EXPECT_TRUE(HasFeature(home, "sc=one"));
  EXPECT_TRUE(HasFeature(home, "sc.lex=one=04"));
  EXPECT_TRUE(HasFeature(home, "sc.so=same=04"));
  FeatureSet abroad = Features(Visit("Germany", "DEU"), 1);
  EXPECT_TRUE(HasFeature(abroad, "sc=many"));
  EXPECT_TRUE(HasFeature(abroad, "sc.so=other=04"));
  EXPECT_FALSE(HasFeature(abroad, "sc=one"));
}

TEST(ScopeFeaturesTest, ARoleWithNoCountryIsNoScope) {
  AnalyzedDocument d = Visit("police", "");
  d.actors[1].code = "---COP";
  FeatureSet f = Features(d, 1);
  EXPECT_TRUE(HasFeature(f, "sc=one"));             // France only
  EXPECT_FALSE(HasFeature(f, "sc.so=same=04"));     // the object names no country
  EXPECT_FALSE(HasFeature(f, "sc.so=other=04"));
  d.actors.erase(d.actors.begin());                 // no identified actor at all
  d.actors.front().code = "---COP";
  EXPECT_TRUE(HasFeature(Features(d, 1), "sc=none"));
}

// The group is named in a model file and read back; off by default.
TEST(ScopeFeaturesTest, TheGroupsName) {
  auto groups = FeatureGroups::Parse("wordnet,scope");
  ASSERT_TRUE(groups.has_value());
  EXPECT_TRUE(groups->scope);
  EXPECT_EQ(groups->ToString(), "wordnet,scope");
  EXPECT_FALSE(FeatureGroups::Parse("wordnet")->scope);
}

}  // namespace
}  // namespace entente
