// Unit tests for the events stage over AnalyzedDocuments built by hand, so
// they do not depend on the tag/parse/actors stages.
#include <gtest/gtest.h>

#include "events/assembler.h"
#include "events/event_stage.h"

namespace entente {
namespace {

std::unique_ptr<EventStage> LoadStage(CollectingSink* sink) {
  auto stage = EventStage::Create(std::string(ENTENTE_SOURCE_DIR) + "/data", sink);
  EXPECT_TRUE(stage.ok()) << stage.status().ToString();
  return stage.ok() ? std::move(stage).value() : nullptr;
}

TEST(LexiconTest, BuiltInLexiconLoadsCleanly) {
  CollectingSink sink;
  auto stage = LoadStage(&sink);
  ASSERT_NE(stage, nullptr);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << d.ToString();
  EXPECT_GE(stage->lexicon().pattern_count(), 3000u);
  EXPECT_GE(stage->cameo().size(), 300u);
}

TEST(LexiconTest, EveryPatternCodeIsAKnownCameoCode) {
  CollectingSink sink;
  auto stage = LoadStage(&sink);
  ASSERT_NE(stage, nullptr);
  // Spot-check via FoldCode outputs and a few codes the lexicon uses.
  for (const char* code : {"036", "0331", "1056", "1312", "0874", "163", "1951"}) {
    EXPECT_NE(stage->cameo().Find(code), nullptr) << code;
  }
}

TEST(LexiconTest, RejectsNewerFormat) {
  Lexicon lex;
  CollectingSink sink;
  EXPECT_FALSE(lex.AddFile("#format entente-lexicon 2\n040 meet\n", "x.lex", &sink).ok());
}

TEST(LexiconTest, BadLinesAreReportedAndSkipped) {
  Lexicon lex;
  CollectingSink sink;
  ASSERT_TRUE(lex.AddFile("#format entente-lexicon 1\n"
                          "@t = troop soldier\n"
                          "0874 withdraw obj=@t from\n"
                          "99x bad\n"
                          "040 meet obj=@nosuchclass\n"
                          "040 meet|confer with\n",
                          "x.lex", &sink)
                  .ok());
  EXPECT_EQ(sink.diagnostics().size(), 2u);
  EXPECT_EQ(lex.pattern_count(), 3u);
  ASSERT_NE(lex.Find("confer"), nullptr);
  EXPECT_EQ(lex.Find("withdraw")->at(0).constraints.size(), 2u);
}

TEST(FoldTest, CodebookFamilies) {
  EXPECT_EQ(FoldCode("030", "043"), "036");
  EXPECT_EQ(FoldCode("030", "0733"), "0333");
  EXPECT_EQ(FoldCode("020", "0841"), "0253");
  EXPECT_EQ(FoldCode("100", "087"), "1056");
  EXPECT_EQ(FoldCode("130", "163"), "1312");
  EXPECT_EQ(FoldCode("130", "190"), "1384");
  EXPECT_EQ(FoldCode("030", "190"), "");
}

}  // namespace
}  // namespace entente
