#include "util/file_bytes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace entente {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / (name + "." + std::to_string(::getpid()))).string();
}

TEST(FileBytes, ARegularFileIsReadWhole) {
  std::string path = TempPath("file_bytes_regular");
  std::string content(100000, 'x');
  content[0] = 'a';
  content.back() = 'z';
  std::ofstream(path, std::ios::binary) << content;
  FileBytes f;
  ASSERT_TRUE(FileBytes::Open(path, &f));
  EXPECT_EQ(f.bytes(), content);
  FileBytes moved = std::move(f);
  EXPECT_EQ(moved.bytes(), content);
  EXPECT_TRUE(f.bytes().empty());
  std::remove(path.c_str());
}

TEST(FileBytes, AnEmptyFileHasNoBytes) {
  std::string path = TempPath("file_bytes_empty");
  std::ofstream(path, std::ios::binary).flush();
  FileBytes f;
  ASSERT_TRUE(FileBytes::Open(path, &f));
  EXPECT_TRUE(f.bytes().empty());
  std::remove(path.c_str());
}

TEST(FileBytes, AMissingFileIsFalse) {
  FileBytes f = FileBytes::FromString("left over");
  EXPECT_FALSE(FileBytes::Open(TempPath("file_bytes_missing"), &f));
  EXPECT_TRUE(f.bytes().empty());
}

TEST(FileBytes, AFileThatCannotBeMappedIsRead) {
  // /proc files report size 0 and cannot be mapped; they are read instead.
  FileBytes f;
  ASSERT_TRUE(FileBytes::Open("/proc/self/status", &f));
  EXPECT_NE(f.bytes().find("Name:"), std::string_view::npos);
}

TEST(FileBytes, ShortStringsSurviveAMove) {
  FileBytes f = FileBytes::FromString("abc");  // small enough for the string's own buffer
  FileBytes g = std::move(f);
  EXPECT_EQ(g.bytes(), "abc");
}

}  // namespace
}  // namespace entente
