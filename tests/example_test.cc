// example_test.cc — the example article examples/alliance_trust.txt (trust
// between allies: meetings, pledges, criticism, troop withdrawals, exits
// from agreements, anonymous sources) must yield the events a reader finds
// in it, through the whole pipeline.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "entente/pipeline.h"
#include "util/data_dir.h"

namespace entente {
namespace {

struct Found {
  std::string cameo, plover, source, target, modality;
  bool negated = false;
  std::string attribution;
  bool anonymous = false;
};

std::vector<Found> CodeExample(bool include_negated) {
  std::string text;
  EXPECT_TRUE(ReadFile(std::string(ENTENTE_SOURCE_DIR) + "/examples/alliance_trust.txt", &text));
  PipelineOptions options;
  options.include_negated = include_negated;
  CollectingSink sink;
  auto pipeline = Pipeline::Create(options, &sink);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  if (!pipeline.ok()) return {};
  Document doc;
  doc.id = "alliance_trust";
  doc.date = "2021-02-16";
  doc.text = text;
  AnalyzedDocument out;
  (*pipeline)->Analyze(doc, &out);
  std::vector<Found> found;
  for (const Event& e : out.events) {
    Found f;
    f.cameo = e.cameo;
    f.plover = e.plover;
    f.source = e.sources.empty() ? "" : e.sources[0].country;
    for (const ActorMention& t : e.targets) f.target += (f.target.empty() ? "" : ",") + t.country;
    f.modality = e.modality == Modality::kIntended ? "intended" : "";
    f.negated = e.negated;
    f.attribution = e.attribution.text;
    f.anonymous = e.attribution.anonymous;
    found.push_back(f);
  }
  return found;
}

const Found* Find(const std::vector<Found>& v, const std::string& plover, const std::string& source,
                  const std::string& target_has) {
  for (const Found& f : v) {
    if (f.plover == plover && f.source == source && f.target.find(target_has) != std::string::npos) {
      return &f;
    }
  }
  return nullptr;
}

TEST(ExampleArticleTest, AllianceTrustEvents) {
  std::vector<Found> events = CodeExample(/*include_negated=*/false);
  // "Austin pledged to consult closely with Germany, France and Italy":
  // one AGREE (intent to meet), compound target.
  const Found* f = Find(events, "AGREE", "USA", "DEU");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->cameo, "036");
  EXPECT_NE(f->target.find("FRA"), std::string::npos);
  EXPECT_NE(f->target.find("ITA"), std::string::npos);
  // "... to rebuild trust with European allies, administration officials said."
  f = Find(events, "SUPPORT", "USA", "");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->attribution, "administration officials");
  EXPECT_TRUE(f->anonymous);
  // "Trump ordered the withdrawal of about 12,000 troops from Germany."
  f = Find(events, "RETREAT", "USA", "DEU");
  ASSERT_NE(f, nullptr);
  // "Cravinho called the previous administration's approach ... 'an
  // ideological experiment'": criticism, not a phone call.
  EXPECT_NE(Find(events, "ACCUSE", "PRT", ""), nullptr);
  for (const Found& e : events) EXPECT_NE(e.cameo, "041") << "a phone call was coded";
  // "Lisbon would meet NATO's spending target": intent, not a meeting.
  f = Find(events, "AGREE", "PRT", "");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->modality, "intended");
  EXPECT_EQ(f->attribution, "Cravinho");
  EXPECT_FALSE(f->anonymous);
  // "The United States pulled out troops from Syria last year, according to
  // Pentagon spokesman John Kirby": a named source.
  f = Find(events, "RETREAT", "USA", "SYR");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->attribution, "Pentagon spokesman John Kirby");
  EXPECT_FALSE(f->anonymous);
  // Stoltenberg welcomed the U.S. commitment and urged members to spend more.
  EXPECT_NE(Find(events, "SUPPORT", "", "USA"), nullptr);
  EXPECT_NE(Find(events, "REQUEST", "", ""), nullptr);
  // "Russia warned the alliance against deploying new forces."
  EXPECT_NE(Find(events, "THREATEN", "RUS", ""), nullptr);
  // "Washington will not pull out of the Open Skies Treaty": negated, so
  // not in the default output ...
  EXPECT_EQ(Find(events, "REJECT", "USA", ""), nullptr);
}

TEST(ExampleArticleTest, NegatedExitIsKeptOnRequest) {
  std::vector<Found> events = CodeExample(/*include_negated=*/true);
  const Found* f = Find(events, "REJECT", "USA", "RUS");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->cameo, "127");
  EXPECT_TRUE(f->negated);
  EXPECT_EQ(f->attribution, "anonymous administration sources");
  EXPECT_TRUE(f->anonymous);
}

}  // namespace
}  // namespace entente
