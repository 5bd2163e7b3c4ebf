// pipeline_bench — the end-to-end harness: start-up (Pipeline::Create with
// every built-in dictionary) and coding a corpus from JSON Lines to event
// JSON Lines (read → text → tag → parse → actors → events → JSON writer →
// file), through RunPipeline, with one thread count per process so that the
// peak RSS printed belongs to that configuration.
//
//   pipeline_bench [--threads N] [--repeat R] [--out FILE] [--petrarch DIR] INPUT...
//   pipeline_bench --startup-only [--repeat R] [--petrarch DIR]
//
// --petrarch DIR codes with PETRARCH dictionaries (as `--dict petrarch:DIR`).
//
// Prints one line per measurement, "key=value" separated by spaces:
//   startup  wall_ms= cpu_ms=                       (best of R)
//   code     threads= docs= sentences= events= MB= wall= cpu= sentences/s=
//            MB/s= cpu_sentences/s= events/sentence= peak_rss_MB= output=
// wall is the best of R runs; cpu is that run's user+system time
// (getrusage). On a shared machine wall time measures the load as much as
// the code; cpu is the cost. cpu_sentences/s = sentences / cpu. output= is
// a hash of the written bytes, identical across thread counts. The output
// goes to --out (default /dev/null), written as `entente code` writes it.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "entente/ingest.h"
#include "entente/output.h"
#include "entente/pipeline.h"
#include "entente/runner.h"

namespace {

double CpuSeconds() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  auto s = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return s(u.ru_utime) + s(u.ru_stime);
}

double PeakRssMb() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;  // kilobytes on Linux
}

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

struct Run {
  entente::RunStats stats;
  uint64_t bytes = 0;
  uint64_t events = 0;
  size_t hash = 0;
  double wall = 0;
  double cpu = 0;
};

// Builds the full pipeline; returns null (after printing why) on failure.
std::unique_ptr<entente::Pipeline> MakePipeline(const std::string& petrarch_dir) {
  entente::CollectingSink sink;
  entente::PipelineOptions options;
  options.petrarch_dir = petrarch_dir;
  auto pipeline = entente::Pipeline::Create(options, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", pipeline.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*pipeline);
}

bool CodeOnce(const entente::Pipeline& pipeline, const std::vector<std::string>& inputs,
              int threads, const std::string& out_path, Run* run) {
  std::FILE* out = std::fopen(out_path.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "pipeline_bench: cannot write %s\n", out_path.c_str());
    return false;
  }
  auto writer = entente::EventWriter::Create(entente::OutputFormat::kJsonl);
  double wall0 = Now();
  double cpu0 = CpuSeconds();
  entente::NullSink sink;
  auto stream = entente::DocumentStream::Open(inputs, {}, &sink);
  if (!stream.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", stream.status().ToString().c_str());
    std::fclose(out);
    return false;
  }
  entente::RunnerOptions options;
  options.threads = threads;
  std::string buf;
  uint64_t events = 0;
  size_t hash = 0;
  bool write_ok = true;
  auto stats = entente::RunPipeline(pipeline, stream->get(), options,
                                    [&](const entente::AnalyzedDocument& doc) {
                                      buf.clear();
                                      writer->Write(doc, &buf);
                                      events += doc.events.size();
                                      hash = hash * 1000003u ^ std::hash<std::string>()(buf);
                                      write_ok = std::fwrite(buf.data(), 1, buf.size(), out) ==
                                                 buf.size();
                                      return write_ok;
                                    });
  write_ok = std::fclose(out) == 0 && write_ok;
  if (!stats.ok() || !write_ok) {
    std::fprintf(stderr, "pipeline_bench: run failed (%s)\n",
                 stats.ok() ? "write error" : stats.status().ToString().c_str());
    return false;
  }
  run->wall = Now() - wall0;
  run->cpu = CpuSeconds() - cpu0;
  run->stats = *stats;
  run->bytes = (*stream)->bytes_read();
  run->events = events;
  run->hash = hash;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int threads = 1;
  int repeat = 1;
  bool startup_only = false;
  std::string out_path = "/dev/null";
  std::string petrarch_dir;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--threads" && i + 1 < argc) {
      threads = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--out" && i + 1 < argc) {
      out_path = argv[++i];
    } else if (a == "--petrarch" && i + 1 < argc) {
      petrarch_dir = argv[++i];
    } else if (a == "--startup-only") {
      startup_only = true;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr,
                   "usage: pipeline_bench [--threads N] [--repeat R] [--out FILE] [--petrarch DIR] INPUT...\n"
                   "       pipeline_bench --startup-only [--repeat R] [--petrarch DIR]\n");
      return 2;
    } else {
      inputs.push_back(a);
    }
  }
  if (!startup_only && inputs.empty()) {
    std::fprintf(stderr, "pipeline_bench: no input (try ../shared/corpus/*.jsonl)\n");
    return 2;
  }

  // Start-up: load + compile every built-in dictionary.
  std::unique_ptr<entente::Pipeline> pipeline;
  double best_wall = 0, best_cpu = 0;
  for (int r = 0; r < repeat; ++r) {
    pipeline.reset();
    double wall0 = Now(), cpu0 = CpuSeconds();
    pipeline = MakePipeline(petrarch_dir);
    if (pipeline == nullptr) return 1;
    double wall = Now() - wall0, cpu = CpuSeconds() - cpu0;
    if (r == 0 || wall < best_wall) best_wall = wall;
    if (r == 0 || cpu < best_cpu) best_cpu = cpu;
  }
  std::printf("startup wall_ms=%.1f cpu_ms=%.1f peak_rss_MB=%.1f\n", best_wall * 1e3,
              best_cpu * 1e3, PeakRssMb());
  if (startup_only) return 0;

  Run best;
  for (int r = 0; r < repeat; ++r) {
    Run run;
    if (!CodeOnce(*pipeline, inputs, threads, out_path, &run)) return 1;
    if (r == 0 || run.wall < best.wall) best = run;
  }
  const double sentences = static_cast<double>(best.stats.sentences);
  std::printf(
      "code threads=%d docs=%llu sentences=%llu events=%llu MB=%.1f wall=%.3f cpu=%.3f "
      "sentences/s=%.0f MB/s=%.2f cpu_sentences/s=%.0f events/sentence=%.4f peak_rss_MB=%.1f "
      "output=%016zx\n",
      threads, static_cast<unsigned long long>(best.stats.documents),
      static_cast<unsigned long long>(best.stats.sentences),
      static_cast<unsigned long long>(best.events), best.bytes / 1e6, best.wall, best.cpu,
      sentences / best.wall, best.bytes / 1e6 / best.wall, sentences / best.cpu,
      sentences > 0 ? best.events / sentences : 0.0, PeakRssMb(), best.hash);
  return 0;
}
