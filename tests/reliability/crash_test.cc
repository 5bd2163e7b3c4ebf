// Crash safety of `entente ingest`: the test writes a corpus, starts an
// ingest, kills it with SIGKILL once some batches are committed, runs the
// same ingest again and checks that the store then holds exactly what an
// uninterrupted ingest stores — every document once, the same events and
// clusters — and (SQLite) that PRAGMA integrity_check passes. Runs on
// SQLite, and on PostgreSQL when the store tests' server is up.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "entente/store.h"
#include "run_process.h"
#include "store/store_test_util.h"

namespace entente::reliability {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kDocs = 3000;
constexpr double kTimeout = 300;

StoreStats ReadStats(const std::string& db) {
  StoreOptions o;
  o.read_only = true;
  auto s = EventStore::Open(db, o);
  if (!s.ok()) return {};
  auto st = (*s)->Stats();
  return st.ok() ? *st : StoreStats{};
}

class CrashTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente_crash_" + std::to_string(::getpid()) + "_" +
                                        GetParam());
    fs::create_directories(dir_);
    if (!fs::exists(EntenteBinary())) GTEST_SKIP() << "no entente binary";
    corpus_ = (dir_ / "corpus.jsonl").string();
    std::ofstream(corpus_, std::ios::binary) << SyntheticCorpus(kDocs, "crash", false);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A fresh store location for this backend ("" = skip).
  std::string Location(const std::string& name) {
    if (GetParam() == "sqlite") return (dir_ / (name + ".db")).string();
    std::string skip;
    std::string loc = testing::FreshTestStoreLocation(GetParam(), "crash_" + name, &skip);
    if (loc.empty() && !skip.empty()) skip_ = skip;
    return loc;
  }
  std::vector<std::string> IngestArgs(const std::string& db) {
    return {EntenteBinary(), "ingest", "--db", db, "--threads", "2", "--batch", "25", corpus_};
  }
  int Ingest(const std::string& db) {
    std::string err = (dir_ / "ingest.err").string();
    int pid = StartProcess(IngestArgs(db), (dir_ / "ingest.out").string(), err);
    int s = WaitProcess(pid, kTimeout);
    if (s != 0) ADD_FAILURE() << "ingest exit " << s << ": " << ReadFile(err);
    return s;
  }

  fs::path dir_;
  std::string corpus_, skip_;
};

TEST_P(CrashTest, KillDuringIngestThenResume) {
  std::string ref = Location("reference");
  if (ref.empty()) GTEST_SKIP() << skip_;
  auto t0 = Clock::now();
  ASSERT_EQ(Ingest(ref), 0);
  StoreStats want = ReadStats(ref);
  double ref_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  ASSERT_EQ(want.documents, kDocs);
  ASSERT_GT(want.events, kDocs / 2);

  std::string db = Location("killed");
  if (db.empty()) GTEST_SKIP() << skip_;
  int pid = StartProcess(IngestArgs(db), (dir_ / "killed.out").string(),
                         (dir_ / "killed.err").string());
  ASSERT_GT(pid, 0);
  // Kill as soon as a first batch is visible, well before the end.
  int64_t seen = 0;
  auto deadline = Clock::now() + std::chrono::seconds(static_cast<int>(kTimeout));
  while (Clock::now() < deadline) {
    seen = ReadStats(db).documents;
    if (seen > 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ::kill(pid, SIGKILL);
  int status = WaitProcess(pid, 30);
  int64_t after_kill = ReadStats(db).documents;
  std::printf("[reliability] %s: uninterrupted ingest %.1f s; killed with %lld of %d documents "
              "committed (exit %d)\n",
              GetParam().c_str(), ref_seconds, static_cast<long long>(after_kill), kDocs, status);
  ASSERT_GT(seen, 0) << "no batch was committed before the time limit";
  if (after_kill >= kDocs) GTEST_SKIP() << "the ingest finished before it could be killed";
  EXPECT_EQ(status, 128 + SIGKILL);

  ASSERT_EQ(Ingest(db), 0);
  StoreStats got = ReadStats(db);
  EXPECT_EQ(got.documents, want.documents);
  EXPECT_EQ(got.sentences, want.sentences);
  EXPECT_EQ(got.events, want.events);
  EXPECT_EQ(got.clusters, want.clusters);
  EXPECT_EQ(got.actors, want.actors);
  std::string second = ReadFile((dir_ / "ingest.err").string());
  EXPECT_NE(second.find(std::to_string(after_kill) + " already stored"), std::string::npos)
      << second;

  if (GetParam() == "sqlite") {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    auto one = [h](const char* sql) {
      sqlite3_stmt* st = nullptr;
      std::string v;
      if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char* t = sqlite3_column_text(st, 0);
        v = t ? reinterpret_cast<const char*>(t) : "";
      }
      sqlite3_finalize(st);
      return v;
    };
    EXPECT_EQ(one("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(one("PRAGMA foreign_key_check"), "");
    EXPECT_EQ(one("SELECT COUNT(DISTINCT doc_key) FROM documents"), std::to_string(kDocs));
    EXPECT_EQ(one("SELECT COUNT(*) FROM documents"), std::to_string(kDocs));
    EXPECT_EQ(one("SELECT COUNT(*) FROM events WHERE doc NOT IN (SELECT id FROM documents)"), "0");
    sqlite3_close(h);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace entente::reliability
