// attribution_test.cc — the country attribution of bare role nouns
// (attribution.h): candidates and features on a hand-made tree, decisions
// with hand-set weights, the model file format.
#include "actors/attribution.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace entente::actors {
namespace {

struct Word {
  const char* text;
  const char* upos;
  int32_t head;
  const char* deprel;
};

std::vector<Token> Tree(std::initializer_list<Word> words) {
  std::vector<Token> toks;
  for (const Word& w : words) {
    Token t;
    t.text = w.text;
    t.lemma = w.text;
    std::transform(t.lemma.begin(), t.lemma.end(), t.lemma.begin(), [](unsigned char c) { return std::tolower(c); });
    t.upos = w.upos;
    t.head = w.head;
    t.deprel = w.deprel;
    toks.push_back(std::move(t));
  }
  return toks;
}

ActorMention Mention(uint32_t begin, uint32_t end, const std::string& text, const std::string& code, ActorKind kind,
                     bool location = false) {
  ActorMention m;
  m.begin = begin;
  m.end = end;
  m.text = text;
  m.code = code;
  m.kind = kind;
  m.location = location;
  if (code.compare(0, 3, "---") != 0) m.country = code.substr(0, 3);
  if (code.size() >= 6) m.sectors.push_back(code.substr(3, 3));
  return m;
}

// "Police fired on protesters in Nairobi ."
std::vector<Token> PoliceTree() {
  return Tree({{"Police", "NOUN", 1, "nsubj"},
               {"fired", "VERB", -1, "root"},
               {"on", "ADP", 3, "case"},
               {"protesters", "NOUN", 1, "obl"},
               {"in", "ADP", 5, "case"},
               {"Nairobi", "PROPN", 1, "obl"},
               {".", "PUNCT", 1, "punct"}});
}

std::vector<ActorMention> PoliceMentions() {
  return {Mention(0, 1, "Police", "---COP", ActorKind::kAgent),
          Mention(5, 6, "Nairobi", "KEN", ActorKind::kPlace, /*location=*/true)};
}

bool Has(const AttributionCandidate& c, const std::string& f) {
  return std::find(c.features.begin(), c.features.end(), f) != c.features.end();
}

TEST(Attribution, TargetsAreRolesWithNoCountry) {
  EXPECT_TRUE(IsAttributionTarget(Mention(0, 1, "police", "---COP", ActorKind::kAgent)));
  EXPECT_FALSE(IsAttributionTarget(Mention(0, 1, "Kenyan police", "KENCOP", ActorKind::kCountry)));
  EXPECT_FALSE(IsAttributionTarget(Mention(0, 1, "Kurds", "---", ActorKind::kAgent)));
  EXPECT_FALSE(IsAttributionTarget(Mention(0, 1, "Nairobi", "KEN", ActorKind::kPlace, true)));
}

TEST(Attribution, CandidatesAndFeaturesFromTheTree) {
  auto toks = PoliceTree();
  auto mentions = PoliceMentions();
  std::vector<AttributionCandidate> c;
  AttributionCandidates(toks, 0, 7, mentions, 0, &c);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].country, "KEN");
  EXPECT_EQ(c[0].mention, 1u);
  EXPECT_TRUE(Has(c[0], "prep=in"));
  EXPECT_TRUE(Has(c[0], "kind=place:loc"));
  EXPECT_TRUE(Has(c[0], "rel=sib:nsubj>obl"));
  EXPECT_TRUE(Has(c[0], "onlyloc|n1"));
  EXPECT_TRUE(Has(c[0], "lemma=police"));
  EXPECT_TRUE(Has(c[0], "sameclause=1|n1"));
  // The location is not a target and has no candidates of its own to take.
  AttributionCandidates(toks, 0, 7, mentions, 1, &c);
  EXPECT_TRUE(c.empty());
}

TEST(Attribution, PossessorAndOneCandidatePerCountry) {
  // "Officials said Chad 's army entered Chad ." — two mentions of one country.
  auto toks = Tree({{"Officials", "NOUN", 1, "nsubj"},
                    {"said", "VERB", -1, "root"},
                    {"Chad", "PROPN", 4, "nmod:poss"},
                    {"'s", "PART", 2, "case"},
                    {"army", "NOUN", 5, "nsubj"},
                    {"entered", "VERB", 1, "ccomp"},
                    {"Chad", "PROPN", 5, "obj"},
                    {".", "PUNCT", 1, "punct"}});
  std::vector<ActorMention> mentions = {Mention(0, 1, "Officials", "---GOV", ActorKind::kAgent),
                                        Mention(2, 3, "Chad", "TCD", ActorKind::kCountry),
                                        Mention(4, 5, "army", "---MIL", ActorKind::kAgent),
                                        Mention(6, 7, "Chad", "TCD", ActorKind::kCountry)};
  std::vector<AttributionCandidate> c;
  AttributionCandidates(toks, 0, 8, mentions, 2, &c);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].mention, 1u);  // the nearer of the two
  EXPECT_TRUE(Has(c[0], "rel=dep:nmod:poss"));
  EXPECT_TRUE(Has(c[0], "repeat=2"));
  EXPECT_FALSE(Has(c[0], "onlyloc|n1"));
}

TEST(Attribution, TooManyCountriesGiveNoCandidates) {
  std::vector<Token> toks;
  std::vector<ActorMention> mentions = {Mention(0, 1, "ministers", "---GOV", ActorKind::kAgent)};
  const char* codes[] = {"FRA", "DEU", "ITA", "ESP", "PRT", "BEL", "NLD", "LUX", "AUT"};
  toks.push_back(Tree({{"ministers", "NOUN", -1, "root"}})[0]);
  for (uint32_t i = 0; i < 9; ++i) {
    toks.push_back(Tree({{"X", "PROPN", 0, "nmod"}})[0]);
    mentions.push_back(Mention(i + 1, i + 2, "X", codes[i], ActorKind::kCountry));
  }
  std::vector<AttributionCandidate> c;
  AttributionCandidates(toks, 0, 10, mentions, 0, &c);
  EXPECT_TRUE(c.empty());
}

AttributionModel Model(const std::string& weights, double threshold) {
  char head[64];
  std::snprintf(head, sizeof head, "entente-attribution 1\nthreshold %.3f\n", threshold);
  auto m = AttributionModel::Parse("m", head + weights, nullptr);
  EXPECT_TRUE(m.ok());
  return m.ok() ? std::move(m).value() : AttributionModel();
}

TEST(Attribution, SureEnoughTakesTheCountryElseStaysUnknown) {
  auto toks = PoliceTree();
  auto mentions = PoliceMentions();
  // sigmoid(3) = 0.953
  AttributeCountries(Model("onlyloc|n1\t3\n", 0.9), toks, 0, 7, &mentions);
  EXPECT_EQ(mentions[0].code, "KENCOP");
  EXPECT_EQ(mentions[0].country, "KEN");
  EXPECT_EQ(mentions[0].sectors, std::vector<std::string>{"COP"});
  EXPECT_NE(mentions[0].why.find("+country of 'Nairobi' (attribution p=0.95)"), std::string::npos);
  mentions = PoliceMentions();
  AttributeCountries(Model("onlyloc|n1\t3\n", 0.97), toks, 0, 7, &mentions);
  EXPECT_EQ(mentions[0].code, "---COP");
  EXPECT_TRUE(mentions[0].country.empty());
  mentions = PoliceMentions();
  AttributeCountries(Model("onlyloc|n1\t-3\n", 0.5), toks, 0, 7, &mentions);
  EXPECT_EQ(mentions[0].code, "---COP");
}

TEST(Attribution, AHeldMentionStaysUnknown) {
  // The resolver holds back "foreign police": the same model that codes the
  // police KENCOP leaves them ---COP.
  auto toks = PoliceTree();
  auto mentions = PoliceMentions();
  std::vector<bool> held(mentions.size(), false);
  held[0] = true;
  AttributeCountries(Model("onlyloc|n1\t3\n", 0.9), toks, 0, 7, &mentions, &held);
  EXPECT_EQ(mentions[0].code, "---COP");
  EXPECT_TRUE(mentions[0].country.empty());
}

TEST(Attribution, ACoordinatedListOfCountriesIsNoAttribution) {
  // "Police fired in Nairobi and Kampala ." — Kampala scores low, Nairobi high.
  auto toks = Tree({{"Police", "NOUN", 1, "nsubj"},
                    {"fired", "VERB", -1, "root"},
                    {"in", "ADP", 3, "case"},
                    {"Nairobi", "PROPN", 1, "obl"},
                    {"and", "CCONJ", 5, "cc"},
                    {"Kampala", "PROPN", 3, "conj"},
                    {".", "PUNCT", 1, "punct"}});
  auto list = [] {
    return std::vector<ActorMention>{Mention(0, 1, "Police", "---COP", ActorKind::kAgent),
                                     Mention(3, 4, "Nairobi", "KEN", ActorKind::kPlace, true),
                                     Mention(5, 6, "Kampala", "UGA", ActorKind::kPlace, true)};
  };
  auto mentions = list();
  AttributeCountries(Model("cdep=obl\t4\ncdep=conj\t-4\n", 0.9), toks, 0, 7, &mentions);
  EXPECT_EQ(mentions[0].code, "---COP");
  // Without the rule the product 0.98 × (1 − 0.02) would take Nairobi; with
  // the second place a modifier, not a conjunct, it is taken.
  toks[5].deprel = "nmod";
  mentions = list();
  AttributeCountries(Model("cdep=obl\t4\ncdep=nmod\t-4\n", 0.9), toks, 0, 7, &mentions);
  EXPECT_EQ(mentions[0].code, "KENCOP");
}

TEST(Attribution, ChoosesTheMostProbableCandidate) {
  AttributionModel m = Model("a\t1\nb\t2\n", 0.8);
  std::vector<AttributionCandidate> c = {{"FRA", 0, {"a"}}, {"DEU", 1, {"b"}}};
  double p = 0;
  EXPECT_EQ(m.Choose(c, &p), -1);  // 0.88 × (1 − 0.73) = 0.24: ambiguous
  EXPECT_NEAR(p, 0.8808 * (1 - 0.7311), 1e-3);
  c.erase(c.begin());
  EXPECT_EQ(m.Choose(c, &p), 0);  // "b" alone: 0.88
  EXPECT_NEAR(p, 0.8808, 1e-3);
  c = {{"FRA", 0, {"a"}}};
  EXPECT_EQ(m.Choose(c, &p), -1);  // 0.73 < 0.8
  EXPECT_EQ(m.Best(c, &p), 0);
}

TEST(AttributionModel, FileFormat) {
  CollectingSink sink;
  auto m = AttributionModel::Parse("m", "# about\nentente-attribution 1\nthreshold 0.75\nrel=poss\t1.5\nbad line\nk=v\t-2\n",
                                   &sink);
  ASSERT_TRUE(m.ok());
  EXPECT_DOUBLE_EQ(m->threshold(), 0.75);
  EXPECT_EQ(m->size(), 2u);
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].line, 5u);
  auto again = AttributionModel::Parse("w", m->Write("trained here"), nullptr);
  ASSERT_TRUE(again.ok());
  EXPECT_DOUBLE_EQ(again->threshold(), 0.75);
  EXPECT_DOUBLE_EQ(again->Probability({"rel=poss", "k=v"}), m->Probability({"rel=poss", "k=v"}));
  EXPECT_FALSE(AttributionModel::Parse("m", "threshold 0.5\n", nullptr).ok());
  auto newer = AttributionModel::Parse("m", "entente-attribution 2\n", nullptr);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().ToString().find("newer"), std::string::npos);
  EXPECT_FALSE(AttributionModel::Load("/nonexistent/attribution.model", nullptr).ok());
}

TEST(AttributionTrain, LearnsASeparableRuleAndStaysConservative) {
  // Candidates marked "good" are the answer; "bad" never are.
  std::vector<AttributionExample> train, held;
  for (int i = 0; i < 60; ++i) {
    AttributionExample e;
    e.candidates = {{"AAA", 0, {"bias", "good"}}, {"BBB", 1, {"bias", "bad"}}};
    e.gold = 0;
    (i % 4 ? train : held).push_back(e);
    AttributionExample n;
    n.candidates = {{"CCC", 0, {"bias", "bad"}}};
    (i % 4 ? train : held).push_back(n);
  }
  AttributionTrainOptions o;
  AttributionTrainStats s;
  AttributionModel m = TrainAttribution(train, held, o, &s);
  EXPECT_EQ(s.examples, train.size());
  EXPECT_LT(m.threshold(), 1.0);
  EXPECT_EQ(s.held_out_right, s.held_out_made);
  EXPECT_EQ(s.held_out_made, 15u);
  double p = 0;
  EXPECT_EQ(m.Choose(train[0].candidates, &p), 0);
  EXPECT_EQ(m.Choose(train[1].candidates, &p), -1);
}

}  // namespace
}  // namespace entente::actors
