// SCAFFOLD: replaced by the real events stage.
#include "events/event_stage.h"

namespace entente {

Result<std::unique_ptr<EventStage>> EventStage::Create(const std::string& data_dir, DiagnosticSink* sink) {
  return std::make_unique<EventStage>();
}

void EventStage::Run(AnalyzedDocument* doc) const {}

std::string EventStage::Dump(const AnalyzedDocument& doc) const { return ""; }

}  // namespace entente
