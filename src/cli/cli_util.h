// cli_util.h — small pieces the subcommands share: a diagnostics sink that
// prints to stderr, output to a file or stdout, and the --dict option.
#pragma once

#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include "entente/diagnostics.h"
#include "entente/pipeline.h"

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

// An output file ("-" or "" = stdout). Closes on destruction.
class Output {
 public:
  // Opens `path`; on failure prints a message and returns nullptr.
  static std::unique_ptr<Output> Open(const std::string& path);
  ~Output();
  void Write(const std::string& s) { std::fwrite(s.data(), 1, s.size(), f_); }
  bool Ok() const { return !std::ferror(f_); }

 private:
  explicit Output(std::FILE* f, bool owned) : f_(f), owned_(owned) {}
  std::FILE* f_;
  bool owned_;
};

// The --dict option into pipeline options: a data directory, or
// `petrarch:SOURCES` for PETRARCH dictionaries (src/petrarch/loader.h).
void SetDictionaries(const std::string& dict, PipelineOptions* options);

// The help text of --dict, the same for every subcommand that codes.
extern const char kDictHelp[];

}  // namespace entente::cli
