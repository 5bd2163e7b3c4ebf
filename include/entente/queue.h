// queue.h — coding on many machines: documents go into a NATS JetStream
// work queue (`entente publish`), and any number of workers on any number of
// machines take them, code them and write them into one PostgreSQL store
// (`entente worker`). doc/scale-out.md explains how to run a fleet.
//
// The queue is a JetStream stream with work-queue retention and file
// storage (it survives a restart of the NATS server): a message is removed
// once a worker acknowledges it. Each message is one document as one JSON
// Lines record (JsonRecord in ingest.h) with the headers `Nats-Msg-Id` (the
// document id: the stream drops a second copy published within its
// duplicate window) and `Entente-Origin` ("file:line" where it was read).
//
// Workers share one durable pull consumer with explicit acknowledgement. A
// worker acknowledges a document only after the transaction that stored it
// has committed, so a worker that dies loses nothing: its unacknowledged
// documents are delivered again after the consumer's ack wait, and the
// store's idempotent writes (by document id, then by content) keep one copy
// of a document whatever happens between commit and acknowledgement. The
// consumer's max-ack-pending bounds the documents the whole fleet holds
// unacknowledged: when the store falls behind, delivery waits. A worker
// sends an "in progress" acknowledgement for the messages it holds every
// third of the ack wait, so only a dead worker's documents are delivered
// again, never a slow one's.
//
// A message that cannot become a stored document — not a readable record,
// refused by the database three times, or delivered more than
// `max_deliver` times without being acknowledged (its workers died on it)
// — is recorded in the store's `rejected` table with the reason and
// acknowledged, never retried for ever. Since the delivery count also
// grows without deaths (give-backs, NATS restarts), a document past
// `max_deliver` that the store does not hold is first given back for one
// more ack wait, and rejected only if a later delivery still finds it
// missing; one the store holds is acknowledged.
//
// Built without the NATS C client (libnats-dev), Publisher::Open and
// RunWorker return kUnsupported.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "entente/diagnostics.h"
#include "entente/document.h"
#include "entente/pipeline.h"
#include "entente/status.h"
#include "entente/store.h"

namespace entente {

// Where the queue is and how it behaves. The stream and consumer settings
// apply when they are created (by the first publisher or worker); an
// existing stream or consumer is used as it is.
struct QueueOptions {
  // One NATS URL, or several separated by commas (a NATS cluster).
  std::string url = "nats://127.0.0.1:4222";
  std::string stream = "ENTENTE";
  std::string subject = "entente.documents";
  std::string consumer = "entente-workers";  // the durable consumer all workers share
  // A document id published again within this window is dropped by the
  // stream; later copies are dropped by the store.
  int64_t duplicate_window_seconds = 3600;
  // A document not acknowledged this long after delivery goes to another
  // worker (its worker is taken for dead).
  int64_t ack_wait_seconds = 60;
  // Documents delivered and not yet acknowledged, over the whole fleet.
  int64_t max_ack_pending = 1024;
  // Deliveries after which a document is no longer coded (see above).
  int64_t max_deliver = 5;
};

// How far behind the fleet is.
struct QueueState {
  uint64_t stream_messages = 0;  // documents in the stream (not yet acknowledged)
  uint64_t pending = 0;          // of those, not yet delivered to any worker
  int64_t unacknowledged = 0;    // delivered, not yet acknowledged
  int64_t redelivered = 0;       // delivered more than once, not yet acknowledged
};

enum class PublishOutcome { kPublished, kDuplicate };

// Publishes documents to the stream (creating it if it does not exist).
// One connection; not thread-safe.
class Publisher {
 public:
  virtual ~Publisher() = default;
  static Result<std::unique_ptr<Publisher>> Open(const QueueOptions& options);

  // Publishes `doc` and waits until the stream has stored it. kDuplicate:
  // the stream already held this id (within the duplicate window).
  // InvalidArgument if the record is larger than the server's max_payload;
  // other errors concern the connection or the stream.
  virtual Result<PublishOutcome> Publish(const Document& doc) = 0;
  virtual Result<QueueState> State() = 0;
};

// What a worker did, reported as it goes and at the end.
struct WorkerProgress {
  uint64_t stored = 0;             // documents coded and stored
  uint64_t events = 0;             // events of those
  uint64_t sentences = 0;          // sentences coded
  uint64_t already_stored = 0;     // delivered again after being stored: acknowledged uncoded
  uint64_t duplicate_content = 0;  // coded, but the store held the same id or text
  uint64_t rejected = 0;           // recorded in `rejected` and acknowledged
  uint64_t returned = 0;           // given back to the queue (negative ack) to be retried
  double elapsed_seconds = 0;
  // Wall time spent writing and committing to the store; stored / this is
  // the store's write rate for one connection. Near elapsed_seconds, the
  // store (not coding) sets the pace.
  double store_seconds = 0;
  QueueState queue;                // as of the last report (zeros if unknown)
  bool finished = false;
};

struct WorkerOptions {
  int threads = 0;                 // coding threads (RunnerOptions::threads)
  int batch = 64;                  // documents per fetch and at most per transaction
  // Return once the queue holds nothing this worker could still get (no
  // pending and no unacknowledged document of another worker).
  bool until_empty = false;
  std::string name;                // recorded with rejections; "" = host:pid
  // Set to stop: no new documents are taken, those in hand are finished,
  // stored and acknowledged, and RunWorker returns.
  const std::atomic<bool>* stop = nullptr;
  std::function<void(const WorkerProgress&)> progress;
  double progress_interval_seconds = 10;
};

// Runs one worker: takes documents from `queue`, codes them with `pipeline`
// and writes them into the store at `db` (opened with `store_options`).
// Returns when `options.stop` is set, when the queue is empty and
// `until_empty`, or on an error that a restart is the cure for (the store
// refusing connections): the documents in hand are then given back to the
// queue unacknowledged. Reports problems with messages to `sink`.
Result<WorkerProgress> RunWorker(const Pipeline& pipeline, const std::string& db,
                                 const StoreOptions& store_options, const QueueOptions& queue,
                                 const WorkerOptions& options, DiagnosticSink* sink);

}  // namespace entente
