// learned_coder_test.cc — the learned coder's settings in its model file:
// the decoding settings chosen on dev and the optional feature groups
// survive a save and load; a model file written before they existed is
// written and decodes as it did (no new parameters, no new features); the
// wordnet group's classes and features.
#include "events/learned_coder.h"
#include "events/event_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "events/test_models.h"
#include "tag/lemmatizer.h"

namespace entente {
namespace {

using testing_support::RoundTrip;

// The tiny model set with one argument weight and a description, so a round
// trip has something to keep.
CoderModels TinyModels() {
  CoderModels m = testing_support::TinyModels();
  m.argument = LinearModel::Build(kNumRoles, {{42, {{1, 0.5f}}}});
  m.about = "test";
  return m;
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
  TriggerFeatures(g, 1, lexicon, none, nullptr, &plain);
  TriggerFeatures(g, 1, lexicon, both, nullptr, &grouped);
  EXPECT_FALSE(HasFeature(plain, "s.noun"));
  EXPECT_FALSE(HasFeature(plain, "subj"));
  EXPECT_FALSE(HasFeature(plain, "lem.subj"));
  EXPECT_TRUE(HasFeature(grouped, "s.noun"));
  EXPECT_TRUE(HasFeature(grouped, "lem.subj"));
  for (const std::string& n : plain.names()) {
    EXPECT_NE(std::find(grouped.names().begin(), grouped.names().end(), n), grouped.names().end()) << n;
  }
  FeatureSet pair(true), arg(true);
  PairFeatures(g, 1, 0, lexicon, none, nullptr, &pair);
  ArgumentFeatures(g, 1, "ACCUSE", 0, none, nullptr, &arg);
  EXPECT_FALSE(HasFeature(pair, "p.subj"));
  EXPECT_FALSE(HasFeature(arg, "a.subj"));
  pair.Clear();
  arg.Clear();
  PairFeatures(g, 1, 0, lexicon, both, nullptr, &pair);
  ArgumentFeatures(g, 1, "ACCUSE", 0, both, nullptr, &arg);
  EXPECT_TRUE(HasFeature(pair, "p.subj"));
  EXPECT_TRUE(HasFeature(arg, "a.subj"));
}

// Decoding with models that weigh nothing: every candidate word near a
// mention passes the trigger margin, every mention is a source.
LearnedCoder PermissiveCoder(bool one_per_deed, bool sources_in_sentence) {
  CoderModels m = TinyModels();
  m.params.trigger_margin = -1;
  m.params.argument_margin = -1;
  m.params.one_event_per_deed = one_per_deed;
  m.params.sources_in_sentence = sources_in_sentence;
  return LearnedCoder(std::move(m), CameoTable(), Lexicon());
}

TEST(LearnedCoderParamsTest, DeedRulesSurviveSaveAndLoad) {
  CoderModels m = TinyModels();
  m.params.one_event_per_deed = true;
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->params.one_event_per_deed);
  EXPECT_FALSE(back->params.sources_in_sentence);
  m.params.sources_in_sentence = true;
  back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->params.sources_in_sentence);
  EXPECT_FALSE(back->params.requested_acts);
  m.params.requested_acts = true;
  back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->params.requested_acts);
}

// "France condemned the lockdown": the verb and its object are one deed.
TEST(OneEventPerDeedTest, VerbAndItsObjectGiveOneEvent) {
  AnalyzedDocument d = FranceCondemned();
  PermissiveCoder(false, false).Run(&d);
  ASSERT_EQ(d.events.size(), 2u);
  PermissiveCoder(true, false).Run(&d);
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].sources.size(), 1u);
}

TEST(OneEventPerDeedTest, TheBetterScoredStays) {
  AnalyzedDocument d = FranceCondemned();
  SentenceGraph g;
  g.Build(d, 0);
  auto event = [](const char* type, const char* source) {
    Event e;
    e.plover = type;
    ActorMention m;
    m.code = source;
    e.sources.push_back(m);
    return e;
  };
  // The object (word 3) scores higher than its verb (word 1): it stays.
  std::vector<ScoredCandidate> v = {{event("ACCUSE", "FRA"), 1, 1.0f}, {event("PROTEST", "FRA"), 3, 2.0f}};
  KeepOneEventPerDeed(g, &v);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].trigger, 3u);
  // Unlinked words: the same type and actors are one deed, other actors are not.
  v = {{event("ACCUSE", "FRA"), 0, 1.0f}, {event("ACCUSE", "FRA"), 4, 3.0f}, {event("ACCUSE", "DEU"), 2, 0.5f}};
  KeepOneEventPerDeed(g, &v);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].trigger, 4u);
  EXPECT_EQ(v[1].trigger, 2u);
}

// Per-type margins: with models that weigh nothing every word scores 0 and
// the type model's choice is the first type (AGREE); only AGREE's own margin
// moves the decision, up or down.
TEST(TypeMarginsTest, OnlyTheChosenTypesMarginMovesTheDecision) {
  auto events = [](float trigger_margin, const char* margins) {
    CoderModels m = TinyModels();
    m.params.trigger_margin = trigger_margin;
    m.params.argument_margin = -1;
    m.params.type_margins = *ParseTypeMargins(margins);
    AnalyzedDocument d = FranceCondemned();
    LearnedCoder(std::move(m), CameoTable(), Lexicon()).Run(&d);
    return d.events.size();
  };
  EXPECT_EQ(events(-1, ""), 2u);
  EXPECT_EQ(events(-1, "AGREE:2"), 0u);      // -1 + 2 = 1: a score of 0 misses it
  EXPECT_EQ(events(-1, "AGREE:0.5"), 2u);    // -0.5
  EXPECT_EQ(events(-1, "ACCUSE:2,REJECT:9"), 2u);
  EXPECT_EQ(events(0.5f, ""), 0u);
  EXPECT_EQ(events(0.5f, "AGREE:-1"), 2u);   // a type may also be let in more easily
}

TEST(TypeMarginsTest, ParseAndWriteAndSurviveSaveAndLoad) {
  auto m = ParseTypeMargins(" MOBILIZE:4, RETREAT:-2.5 ,");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ((*m)[13], 4);
  EXPECT_EQ((*m)[6], -2.5);
  EXPECT_EQ(TypeMarginsToString(*m), "RETREAT:-2.5,MOBILIZE:4");
  EXPECT_FALSE(ParseTypeMargins("PARADE:4").has_value());
  EXPECT_FALSE(ParseTypeMargins("AGREE:four").has_value());
  EXPECT_FALSE(ParseTypeMargins("AGREE").has_value());
  EXPECT_FALSE(ParseTypeMargins("AGREE:").has_value());
  EXPECT_TRUE(ParseTypeMargins("").has_value());
  CoderModels models = TinyModels();
  models.params.type_margins = *m;
  auto back = RoundTrip(models.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->params.type_margins, *m);
  // A model without them writes its params as before and reads back none.
  ModelBundle plain = TinyModels().ToBundle();  // Get's view lives as long as the bundle
  auto params = plain.Get("params");
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(std::string(*params).find("type_margins"), std::string::npos);
  ModelBundle bad = TinyModels().ToBundle();
  bad.Put("params", "trigger_margin=-8\ntype_margins=AGREE:x\n");
  EXPECT_FALSE(RoundTrip(bad).ok());
}

// "France condemned the lockdown. It condemned the lockdown.": "It" refers
// to France in the sentence before; with sources_in_sentence it is no source.
TEST(SourcesInSentenceTest, PronounFromAnotherSentenceIsNoSource) {
  AnalyzedDocument d = FranceCondemned();
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    Token t = d.tokens[i];
    if (t.head >= 0) t.head += n;
    d.tokens.push_back(t);
  }
  d.tokens[n].text = d.tokens[n].lemma = "It";
  d.tokens[n].tag = "PRP";
  d.tokens[n].upos = "PRON";
  Sentence s;
  s.first_token = n;
  s.token_count = n;
  d.sentences.push_back(s);
  ActorMention it = d.actors[0];
  it.sentence = 1;
  it.begin = n;
  it.end = n + 1;
  it.text = "It";
  it.antecedent = 0;
  d.actors.push_back(it);
  auto sentences_coded = [&](bool rule) {
    PermissiveCoder(true, rule).Run(&d);
    std::vector<uint32_t> out;
    for (const Event& e : d.events) out.push_back(e.sentence);
    return out;
  };
  EXPECT_EQ(sentences_coded(false), (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(sentences_coded(true), (std::vector<uint32_t>{0}));
}

// `entente train --margin-beta`: F-beta is F1 at beta 1; below 1 a precise,
// less complete coder scores higher than a complete, imprecise one.
TEST(EventScoreTest, FBetaWeighsPrecisionBelowOne) {
  EXPECT_DOUBLE_EQ(EventScore::FBeta(30, 10, 20, 1.0), EventScore::F1(30, 10, 20));
  EXPECT_EQ(EventScore::FBeta(0, 5, 5, 0.5), 0.0);
  const double precise = EventScore::FBeta(40, 10, 60, 0.5), complete = EventScore::FBeta(80, 80, 20, 0.5);
  EXPECT_GT(precise, complete);
  EXPECT_LT(EventScore::FBeta(40, 10, 60, 2.0), EventScore::FBeta(80, 80, 20, 2.0));
}

std::shared_ptr<const WordClasses> LoadedClasses() {
  static std::shared_ptr<const WordClasses> classes = [] {
    auto loaded = WordClasses::Load(WordNetDir());
    return loaded.ok() ? std::shared_ptr<const WordClasses>(std::move(loaded).value()) : nullptr;
  }();
  return classes;
}

// WordNet's classes as wordnet-base gives them: a verb's lexicographer file,
// synset and hypernym chain; a noun's; nothing for an unknown word or a
// lemma WordNet only has in another part of speech.
TEST(WordClassesTest, ReadsLexfilesSynsetsAndHypernyms) {
  auto wc = LoadedClasses();
  ASSERT_NE(wc, nullptr) << "wordnet-base is a dependency (scripts/setup.sh)";
  const WordClasses::Classes* condemn = wc->Find("condemn", WordClasses::Pos::kVerb);
  ASSERT_NE(condemn, nullptr);
  EXPECT_EQ(WordClasses::LexfileName(condemn->lexfile[0]), "verb.communication");
  EXPECT_EQ(wc->SynsetName(condemn->synset), "condemn.v");
  EXPECT_EQ(wc->SynsetName(condemn->hypernyms[0]), "denounce.v");
  EXPECT_NE(condemn->hypernyms[1], WordClasses::kNone);
  const WordClasses::Classes* embargo = wc->Find("embargo", WordClasses::Pos::kNoun);
  ASSERT_NE(embargo, nullptr);
  EXPECT_EQ(WordClasses::LexfileName(embargo->lexfile[0]), "noun.communication");
  EXPECT_EQ(embargo->lexfile[1], 0xFF);  // one sense only
  EXPECT_EQ(wc->Find("zzqx", WordClasses::Pos::kNoun), nullptr);
  EXPECT_EQ(wc->Find("quickly", WordClasses::Pos::kVerb), nullptr);
  EXPECT_EQ(WordClasses::LexfileName(0xFF), "");
}

// The wordnet group names the trigger's classes, its object's class (alone,
// with the trigger's lemma and with its class), and nothing without the
// group or without the classes.
TEST(WordClassesTest, WordnetGroupFeaturesOfTriggerAndObject) {
  auto wc = LoadedClasses();
  ASSERT_NE(wc, nullptr);
  AnalyzedDocument d = FranceCondemned();
  d.tokens[3].text = d.tokens[3].lemma = "embargo";
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon;
  FeatureGroups none, wordnet, lexfiles_only;
  wordnet.wordnet = wordnet.wordnet_hypernyms = true;
  lexfiles_only.wordnet = true;
  FeatureSet plain(true), off(true), on(true), coarse(true);
  TriggerFeatures(g, 1, lexicon, none, wc.get(), &plain);
  TriggerFeatures(g, 1, lexicon, wordnet, nullptr, &off);
  TriggerFeatures(g, 1, lexicon, wordnet, wc.get(), &on);
  TriggerFeatures(g, 1, lexicon, lexfiles_only, wc.get(), &coarse);
  EXPECT_FALSE(HasFeature(plain, "wn."));
  EXPECT_FALSE(HasFeature(off, "wn."));
  EXPECT_TRUE(HasFeature(coarse, "wn.lex="));
  EXPECT_TRUE(HasFeature(coarse, "wn.lex.arg="));
  EXPECT_FALSE(HasFeature(coarse, "wn.syn"));
  EXPECT_FALSE(HasFeature(coarse, "wn.hyp"));
  EXPECT_FALSE(HasFeature(coarse, "wn.arg.hyp"));
  auto has = [&](const std::string& name) {
    return std::find(on.names().begin(), on.names().end(), name) != on.names().end();
  };
  EXPECT_TRUE(has("wn.lex=verb.communication"));
  EXPECT_TRUE(has("wn.syn=condemn.v"));
  EXPECT_TRUE(has("wn.hyp=denounce.v"));
  EXPECT_TRUE(HasFeature(on, "wn.arg.hyp=obj="));
  EXPECT_TRUE(has("wn.arg=obj=noun.communication"));
  EXPECT_TRUE(has("wn.lem.arg=condemn=obj=noun.communication"));
  EXPECT_TRUE(has("wn.lex.arg=verb.communication=obj=noun.communication"));
  EXPECT_FALSE(has("wn.none=VERB"));
  // The object as the candidate: its head is a communication verb.
  FeatureSet noun(true);
  TriggerFeatures(g, 3, lexicon, wordnet, wc.get(), &noun);
  EXPECT_NE(std::find(noun.names().begin(), noun.names().end(), "wn.head=obj=verb.communication"), noun.names().end());
}

// wordnet-args gives the source-pair and argument decisions the trigger's
// class with the mention's path; the wordnet group alone does not.
TEST(WordClassesTest, WordnetArgsGroupFeaturesOfPairAndArgument) {
  auto wc = LoadedClasses();
  ASSERT_NE(wc, nullptr);
  AnalyzedDocument d = FranceCondemned();
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon;
  FeatureGroups trigger_only, args;
  trigger_only.wordnet = true;
  args.wordnet_args = true;
  FeatureSet pair(true), arg(true), pair_off(true);
  PairFeatures(g, 1, 0, lexicon, trigger_only, wc.get(), &pair_off);
  PairFeatures(g, 1, 0, lexicon, args, wc.get(), &pair);
  ArgumentFeatures(g, 1, "ACCUSE", 0, args, wc.get(), &arg);
  EXPECT_FALSE(HasFeature(pair_off, "p.wn"));
  EXPECT_NE(std::find(pair.names().begin(), pair.names().end(), "p.wn.path=verb.communication=nsubj^"),
            pair.names().end());
  EXPECT_NE(std::find(arg.names().begin(), arg.names().end(), "a.wn.path=verb.communication=nsubj^"),
            arg.names().end());
}

// object-lexicon passes the lexicon's code of the trigger's object to the
// trigger (alone and with its lemma); nothing without the group, nothing for
// an object the lexicon does not know.
TEST(FeatureGroupsTest, ObjectLexiconNamesTheObjectsCode) {
  AnalyzedDocument d = FranceCondemned();
  d.tokens[3].text = d.tokens[3].lemma = "embargo";
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.AddFile("#format entente-lexicon 1\n163 embargo/n\n", "test.lex", nullptr).ok());
  FeatureGroups none, olex;
  olex.object_lexicon = true;
  FeatureSet off(true), on(true);
  TriggerFeatures(g, 1, lexicon, none, nullptr, &off);
  TriggerFeatures(g, 1, lexicon, olex, nullptr, &on);
  EXPECT_FALSE(HasFeature(off, "olex"));
  EXPECT_NE(std::find(on.names().begin(), on.names().end(), "olex=obj=head=16"), on.names().end());
  EXPECT_NE(std::find(on.names().begin(), on.names().end(), "lem.olex=condemn=obj=16"), on.names().end());
  d.tokens[3].lemma = "lockdown";
  g.Build(d, 0);
  FeatureSet unknown(true);
  TriggerFeatures(g, 1, lexicon, olex, nullptr, &unknown);
  EXPECT_FALSE(HasFeature(unknown, "olex"));
}

TEST(FeatureGroupsTest, WordnetGroupRoundTripsByName) {
  auto g = FeatureGroups::Parse("subject-kind,wordnet");
  ASSERT_TRUE(g.has_value());
  EXPECT_TRUE(g->wordnet);
  EXPECT_FALSE(g->sentence_nouns);
  EXPECT_EQ(g->ToString(), "subject-kind,wordnet");
  EXPECT_FALSE(FeatureGroups::Parse("wordnets").has_value());
  EXPECT_EQ(FeatureGroups::Parse("wordnet-args,wordnet")->ToString(), "wordnet,wordnet-args");
  EXPECT_TRUE(FeatureGroups::Parse("wordnet-args")->uses_wordnet());
  EXPECT_FALSE(FeatureGroups::Parse("subject-kind")->uses_wordnet());
  EXPECT_EQ(FeatureGroups::Parse("object-lexicon,wordnet")->ToString(), "wordnet,object-lexicon");
  EXPECT_FALSE(FeatureGroups::Parse("none")->any());
}

// The actor-sector group names each nearby mention's sector (or its kind
// when it has none) for the trigger and the source pair; nothing without it.
TEST(FeatureGroupsTest, ActorSectorNamesTheMentionsSectorOrKind) {
  AnalyzedDocument d = FranceCondemned();
  SentenceGraph g;
  g.Build(d, 0);
  Lexicon lexicon;
  FeatureGroups none, sector;
  sector.actor_sector = true;
  EXPECT_EQ(FeatureGroups::Parse("actor-sector,wordnet")->ToString(), "wordnet,actor-sector");
  FeatureSet off(true), on(true), pair(true);
  TriggerFeatures(g, 1, lexicon, none, nullptr, &off);
  TriggerFeatures(g, 1, lexicon, sector, nullptr, &on);
  PairFeatures(g, 1, 0, lexicon, sector, nullptr, &pair);
  EXPECT_FALSE(HasFeature(off, "actor.sector"));
  EXPECT_NE(std::find(on.names().begin(), on.names().end(), "lem.actor.sector=condemn=country"), on.names().end());
  EXPECT_NE(std::find(pair.names().begin(), pair.names().end(), "p.lem.sector=condemn=country"), pair.names().end());
  d.actors[0].sectors = {"BUS"};
  g.Build(d, 0);
  FeatureSet business(true);
  PairFeatures(g, 1, 0, lexicon, sector, nullptr, &business);
  EXPECT_NE(std::find(business.names().begin(), business.names().end(), "p.lem.sector=condemn=BUS"),
            business.names().end());
}

// Feature augmentation by domain: every feature gets a copy of the domain,
// with its own hash and name; the general copies stay as they were.
TEST(DomainAdaptationTest, CopiesEveryFeatureForTheDomain) {
  FeatureSet f(true);
  f.Add("lem", "call");
  f.Add("pos", "VERB");
  const std::vector<uint64_t> general = f.hashes();
  f.AddDomainCopies("wikinews");
  ASSERT_EQ(f.hashes().size(), 4u);
  EXPECT_EQ(f.hashes()[0], general[0]);
  EXPECT_EQ(f.hashes()[1], general[1]);
  EXPECT_EQ(f.names()[2], "wikinews:lem=call");
  EXPECT_EQ(f.names()[3], "wikinews:pos=VERB");
  std::vector<uint64_t> all = f.hashes();
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::unique(all.begin(), all.end()), all.end());  // four distinct features
  FeatureSet other;
  other.Add("lem", "call");
  other.AddDomainCopies("ngec");
  EXPECT_EQ(other.hashes()[0], general[0]);
  EXPECT_NE(other.hashes()[1], f.hashes()[2]);  // one domain's copy is not another's
  FeatureSet none;
  none.Add("lem", "call");
  none.AddDomainCopies("");
  EXPECT_EQ(none.hashes().size(), 1u);
}

// A record from a domain training saw is decoded in it; any other (an
// outlet the model never saw, no source at all) in the model's domain.
TEST(DomainAdaptationTest, DecodesAKnownRecordSourceInItsOwnDomain) {
  DomainAdaptation d;
  d.domain = "wikinews";
  d.trained = {"ngec", "wikinews"};
  EXPECT_EQ(d.For("ngec"), "ngec");
  EXPECT_EQ(d.For("wikinews"), "wikinews");
  EXPECT_EQ(d.For("reuters"), "wikinews");
  EXPECT_EQ(d.For(""), "wikinews");
}

TEST(DomainAdaptationTest, ParsesAndNamesTheModels) {
  EXPECT_FALSE(DomainAdaptation::ParseModels("none")->any());
  auto two = DomainAdaptation::ParseModels("pair,trigger");
  ASSERT_TRUE(two);
  EXPECT_EQ(two->ModelsString(), "trigger,pair");
  EXPECT_FALSE(DomainAdaptation::ParseModels("trigger,tea"));
}

TEST(DomainAdaptationTest, SurvivesSaveAndLoadAndOlderFilesHaveNone) {
  CoderModels m = TinyModels();
  m.params.domain_adaptation = *DomainAdaptation::ParseModels("trigger,argument");
  m.params.domain_adaptation.domain = "wikinews";
  m.params.domain_adaptation.trained = {"ngec", "wikinews"};
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->params.domain_adaptation.trained, m.params.domain_adaptation.trained);
  EXPECT_TRUE(back->params.domain_adaptation.trigger);
  EXPECT_FALSE(back->params.domain_adaptation.pair);
  EXPECT_TRUE(back->params.domain_adaptation.argument);
  EXPECT_EQ(back->params.domain_adaptation.domain, "wikinews");
  auto old = RoundTrip(TinyModels().ToBundle());
  ASSERT_TRUE(old.ok());
  EXPECT_FALSE(old->params.domain_adaptation.any());
  ModelBundle b = TinyModels().ToBundle();
  b.Put("params", "trigger_margin=-8\nargument_margin=0\ntarget_margin=-2\nkeep_sourceless=0\ndomain_adapt=tea\n");
  EXPECT_FALSE(RoundTrip(b).ok());
}

// Decoding reads the domain's copies: a weight on the real-news copy of the
// detector's bias moves the decision only for a model that says its trigger
// features were adapted.
TEST(DomainAdaptationTest, DecodingReadsTheDomainsCopies) {
  FeatureSet f;
  f.Add("bias");
  f.AddDomainCopies("wikinews");
  const uint64_t news_copy = f.hashes()[1];
  auto coder_with = [&](bool adapted) {
    CoderModels m = TinyModels();
    m.detect = LinearModel::Build(2, {{news_copy, {{0, 100.0f}}}});
    m.params.trigger_margin = -1;
    m.params.argument_margin = -1;
    m.params.domain_adaptation.trigger = adapted;
    m.params.domain_adaptation.domain = "wikinews";
    return LearnedCoder(std::move(m), CameoTable(), Lexicon());
  };
  AnalyzedDocument plain = FranceCondemned(), adapted = FranceCondemned();
  coder_with(false).Run(&plain);
  coder_with(true).Run(&adapted);
  EXPECT_FALSE(plain.events.empty());   // "condemned" is an event
  EXPECT_TRUE(adapted.events.empty());  // the news copy of "bias" says "no event"
}

}  // namespace
}  // namespace entente
