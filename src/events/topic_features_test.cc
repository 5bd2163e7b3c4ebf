// topic_features_test.cc — the topic feature group: WordNet's hypernym chains
// of a lemma's first senses; a noun's domains by the anchors of the
// lexicon's topic lists; the features of a trigger in a sentence about a
// sport or an epidemic, and none without the group.
#include "events/topic_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "events/test_features.h"
#include "events/test_sentence.h"
#include "tag/lemmatizer.h"

namespace entente {
namespace {

using testing_support::FranceFirst;
using testing_support::HasFeature;
using testing_support::SharedWordClasses;

// Two invented domains: "sport" anchored on the synset above "football"
// (so every sport of WordNet's athletic games), "disease" on "illness" and
// on "epidemic", and the word "covid-19" WordNet does not know; an anchor
// WordNet does not know is left out.
Lexicon TestLexicon() {
  return testing_support::LexiconOf("#format entente-lexicon 1\n%topics sport disease\n%topic_sport football^3 qwzxv\n"
                                    "%topic_disease illness epidemic =COVID-19\n180 suspend/v\n");
}

bool HasPrefix(const FeatureSet& f, const std::string& prefix) {
  return std::any_of(f.names().begin(), f.names().end(), [&](const std::string& n) { return n.rfind(prefix, 0) == 0; });
}

// A lemma's chains start at its senses' synsets and climb to the root; the
// result is the same when asked again (kept), empty for an unknown word.
TEST(TopicFeaturesTest, AncestorsClimbEachSense) {
  const WordClasses* wc = SharedWordClasses();
  ASSERT_NE(wc, nullptr) << "wordnet-base is a dependency (scripts/setup.sh)";
  std::vector<uint32_t> soccer = wc->Ancestors("soccer", WordClasses::Pos::kNoun);
  ASSERT_GE(soccer.size(), 6u);
  EXPECT_EQ(wc->SynsetName(soccer[0]), "soccer.n");
  EXPECT_EQ(wc->SynsetName(soccer[1]), "football.n");
  EXPECT_EQ(wc->SynsetName(soccer[5]), "sport.n");
  EXPECT_EQ(wc->Ancestors("soccer", WordClasses::Pos::kNoun), soccer);
  EXPECT_TRUE(wc->Ancestors("qwzxv", WordClasses::Pos::kNoun).empty());
  // "match": a lighter (sense 1) and a contest (sense 2), both climbed.
  std::vector<uint32_t> match = wc->Ancestors("match", WordClasses::Pos::kNoun);
  EXPECT_TRUE(std::any_of(match.begin(), match.end(), [&](uint32_t s) { return wc->SynsetName(s) == "contest.n"; }));
  EXPECT_TRUE(std::any_of(match.begin(), match.end(), [&](uint32_t s) { return wc->SynsetName(s) == "lighter.n"; }));
}

// Domains of nouns by their hypernyms: a sport never listed, a disease, an
// outbreak; a word of neither.
TEST(TopicFeaturesTest, NounDomainsByAnchors) {
  const WordClasses* wc = SharedWordClasses();
  ASSERT_NE(wc, nullptr);
  Lexicon lexicon = TestLexicon();
  TopicAnchors anchors(lexicon, *wc);
  ASSERT_EQ(anchors.domains(), (std::vector<std::string>{"disease", "sport"}));
  EXPECT_EQ(anchors.NounDomains("basketball"), 2u);
  EXPECT_EQ(anchors.NounDomains("soccer"), 2u);
  EXPECT_EQ(anchors.NounDomains("cholera"), 1u);
  EXPECT_EQ(anchors.NounDomains("pandemic"), 1u);
  EXPECT_EQ(anchors.NounDomains("treaty"), 0u);
  EXPECT_EQ(anchors.NounDomains("qwzxv"), 0u);
  EXPECT_EQ(anchors.NounDomains("covid-19"), 1u);
  EXPECT_EQ(anchors.WordDomains("Covid-19"), 1u);
  EXPECT_EQ(anchors.WordDomains("cholera"), 0u);  // by its hypernyms only
  Lexicon empty;
  EXPECT_EQ(TopicAnchors(empty, *wc).NounDomains("soccer"), 0u);
}

// "France suspend season of basketball amid epidemic": the verb learns with
// the story's domains; "France suspend treaty" has none.
TEST(TopicFeaturesTest, TriggerSeesItsStorysDomains) {
  const WordClasses* wc = SharedWordClasses();
  ASSERT_NE(wc, nullptr);
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                    {"suspend", "VBD", "VERB", -1, "root"},
                                    {"season", "NN", "NOUN", 1, "obj"},
                                    {"of", "IN", "ADP", 4, "case"},
                                    {"basketball", "NN", "NOUN", 2, "nmod"},
                                    {"amid", "IN", "ADP", 6, "case"},
                                    {"epidemic", "NN", "NOUN", 1, "obl"}});
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon = TestLexicon();
  FeatureSet f(true);
  TopicFeatures(g, 1, lexicon, *wc, &f);
  EXPECT_TRUE(HasFeature(f, "tp=sport"));
  EXPECT_TRUE(HasFeature(f, "tp=disease"));
  EXPECT_TRUE(HasFeature(f, "tp.lem=sport=suspend"));
  EXPECT_TRUE(HasFeature(f, "tp.lex=disease=18"));
  EXPECT_TRUE(HasFeature(f, "tp.arg=disease=obl"));   // "amid epidemic" hangs on the verb
  EXPECT_FALSE(HasFeature(f, "tp.arg=sport=nmod"));   // "basketball" hangs on "season"
  FeatureSet noun(true);
  TopicFeatures(g, 6, lexicon, *wc, &noun);
  EXPECT_TRUE(HasFeature(noun, "tp.self=disease"));
  EXPECT_FALSE(HasFeature(noun, "tp=disease"));  // its own domain is not the rest of the sentence's

  AnalyzedDocument plain = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                        {"suspend", "VBD", "VERB", -1, "root"},
                                        {"treaty", "NN", "NOUN", 1, "obj"}});
  SentenceGraph pg;
  pg.Build(plain, 0);
  FeatureSet none(true);
  TopicFeatures(pg, 1, lexicon, *wc, &none);
  EXPECT_FALSE(HasPrefix(none, "tp"));
  // A name that is a "=word" entry: "France suspend treaty over COVID-19".
  AnalyzedDocument named = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"},
                                        {"suspend", "VBD", "VERB", -1, "root"},
                                        {"treaty", "NN", "NOUN", 1, "obj"},
                                        {"over", "IN", "ADP", 4, "case"},
                                        {"COVID-19", "NNP", "PROPN", 1, "obl"}});
  SentenceGraph ng;
  ng.Build(named, 0);
  FeatureSet covid(true);
  TopicFeatures(ng, 1, lexicon, *wc, &covid);
  EXPECT_TRUE(HasFeature(covid, "tp=disease"));

  // Through TriggerFeatures only with the group on.
  FeatureSet off(true), on(true);
  FeatureGroups groups, topic;
  topic.topic = true;
  TriggerFeatures(g, 1, lexicon, groups, wc, &off);
  TriggerFeatures(g, 1, lexicon, topic, wc, &on);
  EXPECT_FALSE(HasPrefix(off, "tp"));
  EXPECT_TRUE(HasFeature(on, "tp=sport"));
  EXPECT_EQ(FeatureGroups::Parse("topic,wordnet")->ToString(), "wordnet,topic");
  EXPECT_TRUE(FeatureGroups::Parse("topic")->uses_wordnet());
}

}  // namespace
}  // namespace entente
