// Tests of the hashed linear model and the model bundle: round trips, and
// damaged files that must be refused with the file named, never crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
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

// Dense hashed layout: a table of 2^bits rows indexed by the top bits of
// the feature hash, trained with its collisions.
constexpr int kTinyBits = 4;
constexpr char kMagic16[] = "entente-linear\0";  // 16 bytes with its terminator  // 16 rows: plenty of collisions among 40 features

// Features 0..n-1 of template 5, and two that share a row with each other.
std::vector<uint64_t> DenseFeatures(size_t n) {
  std::vector<uint64_t> f;
  for (uint64_t i = 0; i < n; ++i) f.push_back(FeatureHash(5, i));
  return f;
}

std::pair<uint64_t, uint64_t> CollidingPair() {
  std::vector<uint64_t> f = DenseFeatures(40);
  for (size_t i = 0; i < f.size(); ++i) {
    for (size_t j = i + 1; j < f.size(); ++j) {
      if (LinearModel::DenseRow(f[i], kTinyBits) == LinearModel::DenseRow(f[j], kTinyBits)) return {f[i], f[j]};
    }
  }
  ADD_FAILURE() << "no collision among 40 features in 16 rows";
  return {0, 0};
}

// Trains a learner on a fixed pseudo-random sequence of updates.
void TrainSome(PerceptronLearner* l, const std::vector<uint64_t>& feats, int classes) {
  for (int round = 0; round < 30; ++round) {
    l->Tick();
    for (size_t i = 0; i < feats.size(); ++i) {
      if ((i * 7 + round) % 3 == 0) l->Update(&feats[i], 1, static_cast<int>((i + round) % classes), 1.0f);
      if ((i + round) % 5 == 0) l->Update(&feats[i], 1, static_cast<int>(i % classes), -1.0f);
    }
  }
}

TEST(DenseLinearModelTest, RoundTripGivesTheSameScoresAndBytes) {
  PerceptronLearner l(3, kTinyBits);
  std::vector<uint64_t> feats = DenseFeatures(40);
  TrainSome(&l, feats, 3);
  auto m = l.Average(0.0f);
  EXPECT_EQ(m->dense_bits(), kTinyBits);
  EXPECT_GT(m->feature_count(), 0u);
  EXPECT_LE(m->feature_count(), 16u);
  auto back = LinearModel::Parse(m->Serialize(), "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->dense_bits(), kTinyBits);
  EXPECT_EQ((*back)->feature_count(), m->feature_count());
  float s1[3] = {}, s2[3] = {};
  m->AccumulateAll(feats.data(), feats.size(), s1);
  (*back)->AccumulateAll(feats.data(), feats.size(), s2);
  for (int c = 0; c < 3; ++c) EXPECT_EQ(s1[c], s2[c]);
  EXPECT_EQ(m->Serialize(), (*back)->Serialize());
}

// Two features in one row are one set of weights, in the learner (the
// update of one moves the score of the other) and in the exported model.
TEST(DenseLinearModelTest, CollidingFeaturesShareTheirRow) {
  auto [a, b] = CollidingPair();
  PerceptronLearner l(2, kTinyBits);
  l.Tick();
  l.Update(&a, 1, 1, 1.0f);
  float sb[2] = {};
  l.Score(&b, 1, sb);
  EXPECT_EQ(sb[1], 1.0f);
  l.Update(&b, 1, 1, 2.0f);
  l.Tick();
  auto m = l.Average(0.0f);
  EXPECT_EQ(m->Weight(a, 1), m->Weight(b, 1));
  EXPECT_GT(m->Weight(a, 1), 0.0f);
  float both[2] = {}, one[2] = {};
  uint64_t ab[] = {a, b};
  m->AccumulateAll(ab, 2, both);
  m->Accumulate(a, one);
  EXPECT_FLOAT_EQ(both[1], 2 * one[1]);
}

// The exported dense weights are the averaged weights the sparse learner
// computes (rows without collisions), to within the 16-bit rounding; the
// batched sum is the sum of the weights feature by feature.
TEST(DenseLinearModelTest, AveragesMatchTheSparseLearnerAndSumsMatchWeights) {
  std::vector<uint64_t> feats;
  std::vector<bool> used(1 << 12);
  for (uint64_t h : DenseFeatures(300)) {
    uint64_t row = LinearModel::DenseRow(h, 12);
    if (!used[row]) feats.push_back(h);
    used[row] = true;
  }
  PerceptronLearner sparse(5), dense(5, 12);
  TrainSome(&sparse, feats, 5);
  TrainSome(&dense, feats, 5);
  auto ms = sparse.Average(0.0f);
  auto md = dense.Average(0.0f);
  float max_abs = 0;
  for (uint64_t h : feats) {
    for (int c = 0; c < 5; ++c) max_abs = std::max(max_abs, std::fabs(ms->Weight(h, c)));
  }
  const float step = max_abs / 32767.0f;
  std::vector<float> expected(5, 0.0f);
  for (uint64_t h : feats) {
    for (int c = 0; c < 5; ++c) {
      EXPECT_NEAR(md->Weight(h, c), ms->Weight(h, c), step / 2 * 1.001f);
      expected[c] += md->Weight(h, c);
    }
  }
  float got[5] = {};
  md->AccumulateAll(feats.data(), feats.size(), got);
  for (int c = 0; c < 5; ++c) EXPECT_NEAR(got[c], expected[c], 1e-3f * (1 + std::fabs(expected[c])));
}

// Averaging by hand: a weight of +1 set at clock 2 and read at clock 4 of
// a learner started at clock 1 averages (4 - 2) / 4 = 0.5.
TEST(DenseLinearModelTest, AverageOfAKnownSequence) {
  uint64_t f = FeatureHash(3, 3);
  PerceptronLearner l(3, 8);
  l.Tick();
  l.Update(&f, 1, 2, 1.0f);
  l.Tick();
  l.Tick();
  auto m = l.Average(0.0f);
  EXPECT_FLOAT_EQ(m->Weight(f, 2), 0.5f);
  EXPECT_EQ(m->Weight(f, 0), 0.0f);
  EXPECT_EQ(m->feature_count(), 1u);
}

TEST(DenseLinearModelTest, DamagedOrNewerBytesAreRefusedNamingTheFile) {
  PerceptronLearner l(3, kTinyBits);
  TrainSome(&l, DenseFeatures(40), 3);
  std::string bytes = l.Average(0.0f)->Serialize();
  for (size_t cut : {size_t{0}, size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = LinearModel::Parse(bytes.substr(0, cut), "dense.bin");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("dense.bin"), std::string::npos);
  }
  for (size_t i = 0; i < bytes.size(); i += 5) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x21);
    EXPECT_FALSE(LinearModel::Parse(bad, "dense.bin").ok()) << "byte " << i;
  }
  // Unchecked parts (from a checked bundle) still have their sizes checked.
  std::string short_table = bytes.substr(0, bytes.size() - 10) + bytes.substr(bytes.size() - 8);
  EXPECT_EQ(LinearModel::Parse(short_table, "dense.bin", false).status().code(), StatusCode::kCorrupt);
  // A 16-row table whose row map names row 16: magic, version, classes,
  // bits and scale, then the map's byte of rows 16-23.
  constexpr size_t kRow16 = 16 + 4 + 4 + 4 + 4 + 2;
  std::string past_end = bytes;
  past_end[kRow16] = static_cast<char>(past_end[kRow16] | 1);
  EXPECT_EQ(LinearModel::Parse(past_end, "dense.bin", false).status().code(), StatusCode::kCorrupt);
  // A header asking for 2^24 rows of 65,535 classes is refused before any allocation.
  std::string huge(kMagic16, 16);
  for (uint32_t v : {2u, 65535u, 24u}) huge.append(reinterpret_cast<const char*>(&v), 4);
  float one = 1.0f;
  huge.append(reinterpret_cast<const char*>(&one), 4);
  huge.append(8, '\0');
  EXPECT_EQ(LinearModel::Parse(huge, "dense.bin", false).status().code(), StatusCode::kCorrupt);
  std::string newer = bytes;
  newer[16] = 3;
  auto r = LinearModel::Parse(newer, "dense.bin", false);
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(r.status().message().find("dense.bin"), std::string::npos);
}

// Sparse models (format 1, every model written before the dense layout)
// are still written and read as format 1.
TEST(DenseLinearModelTest, SparseModelsKeepFormatOne) {
  std::string bytes = Small()->Serialize();
  uint32_t version = 0;
  std::memcpy(&version, bytes.data() + 16, 4);
  EXPECT_EQ(version, LinearModel::kSparseVersion);
  EXPECT_EQ(LinearModel::Parse(bytes, "old.bin").value()->dense_bits(), 0);
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

// The bytes of `b` as format 1 wrote them: version 1, FNV-1a checksum.
std::string AsFormat1(const ModelBundle& b) {
  std::string bytes = b.Serialize();
  uint32_t v1 = 1;
  std::memcpy(bytes.data() + 16, &v1, 4);
  uint64_t sum = ModelBundle::Checksum(std::string_view(bytes).substr(0, bytes.size() - 8), 1);
  std::memcpy(bytes.data() + bytes.size() - 8, &sum, 8);
  return bytes;
}

uint32_t VersionOf(std::string_view bytes) {
  uint32_t v = 0;
  std::memcpy(&v, bytes.data() + 16, 4);
  return v;
}

// Known answers, so a change of hash cannot pass unnoticed: format 1's
// FNV-1a starts from entente's basis 1469598103934665603 (one digit short of
// the published 14695981039346656037; the files carry it, so it stays), and
// XXH3-64 of no bytes is xxHash's own test vector.
TEST(ModelBundleTest, ChecksumsOfEachFormat) {
  EXPECT_EQ(ModelBundle::Checksum("", 1), 1469598103934665603ull);
  EXPECT_EQ(ModelBundle::Checksum("", 2), 0x2D06800538D394C2ull);
  EXPECT_NE(ModelBundle::Checksum("abc", 2), ModelBundle::Checksum("abd", 2));
}

// Bundles are written as format 2 (XXH3-64); format 1 (FNV-1a) files still
// load, with the same parts, and are re-written as format 2.
TEST(ModelBundleTest, WritesFormat2AndStillReadsFormat1) {
  ModelBundle b;
  b.Put("xpos", std::string(1000, 'x'));
  b.Put("about", "trained on X");
  std::string v2 = b.Serialize();
  ASSERT_EQ(VersionOf(v2), 2u);
  uint64_t sum;
  std::memcpy(&sum, v2.data() + v2.size() - 8, 8);
  EXPECT_EQ(sum, ModelBundle::Checksum(std::string_view(v2).substr(0, v2.size() - 8), 2));
  std::string v1 = AsFormat1(b);
  ASSERT_NE(v1, v2);
  auto old = ModelBundle::Parse(v1, "old.model");
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_EQ(*old->Get("xpos"), std::string(1000, 'x'));
  EXPECT_EQ(*old->Get("about"), "trained on X");
  EXPECT_EQ(old->Serialize(), v2);  // upgraded: the same parts, the new checksum
}

// Damage is refused whatever the format: a flipped byte, a cut file, a
// version field changed; a newer format is Unsupported, naming the file.
TEST(ModelBundleTest, DamagedFilesOfEitherFormatAreRefused) {
  ModelBundle b;
  b.Put("xpos", std::string(300, 'x'));
  for (const std::string& good : {b.Serialize(), AsFormat1(b)}) {
    SCOPED_TRACE(VersionOf(good));
    for (size_t at : {size_t{30}, good.size() / 2, good.size() - 1}) {
      std::string bad = good;
      bad[at] ^= 4;
      auto r = ModelBundle::Parse(bad, "damaged.model");
      ASSERT_EQ(r.status().code(), StatusCode::kCorrupt);
      EXPECT_NE(r.status().message().find("damaged.model"), std::string::npos);
      EXPECT_NE(r.status().message().find("checksum mismatch"), std::string::npos);
    }
    EXPECT_EQ(ModelBundle::Parse(good.substr(0, good.size() - 5), "cut").status().code(), StatusCode::kCorrupt);
    EXPECT_EQ(ModelBundle::Parse(good.substr(0, 20), "cut").status().code(), StatusCode::kCorrupt);
    std::string other = good;
    other[16] ^= 3;  // version 1 <-> 2: the other checksum does not match
    EXPECT_EQ(ModelBundle::Parse(other, "x").status().code(), StatusCode::kCorrupt);
    std::string zero = good;
    std::memset(zero.data() + 16, 0, 4);
    EXPECT_EQ(ModelBundle::Parse(zero, "x").status().code(), StatusCode::kCorrupt);
  }
  std::string newer = b.Serialize();
  uint32_t v3 = 3;
  std::memcpy(newer.data() + 16, &v3, 4);
  auto r = ModelBundle::Parse(newer, "newer.model");
  ASSERT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(r.status().message().find("newer.model: model format 3 is newer"), std::string::npos);
}

}  // namespace
}  // namespace entente
