// text_stage.h — the text stage: normalisation, datelines, boilerplate marking, sentence splitting and tokenization.
// Built once by Create(), then const and safe to share between threads.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class TextStage {
 public:
  static Result<std::unique_ptr<TextStage>> Create();

  // Fills tokens, sentences and dateline from doc.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests).
  std::string Dump(const AnalyzedDocument& doc) const;
};

}  // namespace entente
