// Tests of datelines, boilerplate lines, paragraphs and headlines, seen
// through the whole text stage.
#include <gtest/gtest.h>

#include <string>

#include "text/boilerplate.h"
#include "text/paragraphs.h"
#include "text/test_util.h"
#include "text/text_stage.h"

namespace entente {
namespace {


std::string DatelineOf(const std::string& text) {
  AnalyzedDocument d = AnalyzeText(text);
  return text.substr(d.dateline.begin, d.dateline.size());
}

std::string FirstWord(const AnalyzedDocument& d) {
  return d.tokens.empty() ? "" : d.tokens[0].text;
}

struct DatelineCase {
  const char* input;
  const char* dateline;  // original bytes, "" for none
};

class DatelineTest : public testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, Recognised) {
  const DatelineCase& c = GetParam();
  EXPECT_EQ(DatelineOf(c.input), c.dateline) << c.input;
}

const DatelineCase kDatelines[] = {
    {"WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON (Reuters) -"},
    {"KABUL, Feb. 16 (AFP) \xE2\x80\x94 Gunmen attacked.", "KABUL, Feb. 16 (AFP) \xE2\x80\x94"},
    {"BAMAKO, Mali (Entente Wire) - Soldiers seized power.",
     "BAMAKO, Mali (Entente Wire) -"},
    {"NEW YORK, March 3 - Stocks fell.", "NEW YORK, March 3 -"},
    {"LONDON -- Talks resumed.", "LONDON --"},
    {"UNITED NATIONS (AP) \xE2\x80\x94 The council met.", "UNITED NATIONS (AP) \xE2\x80\x94"},
    {"Washington (CNN) -- The House passed it.", "Washington (CNN) --"},
    {"ST. LOUIS (Reuters) - Flood waters rose.", "ST. LOUIS (Reuters) -"},
    {"PORT-AU-PRINCE, Haiti (AP) - Gangs fired.", "PORT-AU-PRINCE, Haiti (AP) -"},
    {"KYIV, Ukraine, Jan. 5, 2023 (Reuters) - Sirens sounded.",
     "KYIV, Ukraine, Jan. 5, 2023 (Reuters) -"},
    {"BEIJING/HONG KONG (Reuters) - Shares fell.", "BEIJING/HONG KONG (Reuters) -"},
    {"(Reuters) - Iran said on Monday it would talk.", "(Reuters) -"},
    {"(The talks) - failed", ""},
    {"(a) - first item", ""},
    {"(A) - First item", ""},
    {"Kabul fell - the Taliban took over.", ""},
    {"The minister (a former general) - or so he says - resigned.", ""},
    {"UN - Talks went on.", ""},
    {"ARGENTINA --", ""},
    {"\"We will go,\" he said.", ""},
    {"Troops left Kabul.\nLONDON (Reuters) - Later text.", ""},
};
INSTANTIATE_TEST_SUITE_P(Datelines, DatelineTest, testing::ValuesIn(kDatelines));

TEST(DatelineTest, TokensAreNotPartOfTheFirstSentence) {
  AnalyzedDocument d = AnalyzeText("WASHINGTON (Reuters) - The Senate voted.");
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(FirstWord(d), "The");
  EXPECT_EQ(d.sentences[0].span.begin, 23u);
  EXPECT_TRUE(d.tokens[0].space_before);  // "- The": a space in the original
}

TEST(DatelineTest, AfterAHeadline) {
  AnalyzedDocument d = AnalyzeText("Senate passes budget\nWASHINGTON (Reuters) - The Senate voted.");
  EXPECT_EQ(d.dateline.begin, 21u);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_TRUE(d.sentences[0].headline);
  EXPECT_FALSE(d.sentences[1].headline);
}

TEST(DatelineTest, OnALineOfItsOwn) {
  AnalyzedDocument d = AnalyzeText("KABUL, Feb. 16 (AFP) --\nGunmen attacked a school.");
  EXPECT_EQ(d.dateline.end, 23u);
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(FirstWord(d), "Gunmen");
}

struct LineCase {
  const char* line;
  bool boilerplate;
};

class BoilerplateTest : public testing::TestWithParam<LineCase> {};

TEST_P(BoilerplateTest, Line) {
  EXPECT_EQ(IsBoilerplateLine(GetParam().line), GetParam().boilerplate) << GetParam().line;
}

const LineCase kLines[] = {
    {"Advertisement", true},
    {"ADVERTISEMENT", true},
    {"Leave a Comment", true},
    {"Share this article", true},
    {"Share this article on Facebook", true},
    {"Story continues below advertisement", true},
    {"(Reporting by Jane Roe; Editing by John Doe)", true},
    {"Copyright 2021 Entente Wire. All rights reserved.", true},
    {"\xC2\xA9 2021 Entente Wire", true},
    {"Related: Talks collapse in Geneva", true},
    {"Image: Jane Roe.", true},
    {"Click here to subscribe.", true},
    {"Sign up for our daily newsletter", true},
    {"  Read more  ", true},
    {"By Jane Roe", true},
    {"By Jane Roe and Ali Khan, Entente Wire", true},
    {"Updated: March 3, 2021 10:45 GMT", true},
    {"By Tuesday, the troops had left.", false},
    {"By the time talks began", false},
    {"The minister did not leave a comment.", false},
    {"Related talks collapsed in Geneva on Monday.", false},
    {"Shares in the company rose 5 percent.", false},
    {"Watch officials arrive in the capital", false},
    {"", false},
};
INSTANTIATE_TEST_SUITE_P(Lines, BoilerplateTest, testing::ValuesIn(kLines));

TEST(BoilerplateTest, MarksEverySentenceOfTheLine) {
  AnalyzedDocument d = AnalyzeText("Troops left.\nAdvertisement\nThey returned.");
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_FALSE(d.sentences[0].boilerplate);
  EXPECT_TRUE(d.sentences[1].boilerplate);
  EXPECT_FALSE(d.sentences[2].boilerplate);
}

TEST(HeadlineTest, LineWithoutFinalPunctuation) {
  AnalyzedDocument d = AnalyzeText("Troops withdraw from Germany\nThe Pentagon said so.\nNext steps:");
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_TRUE(d.sentences[0].headline);
  EXPECT_FALSE(d.sentences[1].headline);
  EXPECT_FALSE(d.sentences[2].headline);
}

TEST(HeadlineTest, OnlyAWholeLineIsAHeadline) {
  AnalyzedDocument d = AnalyzeText("Troops left. Tanks stayed behind");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_FALSE(d.sentences[1].headline);
}

TEST(HeadlineTest, QuotedLineEndingInFullStopIsNotAHeadline) {
  AnalyzedDocument d = AnalyzeText("\"We will stay.\"");
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_FALSE(d.sentences[0].headline);
}

std::vector<std::string> Paragraphs(const std::string& text, bool may_be_wrapped) {
  std::vector<ParagraphRange> ranges;
  SplitParagraphs(text, may_be_wrapped, &ranges);
  std::vector<std::string> out;
  for (const auto& r : ranges) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

TEST(ParagraphTest, NewlinesAndBlankLines) {
  EXPECT_EQ(Paragraphs("One.\nTwo.\n\n\nThree.\n", false),
            (std::vector<std::string>{"One.", "Two.", "Three."}));
  EXPECT_EQ(Paragraphs("", false), std::vector<std::string>{});
  EXPECT_EQ(Paragraphs("\n \n\t\n", false), std::vector<std::string>{});
}

TEST(ParagraphTest, LowerCaseContinuationJoins) {
  EXPECT_EQ(Paragraphs("I think that is how I would\nsee it.\nNext.", false),
            (std::vector<std::string>{"I think that is how I would\nsee it.", "Next."}));
  EXPECT_EQ(Paragraphs("It ended.\nthen more", false),
            (std::vector<std::string>{"It ended.", "then more"}));
}

TEST(ParagraphTest, HardWrappedFileIsJoined) {
  const std::string text =
      "Troops withdraw\n"
      "\n"
      "The defence ministry said on Monday that the last of its\n"
      "troops had left the base near the border, ending a mission\n"
      "that began three years ago.\n"
      "Officials gave no reason for the timing of the move and said\n"
      "More details would follow later this week in the capital.\n";
  EXPECT_EQ(Paragraphs(text, true).size(), 3u);
  // The same text from a JSON Lines field keeps every line.
  EXPECT_EQ(Paragraphs(text, false).size(), 4u);
}

}  // namespace
}  // namespace entente
