// learned_coder_test.cc — the learned coder's settings in its model file:
// the decoding settings chosen on dev survive a save and load, and a model
// file written before they existed decodes as it did.
#include "events/learned_coder.h"

#include <gtest/gtest.h>

#include <string>

namespace entente {
namespace {

CoderModels TinyModels() {
  CoderModels m;
  m.detect = LinearModel::Build(2, {});
  m.pair = LinearModel::Build(2, {});
  m.trigger = LinearModel::Build(kNumTriggerClasses, {});
  m.cameo = LinearModel::Build(1, {});
  m.factuality = LinearModel::Build(kNumFactuality, {});
  m.argument = LinearModel::Build(kNumRoles, {{42, {{1, 0.5f}}}});
  m.cameo_codes = {"010"};
  m.about = "test";
  return m;
}

Result<CoderModels> RoundTrip(const ModelBundle& b) {
  auto parsed = ModelBundle::Parse(b.Serialize(), "test.bin");
  if (!parsed.ok()) return parsed.status();
  return CoderModels::FromBundle(*parsed);
}

TEST(LearnedCoderParamsTest, DecodingSettingsSurviveSaveAndLoad) {
  CoderModels m = TinyModels();
  m.params.trigger_margin = -5;
  m.params.pair_weight = 3;
  m.params.target_margin = -1;
  m.params.source_floor = -20;
  auto back = RoundTrip(m.ToBundle());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->params.trigger_margin, -5);
  EXPECT_EQ(back->params.pair_weight, 3);
  EXPECT_EQ(back->params.target_margin, -1);
  EXPECT_EQ(back->params.source_floor, -20);
  EXPECT_FALSE(back->params.keep_sourceless);
}

TEST(LearnedCoderParamsTest, OlderModelFileKeepsTheOldDecoding) {
  ModelBundle b = TinyModels().ToBundle();
  b.Put("params", "trigger_margin=-8\nargument_margin=0\ntarget_margin=-2\nkeep_sourceless=0\n");
  auto back = RoundTrip(b);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->params.trigger_margin, -8);
  EXPECT_EQ(back->params.target_margin, -2);
  EXPECT_EQ(back->params.pair_weight, 1);       // margins added as before
  EXPECT_GE(back->params.source_floor, 1e8f);  // no fallback source
}

}  // namespace
}  // namespace entente
