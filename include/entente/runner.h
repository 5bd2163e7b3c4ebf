// runner.h — the parallel pipeline driver: the one place where entente runs
// threads. Documents flow from a DocumentStream (read on one thread) through
// a bounded queue to N analysers (N-1 worker threads plus the calling
// thread, which analyses documents while the next one in order is not
// ready), each analysing into a recycled AnalyzedDocument; the results are
// handed back to the caller in input order, on the calling thread. Memory stays constant in the size of the
// corpus: at most `window` documents are in flight (read, being analysed, or
// waiting for an earlier one to finish).
//
// Output is deterministic: the consumer sees the same documents in the same
// order with the same analyses whatever the number of threads, because each
// document is analysed independently by a const Pipeline.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "entente/analysis.h"
#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "entente/status.h"

namespace entente {

// A snapshot of a run, for progress displays.
struct RunProgress {
  uint64_t documents = 0;    // documents handed to the consumer so far
  uint64_t sentences = 0;    // their sentences
  uint64_t bytes_read = 0;   // input bytes read by the stream
  uint64_t bytes_total = 0;  // 0 if unknown (standard input)
  double elapsed_seconds = 0;
  bool finished = false;     // the last report of a run
};

// "1234 docs (210.3/s), 25000 sentences (4200.1/s), 12.3 MB of 40.0 MB,
// 0:05 elapsed, ETA 0:12" — one line, no newline. The ETA appears only when
// bytes_total is known and some bytes were read.
std::string FormatProgress(const RunProgress& p);

struct RunnerOptions {
  // Worker threads; 0 = std::thread::hardware_concurrency(). With 1, the
  // documents are analysed on the calling thread and no thread is started.
  int threads = 0;
  // Documents in flight at most; 0 = 4 × threads + 2.
  int window = 0;
  // Called on the calling thread about every progress_interval_seconds,
  // between two documents, and once more at the end with finished = true.
  // The library never prints: the caller decides where progress goes.
  std::function<void(const RunProgress&)> progress;
  double progress_interval_seconds = 0.5;
};

// What the run did.
struct RunStats {
  uint64_t documents = 0;
  uint64_t sentences = 0;
  double elapsed_seconds = 0;
  bool stopped = false;  // the consumer asked to stop early
};

// Called once per document, in input order, on the calling thread. The
// document is valid only during the call. Return false to stop the run
// (e.g. on a write error): no further documents are delivered.
using DocumentConsumer = std::function<bool(const AnalyzedDocument&)>;

// Reads every document of `stream`, analyses it with `pipeline` and hands
// it to `consume`. `stream` is used from one reader thread only and must not
// be touched by the caller until RunPipeline returns. Fails only for bad
// options (InvalidArgument); bad records are the stream's diagnostics.
Result<RunStats> RunPipeline(const Pipeline& pipeline, DocumentStream* stream,
                             const RunnerOptions& options, const DocumentConsumer& consume);

}  // namespace entente
