// cli_util.h — small pieces the subcommands share: a diagnostics sink that
// prints to stderr, output to a file or stdout, and the --dict option.
#pragma once

#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include <CLI/CLI.hpp>

#include "entente/diagnostics.h"
#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "entente/queue.h"

namespace entente::cli {

// Prints each diagnostic as "file:line: error: reason" on stderr and counts
// errors. Thread-safe.
class StderrSink : public DiagnosticSink {
 public:
  void Report(const Diagnostic& d) override;
  size_t error_count() const;

 private:
  mutable std::mutex mu_;
  size_t errors_ = 0;
};

// Flushes standard output after a verb ran: a write error there (a full
// disk, a closed pipe, /dev/full) turns exit status `status` into
// kExitFatal with a message, so output cut short never looks complete.
int FinishStandardOutput(const std::string& verb, int status);

// An output file ("-" or "" = stdout). Closes on destruction.
class Output {
 public:
  // Opens `path`; on failure prints a message and returns nullptr.
  static std::unique_ptr<Output> Open(const std::string& path);
  ~Output();
  void Write(const std::string& s) { std::fwrite(s.data(), 1, s.size(), f_); }
  bool Ok() const { return !std::ferror(f_); }
  // Flushes (and for a file, closes): false if any write failed.
  bool Finish();

 private:
  explicit Output(std::FILE* f, bool owned) : f_(f), owned_(owned) {}
  std::FILE* f_;
  bool owned_;
};

// The dictionary options of every subcommand that codes: --dict (a data
// directory, or `petrarch:SOURCES` for PETRARCH dictionaries,
// src/petrarch/loader.h) and PETRARCH's own options for the latter.
struct DictionaryArgs {
  std::string dict;
  bool petrarch_require_dyad = true;
  int petrarch_new_actor_length = 0;
  bool document_country = false;
  bool no_dateline_location = false;
};

// Registers --max-device-bytes, --min-year and --max-year (IngestOptions).
void AddInputOptions(CLI::App* app, IngestOptions* options);

// Registers --dict, --petrarch-require-dyad, --petrarch-new-actor-length,
// --document-country and --no-dateline-location.
void AddDictOptions(CLI::App* app, DictionaryArgs* args);

// Builds a pipeline with `options` and analyses standard input as one
// document ("stdin") into `out`. On failure prints "entente VERB: reason"
// and returns nullptr.
std::unique_ptr<Pipeline> AnalyzeStdin(const char* verb, const PipelineOptions& options, DiagnosticSink* sink,
                                       AnalyzedDocument* out);

// The queue options of `publish` and `worker`: --nats (required), --stream,
// --subject, --duplicate-window; with `consumer`, also --consumer,
// --ack-wait, --max-ack-pending and --max-deliver.
void AddQueueOptions(CLI::App* app, QueueOptions* options, bool consumer);

// The options into pipeline options.
void SetDictionaries(const DictionaryArgs& args, PipelineOptions* options);

}  // namespace entente::cli
