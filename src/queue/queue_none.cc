// queue_none.cc — the queue stage when entente is built without the NATS C
// client (libnats-dev, ENTENTE_WITH_NATS=OFF): every entry point says so.
#include "entente/queue.h"

namespace entente {

namespace {
Status NoNats() {
  return Status::Unsupported(
      "this entente was built without the NATS client (libnats-dev): publish and worker are "
      "unavailable; install libnats-dev (scripts/setup.sh) and rebuild");
}
}  // namespace

Result<std::unique_ptr<Publisher>> Publisher::Open(const QueueOptions&) { return NoNats(); }

Result<WorkerProgress> RunWorker(const Pipeline&, const std::string&, const StoreOptions&,
                                 const QueueOptions&, const WorkerOptions&, DiagnosticSink*) {
  return NoNats();
}

}  // namespace entente
