// cli_util.h — small pieces the subcommands share: a diagnostics sink that
// prints to stderr, and output to a file or stdout.
#pragma once

#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include "entente/diagnostics.h"

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

}  // namespace entente::cli
