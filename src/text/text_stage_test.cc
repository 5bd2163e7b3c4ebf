// Table-driven tests of sentence splitting and tokenization, written from
// news conventions (AP/Reuters style). Each case renders the stage's output
// as tokens separated by spaces and sentences separated by " | ".
#include "text/test_util.h"
#include "text/text_stage.h"

#include <gtest/gtest.h>

#include <string>

namespace entente {
namespace {

struct Case {
  const char* input;
  const char* expected;  // tokens joined by ' ', sentences by " | "
};

std::string Render(const AnalyzedDocument& d) {
  std::string out;
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    if (s > 0) out += " | ";
    const Sentence& sent = d.sentences[s];
    for (uint32_t i = 0; i < sent.token_count; ++i) {
      if (i > 0) out += ' ';
      out += d.tokens[sent.first_token + i].text;
    }
  }
  return out;
}


// Every token and sentence span must lie inside the text, in order, and
// sentences must cover exactly their tokens.
void CheckInvariants(const AnalyzedDocument& d) {
  uint32_t prev_end = 0;
  for (const Token& t : d.tokens) {
    ASSERT_LE(t.span.begin, t.span.end);
    ASSERT_LE(t.span.end, d.doc.text.size());
    ASSERT_GE(t.span.begin, prev_end);
    ASSERT_FALSE(t.text.empty());
    prev_end = t.span.end;
  }
  uint32_t next = 0;
  for (const Sentence& s : d.sentences) {
    ASSERT_GT(s.token_count, 0u);
    ASSERT_EQ(s.first_token, next);
    next = s.first_token + s.token_count;
    ASSERT_LE(next, d.tokens.size());
    ASSERT_EQ(s.span.begin, d.tokens[s.first_token].span.begin);
    ASSERT_EQ(s.span.end, d.tokens[next - 1].span.end);
  }
  ASSERT_EQ(next, d.tokens.size());
}

class SplitTest : public testing::TestWithParam<Case> {};

TEST_P(SplitTest, TokensAndSentences) {
  const Case& c = GetParam();
  AnalyzedDocument d = AnalyzeText(c.input);
  EXPECT_EQ(Render(d), c.expected) << "input: " << c.input;
  CheckInvariants(d);
}

// Sentence boundaries.
const Case kSentenceCases[] = {
    {"Troops left. Tanks stayed.", "Troops left . | Tanks stayed ."},
    {"Did they leave? No one knows!", "Did they leave ? | No one knows !"},
    {"The U.S. and the U.N. agreed.", "The U.S. and the U.N. agreed ."},
    {"He lives in the U.S. The rest stayed home.",
     "He lives in the U.S. | The rest stayed home ."},
    {"The U.S. Army moved in.", "The U.S. Army moved in ."},
    {"Gen. Mark Milley spoke.", "Gen. Mark Milley spoke ."},
    {"Sen. Joe Smith and Rep. Ann Lee met Gov. Tom Ray.",
     "Sen. Joe Smith and Rep. Ann Lee met Gov. Tom Ray ."},
    {"Mr. Brown met Mrs. Green and Dr. White.", "Mr. Brown met Mrs. Green and Dr. White ."},
    {"It happened on Feb. 16 in Kabul.", "It happened on Feb. 16 in Kabul ."},
    {"Talks resume in Oct. The date is firm.", "Talks resume in Oct. | The date is firm ."},
    {"Resolution No. 2334 passed.", "Resolution No. 2334 passed ."},
    {"The answer was No. Then he left.", "The answer was No . | Then he left ."},
    {"Some countries, e.g. France, objected.", "Some countries , e.g. France , objected ."},
    {"Allies, i.e. NATO members, agreed.", "Allies , i.e. NATO members , agreed ."},
    {"The vote is at 3 p.m. on Tuesday.", "The vote is at 3 p.m. on Tuesday ."},
    {"The vote ended at 3 p.m. Officials then spoke.",
     "The vote ended at 3 p.m. | Officials then spoke ."},
    {"The blast was at 9 a.m. EST on Monday.", "The blast was at 9 a.m. EST on Monday ."},
    {"John F. Kennedy was president.", "John F. Kennedy was president ."},
    {"George W. Bush met H. R. McMaster.", "George W. Bush met H. R. McMaster ."},
    {"They chose Plan B. The vote was close.", "They chose Plan B. | The vote was close ."},
    {"Growth was 2.5 percent. Prices rose 0.3 percent.",
     "Growth was 2.5 percent . | Prices rose 0.3 percent ."},
    {"\"We will act,\" said an official.", "\" We will act , \" said an official ."},
    {"\"We will act.\" The minister left.", "\" We will act . \" | The minister left ."},
    {"\xE2\x80\x9CWe will take action,\xE2\x80\x9D said an official.",
     "\" We will take action , \" said an official ."},
    {"\xE2\x80\x9CWe will take action.\xE2\x80\x9D The minister declined.",
     "\" We will take action . \" | The minister declined ."},
    {"\"Why?\" he asked.", "\" Why ? \" he asked ."},
    {"\"Stop!\" the officer shouted. Nobody did.",
     "\" Stop ! \" the officer shouted . | Nobody did ."},
    {"He said (in private) that he agreed. (The talks failed.) Then war came.",
     "He said ( in private ) that he agreed . | ( The talks failed . ) | Then war came ."},
    {"He waited... Then he left.", "He waited ... | Then he left ."},
    {"He waited... and then left.", "He waited ... and then left ."},
    {"The law, he said, \"is ... unfair\" to migrants.",
     "The law , he said , \" is ... unfair \" to migrants ."},
    {"He paused\xE2\x80\xA6 Then he spoke.", "He paused ... | Then he spoke ."},
    {"Apple Inc. The company denied it.", "Apple Inc. | The company denied it ."},
    {"Acme Corp. Chief Executive Jane Roe resigned.",
     "Acme Corp. Chief Executive Jane Roe resigned ."},
    {"He was born in Springfield, Ill., in 1950.", "He was born in Springfield , Ill. , in 1950 ."},
    {"Prices rose 3.5%. Wages fell.", "Prices rose 3.5 % . | Wages fell ."},
    {"It was 1987. 12 people died.", "It was 1987 . | 12 people died ."},
    {"Rebels took the town. \"We won,\" one said.",
     "Rebels took the town . | \" We won , \" one said ."},
    {"Is this war?! Nobody knows.", "Is this war ? ! | Nobody knows ."},
    {"\xE0\xA4\xB9\xE0\xA4\xBE\xE0\xA4\x81\xE0\xA5\xA4 \xE0\xA4\xA8\xE0\xA4\xB9\xE0\xA5\x80\xE0\xA4\x82\xE0\xA5\xA4",
     "\xE0\xA4\xB9\xE0\xA4\xBE\xE0\xA4\x81 \xE0\xA5\xA4 | \xE0\xA4\xA8\xE0\xA4\xB9\xE0\xA5\x80\xE0\xA4\x82 \xE0\xA5\xA4"},
    {"Troops withdraw from Germany\nThe Pentagon said so.",
     "Troops withdraw from Germany | The Pentagon said so ."},
    {"First paragraph ends\n\nSecond one starts here.",
     "First paragraph ends | Second one starts here ."},
    {"the talks were held in st. louis. they failed.",
     "the talks were held in st . louis . they failed ."},
    {"Sgt. First Class Ann Poe and Lt. Col. Ben Ode died.",
     "Sgt. First Class Ann Poe and Lt. Col. Ben Ode died ."},
    {"He met the Rev. Al Sharp in St. Paul.", "He met the Rev. Al Sharp in St. Paul ."},
    {"Shares of Acme Co. rose. Shares of Beta fell.",
     "Shares of Acme Co. rose . | Shares of Beta fell ."},
    {"They met Jan. 5. The talks lasted a week.",
     "They met Jan. 5 . | The talks lasted a week ."},
    {"The U.K. government said so.", "The U.K. government said so ."},
    {"He fled to the U.K. He was arrested there.",
     "He fled to the U.K. | He was arrested there ."},
    {"Ukraine's forces, the U.S.-led coalition and others.",
     "Ukraine 's forces , the U.S.-led coalition and others ."},
    {"He holds a Ph.D. in law.", "He holds a Ph.D. in law ."},
    {"Guns, ammunition, etc. were seized. The raid ended.",
     "Guns , ammunition , etc. were seized . | The raid ended ."},
    {"They seized guns, ammunition, etc. Police said more raids would follow.",
     "They seized guns , ammunition , etc. | Police said more raids would follow ."},
    {"Russia vs. Ukraine talks failed.", "Russia vs. Ukraine talks failed ."},
    {"Version 2.0 was released. It crashed.", "Version 2.0 was released . | It crashed ."},
    {"He said: \"Leave now.\"", "He said : \" Leave now . \""},
    {"\"Leave now.\" \"No.\"", "\" Leave now . \" | \" No . \""},
    {"The rate is 4.25%, the bank said.", "The rate is 4.25 % , the bank said ."},
    {"Go!\" she said.", "Go ! \" she said ."},
    {"Shares of Reuters Holdings Plc <RTRS.L> rose.",
     "Shares of Reuters Holdings Plc < RTRS . L > rose ."},
    {"It ended.Then more came.", "It ended . | Then more came ."},
    {"Ask for room No.1 today.", "Ask for room No. 1 today ."},
    {"He posted it on X. Militants then fled.", "He posted it on X. | Militants then fled ."},
    {"The analyst C. Raja Mohan wrote it.", "The analyst C. Raja Mohan wrote it ."},
    {"F. Scott Fitzgerald wrote it.", "F. Scott Fitzgerald wrote it ."},
    {"1. Troops will leave.\n2. Talks will resume.",
     "1 . Troops will leave . | 2 . Talks will resume ."},
    {"A. The ceasefire holds.", "A. The ceasefire holds ."},
    {"It sided with the [U.S.]. [Missiles] came later.",
     "It sided with the [ U.S. ] . | [ Missiles ] came later ."},
    {"He scored 10. The team lost.", "He scored 10 . | The team lost ."},
    {"\"I don't know...\" The minister shrugged.",
     "\" I do n't know ... \" | The minister shrugged ."},
    {"Pope Francis spoke in St. Peter's Square.", "Pope Francis spoke in St. Peter 's Square ."},
    {"Mr. and Mrs. Smith met No. 10 staff.", "Mr. and Mrs. Smith met No. 10 staff ."},
    {"said Ann Lee of Acme Inc. \"Any rise is good.\"",
     "said Ann Lee of Acme Inc. | \" Any rise is good . \""},
    {"U.S officials and U.N staff left.", "U.S officials and U.N staff left ."},
    {"A rally in Berlin. Image: C. Smith.", "A rally in Berlin . | Image : C. Smith ."},
    {"He said, \"Trump told me, 'Talk tomorrow.' \" Then he left.",
     "He said , \" Trump told me , ' Talk tomorrow . ' \" | Then he left ."},
    {"\"Buy it in the U.S.\" Trump said so.", "\" Buy it in the U.S. \" | Trump said so ."},
    {"Shares of Acme Inc. (NYSE: ACM) rose.", "Shares of Acme Inc. ( NYSE : ACM ) rose ."},
};
INSTANTIATE_TEST_SUITE_P(Sentences, SplitTest, testing::ValuesIn(kSentenceCases));

// Tokens.
const Case kTokenCases[] = {
    {"Iraq's army", "Iraq 's army"},
    {"Iraq\xE2\x80\x99s army", "Iraq 's army"},
    {"the officials' statement", "the officials ' statement"},
    {"We don't know.", "We do n't know ."},
    {"They won't go.", "They wo n't go ."},
    {"She can't stay.", "She ca n't stay ."},
    {"He cannot stay.", "He can not stay ."},
    {"It isn't over, they aren't sure.", "It is n't over , they are n't sure ."},
    {"I'm sure we'll see they're right and you've won, he'd say.",
     "I 'm sure we 'll see they 're right and you 've won , he 'd say ."},
    {"DON'T SHOOT", "DO N'T SHOOT"},
    {"Don\xE2\x80\x99t shoot", "Do n't shoot"},
    {"O'Brien and al-Rufay'i's men", "O'Brien and al-Rufay'i 's men"},
    {"the U.S.'s role", "the U.S. 's role"},
    {"in the 1990's", "in the 1990 's"},
    {"in the '90s", "in the '90s"},
    {"a cease-fire in the Israeli-Palestinian conflict",
     "a cease-fire in the Israeli-Palestinian conflict"},
    {"a five-year-old boy and COVID-19 rules", "a five-year-old boy and COVID-19 rules"},
    {"F-16 jets and a 10-year plan", "F-16 jets and a 10-year plan"},
    {"12,000 troops", "12,000 troops"},
    {"1,234.56 dollars", "1,234.56 dollars"},
    {"up 2% today", "up 2 % today"},
    {"$1.5 billion", "$ 1.5 billion"},
    {"\xE2\x82\xAC" "20 million", "\xE2\x82\xAC 20 million"},
    {"at 10:30 on 16/02/2021", "at 10:30 on 16/02/2021"},
    {"the 1980s and the 2nd round", "the 1980s and the 2nd round"},
    {"from 1990-95", "from 1990-95"},
    {"a .45 caliber gun", "a .45 caliber gun"},
    {"See https://example.org/news?id=5.", "See https://example.org/news?id=5 ."},
    {"Visit www.example.com/a(b) today", "Visit www.example.com/a(b) today"},
    {"(see http://example.com/x)", "( see http://example.com/x )"},
    {"Write to press@example.gov.uk, please.", "Write to press@example.gov.uk , please ."},
    {"on Amazon.com and bbc.co.uk today", "on Amazon.com and bbc.co.uk today"},
    {"AT&T and S&P rose", "AT&T and S&P rose"},
    {"rock & roll", "rock & roll"},
    {"He said -- or rather shouted -- no.", "He said -- or rather shouted -- no ."},
    {"He said\xE2\x80\x94or shouted\xE2\x80\x94no.", "He said -- or shouted -- no ."},
    {"pages 10\xE2\x80\x93" "12", "pages 10-12"},
    {"Paris - the city", "Paris - the city"},
    {"``Quoted'' text", "\" Quoted \" text"},
    {"He said \xE2\x80\x98no\xE2\x80\x99 twice", "He said ' no ' twice"},
    {"Tom&#8217;s plan &amp; Ann&#39;s", "Tom 's plan & Ann 's"},
    {"5 &lt; 6 &gt; 4", "5 < 6 > 4"},
    {"Zim\xE2\x80\x8B" "babwe", "Zimbabwe"},
    {"New\xC2\xA0York", "New York"},
    {"<p>First.</p><p>Second.</p>", "First . | Second ."},
    {"a <b>bold</b> move", "a bold move"},
    {"Buy <AMERICAN CO> shares", "Buy < AMERICAN CO > shares"},
    {"S\xC3\xA3o Paulo and M\xC3\xBCnchen", "S\xC3\xA3o Paulo and M\xC3\xBCnchen"},
    {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 said", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 said"},
    {"#MeToo and @UN", "# MeToo and @ UN"},
    {"yes/no vote", "yes / no vote"},
    {"(AP)", "( AP )"},
    {"[sic]", "[ sic ]"},
    {"he said;", "he said ;"},
    {"I \xE2\x9D\xA4\xEF\xB8\x8F peace", "I \xE2\x9D\xA4 peace"},
};
INSTANTIATE_TEST_SUITE_P(Tokens, SplitTest, testing::ValuesIn(kTokenCases));

TEST(OffsetTest, SpansPointIntoTheOriginalText) {
  // "Iraq’s" : ’ is three bytes; "&amp;" is five.
  AnalyzedDocument d = AnalyzeText("Iraq\xE2\x80\x99s army &amp; navy.");
  ASSERT_EQ(d.tokens.size(), 6u);
  EXPECT_EQ(d.tokens[0].span, (Span{0, 4}));
  EXPECT_EQ(d.tokens[1].span, (Span{4, 8}));
  EXPECT_EQ(d.tokens[1].text, "'s");
  EXPECT_EQ(d.tokens[2].span, (Span{9, 13}));
  EXPECT_EQ(d.tokens[3].span, (Span{14, 19}));
  EXPECT_EQ(d.tokens[3].text, "&");
  EXPECT_EQ(d.tokens[3].kind, TokenKind::kSymbol);
  EXPECT_EQ(d.tokens[4].span, (Span{20, 24}));
  EXPECT_EQ(d.tokens[5].span, (Span{24, 25}));
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(d.sentences[0].span, (Span{0, 25}));
}

TEST(OffsetTest, SecondSentenceAndSpaceBefore) {
  AnalyzedDocument d = AnalyzeText("He left.  \"No,\" she said.");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.sentences[1].span, (Span{10, 25}));
  const Token& quote = d.tokens[d.sentences[1].first_token];
  EXPECT_TRUE(quote.space_before);
  EXPECT_FALSE(d.tokens[0].space_before);
  EXPECT_FALSE(d.tokens[2].space_before);  // the full stop
  CheckInvariants(d);
}

TEST(KindTest, TokenKinds) {
  AnalyzedDocument d = AnalyzeText("Troops 12,000 , $ http://x.org a@b.com");
  ASSERT_EQ(d.tokens.size(), 6u);
  EXPECT_EQ(d.tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(d.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(d.tokens[2].kind, TokenKind::kPunct);
  EXPECT_EQ(d.tokens[3].kind, TokenKind::kSymbol);
  EXPECT_EQ(d.tokens[4].kind, TokenKind::kUrl);
  EXPECT_EQ(d.tokens[5].kind, TokenKind::kUrl);
}

TEST(LimitTest, LongSentenceWithoutPunctuationIsCut) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "word ";  // 1 MB, no punctuation
  AnalyzedDocument d = AnalyzeText(text);
  EXPECT_EQ(d.tokens.size(), 200000u);
  EXPECT_EQ(d.sentences.size(), 400u);
  for (const Sentence& s : d.sentences) {
    EXPECT_LE(s.token_count, 500u);
    EXPECT_FALSE(s.headline);
  }
  CheckInvariants(d);
}

TEST(LimitTest, RunawayWordIsCutIntoPieces) {
  std::string text(100000, 'a');
  text += "\xC3\xA9";  // a two-byte letter at the end must not be split
  AnalyzedDocument d = AnalyzeText(text);
  ASSERT_FALSE(d.tokens.empty());
  for (const Token& t : d.tokens) EXPECT_LE(t.text.size(), 256u);
  CheckInvariants(d);
}

TEST(LimitTest, PathologicalRepeats) {
  const std::string pieces[] = {"a.", "&", "<p", "'", "-", "U.S.", "a@", "http://", "..."};
  for (const std::string& p : pieces) {
    std::string text;
    while (text.size() < 100000) text += p;
    AnalyzedDocument d = AnalyzeText(text);
    CheckInvariants(d);
  }
}

// Deterministic fuzzing: random mixtures of tricky fragments and raw bytes
// must never break the span invariants.
TEST(RobustnessTest, RandomInput) {
  const std::string pieces[] = {
      " ", "\n", "\n\n", ".", "!", "?", "\"", "'", "(", ")", "-", "--", "&", "&amp;", "&#8217;",
      "&#", "<p>", "<b>", "</p", "<", ">", "\xE2\x80\x99", "\xE2\x80\x94", "\xE2\x80\x8B",
      "\xC2\xA0", "\xE2\x80\xA6", "\xFF", "\xC3", "\xE2\x80", "U.S.", "Gen.", "Mr.", "F.",
      "a", "The", "don't", "n't", "'s", "12,000", "1.5", "$", "%", "http://x.co/a", "www.",
      "a@b.co", "@", ".com", "e.g.", "...", "\r", "\t", "\x01", "WASHINGTON (Reuters) -"};
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int iter = 0; iter < 3000; ++iter) {
    std::string text;
    int n = static_cast<int>(next() % 40);
    for (int k = 0; k < n; ++k) {
      if (next() % 8 == 0) {
        text.push_back(static_cast<char>(1 + next() % 255));
      } else {
        text += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
      }
    }
    SCOPED_TRACE(testing::PrintToString(text));
    AnalyzedDocument d = AnalyzeText(text, iter % 2 == 0 ? 0 : 1);
    CheckInvariants(d);
    if (!d.dateline.empty()) {
      EXPECT_LE(d.dateline.end, text.size());
    }
  }
}

}  // namespace
}  // namespace entente
