// dateline_location_test.cc — issue 16 through the real pipeline: an event
// whose sentence names no place takes the place of its story's dateline,
// marked from_dateline, unless dateline_location is off
// (--no-dateline-location); events of a story without a dateline do not.
#include <gtest/gtest.h>

#include <string>

#include "entente/pipeline.h"

namespace entente {
namespace {

AnalyzedDocument Analyzed(const std::string& text, bool dateline_location) {
  PipelineOptions o;
  o.dateline_location = dateline_location;
  CollectingSink sink;
  auto p = Pipeline::Create(o, &sink);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  AnalyzedDocument out;
  if (!p.ok()) return out;
  Document d;
  d.id = "kabul";
  d.date = "2020-03-04";
  d.text = text;
  (*p)->Analyze(d, &out);
  return out;
}

constexpr const char* kStory =
    "KABUL, Afghanistan (Reuters) - Afghan police arrested two Taliban commanders on Tuesday, "
    "the interior ministry said.";

TEST(DatelineLocation, EventTakesTheDatelinePlace) {
  AnalyzedDocument d = Analyzed(kStory, true);
  ASSERT_FALSE(d.dateline.empty());
  EXPECT_EQ(d.dateline_place.country, "AFG");
  ASSERT_FALSE(d.events.empty());
  int from_dateline = 0;
  for (const Event& e : d.events) {
    if (!e.location.from_dateline) continue;
    ++from_dateline;
    EXPECT_EQ(e.location.text, "KABUL");
    EXPECT_EQ(e.location.country, "AFG");
    EXPECT_EQ(e.location.place_id, "city:AFG:kabul");
  }
  EXPECT_GT(from_dateline, 0);
}

TEST(DatelineLocation, OffMeansSentenceEvidenceOnly) {
  AnalyzedDocument d = Analyzed(kStory, false);
  ASSERT_FALSE(d.events.empty());
  for (const Event& e : d.events) {
    EXPECT_FALSE(e.location.from_dateline);
    EXPECT_TRUE(e.location.empty()) << e.location.text;
  }
}

TEST(DatelineLocation, NoDatelineNoDatelinePlace) {
  AnalyzedDocument d = Analyzed(
      "Afghan police arrested two Taliban commanders on Tuesday, the interior ministry said.", true);
  EXPECT_TRUE(d.dateline_place.place_id.empty());
  for (const Event& e : d.events) EXPECT_FALSE(e.location.from_dateline);
}

}  // namespace
}  // namespace entente
