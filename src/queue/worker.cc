// worker.cc — RunWorker: the pull consumer, the pipeline driver and the
// writing side, which stores documents in transactions and acknowledges
// their messages only after the commit.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "entente/queue.h"
#include "entente/runner.h"
#include "queue/message_stream.h"
#include "queue/nats_util.h"

namespace entente {

namespace {

using queue::MsgPtr;
using Clock = std::chrono::steady_clock;

std::string DefaultWorkerName() {
  char host[256] = {0};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}

// Progress reports from either thread, at most one per interval.
class Reporter {
 public:
  Reporter(const WorkerOptions& options, const queue::WorkerCounters* counters)
      : options_(options), counters_(counters), start_(Clock::now()), last_(start_) {}

  void SetQueue(const QueueState& q) {
    std::lock_guard<std::mutex> lock(mu_);
    progress_.queue = q;
  }
  // Called after each commit with what it stored.
  void StoreTime(double seconds) {
    std::lock_guard<std::mutex> lock(mu_);
    progress_.store_seconds += seconds;
  }
  void Committed(uint64_t stored, uint64_t events, uint64_t sentences, uint64_t dup_content) {
    std::lock_guard<std::mutex> lock(mu_);
    progress_.stored += stored;
    progress_.events += events;
    progress_.sentences += sentences;
    progress_.duplicate_content += dup_content;
  }
  // Reports if the interval has passed (or `finished`); `refresh` reads
  // the queue's state first.
  void Tick(bool finished, const std::function<void()>& refresh) {
    auto now = Clock::now();
    {
      std::lock_guard<std::mutex> lock(mu_);
      double since = std::chrono::duration<double>(now - last_).count();
      if (!finished && (options_.progress_interval_seconds <= 0 ||
                        since < options_.progress_interval_seconds)) {
        return;
      }
      last_ = now;
    }
    if (refresh) refresh();
    WorkerProgress p = Snapshot(finished);
    if (options_.progress) options_.progress(p);
  }
  WorkerProgress Snapshot(bool finished) {
    std::lock_guard<std::mutex> lock(mu_);
    WorkerProgress p = progress_;
    p.already_stored = counters_->already_stored;
    p.rejected = counters_->rejected;
    p.returned = counters_->returned;
    p.elapsed_seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    p.finished = finished;
    return p;
  }

 private:
  const WorkerOptions& options_;
  const queue::WorkerCounters* counters_;
  std::mutex mu_;
  WorkerProgress progress_;
  Clock::time_point start_, last_;
};

// Failed writes of a document, in this worker, before it is rejected.
constexpr int kStoreAttempts = 3;

// The writing side, on the driver's calling thread: one transaction per
// batch, committed when it is full or when no further document is in the
// pipeline (so a trickle of documents is stored at once), then acknowledged.
// Messages fetched but not yet read do not hold a batch open: they may all
// turn out to be stored already and never reach the writer, and an open
// transaction holds locks another worker's writes wait on, while this
// worker waits for that worker's documents to be acknowledged.
class BatchWriter {
 public:
  BatchWriter(EventStore* store, queue::Handoff* handoff, int batch, std::string worker,
              queue::WorkerCounters* counters, Reporter* reporter)
      : store_(store), handoff_(handoff), batch_size_(batch),
        worker_(std::move(worker)), counters_(counters), reporter_(reporter) {}

  bool Consume(const AnalyzedDocument& doc) {
    MsgPtr msg = handoff_->Pop();
    auto start = Clock::now();
    bool ok = Store(doc, std::move(msg));
    reporter_->StoreTime(std::chrono::duration<double>(Clock::now() - start).count());
    return ok;
  }

  bool CommitBatch() {
    auto start = Clock::now();
    bool ok = CommitOpen();
    reporter_->StoreTime(std::chrono::duration<double>(Clock::now() - start).count());
    return ok;
  }

  const Status& error() const { return error_; }

 private:
  bool Store(const AnalyzedDocument& doc, MsgPtr msg) {
    if (!open_) {
      Status s = store_->Begin();
      if (!s.ok()) return Fail(s, std::move(msg));
      open_ = true;
    }
    auto r = store_->Write(doc);
    if (!r.ok()) return WriteFailed(doc, std::move(msg), r.status());
    if (*r == WriteOutcome::kStored) {
      ++stored_;
      events_ += doc.events.size();
      sentences_ += doc.sentences.size();
    } else {
      ++dup_content_;
    }
    batch_.push_back(std::move(msg));
    if (batch_.size() >= static_cast<size_t>(batch_size_) || handoff_->size() == 0) {
      return CommitOpen();
    }
    return true;
  }

  bool CommitOpen() {
    if (!open_) return true;
    open_ = false;
    Status s = store_->Commit();
    if (!s.ok()) return Fail(s, nullptr);
    for (auto& m : batch_) queue::Ack(std::move(m), counters_);
    batch_.clear();
    reporter_->Committed(stored_, events_, sentences_, dup_content_);
    stored_ = events_ = sentences_ = dup_content_ = 0;
    return true;
  }

  // A write failed and the batch is rolled back. If the store no longer
  // answers, stop. Otherwise the rest of the batch goes back to the queue to
  // be coded again, and so does the document, unless it has failed this way
  // before (a conflict with another writer passes; a document the store
  // refuses every time is rejected).
  bool WriteFailed(const AnalyzedDocument& doc, MsgPtr msg, const Status& why) {
    store_->Rollback();
    open_ = false;
    if (!store_->HasDocument(doc.doc.id).ok()) return Fail(why, std::move(msg));
    GiveBackBatch();
    // Counted here, not by the delivery count, which a redelivered document
    // brings in already high (its worker died, the NATS server restarted).
    int failures = ++store_failures_[doc.doc.id];
    if (failures < kStoreAttempts) {
      queue::GiveBack(std::move(msg), counters_);
      return true;
    }
    store_failures_.erase(doc.doc.id);
    RejectedDocument r{doc.doc.id, doc.doc.source_file + ":" + std::to_string(doc.doc.source_line),
                       "the store refused it " + std::to_string(failures) + " times: " + why.message(),
                       worker_, static_cast<int>(queue::DeliveryOf(msg.get()).count)};
    if (!queue::Reject(std::move(msg), r, store_, counters_)) {
      return Fail(Status::IoError("cannot record a rejected document in the store"), nullptr);
    }
    return true;
  }

  bool Fail(const Status& s, MsgPtr msg) {
    if (open_) store_->Rollback();
    open_ = false;
    error_ = s;
    queue::GiveBack(std::move(msg), counters_);
    GiveBackBatch();
    return false;
  }

  void GiveBackBatch() {
    for (auto& m : batch_) queue::GiveBack(std::move(m), counters_);
    batch_.clear();
    stored_ = events_ = sentences_ = dup_content_ = 0;
  }

  EventStore* store_;
  queue::Handoff* handoff_;
  int batch_size_;
  std::string worker_;
  queue::WorkerCounters* counters_;
  Reporter* reporter_;
  bool open_ = false;
  std::vector<MsgPtr> batch_;
  std::unordered_map<std::string, int> store_failures_;  // by document id
  uint64_t stored_ = 0, events_ = 0, sentences_ = 0, dup_content_ = 0;
  Status error_;
};

struct SubscriptionDeleter {
  void operator()(natsSubscription* s) const {
    natsSubscription_Unsubscribe(s);  // keeps the durable consumer
    natsSubscription_Destroy(s);
  }
};

Result<natsSubscription*> Subscribe(jsCtx* js, const QueueOptions& q) {
  constexpr int64_t kNanos = 1000000000;
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = q.stream.c_str();
  so.Config.AckPolicy = js_AckExplicit;
  so.Config.AckWait = q.ack_wait_seconds * kNanos;
  so.Config.MaxAckPending = q.max_ack_pending;
  so.Config.MaxDeliver = -1;  // the worker rejects after max_deliver itself
  so.Config.DeliverPolicy = js_DeliverAll;
  natsSubscription* sub = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_PullSubscribe(&sub, js, q.subject.c_str(), q.consumer.c_str(), nullptr, &so, &code);
  if (s != NATS_OK) return queue::NatsError("consumer " + q.consumer, s, code);
  return sub;
}

// The consumer's ack wait (an existing consumer keeps the one it was
// created with); `fallback` if the server does not say.
std::chrono::milliseconds AckWaitOf(natsSubscription* sub, int64_t fallback_seconds) {
  jsConsumerInfo* ci = nullptr;
  int64_t nanos = fallback_seconds * 1000000000;
  if (natsSubscription_GetConsumerInfo(&ci, sub, nullptr, nullptr) == NATS_OK) {
    if (ci->Config != nullptr && ci->Config->AckWait > 0) nanos = ci->Config->AckWait;
    jsConsumerInfo_Destroy(ci);
  }
  return std::chrono::milliseconds(nanos / 1000000);
}

// Calls HeldMessages::KeepAlive every `every` on its own thread until destroyed.
class KeepAliveThread {
 public:
  KeepAliveThread(queue::HeldMessages* held, std::chrono::milliseconds every)
      : thread_([this, held, every] {
          std::unique_lock<std::mutex> lock(mu_);
          while (!cv_.wait_for(lock, every, [this] { return done_; })) held->KeepAlive();
        }) {}
  ~KeepAliveThread() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  std::thread thread_;  // last: starts once the members above exist
};

Status CheckOptions(const QueueOptions& q, const WorkerOptions& o) {
  if (o.batch < 1 || o.batch > 10000) return Status::InvalidArgument("batch must be 1..10000");
  if (q.ack_wait_seconds < 1) return Status::InvalidArgument("ack wait must be at least 1 s");
  if (q.max_ack_pending < 1) return Status::InvalidArgument("max ack pending must be at least 1");
  return Status::Ok();
}

}  // namespace

Result<WorkerProgress> RunWorker(const Pipeline& pipeline, const std::string& db,
                                 const StoreOptions& store_options, const QueueOptions& q,
                                 const WorkerOptions& options, DiagnosticSink* sink) {
  Status s = CheckOptions(q, options);
  if (!s.ok()) return s;
  std::string name = options.name.empty() ? DefaultWorkerName() : options.name;
  auto writer_store = EventStore::Open(db, store_options);
  if (!writer_store.ok()) return writer_store.status();
  auto reader_store = EventStore::Open(db, store_options);
  if (!reader_store.ok()) return reader_store.status();
  auto nats = queue::Nats::Connect(q, "entente worker " + name);
  if (!nats.ok()) return nats.status();
  s = queue::EnsureStream((*nats)->js(), q);
  if (!s.ok()) return s;
  auto sub = Subscribe((*nats)->js(), q);
  if (!sub.ok()) return sub.status();
  std::unique_ptr<natsSubscription, SubscriptionDeleter> subscription(*sub);

  queue::WorkerCounters counters;
  queue::Handoff handoff;
  Reporter reporter(options, &counters);
  queue::MessageStream stream(*sub, (*nats)->js(), q, options, name, reader_store->get(),
                              &handoff, &counters, sink);
  stream.on_queue_state = [&](const QueueState& st) { reporter.SetQueue(st); };
  auto refresh = [&] {
    auto st = queue::ReadQueueState((*nats)->js(), q);
    if (st.ok()) reporter.SetQueue(*st);
  };
  BatchWriter writer(writer_store->get(), &handoff, options.batch, name, &counters, &reporter);
  stream.ack_wait = AckWaitOf(*sub, q.ack_wait_seconds);
  KeepAliveThread keep_alive(&counters.held,
                             std::max(std::chrono::milliseconds(100), stream.ack_wait / 3));
  RunnerOptions ropts;
  ropts.threads = options.threads;
  auto run = RunPipeline(pipeline, &stream, ropts, [&](const AnalyzedDocument& doc) {
    bool ok = writer.Consume(doc);
    reporter.Tick(false, refresh);
    return ok;
  });
  if (writer.error().ok()) writer.CommitBatch();
  for (auto& m : handoff.TakeAll()) queue::GiveBack(std::move(m), &counters);
  stream.GiveBackBuffered();
  natsConnection_Flush((*nats)->conn());  // the last acks reach the server before we go
  reporter.Tick(true, refresh);
  if (!run.ok()) return run.status();
  if (!writer.error().ok()) return writer.error();
  if (!stream.error().ok()) return stream.error();
  return reporter.Snapshot(true);
}

}  // namespace entente
