// output_bench — Google Benchmark micro-benchmarks of the event writers
// (EventWriter::Write: JSON Lines, TSV, GDELT rows), one thread, over
// documents analysed once before timing (the Wikinews and VOA files of
// ../shared/corpus by default, or the JSON Lines files named by
// OUTPUT_BENCH_INPUTS, colon-separated). Counters: events/s, output bytes/s.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "entente/ingest.h"
#include "entente/output.h"
#include "entente/pipeline.h"

namespace {

using entente::AnalyzedDocument;

const std::vector<AnalyzedDocument>& Docs() {
  static const std::vector<AnalyzedDocument> docs = [] {
    std::vector<std::string> inputs;
    if (const char* env = std::getenv("OUTPUT_BENCH_INPUTS")) {
      std::stringstream in(env);
      for (std::string p; std::getline(in, p, ':');) inputs.push_back(p);
    } else {
      inputs = {std::string(ENTENTE_DEFAULT_CORPUS_DIR) + "/wikinews_2019_2020.jsonl",
                std::string(ENTENTE_DEFAULT_CORPUS_DIR) + "/voa_stories.jsonl"};
    }
    std::vector<AnalyzedDocument> out;
    entente::NullSink sink;
    auto pipeline = entente::Pipeline::Create({}, &sink);
    auto stream = entente::DocumentStream::Open(inputs, {}, &sink);
    if (!pipeline.ok() || !stream.ok()) return out;
    entente::Document doc;
    while ((*stream)->Next(&doc)) {
      out.emplace_back();
      (*pipeline)->Analyze(doc, &out.back());
    }
    return out;
  }();
  return docs;
}

void Write(benchmark::State& state, entente::OutputFormat format, bool why) {
  const auto& docs = Docs();
  if (docs.empty()) {
    state.SkipWithError("no documents (is ../shared/corpus present?)");
    return;
  }
  entente::OutputOptions options;
  options.include_why = why;
  auto writer = entente::EventWriter::Create(format, options);
  std::string buf;
  size_t events = 0, bytes = 0;
  for (auto _ : state) {
    for (const AnalyzedDocument& d : docs) {
      buf.clear();
      writer->Write(d, &buf);
      bytes += buf.size();
      events += d.events.size();
    }
    benchmark::DoNotOptimize(buf.data());
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events),
                                                  benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_WriteJsonl(benchmark::State& s) { Write(s, entente::OutputFormat::kJsonl, false); }
void BM_WriteJsonlWhy(benchmark::State& s) { Write(s, entente::OutputFormat::kJsonl, true); }
void BM_WriteTsv(benchmark::State& s) { Write(s, entente::OutputFormat::kTsv, false); }
void BM_WriteGdelt(benchmark::State& s) { Write(s, entente::OutputFormat::kGdelt, false); }
BENCHMARK(BM_WriteJsonl);
BENCHMARK(BM_WriteJsonlWhy);
BENCHMARK(BM_WriteTsv);
BENCHMARK(BM_WriteGdelt);

}  // namespace

BENCHMARK_MAIN();
