// shared_subject_test.cc — the understood subject of a conjoined verb, an
// adverbial participle and an open complement; none for a verb with its own
// subject or under a noun; the group's features.
#include "events/shared_subject.h"

#include <gtest/gtest.h>

#include "events/test_features.h"
#include "events/test_sentence.h"

namespace entente {
namespace {

using testing_support::FranceFirst;
using testing_support::HasFeature;

int32_t Shared(const AnalyzedDocument& d, uint32_t t) {
  SentenceGraph g;
  g.Build(d, 0);
  return SharedSubject(g, t);
}

// "France arrived and detained the man".
AnalyzedDocument Conjoined() {
  return FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"arrived", "VBD", "VERB", -1, "root"},
                      {"and", "CC", "CCONJ", 3, "cc"}, {"detained", "VBD", "VERB", 1, "conj"},
                      {"the", "DT", "DET", 5, "det"}, {"man", "NN", "NOUN", 3, "obj"}});
}

TEST(SharedSubjectTest, AConjoinedVerbSharesItsHeadsSubject) {
  EXPECT_EQ(Shared(Conjoined(), 3), 0);
  EXPECT_EQ(Shared(Conjoined(), 1), -1);  // its own subject
  EXPECT_EQ(Shared(Conjoined(), 5), -1);  // no verb
}

TEST(SharedSubjectTest, AnAdverbialParticipleThroughAnOpenComplement) {
  // "France refused to wait, attacking the plan".
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"refused", "VBD", "VERB", -1, "root"},
                                    {"to", "TO", "PART", 3, "mark"}, {"wait", "VB", "VERB", 1, "xcomp"},
                                    {",", ",", "PUNCT", 5, "punct"}, {"attacking", "VBG", "VERB", 3, "advcl"},
                                    {"the", "DT", "DET", 7, "det"}, {"plan", "NN", "NOUN", 5, "obj"}});
  EXPECT_EQ(Shared(d, 3), 0);
  EXPECT_EQ(Shared(d, 5), 0);
}

TEST(SharedSubjectTest, NoneUnderANounOrWithItsOwnSubject) {
  // "France signed a decree banning veils": the participle modifies a noun.
  AnalyzedDocument d = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"signed", "VBD", "VERB", -1, "root"},
                                    {"a", "DT", "DET", 3, "det"}, {"decree", "NN", "NOUN", 1, "obj"},
                                    {"banning", "VBG", "VERB", 3, "acl"}, {"veils", "NNS", "NOUN", 4, "obj"}});
  EXPECT_EQ(Shared(d, 4), -1);
  // "France left and Spain stayed": the conjunct has its own subject.
  AnalyzedDocument e = FranceFirst({{"France", "NNP", "PROPN", 1, "nsubj"}, {"left", "VBD", "VERB", -1, "root"},
                                    {"and", "CC", "CCONJ", 4, "cc"}, {"Spain", "NNP", "PROPN", 4, "nsubj"},
                                    {"stayed", "VBD", "VERB", 1, "conj"}});
  EXPECT_EQ(Shared(e, 4), -1);
}

TEST(SharedSubjectTest, TheGroupReadsTheSharedSubjectAsTheTriggers) {
  SentenceGraph g;
  AnalyzedDocument d = Conjoined();
  g.Build(d, 0);
  EXPECT_EQ(SubjectPath(g, 0, 3, true), "nsubj^");
  EXPECT_NE(SubjectPath(g, 0, 3, false), "nsubj^");
  FeatureSet f(true);
  SharedSubjectFeatures(g, 3, &f);
  EXPECT_TRUE(HasFeature(f, "actor.known.path=known=nsubj^"));
  EXPECT_TRUE(HasFeature(f, "ss=conj=known"));
  FeatureSet none(true);
  SharedSubjectFeatures(g, 1, &none);
  EXPECT_FALSE(HasFeature(none, "ss=conj=known"));
}

}  // namespace
}  // namespace entente
