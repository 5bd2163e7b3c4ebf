// Tests of the hashed linear model and the model bundle: round trips, and
// damaged files that must be refused with the file named, never crash.
#include <gtest/gtest.h>

#include <vector>

#include "util/linear_model.h"
#include "util/model_bundle.h"

namespace entente {
namespace {

std::unique_ptr<LinearModel> Small() {
  PerceptronLearner l(3);
  uint64_t a[] = {FeatureHash(1, 2), FeatureHash(1, 3)};
  uint64_t b[] = {FeatureHash(1, 4)};
  for (int i = 0; i < 10; ++i) {
    l.Tick();
    l.Update(a, 2, 1, 1.0f);
    l.Update(b, 1, 2, 1.0f);
  }
  return l.Average(0.0f);
}

TEST(LinearModelTest, RoundTripGivesTheSameScores) {
  auto m = Small();
  auto back = LinearModel::Parse(m->Serialize(), "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  float s1[3] = {}, s2[3] = {};
  for (uint64_t h : {FeatureHash(1, 2), FeatureHash(1, 4), FeatureHash(9, 9)}) {
    m->Accumulate(h, s1);
    (*back)->Accumulate(h, s2);
  }
  for (int c = 0; c < 3; ++c) EXPECT_EQ(s1[c], s2[c]);
  EXPECT_GT(s1[1], 0);
  EXPECT_GT(s1[2], 0);
  EXPECT_EQ(m->Serialize(), (*back)->Serialize());  // bytes depend only on the weights
}

// The batched sum is the feature-by-feature sum, bit for bit, for batches
// shorter and longer than its prefetch window, with unknown features mixed in.
TEST(LinearModelTest, AccumulateAllEqualsAccumulateFeatureByFeature) {
  PerceptronLearner l(5);
  std::vector<uint64_t> known;
  for (uint64_t i = 0; i < 200; ++i) known.push_back(FeatureHash(7, i));
  for (int round = 0; round < 20; ++round) {
    l.Tick();
    for (size_t i = 0; i < known.size(); ++i) l.Update(&known[i], 1, static_cast<int>((i + round) % 5), 0.5f + i % 3);
  }
  auto m = l.Average(0.0f);
  for (size_t n : {size_t{0}, size_t{1}, size_t{31}, size_t{32}, size_t{33}, size_t{150}}) {
    std::vector<uint64_t> feats;
    for (size_t i = 0; i < n; ++i) feats.push_back(i % 4 == 3 ? FeatureHash(99, i) : known[(i * 37) % known.size()]);
    float one[5] = {}, all[5] = {};
    for (uint64_t h : feats) m->Accumulate(h, one);
    m->AccumulateAll(feats.data(), feats.size(), all);
    for (int c = 0; c < 5; ++c) EXPECT_EQ(one[c], all[c]) << "n=" << n << " class " << c;
  }
}

TEST(LinearModelTest, DamagedBytesAreCorruptNamingTheFile) {
  std::string bytes = Small()->Serialize();
  for (size_t cut : {size_t{0}, size_t{10}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = LinearModel::Parse(bytes.substr(0, cut), "weights.bin");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("weights.bin"), std::string::npos);
  }
  for (size_t i = 0; i < bytes.size(); i += 7) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    EXPECT_FALSE(LinearModel::Parse(bad, "weights.bin").ok()) << "byte " << i;
  }
}

TEST(ModelBundleTest, PartsRoundTripAndAMissingPartIsAnError) {
  ModelBundle b;
  b.Put("xpos", "abc");
  b.Put("about", "trained on X");
  auto back = ModelBundle::Parse(b.Serialize(), "syntax.model");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back->Get("xpos"), "abc");
  auto missing = back->Get("parser");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("syntax.model"), std::string::npos);
  EXPECT_EQ(ModelBundle::Load("/nonexistent/entente.model").status().code(), StatusCode::kNotFound);
  std::string bytes = b.Serialize();
  bytes[bytes.size() / 2] ^= 1;
  EXPECT_EQ(ModelBundle::Parse(bytes, "x").status().code(), StatusCode::kCorrupt);
}

}  // namespace
}  // namespace entente
