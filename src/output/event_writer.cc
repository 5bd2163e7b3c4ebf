// SCAFFOLD: replaced by the real writers (events issue).
#include "entente/output.h"

namespace entente {

bool ParseOutputFormat(const std::string& name, OutputFormat* format) {
  if (name == "jsonl") { *format = OutputFormat::kJsonl; return true; }
  if (name == "tsv") { *format = OutputFormat::kTsv; return true; }
  if (name == "gdelt") { *format = OutputFormat::kGdelt; return true; }
  return false;
}

namespace {
class NoWriter : public EventWriter {
 public:
  std::string Header() const override { return ""; }
  void Write(const AnalyzedDocument&, std::string*) const override {}
};
}  // namespace

std::unique_ptr<EventWriter> EventWriter::Create(OutputFormat, OutputOptions) {
  return std::make_unique<NoWriter>();
}

}  // namespace entente
