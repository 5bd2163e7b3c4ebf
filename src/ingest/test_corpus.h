// test_corpus.h — for tests only: a fresh temporary directory per test, in
// which a test writes the small corpus it reads (ingest, runner and
// command-line tests). Removed when the test ends.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace entente::testing {

class TestCorpus {
 public:
  // A directory named after the process and the running test.
  TestCorpus() {
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name() + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TestCorpus() { std::filesystem::remove_all(dir_); }
  TestCorpus(const TestCorpus&) = delete;
  TestCorpus& operator=(const TestCorpus&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::string Path(const std::string& rel) const { return (dir_ / rel).string(); }

  // Writes `content` (bytes as given) to `rel`, creating directories;
  // returns the full path.
  std::string Write(const std::string& rel, const std::string& content) const {
    std::filesystem::path p = dir_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace entente::testing
