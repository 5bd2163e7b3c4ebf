// Tests of the hashed linear model and the model bundle: round trips, and
// damaged files that must be refused with the file named, never crash.
#include <gtest/gtest.h>

#include <cmath>
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

// Logistic regression: `rounds` passes over the examples in order.
struct Example {
  std::vector<uint64_t> feats;
  int label;
};
std::unique_ptr<LinearModel> TrainLogistic(int classes, float l2, const std::vector<Example>& data, int rounds) {
  LogisticLearner l(classes, 0.5f, l2);
  for (int r = 0; r < rounds; ++r) {
    for (const Example& x : data) l.Step(x.feats.data(), x.feats.size(), x.label, 1.0f);
  }
  return l.Model(0.0f);
}

std::vector<float> ScoresOf(const LinearModel& m, const std::vector<uint64_t>& feats) {
  std::vector<float> s(m.classes(), 0.0f);
  m.AccumulateAll(feats.data(), feats.size(), s.data());
  return s;
}

// Three classes, each with a feature of its own and two shared features.
std::vector<Example> Separable() {
  std::vector<Example> data;
  for (int i = 0; i < 30; ++i) {
    int c = i % 3;
    data.push_back({{FeatureHash(2, c), FeatureHash(3, i % 2), FeatureHash(4, 0)}, c});
  }
  return data;
}

TEST(LogisticLearnerTest, LearnsASeparableSet) {
  auto m = TrainLogistic(3, 1e-4f, Separable(), 20);
  for (const Example& x : Separable()) {
    std::vector<float> s = ScoresOf(*m, x.feats);
    EXPECT_EQ(ArgMax(s.data(), 3), x.label);
    for (int c = 0; c < 3; ++c) {
      if (c == x.label) continue;
      EXPECT_GT(s[x.label] - s[c], 2.0f) << "class " << c;  // confident: p > 0.88
    }
  }
}

TEST(LogisticLearnerTest, TheSoftmaxRunsOverTheAllowedClassesOnly) {
  LogisticLearner l(4, 0.5f, 0.0f);
  uint64_t f = FeatureHash(5, 1);
  const uint16_t allowed[] = {1, 3};
  EXPECT_EQ(l.Step(&f, 1, 3, 1.0f, allowed, 2), 1);  // all scores 0: the first allowed class
  for (int i = 0; i < 50; ++i) l.Step(&f, 1, 3, 1.0f, allowed, 2);
  auto m = l.Model(0.0f);
  EXPECT_EQ(m->Weight(f, 0), 0.0f);  // never in the softmax: never updated
  EXPECT_EQ(m->Weight(f, 2), 0.0f);
  EXPECT_GT(m->Weight(f, 3), m->Weight(f, 1));
}

// Score differences are log-odds: a feature whose examples are class 1 three
// times in four gets a margin near log 3.
TEST(LogisticLearnerTest, MarginsAreLogOdds) {
  std::vector<Example> data;
  for (int i = 0; i < 40; ++i) data.push_back({{FeatureHash(6, 1)}, i % 4 == 3 ? 0 : 1});
  auto m = TrainLogistic(2, 0.0f, data, 30);
  std::vector<float> s = ScoresOf(*m, {FeatureHash(6, 1)});
  EXPECT_NEAR(s[1] - s[0], std::log(3.0f), 0.25f);
}

float SquaredNorm(const LinearModel& m, const std::vector<uint64_t>& feats) {
  float sum = 0;
  for (uint64_t h : feats) {
    for (int c = 0; c < m.classes(); ++c) sum += m.Weight(h, c) * m.Weight(h, c);
  }
  return sum;
}

TEST(LogisticLearnerTest, RegularisationShrinksTheWeights) {
  std::vector<uint64_t> feats = {FeatureHash(2, 0), FeatureHash(2, 1), FeatureHash(2, 2), FeatureHash(3, 0),
                                 FeatureHash(3, 1), FeatureHash(4, 0)};
  float none = SquaredNorm(*TrainLogistic(3, 0.0f, Separable(), 20), feats);
  float some = SquaredNorm(*TrainLogistic(3, 1e-3f, Separable(), 20), feats);
  float more = SquaredNorm(*TrainLogistic(3, 1e-2f, Separable(), 20), feats);
  EXPECT_GT(none, 0.0f);
  EXPECT_LT(some, none);
  EXPECT_LT(more, 0.5f * some);
}

// A feature that stops occurring decays with the steps it misses (caught up
// lazily, when the model is exported), and keeps its weight without L2.
TEST(LogisticLearnerTest, AFeatureNoLongerSeenDecays) {
  auto train = [](float l2, int later) {
    LogisticLearner l(2, 0.5f, l2);
    uint64_t rare = FeatureHash(7, 1), common = FeatureHash(7, 2);
    for (int i = 0; i < 5; ++i) l.Step(&rare, 1, 1, 1.0f);
    for (int i = 0; i < later; ++i) l.Step(&common, 1, i % 2, 1.0f);
    return l.Model(0.0f)->Weight(rare, 1);
  };
  EXPECT_EQ(train(0.0f, 0), train(0.0f, 200));
  EXPECT_LT(train(0.01f, 200), 0.9f * train(0.01f, 0));
  EXPECT_GT(train(0.01f, 200), 0.0f);
}

TEST(LogisticLearnerTest, RoundTripGivesTheSameScores) {
  auto m = TrainLogistic(3, 1e-3f, Separable(), 5);
  auto back = LinearModel::Parse(m->Serialize(), "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  for (const Example& x : Separable()) EXPECT_EQ(ScoresOf(*m, x.feats), ScoresOf(**back, x.feats));
  EXPECT_EQ(m->Serialize(), (*back)->Serialize());
}

TEST(MeanRowsTest, AveragesTheWeightsAMissingOneCountingAsZero) {
  WeightRows a = {{FeatureHash(1, 1), {{0, 2.0f}, {2, 4.0f}}}, {FeatureHash(1, 2), {{1, 1.0f}}}};
  WeightRows b = {{FeatureHash(1, 1), {{0, 4.0f}, {1, -2.0f}}}};
  auto m = LinearModel::Build(3, MeanRows({a, b}, 3));
  EXPECT_EQ(m->Weight(FeatureHash(1, 1), 0), 3.0f);
  EXPECT_EQ(m->Weight(FeatureHash(1, 1), 1), -1.0f);
  EXPECT_EQ(m->Weight(FeatureHash(1, 1), 2), 2.0f);
  EXPECT_EQ(m->Weight(FeatureHash(1, 2), 1), 0.5f);
  EXPECT_EQ(m->feature_count(), 2u);
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
