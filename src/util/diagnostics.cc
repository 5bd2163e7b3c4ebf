#include "entente/diagnostics.h"

namespace entente {

std::string Diagnostic::ToString() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) out += ":" + std::to_string(line);
  switch (severity) {
    case Severity::kInfo: out += ": note: "; break;
    case Severity::kWarning: out += ": warning: "; break;
    case Severity::kError: out += ": error: "; break;
  }
  out += reason;
  return out;
}

void CollectingSink::Report(const Diagnostic& d) {
  std::lock_guard<std::mutex> lock(mu_);
  diagnostics_.push_back(d);
  if (d.severity == Severity::kError) ++errors_;
}

std::vector<Diagnostic> CollectingSink::diagnostics() const {
  std::lock_guard<std::mutex> lock(mu_);
  return diagnostics_;
}

size_t CollectingSink::error_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return errors_;
}

}  // namespace entente
