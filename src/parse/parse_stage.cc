// SCAFFOLD: replaced by the real parse stage.
#include "parse/parse_stage.h"

namespace entente {

Result<std::unique_ptr<ParseStage>> ParseStage::Create(const std::string& data_dir, DiagnosticSink* sink) {
  return std::make_unique<ParseStage>();
}

void ParseStage::Run(AnalyzedDocument* doc) const {}

std::string ParseStage::Dump(const AnalyzedDocument& doc) const { return ""; }

}  // namespace entente
