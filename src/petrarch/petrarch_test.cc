// petrarch_test.cc — the PETRARCH dictionary readers on small snippets
// written for these tests (invented words, PETRARCH syntax), and the records
// scanner. Nothing here is taken from PETRARCH's files.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "actors/actor_stage.h"
#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "actors/resolver.h"
#include "actors/test_tokens.h"
#include "petrarch/convert.h"
#include "petrarch/loader.h"
#include "petrarch/records.h"
#include "util/data_dir.h"

namespace entente::petrarch {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The converted text reads into an actor dictionary (as an overlay) without errors.
void ExpectLoads(const std::string& converted, actors::Dictionary* into = nullptr) {
  actors::Dictionary local;
  actors::Dictionary* d = into ? into : &local;
  CollectingSink sink;
  d->SetOverlay(true);
  EXPECT_TRUE(d->LoadText("t", converted, &sink).ok());
  EXPECT_EQ(sink.error_count(), 0u);
}

TEST(PetrarchActors, SynonymsDatesAndDefaults) {
  const std::string actors =
      "FROBNIA [FRB]\n+FROBNIAN\n"
      "QUUX_KINGDOM_\n\t[QUXGOV >950601]\n\t[QUX]\n"
      "GRIMBLE_TOOK  [GRMCIV <20080120] # comment\n"
      "ZEDLAND\n\t[ZEDGOV 900101-19990815]\n\t[ZZ1 99]\n"
      "+ORPHAN\n";
  CollectingSink sink;
  ConvertStats st;
  std::string out = ConvertActors(actors, "t.actors", &sink, &st);
  // No trailing `_`: the last word is a stem ("frobnia*"); QUUX_KINGDOM_ is exact.
  EXPECT_TRUE(Has(out, "country FRB frobnia*; frobnian*\n")) << out;
  EXPECT_TRUE(Has(out, "group - quux kingdom\n  QUXGOV 1995-06-01..\n  QUX *\n")) << out;
  EXPECT_TRUE(Has(out, "group - grimble took*\n  GRMCIV ..2008-01-20\n")) << out;
  // A range includes its end day: TO (exclusive in entente) is the day after.
  EXPECT_TRUE(Has(out, "ZEDGOV 1990-01-01..1999-08-16")) << out;
  EXPECT_EQ(st.actors, 4u);
  EXPECT_GE(sink.diagnostics().size(), 1u);  // the bad date on line 9
  EXPECT_EQ(sink.diagnostics()[0].line, 9u);
  ExpectLoads(out);
}

TEST(PetrarchAgents, SubstitutionSetsAndPlurals) {
  const std::string agents =
      "!FOLK! = MAN, MEN, WOMAN\n"
      "GLEEP!FOLK! [~AGR]\n"
      "!FOLK!_OF_ZIM [~GOV]\n"
      "BLORP_WARDEN {BLORP_WARDENS} [~COP]\n"
      "SNORKEL_GUILD [  ZZG~] # before the actor's code\n"
      "QUIBBLERY {} [~MED]\n"
      "WOBBLY [~LAB]\n"
      "FIZZ [ ~ENV]\n";
  CollectingSink sink;
  ConvertStats st;
  std::string out = ConvertAgents(agents, "t.agents", &sink, &st);
  // A substitution member joins the word it is written against (GLEEP!FOLK! → GLEEPMAN).
  EXPECT_TRUE(Has(out, "agent AGR gleepman; gleepmen; gleepwoman\n")) << out;
  EXPECT_TRUE(Has(out, "agent GOV man of zim; men of zim; woman of zim\n")) << out;
  EXPECT_TRUE(Has(out, "agent COP blorp warden; blorp wardens\n")) << out;
  // [CODE~]: the code goes before the actor's.
  EXPECT_TRUE(Has(out, "agent-prefix ZZG snorkel guild*; snorkel guilds\n")) << out;
  // {} = no plural, and a whole word; otherwise a stem (4+ letters) with
  // PETRARCH's own plural: Y → IES, S → ES, + S.
  EXPECT_TRUE(Has(out, "agent MED quibblery\n")) << out;
  EXPECT_TRUE(Has(out, "agent LAB wobbly*; wobblies\n")) << out;
  EXPECT_TRUE(Has(out, "agent ENV fizz*; fizzs\n")) << out;
  EXPECT_EQ(sink.diagnostics().size(), 0u);
  ExpectLoads(out);
}

TEST(PetrarchActors, SeveralCodesAndStems) {
  const std::string actors =
      "THE_TRIAD_ [TRA/TRB/TRC]\n"
      "ZAN [ZAN]\n"                  // too short to be a stem
      "GLOMBARD  [GLM]\n"
      "MOOT_HALL_ [GLMGOV]\n"
      "GRUB HOLE [GRB]\n"
      "BOGUS [TRA/TRB 950101-960101]\n"  // several codes cannot carry dates
      "QUUXVISION_ [QXTV]\n";             // not 3-letter blocks: kept, with a warning
  CollectingSink sink;
  ConvertStats st;
  std::string out = ConvertActors(actors, "t.actors", &sink, &st);
  EXPECT_TRUE(Has(out, "org TRA/TRB/TRC the triad\n")) << out;
  EXPECT_TRUE(Has(out, "country ZAN zan\n")) << out;
  EXPECT_TRUE(Has(out, "country GLM glombard*\n")) << out;
  EXPECT_TRUE(Has(out, "org GLMGOV moot hall\n")) << out;
  EXPECT_TRUE(Has(out, "country GRB grub .. hole*\n")) << out;  // a blank connector: a gap
  EXPECT_TRUE(Has(out, "org QXTV quuxvision\n")) << out;
  ASSERT_GE(sink.diagnostics().size(), 2u);
  EXPECT_EQ(sink.diagnostics()[0].line, 6u);
  EXPECT_EQ(sink.diagnostics().back().line, 7u);
  EXPECT_TRUE(Has(sink.diagnostics().back().reason, "kept as written"));
  actors::Dictionary d;
  ExpectLoads(out, &d);  // in an overlay: opaque codes are read only there
  ASSERT_FALSE(d.entries().empty());
  EXPECT_EQ(d.entries()[0].also, (std::vector<std::string>{"TRB", "TRC"}));
  EXPECT_TRUE(d.has_stems());
}

TEST(PetrarchDates, SixAndEightDigits) {
  std::string d;
  ASSERT_TRUE(PetrarchDate("950601", &d));
  EXPECT_EQ(d, "1995-06-01");
  ASSERT_TRUE(PetrarchDate("250102", &d));
  EXPECT_EQ(d, "2025-01-02");
  ASSERT_TRUE(PetrarchDate("20080120", &d));
  EXPECT_EQ(d, "2008-01-20");
  EXPECT_FALSE(PetrarchDate("2004017", &d));
  EXPECT_FALSE(PetrarchDate("951301", &d));
}

TEST(PetrarchRecords, ScansSentencesAndTrees) {
  const std::string xml =
      "<Sentences>\n<Sentence date = \"19950101\" id =\"X-1\" category=\"DEMO\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"FRB\" targetcode='\"\"' eventcode=\"042\"></EventCoding>\n"
      "<Text>\nFrobnia quibbled\n with Zedland.\n</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Frobnia)) (VP (VBD quibbled) (PP (IN with) (NP (NNP Zedland)))) (. .)))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"X-2\" category=\"DEMO\">\n<EventCoding noevents = \"True\"></EventCoding>\n"
      "<Text>Nothing.</Text></Sentence>\n"
      "<Sentence id=\"X-3\"><Text>No date.</Text></Sentence>\n";
  CollectingSink sink;
  auto recs = ParseRecords(xml, "t.xml", &sink);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].text, "Frobnia quibbled with Zedland.");
  EXPECT_EQ(recs[0].date, "1995-01-01");
  ASSERT_EQ(recs[0].expected.size(), 1u);
  EXPECT_EQ(recs[0].expected[0].target, "");
  EXPECT_TRUE(recs[1].noevents);
  EXPECT_EQ(sink.diagnostics().size(), 1u);
  auto tags = TreeTags(recs[0].parse);
  ASSERT_EQ(tags.size(), 5u);
  EXPECT_EQ(tags[1].first, "quibbled");
  EXPECT_EQ(tags[1].second, "VBD");
}

TEST(PetrarchRecords, ConfigOptionsApplyToTheRecordsAfterThem) {
  const std::string xml =
      "<Sentence date=\"19950101\" id=\"A\"><Text>One.</Text></Sentence>\n"
      "<Config option=\"require_dyad\" value=\"False\"></Config>\n"
      "<!-- <Config option=\"require_dyad\" value=\"true\"></Config> commented out -->\n"
      "<Sentence date=\"19950101\" id=\"B\"><Text>Two.</Text>\n"
      "<!-- <EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"010\"></EventCoding> -->\n"
      "</Sentence>\n"
      "<Config option = \"require_dyad\" value = \"TRUE\"></Config>\n"
      "<Sentence date=\"19950101\" id=\"C\"><Text>Three.</Text></Sentence>\n";
  auto recs = ParseRecords(xml, "t.xml", nullptr);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].config.count("require_dyad"), 0u);
  EXPECT_EQ(recs[1].config.at("require_dyad"), "false");
  EXPECT_TRUE(recs[1].expected.empty());  // a commented-out coding is not expected
  EXPECT_EQ(recs[2].config.at("require_dyad"), "true");
  EXPECT_EQ(recs[1].line, 4u);
  EXPECT_EQ(recs[2].line, 8u);
}

TEST(PetrarchDiscards, WholeWords) {
  PetrarchDicts d;
  ConvertStats st;
  ReadDiscards("+GLORP CUP # sport\nBLAH\n", "t", nullptr, &st, &d.discards);
  DiscardIndex index(d.discards);
  EXPECT_TRUE(index.Matches("The Glorp  Cup final."));
  EXPECT_FALSE(index.Matches("The Glorpish cupboard."));
  EXPECT_TRUE(index.Matches("Blah."));
}

// ---- Actors under petrarch: the composition rules on invented dictionaries.

const char kTestActors[] =
    "ZORBIA [ZRB]\n"
    "QUELP [QLP]\n"
    "VARNHOLT_ [VRN]\n"
    "GLOMBARD [GLM]\n"
    "MOOT_HALL_ [ZRBGOV]\n"
    "THE_TRIAD_ [TRA/TRB/TRC]\n"
    "QUELM HOLD_ [QHD]\n"
    "OLD_KESH_\n\t[KSH <19990101]\n\t[KSHGOV 19990101-20000101]\n\t[KSHREB]\n";
const char kTestAgents[] =
    "DELEGATE [~GOV]\n"
    "ENVOY [~GOV]\n"
    "LAWMAKER [~LEG]\n"
    "BORDER_WARDEN [~COP]\n"
    "SCHOLAR [~EDU]\n"
    "FIZZIST [~REL]\n"
    "PRESS {} [~MED]\n"
    "GOVERNMENT [~GOV]\n"
    "SNORKEL_GUILD [ZZG~]\n";

// Codes of the mentions found in `text` (one sentence) with the test
// dictionaries as an overlay over `builtin` (entente-actors text).
struct ActorRun {
  actors::Dictionary dict;
  std::unique_ptr<actors::Matcher> matcher;
  std::unique_ptr<actors::Resolver> resolver;
  explicit ActorRun(const std::string& builtin = "") {
    CollectingSink sink;
    dict.SetOverlay(true);
    EXPECT_TRUE(dict.LoadText("a", ConvertActors(kTestActors, "a", &sink, nullptr), &sink).ok());
    EXPECT_TRUE(dict.LoadText("g", ConvertAgents(kTestAgents, "g", &sink, nullptr), &sink).ok());
    dict.SetOverlay(false);
    // The resolver's English word classes ("former", fillers) are engine
    // data that every run loads with the built-in dictionaries.
    std::string words;
    EXPECT_TRUE(ReadFile(std::string(ENTENTE_SOURCE_DIR) + "/data/actors/resolver_words.txt", &words));
    EXPECT_TRUE(dict.LoadText("resolver_words.txt", words, &sink).ok());
    if (!builtin.empty()) {
      EXPECT_TRUE(dict.LoadText("b", builtin, &sink).ok());
    }
    EXPECT_EQ(sink.diagnostics().size(), 0u);
    matcher = std::make_unique<actors::Matcher>(dict);
    resolver = std::make_unique<actors::Resolver>(dict, *matcher);
  }
  // `tags`: one per token when given; `adjust` edits the document first.
  std::vector<std::string> Codes(const std::string& text, const std::vector<std::string>& tags = {},
                                 const std::string& date = "",
                                 const std::function<void(AnalyzedDocument*)>& adjust = {}) const {
    AnalyzedDocument doc;
    doc.doc.text = text;
    doc.doc.date = date;
    actors::SimpleTokenize(&doc);
    for (size_t i = 0; i < tags.size() && i < doc.tokens.size(); ++i) doc.tokens[i].tag = tags[i];
    if (adjust) adjust(&doc);
    resolver->Run(&doc);
    std::vector<std::string> out;
    for (const ActorMention& m : doc.actors) out.push_back(m.code);
    return out;
  }
  // "CODE@begin-end" per mention (tokens).
  std::vector<std::string> Spans(const std::string& text) const {
    AnalyzedDocument doc;
    doc.doc.text = text;
    actors::SimpleTokenize(&doc);
    resolver->Run(&doc);
    std::vector<std::string> out;
    for (const ActorMention& m : doc.actors) {
      out.push_back(m.code + "@" + std::to_string(m.begin) + "-" + std::to_string(m.end));
    }
    return out;
  }
};

using Codes = std::vector<std::string>;

TEST(PetrarchActorRules, PrefixAgentsGoBeforeTheActor) {
  ActorRun r;
  EXPECT_EQ(r.Codes("Snorkel Guild Zorbia protested."), (Codes{"ZZGZRB"}));
  EXPECT_EQ(r.Codes("A Snorkel Guild Zorbia delegate protested."), (Codes{"ZZGZRBGOV"}));
  EXPECT_EQ(r.Codes("The Snorkel Guild protested."), (Codes{"ZZG"}));
}

TEST(PetrarchActorRules, OverlayEntriesWinAndReplaceBuiltInRoleNouns) {
  // A built-in file naming the same words, capitalised (a stricter case
  // rule, which would otherwise be tried first): the overlay entry wins.
  ActorRun r("@format entente-actors 1\ncountry XZR Zorbia\norg IGOQLP Quelp\ncountry XGL Glombardia\n");
  EXPECT_EQ(r.Codes("Zorbia and Quelp protested."), (Codes{"ZRB", "QLP"}));
  // Also an overlay stem over a built-in whole word.
  EXPECT_EQ(r.Codes("Glombardia protested."), (Codes{"GLM"}));
  // With tags, a stem matches only a noun or an adjective.
  EXPECT_EQ(r.Codes("Glombarding delegates protested .", {"VBG", "NNS", "VBD", "."}), (Codes{"---GOV"}));
}

// The stage as `petrarch:` builds it, over the built-in data: with a
// PETRARCH agents file the built-in role nouns are left out, without one
// they stay; built-in countries fill the gaps either way.
std::vector<std::string> StageCodes(bool with_agents, const std::string& text) {
  std::vector<std::pair<std::string, std::string>> extra = {{"a", ConvertActors(kTestActors, "a", nullptr, nullptr)}};
  if (with_agents) extra.emplace_back("g", ConvertAgents(kTestAgents, "g", nullptr, nullptr));
  CollectingSink sink;
  auto stage = ActorStage::Create(std::string(ENTENTE_SOURCE_DIR) + "/data", extra, &sink);
  EXPECT_TRUE(stage.ok());
  if (!stage.ok()) return {};
  AnalyzedDocument doc;
  doc.doc.text = text;
  actors::SimpleTokenize(&doc);
  (*stage)->Run(&doc);
  std::vector<std::string> out;
  for (const ActorMention& m : doc.actors) out.push_back(m.code);
  return out;
}

TEST(PetrarchActorRules, PetrarchAgentsReplaceBuiltInRoleNouns) {
  EXPECT_EQ(StageCodes(true, "Zorbia leaders met French delegates."), (Codes{"ZRB", "FRAGOV"}));
  EXPECT_EQ(StageCodes(false, "Zorbia leaders met French delegates."), (Codes{"ZRBGOV", "FRAGOV"}));
}

TEST(PetrarchActorRules, StemsSeveralCodesAndDates) {
  ActorRun r;
  EXPECT_EQ(r.Codes("Glombardian delegates protested."), (Codes{"GLMGOV"}));
  EXPECT_EQ(r.Codes("Varnholtian delegates protested."), (Codes{"---GOV"}));  // VARNHOLT_ is exact
  EXPECT_EQ(r.Codes("The Triad protested."), (Codes{"TRA", "TRB", "TRC"}));
  // '_' joins words in PETRARCH text; the text stage makes it a token of its own.
  EXPECT_EQ(r.Codes("Moot _ Hall protested."), (Codes{"ZRBGOV"}));
  // A blank connector lets up to 3 other words stand between, not a comma or "and".
  EXPECT_EQ(r.Codes("Quelm Hold protested."), (Codes{"QHD"}));
  EXPECT_EQ(r.Codes("Quelm old stone Hold protested."), (Codes{"QHD"}));
  EXPECT_EQ(r.Codes("Quelm and Hold protested."), (Codes{}));
  EXPECT_EQ(r.Codes("Quelm one two three four Hold protested."), (Codes{}));
  EXPECT_EQ(r.Codes("Old Kesh protested.", {}, "1998-12-31"), (Codes{"KSH"}));
  EXPECT_EQ(r.Codes("Old Kesh protested.", {}, "2000-01-01"), (Codes{"KSHGOV"}));  // end day included
  EXPECT_EQ(r.Codes("Old Kesh protested.", {}, "2000-01-02"), (Codes{"KSHREB"}));
  EXPECT_EQ(r.Codes("Old Kesh delegates protested.", {}, "1999-06-01"), (Codes{"KSHGOV"}));
}

TEST(PetrarchActorRules, DistributionOverCoordinatedActorsAndRoleNouns) {
  ActorRun r;
  EXPECT_EQ(r.Codes("The envoys of Zorbia, Quelp and Varnholt protested."),
            (Codes{"ZRBGOV", "QLPGOV", "VRNGOV"}));
  // Mentions of one actor span the same words: one actor with several codes.
  EXPECT_EQ(r.Spans("Lawmakers and delegates in Zorbia and Quelp protested."),
            (Codes{"ZRBLEG@0-5", "ZRBGOV@0-5", "QLPLEG@6-7", "QLPGOV@6-7"}));
  // Words before the first head noun apply to the coordinated one too.
  EXPECT_EQ(r.Codes("Zorbian fizzist press and government protested."), (Codes{"ZRBRELMED", "ZRBRELGOV"}));
}

TEST(PetrarchActorRules, FormerReplacesTheRoleNounWithEli) {
  ActorRun r;
  EXPECT_EQ(r.Codes("Former Zorbia border wardens protested."), (Codes{"ZRBELI"}));
  EXPECT_EQ(r.Codes("Former delegates in Moot Hall protested."), (Codes{"ZRBGOVELI"}));
}

TEST(PetrarchActorRules, PossessiveAdjectivesAndLocativeAdjuncts) {
  ActorRun r;
  EXPECT_EQ(r.Codes("Zorbia 's grim and weary delegate protested .", {"NNP", "POS", "JJ", "CC", "JJ", "NN", "VBD", "."}),
            (Codes{"ZRBGOV"}));
  EXPECT_EQ(r.Codes("Zorbia 's grim hound protested .", {"NNP", "POS", "JJ", "NN", "VBD", "."}), (Codes{"ZRB"}));
  // "in Varnholt" attached to the verb by the parse stage: the scholars get no country.
  const std::string text = "Quelp border wardens detained scholars in Varnholt today.";
  EXPECT_EQ(r.Codes(text), (Codes{"QLPCOP", "VRNEDU"}));
  auto attach = [](AnalyzedDocument* doc) {
    Clause c;
    c.objects.push_back(Phrase{4, 5, 4, {}, {}});
    c.preps.push_back(PrepPhrase{"in", Phrase{6, 8, 7, {}, {}}});
    doc->clauses.push_back(c);
  };
  EXPECT_EQ(r.Codes(text, {}, "", attach), (Codes{"QLPCOP", "---EDU", "VRN"}));
}

}  // namespace
}  // namespace entente::petrarch
