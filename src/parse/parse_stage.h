// parse_stage.h — the parse stage: clause analysis.
// Built once by Create(), then const and safe to share between threads.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class ParseStage {
 public:
  static Result<std::unique_ptr<ParseStage>> Create(const std::string& data_dir, DiagnosticSink* sink);

  // Fills AnalyzedDocument::clauses, sentence by sentence.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests).
  std::string Dump(const AnalyzedDocument& doc) const;
};

}  // namespace entente
