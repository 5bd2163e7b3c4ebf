// petrarch_test.cc — the PETRARCH dictionary readers on small snippets
// written for these tests (invented words, PETRARCH syntax), and the records
// scanner. Nothing here is taken from PETRARCH's files.
#include <gtest/gtest.h>

#include <string>

#include "actors/dictionary.h"
#include "events/lexicon.h"
#include "petrarch/convert.h"
#include "petrarch/loader.h"
#include "petrarch/records.h"

namespace entente::petrarch {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(PetrarchVerbs, BlocksPatternsSynsetsAndApproximations) {
  const std::string verbs =
      "<!-- a comment\n spanning lines -->\n"
      "&GLIMWARE\n+ZORBLES\n+BRIGHT FLONKS\n\n"
      "&NEARBY\n+AT\n+BESIDE\n\n"
      "--- QUIBBLE [042] ---\n"
      "QUIBBLE {QUIBBLED QUIBBLES}\n"
      "- * (WITH &GLIMWARE) [057]  # note\n"
      "- * TREATY_PAPERS [061]\n"
      "- * + (ABOUT TAXES) [112]\n"
      "- * TO WIBBLE [036]\n"
      "- * OUT [0874]\n"
      "- * &NEARBY PALACE [0875]\n"
      "- * GLUMPH AT ^ WITH + [0876]\n"
      "- SAID * [010]\n"
      "- * [07X]\n"
      "--- WIBBLE [---] ---\n"
      "WIBBLE\n";
  CollectingSink sink;
  ConvertStats st;
  std::string lex = ConvertVerbs(verbs, "t.verbs", &sink, &st);
  EXPECT_TRUE(Has(lex, "@petr_glimware = zorbles zorble flonks flonk")) << lex;
  EXPECT_TRUE(Has(lex, "042 quibble/v  #")) << lex;
  EXPECT_TRUE(Has(lex, "057 quibble/v with=@petr_glimware")) << lex;
  EXPECT_TRUE(Has(lex, "061 quibble/v obj=papers|paper")) << lex;
  EXPECT_TRUE(Has(lex, "112 quibble/v >about=taxes|taxe")) << lex;
  EXPECT_TRUE(Has(lex, "036 quibble/v inf=wibble")) << lex;
  EXPECT_TRUE(Has(lex, "0874 quibble_out/v")) << lex;
  EXPECT_TRUE(Has(lex, "0875 quibble/v at|beside=palace")) << lex;
  EXPECT_TRUE(Has(lex, "0876 quibble/v obj=glumph at >with  #")) << lex;
  EXPECT_FALSE(Has(lex, "010 ")) << lex;  // words before the verb: approximated
  EXPECT_EQ(st.patterns, 9u);
  EXPECT_EQ(st.patterns_exact, 7u);
  EXPECT_EQ(st.patterns_approx, 1u);
  EXPECT_EQ(st.patterns_skipped, 1u);
  ASSERT_EQ(sink.diagnostics().size(), 1u);  // the non-numeric code, with its line
  EXPECT_EQ(sink.diagnostics()[0].line, 21u);
  // The converted text is a valid lexicon.
  Lexicon l;
  CollectingSink lsink;
  ASSERT_TRUE(l.AddFile(lex, "t", &lsink).ok());
  EXPECT_EQ(lsink.diagnostics().size(), 0u);
  ASSERT_NE(l.Find("quibble"), nullptr);
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
  EXPECT_TRUE(Has(out, "country FRB frobnia; frobnian\n")) << out;
  EXPECT_TRUE(Has(out, "group - quux kingdom\n  QUXGOV 1995-06-01..\n  QUX *\n")) << out;
  EXPECT_TRUE(Has(out, "group - grimble took\n  GRMCIV ..2008-01-20\n")) << out;
  EXPECT_TRUE(Has(out, "ZEDGOV 1990-01-01..1999-08-15")) << out;
  EXPECT_EQ(st.actors, 4u);
  EXPECT_GE(sink.diagnostics().size(), 1u);  // the bad date on line 9
  EXPECT_EQ(sink.diagnostics()[0].line, 9u);
  actors::Dictionary d;
  CollectingSink dsink;
  ASSERT_TRUE(d.LoadText("t", out, &dsink).ok());
  EXPECT_EQ(dsink.error_count(), 0u);
}

TEST(PetrarchAgents, SubstitutionSetsAndPlurals) {
  const std::string agents =
      "!FOLK! = MAN, MEN, WOMAN\n"
      "GLEEP!FOLK! [~AGR]\n"
      "BLORP_WARDEN {BLORP_WARDENS} [~COP]\n";
  CollectingSink sink;
  ConvertStats st;
  std::string out = ConvertAgents(agents, "t.agents", &sink, &st);
  EXPECT_TRUE(Has(out, "agent AGR gleep man; gleep men; gleep woman\n")) << out;
  EXPECT_TRUE(Has(out, "agent COP blorp warden; blorp wardens\n")) << out;
  EXPECT_EQ(sink.diagnostics().size(), 0u);
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

TEST(PetrarchDiscards, WholeWords) {
  PetrarchDicts d;
  ConvertStats st;
  ReadDiscards("+GLORP CUP # sport\nBLAH\n", "t", nullptr, &st, &d.discards);
  EXPECT_TRUE(Discarded(d, "The Glorp  Cup final."));
  EXPECT_FALSE(Discarded(d, "The Glorpish cupboard."));
}

}  // namespace
}  // namespace entente::petrarch
