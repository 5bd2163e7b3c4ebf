// learned_coder_test.cc — the learned coder's settings in its model file:
// the decoding settings chosen on dev and the optional feature groups
// survive a save and load; a model file written before they existed is
// written and decodes as it did (no new parameters, no new features).
#include "events/learned_coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace entente {
namespace {

CoderModels TinyModels() {
  CoderModels m;
  m.detect = LinearModel::Build(2, {});
  m.pair = LinearModel::Build(2, {});
  m.trigger = LinearModel::Build(kNumTriggerClasses, {});
  m.cameo = LinearModel::Build(1, {});
  m.factuality = LinearModel::Build(kNumFactuality, {});
  m.argument = LinearModel::Build(kNumRoles, {{42, {{1, 0.5f}}}});
  m.cameo_codes = {"010"};
  m.about = "test";
  return m;
}

Result<CoderModels> RoundTrip(const ModelBundle& b) {
  auto parsed = ModelBundle::Parse(b.Serialize(), "test.bin");
  if (!parsed.ok()) return parsed.status();
  return CoderModels::FromBundle(*parsed);
}

TEST(LearnedCoderParamsTest, DecodingSettingsSurviveSaveAndLoad) {
  CoderModels m = TinyModels();
  m.params.trigger_margin = -5;
  m.params.pair_weight = 3;
  m.params.target_margin = -1;
  m.params.source_floor = -20;
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->params.trigger_margin, -5);
  EXPECT_EQ(back->params.pair_weight, 3);
  EXPECT_EQ(back->params.target_margin, -1);
  EXPECT_EQ(back->params.source_floor, -20);
  EXPECT_FALSE(back->params.keep_sourceless);
}

TEST(LearnedCoderParamsTest, OlderModelFileKeepsTheOldDecoding) {
  ModelBundle b = TinyModels().ToBundle();
  b.Put("params", "trigger_margin=-8\nargument_margin=0\ntarget_margin=-2\nkeep_sourceless=0\n");
  auto back = RoundTrip(b);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->params.trigger_margin, -8);
  EXPECT_EQ(back->params.target_margin, -2);
  EXPECT_EQ(back->params.pair_weight, 1);       // margins added as before
  EXPECT_GE(back->params.source_floor, 1e8f);  // no fallback source
  EXPECT_FALSE(back->params.features.any());   // none of the optional feature groups
}

// A model trained with the defaults is written as the first model files
// were: the shipped model's bytes reproduce from its data.
TEST(LearnedCoderParamsTest, DefaultSettingsAreWrittenAsBefore) {
  CoderModels m = TinyModels();
  m.params.trigger_margin = -5;
  m.params.target_margin = -1;
  ModelBundle b = m.ToBundle();
  auto params = b.Get("params");
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(std::string(*params), "trigger_margin=-5\nargument_margin=0\ntarget_margin=-1\nkeep_sourceless=0\n");
}

TEST(LearnedCoderParamsTest, FeatureGroupsSurviveSaveAndLoad) {
  CoderModels m = TinyModels();
  m.params.features.subject_kind = true;
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_FALSE(back->params.features.sentence_nouns);
  EXPECT_TRUE(back->params.features.subject_kind);
  m.params.features.sentence_nouns = true;
  back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->params.features.sentence_nouns);
  EXPECT_TRUE(back->params.features.subject_kind);
}

TEST(LearnedCoderParamsTest, UnknownFeatureGroupIsAnErrorNamingTheFile) {
  ModelBundle b = TinyModels().ToBundle();
  b.Put("params", "trigger_margin=-8\nargument_margin=0\ntarget_margin=-2\nkeep_sourceless=0\nfeatures=tea-leaves\n");
  auto back = RoundTrip(b);
  ASSERT_FALSE(back.ok());
  EXPECT_NE(back.status().ToString().find("test.bin"), std::string::npos) << back.status().ToString();
  EXPECT_NE(back.status().ToString().find("tea-leaves"), std::string::npos) << back.status().ToString();
}

TEST(FeatureGroupsTest, ParsesAndNamesTheGroups) {
  EXPECT_FALSE(FeatureGroups::Parse("")->any());
  auto both = FeatureGroups::Parse("subject-kind,sentence-nouns");
  ASSERT_TRUE(both);
  EXPECT_EQ(both->ToString(), "sentence-nouns,subject-kind");
  EXPECT_EQ(FeatureGroups::Parse("sentence-nouns")->ToString(), "sentence-nouns");
  EXPECT_FALSE(FeatureGroups::Parse("sentence-nouns,nouns"));
}

// "France condemned the lockdown ." with France an actor mention.
AnalyzedDocument FranceCondemned() {
  AnalyzedDocument d;
  auto tok = [&](const char* text, const char* tag, const char* upos, int32_t head, const char* rel) {
    Token t;
    t.text = text;
    t.lemma = text;
    t.tag = tag;
    t.upos = upos;
    t.head = head;
    t.deprel = rel;
    t.kind = std::string(tag) == "." ? TokenKind::kPunct : TokenKind::kWord;
    d.tokens.push_back(t);
  };
  tok("France", "NNP", "PROPN", 1, "nsubj");
  tok("condemn", "VBD", "VERB", -1, "root");
  tok("the", "DT", "DET", 3, "det");
  tok("lockdown", "NN", "NOUN", 1, "obj");
  tok(".", ".", "PUNCT", 1, "punct");
  Sentence s;
  s.token_count = 5;
  d.sentences.push_back(s);
  ActorMention m;
  m.begin = 0;
  m.end = 1;
  m.text = "France";
  m.code = "FRA";
  m.country = "FRA";
  d.actors.push_back(m);
  return d;
}

bool HasFeature(const FeatureSet& f, const std::string& prefix) {
  return std::any_of(f.names().begin(), f.names().end(),
                     [&](const std::string& n) { return n.rfind(prefix, 0) == 0; });
}

// What decoding computes follows the model's groups: none of the optional
// features for a model file without them.
TEST(FeatureGroupsTest, FeaturesFollowTheModelsGroups) {
  AnalyzedDocument d = FranceCondemned();
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon;
  FeatureGroups none, both;
  both.sentence_nouns = both.subject_kind = true;
  FeatureSet plain(true), grouped(true);
  TriggerFeatures(g, 1, lexicon, none, &plain);
  TriggerFeatures(g, 1, lexicon, both, &grouped);
  EXPECT_FALSE(HasFeature(plain, "s.noun"));
  EXPECT_FALSE(HasFeature(plain, "subj"));
  EXPECT_FALSE(HasFeature(plain, "lem.subj"));
  EXPECT_TRUE(HasFeature(grouped, "s.noun"));
  EXPECT_TRUE(HasFeature(grouped, "lem.subj"));
  for (const std::string& n : plain.names()) {
    EXPECT_NE(std::find(grouped.names().begin(), grouped.names().end(), n), grouped.names().end()) << n;
  }
  FeatureSet pair(true), arg(true);
  PairFeatures(g, 1, 0, lexicon, none, &pair);
  ArgumentFeatures(g, 1, "ACCUSE", 0, none, &arg);
  EXPECT_FALSE(HasFeature(pair, "p.subj"));
  EXPECT_FALSE(HasFeature(arg, "a.subj"));
  pair.Clear();
  arg.Clear();
  PairFeatures(g, 1, 0, lexicon, both, &pair);
  ArgumentFeatures(g, 1, "ACCUSE", 0, both, &arg);
  EXPECT_TRUE(HasFeature(pair, "p.subj"));
  EXPECT_TRUE(HasFeature(arg, "a.subj"));
}

}  // namespace
}  // namespace entente
