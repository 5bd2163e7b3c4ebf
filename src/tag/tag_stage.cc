// SCAFFOLD: replaced by the real tag stage.
#include "tag/tag_stage.h"

namespace entente {

Result<std::unique_ptr<TagStage>> TagStage::Create(const std::string& data_dir, DiagnosticSink* sink) {
  return std::make_unique<TagStage>();
}

void TagStage::Run(AnalyzedDocument* doc) const {}

std::string TagStage::Dump(const AnalyzedDocument& doc) const { return ""; }

}  // namespace entente
