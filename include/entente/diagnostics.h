// diagnostics.h — how the library tells its caller about bad records and
// other problems without printing. A stage that meets a bad record reports
// one Diagnostic (file, line, reason) to the sink the caller passed in and
// goes on with the next record.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace entente {

enum class Severity { kInfo, kWarning, kError };

// One problem with one place in the input. `line` is 1-based; 0 means the
// problem concerns the whole file (or the input has no lines).
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;     // path as given by the user, "-" for standard input
  uint64_t line = 0;
  std::string reason;   // one sentence, no trailing newline

  // "file:line: error: reason" — the canonical text form.
  std::string ToString() const;
};

// Receives diagnostics. Implementations must be thread-safe: the pipeline
// driver reports from several worker threads.
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void Report(const Diagnostic& d) = 0;
};

// Keeps every diagnostic in memory (tests, the server) and counts errors.
class CollectingSink : public DiagnosticSink {
 public:
  void Report(const Diagnostic& d) override;
  std::vector<Diagnostic> diagnostics() const;
  size_t error_count() const;

 private:
  mutable std::mutex mu_;
  std::vector<Diagnostic> diagnostics_;
  size_t errors_ = 0;
};

// Discards everything. For callers that only want the records.
class NullSink : public DiagnosticSink {
 public:
  void Report(const Diagnostic&) override {}
};

}  // namespace entente
