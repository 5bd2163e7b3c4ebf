// Tests of normalisation and its map back to original offsets.
#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace entente {
namespace {

std::string Norm(const std::string& s) {
  NormalizedText n;
  n.Build(s);
  return std::string(n.text());
}

TEST(NormalizeTest, PlainAsciiIsAViewOfTheOriginal) {
  std::string s = "Troops left Kabul on Monday.";
  NormalizedText n;
  n.Build(s);
  EXPECT_TRUE(n.identity());
  EXPECT_EQ(n.text().data(), s.data());
  EXPECT_EQ(n.OrigBegin(7), 7u);
  EXPECT_EQ(n.OrigEnd(11), 11u);
}

TEST(NormalizeTest, QuotesDashesSpaces) {
  EXPECT_EQ(Norm("\xE2\x80\x9CYes\xE2\x80\x9D"), "\"Yes\"");
  EXPECT_EQ(Norm("it\xE2\x80\x99s \xE2\x80\x98so\xE2\x80\x99"), "it's 'so'");
  EXPECT_EQ(Norm("\xC2\xAB" "non\xC2\xBB"), "\"non\"");
  EXPECT_EQ(Norm("a\xE2\x80\x94" "b\xE2\x80\x93" "c\xE2\x88\x92" "d"), "a--b-c-d");
  EXPECT_EQ(Norm("wait\xE2\x80\xA6"), "wait...");
  EXPECT_EQ(Norm("New\xC2\xA0York\xE2\x80\xAF" "City"), "New York City");
  EXPECT_EQ(Norm("Zim\xE2\x80\x8B" "bab\xC2\xAD" "we\xEF\xBB\xBF"), "Zimbabwe");
  EXPECT_EQ(Norm("a\r\nb\rc"), "a\nb\nc");
  EXPECT_EQ(Norm("line\xE2\x80\xA8next"), "line\nnext");
}

TEST(NormalizeTest, OtherNonAsciiIsKept) {
  EXPECT_EQ(Norm("S\xC3\xA3o Paulo, \xE2\x82\xAC" "5"), "S\xC3\xA3o Paulo, \xE2\x82\xAC" "5");
}

TEST(NormalizeTest, HtmlEntities) {
  EXPECT_EQ(Norm("AT&amp;T"), "AT&T");
  EXPECT_EQ(Norm("&quot;Hi&quot; &lt;b&gt;"), "\"Hi\" <b>");
  EXPECT_EQ(Norm("don&#39;t &#8217; &#x2014; &rsquo;"), "don't ' -- '");
  EXPECT_EQ(Norm("caf&eacute; &Eacute;"), "caf\xC3\xA9 \xC3\x89");
  EXPECT_EQ(Norm("a&nbsp;b&#8203;c"), "a bc");
  EXPECT_EQ(Norm("&#146;"), "'");  // Windows-1252 apostrophe
  // Not references: kept as they are.
  EXPECT_EQ(Norm("R&D & M&A &unknown; &#; &#xZZ; &#0; &#99999999;"),
            "R&D & M&A &unknown; &#; &#xZZ; &#0; &#99999999;");
  EXPECT_EQ(Norm("trailing &"), "trailing &");
  EXPECT_EQ(Norm("&"), "&");
}

TEST(NormalizeTest, DecodedLessThanIsNotATag) {
  EXPECT_EQ(Norm("&lt;p&gt;text"), "<p>text");
}

TEST(NormalizeTest, HtmlTags) {
  EXPECT_EQ(Norm("<p>One.</p><p>Two.</p>"), "\nOne.\n\nTwo.\n");
  EXPECT_EQ(Norm("a <b>bold</b> <a href=\"x.html\">link</a>"), "a bold link");
  EXPECT_EQ(Norm("x<br/>y<BR>z"), "x\ny\nz");
  EXPECT_EQ(Norm("a<!-- comment -->b"), "ab");
  EXPECT_EQ(Norm("<span class='c'>ok</span>"), "ok");
  // Wire-service tickers and comparisons are not tags.
  EXPECT_EQ(Norm("<AMERICAN EXPRESS CO> <B> <A> 3 < 4 > 2"),
            "<AMERICAN EXPRESS CO> <B> <A> 3 < 4 > 2");
  EXPECT_EQ(Norm("<p unterminated"), "<p unterminated");
  EXPECT_EQ(Norm("<"), "<");
  EXPECT_EQ(Norm("<!-- never closed"), "<!-- never closed");
}

TEST(NormalizeTest, OffsetsMapBackToOriginal) {
  // "’" is 3 bytes in the original and 1 normalised byte.
  std::string s = "Iraq\xE2\x80\x99s army &amp; navy";
  NormalizedText n;
  n.Build(s);
  ASSERT_EQ(n.text(), "Iraq's army & navy");
  EXPECT_FALSE(n.identity());
  EXPECT_EQ(n.OrigBegin(4), 4u);   // ' <- ’ at [4,7)
  EXPECT_EQ(n.OrigEnd(5), 7u);
  EXPECT_EQ(n.OrigBegin(5), 7u);   // s
  EXPECT_EQ(n.OrigBegin(12), 14u); // & <- &amp; at [14,19)
  EXPECT_EQ(n.OrigEnd(13), 19u);
  EXPECT_EQ(n.OrigBegin(n.text().size()), s.size());
}

TEST(NormalizeTest, DroppedCharactersWidenTheSpanOfTheirNeighbour) {
  std::string s = "ab\xE2\x80\x8B" "c";
  NormalizedText n;
  n.Build(s);
  ASSERT_EQ(n.text(), "abc");
  EXPECT_EQ(n.OrigBegin(2), 5u);  // c
  EXPECT_EQ(n.OrigEnd(3), 6u);
  EXPECT_EQ(n.OrigEnd(2), 2u);    // "ab" ends before the zero-width space
}

TEST(NormalizeTest, InvalidUtf8IsCopiedAndNeverOverruns) {
  const std::string cases[] = {"\xFF", "a\xC3", "\xE2\x80", "\xF0\x9F\x98", "\x80\x80x",
                               "\xED\xA0\x80", "ok \xC0\xAF end"};
  for (const std::string& s : cases) {
    NormalizedText n;
    n.Build(s);
    EXPECT_EQ(n.text().size(), s.size()) << s;
  }
}

TEST(NormalizeTest, EntityDecoder) {
  size_t len = 0;
  EXPECT_EQ(DecodeHtmlEntity("&amp;rest", &len), '&');
  EXPECT_EQ(len, 5u);
  EXPECT_EQ(DecodeHtmlEntity("&#x41;", &len), 'A');
  EXPECT_EQ(DecodeHtmlEntity("&#65;", &len), 'A');
  EXPECT_EQ(DecodeHtmlEntity("&amp", &len), -1);
  EXPECT_EQ(DecodeHtmlEntity("&verylongname;", &len), -1);
  EXPECT_EQ(DecodeHtmlEntity("&#xD800;", &len), -1);
}

}  // namespace
}  // namespace entente
