// runner_throughput — end-to-end throughput of the parallel driver: reads
// inputs with DocumentStream, analyses them with the Pipeline up to a stage,
// through RunPipeline, for each thread count asked, and prints documents/s,
// sentences/s and input MB/s. Output is checked to be identical (a hash of
// the stage dumps in delivery order) across thread counts.
//
//   runner_throughput [--stage text|tag|parse|actors|events] [--threads 1,2]
//                     [--repeat N] INPUT...
//   runner_throughput --read-only INPUT...   # DocumentStream alone, one thread
//   runner_throughput --stage events --threads 1,2 ../shared/corpus/*.jsonl
//
// Each configuration runs N times (default 3); the best run is reported.
// Reading and parsing the input is inside the clock (it is part of a run).
// cpu= is the process's user+system time for that run: on a machine shared
// with other work, wall time says little about scaling, but CPU time that
// stays flat as threads are added shows the driver's overhead is small.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "entente/runner.h"

namespace {

using entente::AnalyzedDocument;

struct Measure {
  entente::RunStats stats;
  uint64_t bytes = 0;
  size_t hash = 0;
  double cpu_seconds = 0;
};

double CpuSeconds() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  auto s = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return s(u.ru_utime) + s(u.ru_stime);
}

bool RunOnce(const entente::Pipeline& pipeline, const std::vector<std::string>& inputs,
             int threads, Measure* m) {
  entente::NullSink sink;
  auto stream = entente::DocumentStream::Open(inputs, {}, &sink);
  if (!stream.ok()) {
    std::fprintf(stderr, "runner_throughput: %s\n", stream.status().ToString().c_str());
    return false;
  }
  entente::RunnerOptions o;
  o.threads = threads;
  size_t hash = 0;
  double cpu_start = CpuSeconds();
  auto stats = entente::RunPipeline(pipeline, stream->get(), o, [&](const AnalyzedDocument& d) {
    hash = hash * 1000003u ^ std::hash<std::string>()(d.doc.id + "\n" + pipeline.DumpAll(d));
    return true;
  });
  if (!stats.ok()) return false;
  m->cpu_seconds = CpuSeconds() - cpu_start;
  m->stats = *stats;
  m->bytes = (*stream)->bytes_read();
  m->hash = hash;
  return true;
}

// Reads every document with DocumentStream alone: the ingest stage's speed.
int ReadOnly(const std::vector<std::string>& inputs, int repeat) {
  double best = 0;
  uint64_t docs = 0, bytes = 0;
  for (int r = 0; r < repeat; ++r) {
    entente::NullSink sink;
    auto start = std::chrono::steady_clock::now();
    auto stream = entente::DocumentStream::Open(inputs, {}, &sink);
    if (!stream.ok()) return 1;
    entente::Document doc;
    docs = 0;
    while ((*stream)->Next(&doc)) ++docs;
    bytes = (*stream)->bytes_read();
    double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (r == 0 || t < best) best = t;
  }
  std::printf("read-only docs=%llu MB=%.1f seconds=%.3f docs/s=%.0f MB/s=%.1f\n",
              static_cast<unsigned long long>(docs), bytes / 1e6, best, docs / best,
              bytes / 1e6 / best);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  entente::Stage stage = entente::Stage::kEvents;
  std::vector<int> thread_counts = {1, 2};
  int repeat = 3;
  bool read_only = false;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--stage" && i + 1 < argc) {
      if (!entente::ParseStageName(argv[++i], &stage)) {
        std::fprintf(stderr, "runner_throughput: unknown stage %s\n", argv[i]);
        return 2;
      }
    } else if (a == "--threads" && i + 1 < argc) {
      thread_counts.clear();
      for (char* p = argv[++i]; *p;) {
        thread_counts.push_back(std::max(1, static_cast<int>(std::strtol(p, &p, 10))));
        if (*p == ',') ++p;
        else if (*p) return 2;
      }
    } else if (a == "--read-only") {
      read_only = true;
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: runner_throughput [--stage S] [--threads 1,2] [--repeat N] INPUT...\n");
    return 2;
  }
  if (read_only) return ReadOnly(inputs, repeat);
  entente::CollectingSink setup;
  entente::PipelineOptions po;
  po.last_stage = stage;
  auto pipeline = entente::Pipeline::Create(po, &setup);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "runner_throughput: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  size_t first_hash = 0;
  bool same = true;
  for (size_t k = 0; k < thread_counts.size(); ++k) {
    Measure best;
    for (int r = 0; r < repeat; ++r) {
      Measure m;
      if (!RunOnce(**pipeline, inputs, thread_counts[k], &m)) return 1;
      if (r == 0 || m.stats.elapsed_seconds < best.stats.elapsed_seconds) best = m;
    }
    if (k == 0) first_hash = best.hash;
    same = same && best.hash == first_hash;
    double t = best.stats.elapsed_seconds;
    std::printf("stage=%s threads=%d docs=%llu sentences=%llu MB=%.1f seconds=%.3f docs/s=%.0f "
                "sentences/s=%.0f MB/s=%.2f cpu=%.3f output=%016zx\n",
                entente::StageName(stage), thread_counts[k],
                static_cast<unsigned long long>(best.stats.documents),
                static_cast<unsigned long long>(best.stats.sentences), best.bytes / 1e6, t,
                best.stats.documents / t, best.stats.sentences / t, best.bytes / 1e6 / t,
                best.cpu_seconds, best.hash);
  }
  if (!same) {
    std::fprintf(stderr, "runner_throughput: output differs between thread counts\n");
    return 1;
  }
  return 0;
}
