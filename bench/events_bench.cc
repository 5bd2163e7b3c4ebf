// events_bench — the events stage alone, one thread: start-up (load the
// event model, the lexicon and the CAMEO table) and LearnedCoder::Run over documents
// already analysed up to the actors stage (../shared/corpus by default, or
// the JSON Lines files given on the command line). Prints sentences/s.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "events/learned_coder.h"
#include "util/data_dir.h"

using namespace entente;

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) inputs.push_back(argv[i]);
  if (inputs.empty()) {
    inputs = {std::string(ENTENTE_DEFAULT_CORPUS_DIR) + "/wikinews_2019_2020.jsonl",
              std::string(ENTENTE_DEFAULT_CORPUS_DIR) + "/voa_stories.jsonl"};
  }
  NullSink sink;
  auto t0 = std::chrono::steady_clock::now();
  auto stage = LearnedCoder::Create(DataDir(), "", &sink);
  auto t1 = std::chrono::steady_clock::now();
  if (!stage.ok()) {
    std::fprintf(stderr, "events_bench: %s\n", stage.status().ToString().c_str());
    return 1;
  }
  PipelineOptions popts;
  popts.last_stage = Stage::kActors;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) return 1;
  auto stream = DocumentStream::Open(inputs, {}, &sink);
  if (!stream.ok()) return 1;
  std::vector<AnalyzedDocument> docs;
  Document doc;
  size_t sentences = 0;
  while ((*stream)->Next(&doc)) {
    docs.emplace_back();
    (*pipeline)->Analyze(doc, &docs.back());
    sentences += docs.back().sentences.size();
  }
  const char* rounds_env = std::getenv("EVENTS_BENCH_ROUNDS");
  const int kRounds = rounds_env ? std::max(1, std::atoi(rounds_env)) : 5;
  size_t events = 0;
  // CPU time of this thread: the shared machine's load does not count.
  auto cpu = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  };
  double c2 = cpu();
  for (int r = 0; r < kRounds; ++r) {
    for (AnalyzedDocument& d : docs) {
      (*stage)->Run(&d);
      events += d.events.size();
    }
  }
  double c3 = cpu();
  double load_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  double run_s = c3 - c2;
  std::printf("lexicon: %zu patterns, %zu triggers; Create %.1f ms\n",
              (*stage)->lexicon().pattern_count(), (*stage)->lexicon().trigger_count(), load_ms);
  std::printf("%zu documents, %zu sentences, %zu events per round\n", docs.size(), sentences,
              events / kRounds);
  std::printf("LearnedCoder::Run: %.0f sentences/s (%d rounds, %.3f s CPU)\n",
              sentences * kRounds / run_s, kRounds, run_s);
  return 0;
}
