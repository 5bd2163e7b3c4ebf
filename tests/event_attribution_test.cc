// event_attribution_test.cc — who says an event, through the whole pipeline: the
// subject of a verb of saying set beside the event ("S, officials said") or
// above it; unnamed officials, sources and diplomats are anonymous, a named
// minister is not. The sentences are the project's own.
#include <string>

#include <gtest/gtest.h>

#include "entente/pipeline.h"

namespace entente {
namespace {

// The attribution of the first event coded in `text`; ok false if none.
struct Said {
  bool ok = false;
  Attribution attribution;
};

Said FirstAttribution(const std::string& text) {
  CollectingSink sink;
  auto pipeline = Pipeline::Create(PipelineOptions(), &sink);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  Said out;
  if (!pipeline.ok()) return out;
  Document doc;
  doc.id = "said";
  doc.date = "2021-02-16";
  doc.text = text;
  AnalyzedDocument a;
  (*pipeline)->Analyze(doc, &a);
  if (a.events.empty()) return out;
  out.ok = true;
  out.attribution = a.events[0].attribution;
  return out;
}

TEST(AttributionTest, UnnamedOfficialsBesideTheEventAreAnonymous) {
  Said s = FirstAttribution("Turkish police arrested two Iranian nationals, officials said.");
  ASSERT_TRUE(s.ok);
  EXPECT_EQ(s.attribution.text, "officials");
  EXPECT_TRUE(s.attribution.anonymous);
}

TEST(AttributionTest, UnnamedDiplomatsAboveTheEventAreAnonymous) {
  Said s = FirstAttribution("Anonymous diplomats said Turkey has sent troops to Libya.");
  ASSERT_TRUE(s.ok);
  EXPECT_TRUE(s.attribution.anonymous);
}

TEST(AttributionTest, ANamedMinisterIsNot) {
  Said s = FirstAttribution("Turkish police arrested two Iranian nationals, interior minister Suleyman Soylu said.");
  ASSERT_TRUE(s.ok);
  EXPECT_EQ(s.attribution.actor, "TURGOV");
  EXPECT_FALSE(s.attribution.anonymous);
}

}  // namespace
}  // namespace entente
