// Dates before 1970 through the built `entente`: documents dated 1950-03-01
// and 1801-07-04 (inside the accepted 1800..2200) keep their dates — and the
// dates their text gives ("on Friday") resolve against them — in JSON Lines,
// TSV and GDELT output, in the SQLite store, in `export` and in the
// barometer's periods. Before civil-date arithmetic every such document
// became an undated event.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "run_process.h"

namespace entente::reliability {
namespace {

namespace fs = std::filesystem;

constexpr char kInput[] =
    R"({"id":"d1950","date":"1950-03-01","text":"Russian forces shelled Kharkiv on Friday, Ukrainian officials said."})"
    "\n"
    R"({"id":"d1801","date":"1801-07-04","text":"France condemned the attack and urged Russia to withdraw its troops."})"
    "\n"
    R"({"id":"d1799","date":"1799-12-31","text":"Germany condemned the attack on Kharkiv."})"
    "\n";

class OldDatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente_old_dates_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    if (!fs::exists(EntenteBinary())) GTEST_SKIP() << "no entente binary at " << EntenteBinary();
    input_ = (dir_ / "old.jsonl").string();
    std::ofstream(input_, std::ios::binary) << kInput;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `entente ARGS…`; returns its standard output (stderr in err_).
  std::string Run(std::vector<std::string> args, int expect_status = 0) {
    ProcessSpec s;
    s.argv = {EntenteBinary()};
    s.argv.insert(s.argv.end(), args.begin(), args.end());
    s.err_path = (dir_ / "stderr").string();
    s.timeout_seconds = 120;
    ProcessResult r = RunProcess(s);
    err_ = ReadFile(s.err_path);
    EXPECT_FALSE(r.timed_out);
    EXPECT_EQ(r.status, expect_status) << err_;
    return r.out;
  }

  fs::path dir_;
  std::string input_, err_;
};

TEST_F(OldDatesTest, CodedOutputsKeepTheDates) {
  std::string jsonl = Run({"code", "--format", "jsonl", "--threads", "1", input_});
  // "on Friday" before Wednesday 1950-03-01 is 1950-02-24.
  EXPECT_NE(jsonl.find(R"("date":"1950-02-24","date_precision":"day","published":"1950-03-01")"),
            std::string::npos) << jsonl;
  EXPECT_NE(jsonl.find(R"("date":"1801-07-04","date_precision":"published","published":"1801-07-04")"),
            std::string::npos) << jsonl;
  // 1799 is outside --min-year: that document is kept, undated, with a warning.
  EXPECT_NE(err_.find("1799-12-31 is outside the years 1800..2200"), std::string::npos) << err_;
  EXPECT_NE(jsonl.find(R"("date":null)"), std::string::npos) << jsonl;

  std::string tsv = Run({"code", "--format", "tsv", "--threads", "1", input_});
  EXPECT_NE(tsv.find("\t19500224\t"), std::string::npos) << tsv;
  EXPECT_NE(tsv.find("\t18010704\t"), std::string::npos) << tsv;

  std::string gdelt = Run({"code", "--format", "gdelt", "--threads", "1", input_});
  EXPECT_NE(gdelt.find("\t19500224\t195002\t1950\t1950."), std::string::npos) << gdelt;
  EXPECT_NE(gdelt.find("\t18010704\t180107\t1801\t1801."), std::string::npos) << gdelt;
}

TEST_F(OldDatesTest, StoreExportAndBarometerKeepTheDates) {
  std::string db = (dir_ / "old.db").string();
  Run({"ingest", "--db", db, "--threads", "1", input_});
  std::string exported = Run({"export", "--db", db, "--format", "jsonl"});
  EXPECT_NE(exported.find(R"("date":"1950-02-24")"), std::string::npos) << exported;
  EXPECT_NE(exported.find(R"("date":"1801-07-04")"), std::string::npos) << exported;
  std::string from_to = Run({"export", "--db", db, "--format", "jsonl", "--from", "1801-07-04",
                             "--to", "1801-07-04"});
  EXPECT_NE(from_to.find(R"("date":"1801-07-04")"), std::string::npos) << from_to;
  EXPECT_EQ(from_to.find("1950-"), std::string::npos) << from_to;

  // The week of Friday 1950-02-24 starts on Monday 1950-02-20.
  std::string weeks = Run({"barometer", "--db", db, "--dyad", "RUS:", "--by", "week",
                           "--format", "csv", "--from", "1950-02-01", "--to", "1950-03-31"});
  EXPECT_TRUE(std::regex_search(weeks, std::regex("\n1950-02-20,[01],[01],[01],[01],1,"))) << weeks;
  EXPECT_NE(weeks.find("\n1950-01-30,"), std::string::npos) << weeks;  // gaps filled
  std::string years = Run({"barometer", "--db", db, "--dyad", "FRA:RUS", "--by", "year",
                           "--format", "csv"});
  // The 1801 events, in whichever quad classes and number the coder gives them.
  EXPECT_TRUE(std::regex_search(years, std::regex("\n1801-01-01,\\d+,\\d+,\\d+,\\d+,[1-9]\\d*,"))) << years;
}

}  // namespace
}  // namespace entente::reliability
