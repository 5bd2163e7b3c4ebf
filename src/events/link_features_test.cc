// link_features_test.cc — the event-links feature group: a light verb and
// its event noun see each other's lexicon code, a complement of intent is
// marked, quotation marks place the trigger; nothing without the group.
#include "events/link_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "events/test_features.h"
#include "events/test_sentence.h"

namespace entente {
namespace {

using testing_support::FranceFirst;
using testing_support::HasFeature;

Lexicon TestLexicon() {
  return testing_support::LexiconOf("#format entente-lexicon 1\n%light make\n%intent vow\n%say say\n138 threat/n\n"
                                    "190 attack/v\n1056 retaliate/v\n");
}

// The event-links features of token `t` of d's one sentence.
FeatureSet Links(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  FeatureSet f(true);
  EventLinkFeatures(g, t, TestLexicon(), nullptr, &f);
  return f;
}

// "France make threat ." — the verb sees its noun's code, the noun its light verb.
TEST(EventLinksTest, LightVerbAndNounSeeEachOther) {
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                    {"make", "VBD", "VERB", -1, "root"},
                                    {"threat", "NNS", "NOUN", 1, "obj"},
                                    {".", ".", "PUNCT", 1, "punct"}});
  FeatureSet verb = Links(d, 1), noun = Links(d, 2);
  EXPECT_TRUE(HasFeature(verb, "lk.down=none=obj=13"));
  EXPECT_TRUE(HasFeature(verb, "lk.down.light=yes=obj=13"));
  EXPECT_TRUE(HasFeature(noun, "lk.up=obj=none=13"));
  EXPECT_TRUE(HasFeature(noun, "lk.up.light=yes=obj=13"));
  EXPECT_TRUE(HasFeature(noun, "lk.up.intent=no=obj=13"));
  EXPECT_TRUE(HasFeature(verb, "lk.quote=none=none"));
  // Without the group, TriggerFeatures adds none of these.
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon = TestLexicon();
  FeatureSet off(true), on(true);
  FeatureGroups none, links;
  links.event_links = true;
  TriggerFeatures(g, 1, lexicon, none, nullptr, &off);
  TriggerFeatures(g, 1, lexicon, links, nullptr, &on);
  EXPECT_FALSE(std::any_of(off.names().begin(), off.names().end(),
                           [](const std::string& n) { return n.rfind("lk.", 0) == 0; }));
  EXPECT_TRUE(HasFeature(on, "lk.down=none=obj=13"));
  EXPECT_EQ(FeatureGroups::Parse("event-links,wordnet")->ToString(), "wordnet,event-links");
  EXPECT_TRUE(FeatureGroups::Parse("event-links")->uses_wordnet());
}

// "France vow to retaliate" — the intent verb's complement carries the type.
TEST(EventLinksTest, ComplementOfIntentIsMarked) {
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                    {"vow", "VBD", "VERB", -1, "root"},
                                    {"to", "TO", "PART", 3, "mark"},
                                    {"retaliate", "VB", "VERB", 1, "xcomp"}});
  FeatureSet vow = Links(d, 1), comp = Links(d, 3);
  EXPECT_TRUE(HasFeature(vow, "lk.intent.comp=xcomp=10"));
  EXPECT_TRUE(HasFeature(comp, "lk.up.intent=yes=xcomp=10"));
  EXPECT_TRUE(HasFeature(comp, "lk.up.say=no=xcomp=10"));
}

// '" France attack " , he say .' — the trigger inside quotes, under a verb of saying.
TEST(EventLinksTest, QuotedSpeechPlacesTheTrigger) {
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 2, "nsubj"},
                                    {"``", "``", "PUNCT", 2, "punct"},
                                    {"attack", "VBD", "VERB", 6, "ccomp"},
                                    {"''", "''", "PUNCT", 2, "punct"},
                                    {",", ",", "PUNCT", 6, "punct"},
                                    {"he", "PRP", "PRON", 6, "nsubj"},
                                    {"say", "VBD", "VERB", -1, "root"}});
  // The opening quote stands after the mention here; only its position counts.
  FeatureSet f = Links(d, 2);
  EXPECT_TRUE(HasFeature(f, "lk.quote=19=inside"));
  EXPECT_TRUE(HasFeature(f, "lk.said=19=yes"));
  EXPECT_TRUE(HasFeature(f, "lk.up.say=yes=ccomp=19"));
}

}  // namespace
}  // namespace entente
