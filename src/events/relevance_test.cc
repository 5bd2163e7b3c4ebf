// relevance_test.cc — the relevance group (events/relevance.h): a sentence's
// relevance features, the probability of a two-class model and its buckets,
// the prior features of a candidate with its sentence's bucket, and the
// trigger features that hold them only with the group and a bucket; the
// relevance model and gate in the model file; the docrel group (a
// sentence's place in its story) and the document gate.
#include "events/relevance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "events/learned_coder.h"
#include "events/test_models.h"
#include "events/test_features.h"
#include "events/test_sentence.h"

namespace entente {
namespace {

using testing_support::HasFeature;

// "France suspended the football season ." with France the mention FRA.
AnalyzedDocument Suspended() {
  return testing_support::OneSentence({{"France", "NNP", "PROPN", 1, "nsubj"},
                                       {"suspended", "VBD", "VERB", -1, "root"},
                                       {"the", "DT", "DET", 4, "det"},
                                       {"football", "NN", "NOUN", 4, "compound"},
                                       {"season", "NN", "NOUN", 1, "obj"},
                                       {".", ".", "PUNCT", 1, "punct"}},
                                      /*france_first=*/true);
}

Lexicon TestLexicon() {
  Lexicon lexicon;
  EXPECT_TRUE(lexicon.AddFile("#format entente-lexicon 1\n180 suspended/v\n", "test.lex", nullptr).ok());
  return lexicon;
}

bool HasPrefix(const FeatureSet& f, const std::string& prefix) {
  return std::any_of(f.names().begin(), f.names().end(), [&](const std::string& n) { return n.rfind(prefix, 0) == 0; });
}

// Content lemmas, bigrams over words (a name as its class, punctuation left
// out), the lexicon's root of a verb, and the mentions' kind and country.
TEST(RelevanceTest, SentenceFeatures) {
  AnalyzedDocument d = Suspended();
  SentenceGraph g;
  g.Build(d, 0);
  FeatureSet f(/*names=*/true);
  RelevanceFeatures(g, TestLexicon(), &f);
  for (const char* name : {"r.bias", "r.lem=suspended", "r.lem=football", "r.lem=season", "r.bi=<s>=NNP",
                           "r.bi=NNP=suspended", "r.bi=football=season", "r.lex=18=VB", "r.kind=country",
                           "r.country=FRA", "r.mentions=1", "r.identified=1"}) {
    EXPECT_TRUE(HasFeature(f, name)) << name;
  }
  EXPECT_FALSE(HasFeature(f, "r.lem=the"));        // not a content word
  EXPECT_FALSE(HasFeature(f, "r.lem=france"));     // names are read from the mentions
  EXPECT_FALSE(HasPrefix(f, "r.bi=season=")); // the full stop is no word
}

TEST(RelevanceTest, ProbabilityAndBuckets) {
  FeatureSet f;
  f.Add("r.lem", "football");
  auto sport = LinearModel::Build(2, {{f.hashes()[0], {{0, 1.0f}, {1, -1.0f}}}});
  EXPECT_NEAR(RelevanceProbability(*sport, f.hashes()), 1.0 / (1.0 + std::exp(2.0)), 1e-6);
  FeatureSet other;
  other.Add("r.lem", "treaty");
  EXPECT_FLOAT_EQ(RelevanceProbability(*sport, other.hashes()), 0.5f);   // unknown: no evidence
  auto three = LinearModel::Build(3, {{f.hashes()[0], {{0, 5.0f}}}});
  EXPECT_FLOAT_EQ(RelevanceProbability(*three, f.hashes()), 0.5f);       // not a two-class model
  EXPECT_EQ(RelevanceBucket(0.0f), 0);
  EXPECT_EQ(RelevanceBucket(0.099f), 0);
  EXPECT_EQ(RelevanceBucket(0.1f), 1);
  EXPECT_EQ(RelevanceBucket(0.3f), 2);
  EXPECT_EQ(RelevanceBucket(0.5f), 3);
  EXPECT_EQ(RelevanceBucket(0.75f), 4);
  EXPECT_EQ(RelevanceBucket(1.0f), 4);
}

// The trigger's features hold the prior only with the group on and a bucket
// set; the bucket goes with the lemma, the part of speech and the lexicon root.
TEST(RelevanceTest, PriorFeaturesOfATrigger) {
  AnalyzedDocument d = Suspended();
  Lexicon lexicon = TestLexicon();
  SentenceGraph g;
  g.Build(d, 0);
  FeatureGroups on;
  on.relevance = true;
  FeatureSet f(/*names=*/true);
  TriggerFeatures(g, 1, lexicon, on, nullptr, &f);
  EXPECT_FALSE(HasPrefix(f, "rv"));  // no bucket yet
  g.set_relevance_bucket(1);
  f.Clear();
  TriggerFeatures(g, 1, lexicon, on, nullptr, &f);
  for (const char* name : {"rv=1", "rv.lem=1=suspended", "rv.pos=1=VERB", "rv.lex=1=18"}) {
    EXPECT_TRUE(HasFeature(f, name)) << name;
  }
  FeatureSet noun(/*names=*/true);
  TriggerFeatures(g, 4, lexicon, on, nullptr, &noun);
  EXPECT_TRUE(HasFeature(noun, "rv.lex=1=none"));
  FeatureSet off(/*names=*/true);
  TriggerFeatures(g, 1, lexicon, FeatureGroups(), nullptr, &off);
  EXPECT_FALSE(HasPrefix(off, "rv"));
  g.Build(d, 0);
  EXPECT_EQ(g.relevance_bucket(), -1);  // each sentence starts with none
  EXPECT_EQ(FeatureGroups::Parse("relevance,wordnet")->ToString(), "wordnet,relevance");
  EXPECT_FALSE(FeatureGroups::Parse("relevance")->uses_wordnet());
}

using testing_support::RoundTrip;
using testing_support::TinyModels;

// The relevance model and the gate are stored only when there are some; a
// relevance part that is no two-class model is an error.
TEST(RelevanceTest, ModelAndGateInTheModelFile) {
  CoderModels m = TinyModels();
  EXPECT_FALSE(m.ToBundle().Has("relevance"));
  EXPECT_EQ(std::string(*m.ToBundle().Get("params")).find("relevance"), std::string::npos);
  m.relevance = LinearModel::Build(2, {{7, {{1, 0.25f}}}});
  m.params.relevance_gate = 0.1f;
  m.params.features.relevance = true;
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_NE(back->relevance, nullptr);
  EXPECT_FLOAT_EQ(back->relevance->Weight(7, 1), 0.25f);
  EXPECT_FLOAT_EQ(back->params.relevance_gate, 0.1f);
  EXPECT_TRUE(back->params.features.relevance);
  m.relevance = LinearModel::Build(3, {});
  EXPECT_FALSE(RoundTrip(m.ToBundle()).ok());
}

TEST(DocrelTest, PositionsAndPooling) {
  EXPECT_EQ(PositionBucket(0), 0);
  EXPECT_EQ(PositionBucket(1), 1);
  EXPECT_EQ(PositionBucket(2), 2);
  EXPECT_EQ(PositionBucket(4), 2);
  EXPECT_EQ(PositionBucket(5), 3);
  EXPECT_EQ(PositionBucket(9), 3);
  EXPECT_EQ(PositionBucket(10), 4);
  EXPECT_TRUE(PoolDocumentRelevance({}).empty());
  // A story whose lead holds an event and whose other sentences mostly do not.
  std::vector<DocumentRelevance> d = PoolDocumentRelevance({0.8f, 0.05f, 0.3f});
  ASSERT_EQ(d.size(), 3u);
  for (size_t i = 0; i < d.size(); ++i) {
    EXPECT_EQ(d[i].mean, 2) << i;  // mean 0.383
    EXPECT_EQ(d[i].lead, 4) << i;
    EXPECT_EQ(d[i].position, static_cast<int>(i));
    EXPECT_NEAR(d[i].mean_probability, 0.3833f, 1e-3);
  }
}

// The trigger's features hold the story's buckets only with the group on
// and a place set; each bucket goes alone and with the lemma and lexicon root.
TEST(DocrelTest, FeaturesOfATrigger) {
  AnalyzedDocument d = Suspended();
  Lexicon lexicon = TestLexicon();
  SentenceGraph g;
  g.Build(d, 0);
  FeatureGroups on;
  on.docrel = true;
  FeatureSet f(/*names=*/true);
  TriggerFeatures(g, 1, lexicon, on, nullptr, &f);
  EXPECT_FALSE(HasPrefix(f, "dr"));  // no place yet
  g.set_document_relevance({0, 3, 4, 0.05f});
  f.Clear();
  TriggerFeatures(g, 1, lexicon, on, nullptr, &f);
  for (const char* name : {"dr=0", "dr.lem=0=suspended", "dr.lex=0=18", "dl=3", "dl.lem=3=suspended", "dl.lex=3=18",
                           "dp=4", "dp.lem=4=suspended", "dp.lex=4=18"}) {
    EXPECT_TRUE(HasFeature(f, name)) << name;
  }
  EXPECT_FALSE(HasPrefix(f, "rv"));  // the sentence's own prior is the relevance group's
  FeatureSet noun(/*names=*/true);
  TriggerFeatures(g, 4, lexicon, on, nullptr, &noun);
  EXPECT_TRUE(HasFeature(noun, "dr.lex=0=none"));
  FeatureSet off(/*names=*/true);
  TriggerFeatures(g, 1, lexicon, FeatureGroups(), nullptr, &off);
  EXPECT_FALSE(HasPrefix(off, "dr"));
  g.Build(d, 0);
  EXPECT_EQ(g.document_relevance().mean, -1);  // each sentence starts with none
  EXPECT_EQ(FeatureGroups::Parse("docrel,relevance,wordnet")->ToString(), "wordnet,relevance,docrel");
  EXPECT_FALSE(FeatureGroups::Parse("docrel")->uses_wordnet());
}

TEST(DocrelTest, GroupAndDocumentGateInTheModelFile) {
  CoderModels m = TinyModels();
  EXPECT_EQ(std::string(*m.ToBundle().Get("params")).find("document_gate"), std::string::npos);
  m.relevance = LinearModel::Build(2, {{7, {{1, 0.25f}}}});
  m.params.document_gate = 0.2f;
  m.params.features.docrel = true;
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_FLOAT_EQ(back->params.document_gate, 0.2f);
  EXPECT_TRUE(back->params.features.docrel);
  EXPECT_FALSE(back->params.features.relevance);
}

}  // namespace
}  // namespace entente
