// SCAFFOLD: replaced by the real text stage.
#include "text/text_stage.h"

namespace entente {

Result<std::unique_ptr<TextStage>> TextStage::Create() {
  return std::make_unique<TextStage>();
}

void TextStage::Run(AnalyzedDocument* doc) const {}

std::string TextStage::Dump(const AnalyzedDocument& doc) const { return ""; }

}  // namespace entente
