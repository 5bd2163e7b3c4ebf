#include "tag/perceptron_tagger.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace entente {
namespace {

std::string TempPath(const char* name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

TEST(PerceptronModelTest, SaveLoadRoundTrip) {
  std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> rows = {
      {0x1234, {{static_cast<uint8_t>(TagIndex(Tag::kNN)), 1.5f}, {static_cast<uint8_t>(TagIndex(Tag::kVB)), -0.25f}}},
      {0xFFFFFFFFFFFFULL, {{static_cast<uint8_t>(TagIndex(Tag::kHYPH)), 3.0f}}},
  };
  auto model = PerceptronModel::Build(rows);
  std::string path = TempPath("entente_tagger_roundtrip.bin");
  ASSERT_TRUE(model->Save(path).ok());
  auto loaded = PerceptronModel::Load(path);
  std::remove(path.c_str());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->feature_count(), 2u);
  float a[kNumTags] = {}, b[kNumTags] = {};
  for (const auto& r : rows) {
    model->Accumulate(r.first, a);
    (*loaded)->Accumulate(r.first, b);
  }
  (*loaded)->Accumulate(0x9999, b);  // unknown feature: no effect
  for (int t = 0; t < kNumTags; ++t) EXPECT_NEAR(a[t], b[t], 3.0f / 32767 * 2) << TagName(static_cast<Tag>(t));
  EXPECT_NEAR(b[TagIndex(Tag::kNN)], 1.5f, 1e-3);
}

TEST(PerceptronModelTest, RejectsMissingCorruptAndNewerFiles) {
  EXPECT_EQ(PerceptronModel::Load(TempPath("entente_no_such_model.bin")).status().code(), StatusCode::kNotFound);

  std::string path = TempPath("entente_tagger_bad.bin");
  {
    std::ofstream out(path, std::ios::binary);
    out << "not a model at all";
  }
  EXPECT_EQ(PerceptronModel::Load(path).status().code(), StatusCode::kCorrupt);

  {
    std::ofstream out(path, std::ios::binary);
    out << "entente-tagger";
    const char version[4] = {9, 0, 0, 0};  // format 9: newer than this build
    out.write(version, 4);
  }
  EXPECT_EQ(PerceptronModel::Load(path).status().code(), StatusCode::kUnsupported);

  // A valid header whose feature list is cut short.
  auto model = PerceptronModel::Build({{0x42, {{0, 1.0f}}}});
  ASSERT_TRUE(model->Save(path).ok());
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 2);
  EXPECT_EQ(PerceptronModel::Load(path).status().code(), StatusCode::kCorrupt);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace entente
