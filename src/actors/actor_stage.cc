// SCAFFOLD: replaced by the real actors stage.
#include "actors/actor_stage.h"

namespace entente {

Result<std::unique_ptr<ActorStage>> ActorStage::Create(const std::string& data_dir, DiagnosticSink* sink) {
  return std::make_unique<ActorStage>();
}

void ActorStage::Run(AnalyzedDocument* doc) const {}

std::string ActorStage::Dump(const AnalyzedDocument& doc) const { return ""; }

}  // namespace entente
