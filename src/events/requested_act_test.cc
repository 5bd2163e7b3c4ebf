// requested_act_test.cc — acts only asked for or warned against: the
// complement of a request verb, a gerund or noun under "against", through
// coordination; not the request itself, nor an act of another verb.
#include "events/requested_act.h"

#include <gtest/gtest.h>

#include <string>

#include "events/test_sentence.h"

namespace entente {
namespace {

// A one-sentence document.
AnalyzedDocument Sentence1(std::initializer_list<testing_support::Tok> toks) {
  return testing_support::OneSentence(toks, /*france_first=*/false);
}

Lexicon TestLexicon() {
  Lexicon lexicon;
  EXPECT_TRUE(lexicon
                  .AddFile("#format entente-lexicon 1\n%request_gov urge warn\n%aspect continue\n190 attack/v\n",
                           "test.lex", nullptr)
                  .ok());
  return lexicon;
}

bool Requested(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  return IsRequestedAct(g, t, TestLexicon());
}

// "Germany warn Russia against deploy troops": the gerund is warned against.
TEST(RequestedActTest, GerundUnderAgainst) {
  AnalyzedDocument d = Sentence1({{"Germany", "NNP", "PROPN", 1, "nsubj"},
                                  {"warn", "VBD", "VERB", -1, "root"},
                                  {"Russia", "NNP", "PROPN", 1, "obj"},
                                  {"against", "IN", "SCONJ", 4, "mark"},
                                  {"deploy", "VBG", "VERB", 1, "advcl"},
                                  {"troops", "NNS", "NOUN", 4, "obj"}});
  EXPECT_TRUE(Requested(d, 4));
  EXPECT_FALSE(Requested(d, 1));  // the warning itself is done
  EXPECT_FALSE(Requested(d, 5));  // the troops hang on the act, not on the warning
}

// The same with the gerund hung on the warned party (a common parse): it
// is still warned against; a gerund on a subject is not.
TEST(RequestedActTest, GerundUnderAgainstOnTheWarnedParty) {
  AnalyzedDocument d = Sentence1({{"Germany", "NNP", "PROPN", 1, "nsubj"},
                                  {"warn", "VBD", "VERB", -1, "root"},
                                  {"Russia", "NNP", "PROPN", 1, "obj"},
                                  {"against", "IN", "SCONJ", 4, "mark"},
                                  {"deploy", "VBG", "VERB", 2, "acl"},
                                  {"troops", "NNS", "NOUN", 4, "obj"}});
  EXPECT_TRUE(Requested(d, 4));
  AnalyzedDocument s = Sentence1({{"Russia", "NNP", "PROPN", 3, "nsubj"},
                                  {"against", "IN", "SCONJ", 2, "mark"},
                                  {"deploy", "VBG", "VERB", 0, "acl"},
                                  {"warn", "VBD", "VERB", -1, "root"}});
  EXPECT_FALSE(Requested(s, 2));
}

// "USA urge Israel to stop and withdraw": both acts asked for; with "to
// continue talks" the aspect verb is climbed.
TEST(RequestedActTest, InfinitiveCoordinationAndAspect) {
  AnalyzedDocument d = Sentence1({{"USA", "NNP", "PROPN", 1, "nsubj"},
                                  {"urge", "VBD", "VERB", -1, "root"},
                                  {"Israel", "NNP", "PROPN", 1, "obj"},
                                  {"to", "TO", "PART", 4, "mark"},
                                  {"stop", "VB", "VERB", 1, "xcomp"},
                                  {"and", "CC", "CCONJ", 6, "cc"},
                                  {"withdraw", "VB", "VERB", 4, "conj"}});
  EXPECT_TRUE(Requested(d, 4));
  EXPECT_TRUE(Requested(d, 6));
  AnalyzedDocument c = Sentence1({{"USA", "NNP", "PROPN", 1, "nsubj"},
                                  {"urge", "VBD", "VERB", -1, "root"},
                                  {"Iran", "NNP", "PROPN", 1, "obj"},
                                  {"to", "TO", "PART", 4, "mark"},
                                  {"continue", "VB", "VERB", 1, "xcomp"},
                                  {"talks", "NNS", "NOUN", 4, "obj"},
                                  {"attack", "VB", "VERB", 4, "xcomp"}});
  EXPECT_TRUE(Requested(c, 6));
}

// "Iran attack ships to warn USA": an act done to warn is no act warned
// against; a verb outside the list ("plan") gives none.
TEST(RequestedActTest, OtherGovernorsGiveNone) {
  AnalyzedDocument d = Sentence1({{"Iran", "NNP", "PROPN", 1, "nsubj"},
                                  {"attack", "VBD", "VERB", -1, "root"},
                                  {"ships", "NNS", "NOUN", 1, "obj"},
                                  {"to", "TO", "PART", 4, "mark"},
                                  {"warn", "VB", "VERB", 1, "advcl"},
                                  {"USA", "NNP", "PROPN", 4, "obj"}});
  EXPECT_FALSE(Requested(d, 1));
  EXPECT_FALSE(Requested(d, 4));
  AnalyzedDocument p = Sentence1({{"Iran", "NNP", "PROPN", 1, "nsubj"},
                                  {"plan", "VBD", "VERB", -1, "root"},
                                  {"to", "TO", "PART", 3, "mark"},
                                  {"attack", "VB", "VERB", 1, "xcomp"}});
  EXPECT_FALSE(Requested(p, 3));
}

}  // namespace
}  // namespace entente
