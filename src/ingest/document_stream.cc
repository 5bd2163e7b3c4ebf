// SCAFFOLD: replaced by the real readers (foundation issue).
#include "entente/ingest.h"

namespace entente {

Result<std::unique_ptr<DocumentStream>> DocumentStream::Open(
    std::vector<std::string>, IngestOptions, DiagnosticSink*) {
  return Status::Unsupported("ingest is not built yet");
}

}  // namespace entente
