// message_stream.h — the worker's reading side: a DocumentStream over the
// shared pull consumer, run on the pipeline driver's reader thread. It
// fetches messages in batches, turns each into a Document (RecordReader:
// the same rules and diagnostics as `entente ingest`), acknowledges at once
// the documents the store already holds (delivered again after their
// worker stored them but died before acknowledging), records and
// acknowledges the messages that cannot be documents, and hands the rest,
// in order, to the writing side through a Handoff. Internal to the queue
// stage.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "entente/ingest.h"
#include "entente/queue.h"
#include "entente/store.h"
#include "queue/nats_util.h"

namespace entente::queue {

// The messages this worker holds unacknowledged: fetched and not yet looked
// at, handed over, or written and not yet committed. KeepAlive, called
// every third of the ack wait, tells the server that each is still being
// worked on (resetting its ack wait), so a document is delivered again only
// when its worker died or gave it back, never because a live worker is
// slow (a loaded machine, a long batch, a store that is catching up).
class HeldMessages {
 public:
  void Add(natsMsg* msg);
  void Remove(natsMsg* msg);
  int64_t size() const;
  void KeepAlive();

 private:
  mutable std::mutex mu_;
  std::unordered_set<natsMsg*> msgs_;
};

// Counts shared by both sides (read by progress reports on either thread).
struct WorkerCounters {
  std::atomic<uint64_t> already_stored{0}, rejected{0}, returned{0};
  HeldMessages held;
};

// The messages whose documents are in the pipeline, in the order the
// driver will hand the documents to the writer (its input order).
class Handoff {
 public:
  void Push(MsgPtr msg);
  MsgPtr Pop();  // the oldest; nullptr if none (a programming error)
  size_t size() const;
  std::vector<MsgPtr> TakeAll();

 private:
  mutable std::mutex mu_;
  std::deque<MsgPtr> msgs_;
};

// Acknowledges (ack) or gives back for redelivery (nak) and frees a message.
void Ack(MsgPtr msg, WorkerCounters* counters);
void GiveBack(MsgPtr msg, WorkerCounters* counters);
// Gives back for redelivery after `delay` (negative ack with a delay).
void GiveBackLater(MsgPtr msg, std::chrono::milliseconds delay, WorkerCounters* counters);

// Records a message that cannot become a stored document, then
// acknowledges it. False (message given back) if the store could not record it.
bool Reject(MsgPtr msg, RejectedDocument r, EventStore* store, WorkerCounters* counters);

class MessageStream : public DocumentStream {
 public:
  // `store` is this stream's own connection (it runs on its own thread).
  MessageStream(natsSubscription* sub, jsCtx* js, const QueueOptions& queue,
                const WorkerOptions& options, std::string worker, EventStore* store,
                Handoff* handoff, WorkerCounters* counters, DiagnosticSink* sink);
  ~MessageStream() override;

  bool Next(Document* doc) override;
  uint64_t documents_read() const override { return read_; }
  uint64_t records_skipped() const override { return counters_->rejected; }
  uint64_t bytes_read() const override { return bytes_; }
  uint64_t bytes_total() const override { return 0; }

  // Why reading stopped early (the store failed); Ok otherwise.
  Status error() const;
  // Gives back the fetched messages not yet looked at.
  void GiveBackBuffered();
  // Called with the queue's state whenever this side reads it.
  std::function<void(const QueueState&)> on_queue_state;
  // The consumer's ack wait.
  std::chrono::milliseconds ack_wait{60000};

 private:
  bool Stopping() const { return options_.stop != nullptr && options_.stop->load(); }
  // Fetches the next batch into fetched_; false when reading should end.
  bool Fetch();
  // True if nothing is left that this worker could still be given.
  bool Drained();
  // Looks at one message: true if it became *doc.
  bool Accept(MsgPtr msg, Document* doc);
  // Whether the store already holds document `key`: if so the message is
  // acknowledged; if the store cannot say, it is given back and the stream
  // fails. True when the message is still to be coded (`*msg` kept).
  bool StillToCode(MsgPtr* msg, const std::string& key);
  void Fail(Status s);

  natsSubscription* sub_;
  jsCtx* js_;
  const QueueOptions& queue_;
  const WorkerOptions& options_;
  std::string worker_;
  EventStore* store_;
  Handoff* handoff_;
  WorkerCounters* counters_;
  DiagnosticSink* sink_;
  RecordReader reader_;

  std::vector<MsgPtr> fetched_;
  size_t next_ = 0;
  bool outage_reported_ = false;
  mutable std::mutex mu_;
  Status error_;
  uint64_t read_ = 0, bytes_ = 0;
};

}  // namespace entente::queue
