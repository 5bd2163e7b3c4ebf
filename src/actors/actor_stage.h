// actor_stage.h — the actors stage: actor resolution.
// Built once by Create(), then const and safe to share between threads.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class ActorStage {
 public:
  static Result<std::unique_ptr<ActorStage>> Create(const std::string& data_dir, DiagnosticSink* sink);

  // Fills AnalyzedDocument::actors, using doc.date to pick dated roles.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests).
  std::string Dump(const AnalyzedDocument& doc) const;
};

}  // namespace entente
