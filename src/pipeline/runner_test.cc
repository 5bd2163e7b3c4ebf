// Tests of the parallel driver: input order kept whatever the thread count
// and timing, identical output with 1 and 4 threads through the real
// pipeline, early stop, progress reports.
#include "entente/runner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "ingest/test_corpus.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

// A stand-in pipeline whose documents take uneven time, so that workers
// finish out of order; it records one "sentence" per word.
class UnevenPipeline : public Pipeline {
 public:
  void Analyze(const Document& doc, AnalyzedDocument* out) const override {
    out->Clear();
    out->doc = doc;
    size_t n = std::stoul(doc.id);
    std::this_thread::sleep_for(std::chrono::microseconds((n * 7919) % 13 * 150));
    for (char c : doc.text) {
      if (c == ' ') out->sentences.emplace_back();
    }
  }
  std::string Dump(const AnalyzedDocument&, Stage) const override { return ""; }
  std::string DumpAll(const AnalyzedDocument&) const override { return ""; }
  std::string DumpTree(const AnalyzedDocument&) const override { return ""; }
  const PipelineOptions& options() const override { return options_; }
  const Provenance& provenance() const override { return provenance_; }

 private:
  PipelineOptions options_;
  Provenance provenance_;
};

class RunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Documents "0" … "N-1"; document i has i % 5 + 1 words.
    std::ofstream out(dir_ / "docs.jsonl");
    for (int i = 0; i < kDocs; ++i) {
      std::string text;
      for (int w = 0; w <= i % 5; ++w) text += "Word" + std::to_string(w) + " ";
      out << "{\"id\":\"" << i << "\",\"text\":\"" << text << "The end.\"}\n";
    }
  }

  std::unique_ptr<DocumentStream> Stream() {
    auto s = DocumentStream::Open({(dir_ / "docs.jsonl").string()}, {}, &sink_);
    EXPECT_TRUE(s.ok());
    return std::move(s).value();
  }

  static constexpr int kDocs = 120;
  testing::TestCorpus corpus_;
  const fs::path& dir_ = corpus_.dir();
  CollectingSink sink_;
};

TEST_F(RunnerTest, KeepsInputOrderWhateverTheThreads) {
  UnevenPipeline pipeline;
  for (int threads : {1, 2, 4, 8}) {
    for (int window : {0, 1, 3}) {
      auto stream = Stream();
      std::vector<std::string> ids;
      uint64_t words = 0;
      RunnerOptions o;
      o.threads = threads;
      o.window = window;
      auto stats = RunPipeline(pipeline, stream.get(), o, [&](const AnalyzedDocument& d) {
        ids.push_back(d.doc.id);
        words += d.sentences.size();
        return true;
      });
      ASSERT_TRUE(stats.ok());
      ASSERT_EQ(ids.size(), static_cast<size_t>(kDocs)) << threads << " threads";
      for (int i = 0; i < kDocs; ++i) ASSERT_EQ(ids[i], std::to_string(i)) << threads << " threads";
      EXPECT_EQ(stats->documents, static_cast<uint64_t>(kDocs));
      EXPECT_EQ(stats->sentences, words);
      EXPECT_FALSE(stats->stopped);
    }
  }
}

// The real pipeline, as far as it builds: the dumps of every document with
// 1 and 4 threads must be byte-identical.
TEST_F(RunnerTest, RealPipelineOutputIsIdenticalWithOneAndFourThreads) {
  CollectingSink setup;
  PipelineOptions po;
  po.last_stage = Stage::kText;
  auto pipeline = Pipeline::Create(po, &setup);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  auto code = [&](int threads) {
    auto stream = Stream();
    std::string out;
    RunnerOptions o;
    o.threads = threads;
    auto stats = RunPipeline(**pipeline, stream.get(), o, [&](const AnalyzedDocument& d) {
      out += "# doc " + d.doc.id + "\n" + (*pipeline)->DumpAll(d);
      return true;
    });
    EXPECT_TRUE(stats.ok());
    return out;
  };
  std::string one = code(1);
  EXPECT_EQ(one, code(4));
  EXPECT_NE(one.find("# doc 119\n"), std::string::npos);
}

TEST_F(RunnerTest, ConsumerCanStopTheRun) {
  UnevenPipeline pipeline;
  for (int threads : {1, 3}) {
    auto stream = Stream();
    int seen = 0;
    RunnerOptions o;
    o.threads = threads;
    auto stats = RunPipeline(pipeline, stream.get(), o, [&](const AnalyzedDocument&) {
      return ++seen < 5;
    });
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(seen, 5);
    EXPECT_TRUE(stats->stopped);
    EXPECT_EQ(stats->documents, 4u);
  }
}

TEST_F(RunnerTest, ReportsProgressAndAFinalSnapshot) {
  UnevenPipeline pipeline;
  auto stream = Stream();
  std::vector<RunProgress> reports;
  RunnerOptions o;
  o.threads = 2;
  o.progress_interval_seconds = 0;
  o.progress = [&](const RunProgress& p) { reports.push_back(p); };
  auto stats = RunPipeline(pipeline, stream.get(), o, [](const AnalyzedDocument&) { return true; });
  ASSERT_TRUE(stats.ok());
  ASSERT_GE(reports.size(), 2u);
  for (size_t i = 1; i < reports.size(); ++i) {
    EXPECT_GE(reports[i].documents, reports[i - 1].documents);
    EXPECT_GE(reports[i].bytes_read, reports[i - 1].bytes_read);
  }
  const RunProgress& last = reports.back();
  EXPECT_TRUE(last.finished);
  EXPECT_EQ(last.documents, static_cast<uint64_t>(kDocs));
  EXPECT_EQ(last.bytes_read, last.bytes_total);
  EXPECT_EQ(last.bytes_total, fs::file_size(dir_ / "docs.jsonl"));
}

TEST(FormatProgress, ShowsRatesAndEta) {
  RunProgress p;
  p.documents = 100;
  p.sentences = 2000;
  p.bytes_read = 2'000'000;
  p.bytes_total = 6'000'000;
  p.elapsed_seconds = 10;
  EXPECT_EQ(FormatProgress(p),
            "100 docs (10.0/s), 2000 sentences (200.0/s), 2.0 of 6.0 MB, 0:10 elapsed, ETA 0:20");
  p.bytes_total = 0;
  EXPECT_EQ(FormatProgress(p), "100 docs (10.0/s), 2000 sentences (200.0/s), 2.0 MB, 0:10 elapsed");
}

TEST(RunPipelineOptions, RejectsNegativeCounts) {
  UnevenPipeline pipeline;
  NullSink sink;
  auto stream = DocumentStream::Open({"-"}, {}, &sink);
  ASSERT_TRUE(stream.ok());
  RunnerOptions o;
  o.threads = -1;
  auto r = RunPipeline(pipeline, stream->get(), o, [](const AnalyzedDocument&) { return true; });
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace entente
