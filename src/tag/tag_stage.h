// tag_stage.h — the tag stage: Penn Treebank part-of-speech tags and lemmas.
// Built once by Create(), then const and safe to share between threads.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class TagStage {
 public:
  static Result<std::unique_ptr<TagStage>> Create(const std::string& data_dir, DiagnosticSink* sink);

  // Fills Token::tag and Token::lemma for every token.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests).
  std::string Dump(const AnalyzedDocument& doc) const;
};

}  // namespace entente
