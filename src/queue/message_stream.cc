// message_stream.cc — the worker's reading side (message_stream.h).
#include "queue/message_stream.h"

#include <chrono>
#include <thread>

namespace entente::queue {

namespace {

// How long one fetch waits for messages before the stream looks at the
// queue's state and its stop flag again.
constexpr int64_t kFetchWaitMs = 1000;

// "file:line" → file and line; a value without a line is all file.
void SplitOrigin(const std::string& origin, std::string* file, uint64_t* line) {
  *file = origin;
  *line = 0;
  size_t colon = origin.rfind(':');
  if (colon == std::string::npos || colon + 1 == origin.size()) return;
  uint64_t n = 0;
  for (size_t i = colon + 1; i < origin.size(); ++i) {
    if (origin[i] < '0' || origin[i] > '9' || n > (UINT64_MAX - 9) / 10) return;
    n = n * 10 + static_cast<uint64_t>(origin[i] - '0');
  }
  *file = origin.substr(0, colon);
  *line = n;
}

}  // namespace

void Handoff::Push(MsgPtr msg) {
  std::lock_guard<std::mutex> lock(mu_);
  msgs_.push_back(std::move(msg));
}

MsgPtr Handoff::Pop() {
  std::lock_guard<std::mutex> lock(mu_);
  if (msgs_.empty()) return nullptr;
  MsgPtr m = std::move(msgs_.front());
  msgs_.pop_front();
  return m;
}

size_t Handoff::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return msgs_.size();
}

std::vector<MsgPtr> Handoff::TakeAll() {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<MsgPtr> out;
  for (auto& m : msgs_) out.push_back(std::move(m));
  msgs_.clear();
  return out;
}

void HeldMessages::Add(natsMsg* msg) {
  std::lock_guard<std::mutex> lock(mu_);
  msgs_.insert(msg);
}

void HeldMessages::Remove(natsMsg* msg) {
  std::lock_guard<std::mutex> lock(mu_);
  msgs_.erase(msg);
}

int64_t HeldMessages::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int64_t>(msgs_.size());
}

// A message is acknowledged or given back only after Remove, so none is
// touched here after its owner let it go. An "in progress" that does not
// reach the server (connection lost) is buffered and sent on reconnection.
void HeldMessages::KeepAlive() {
  std::lock_guard<std::mutex> lock(mu_);
  for (natsMsg* m : msgs_) natsMsg_InProgress(m, nullptr);
}

// An ack or nak that does not reach the server (connection lost) is not an
// error here: the message is then delivered again after the ack wait, and
// the store's idempotency absorbs the second copy.
void Ack(MsgPtr msg, WorkerCounters* counters) {
  if (!msg) return;
  counters->held.Remove(msg.get());
  natsMsg_Ack(msg.get(), nullptr);
}

void GiveBack(MsgPtr msg, WorkerCounters* counters) {
  if (!msg) return;
  counters->held.Remove(msg.get());
  natsMsg_Nak(msg.get(), nullptr);
  ++counters->returned;
}

void GiveBackLater(MsgPtr msg, std::chrono::milliseconds delay, WorkerCounters* counters) {
  if (!msg) return;
  counters->held.Remove(msg.get());
  natsMsg_NakWithDelay(msg.get(), delay.count(), nullptr);
  ++counters->returned;
}

bool Reject(MsgPtr msg, RejectedDocument r, EventStore* store, WorkerCounters* counters) {
  if (!store->RecordRejected(r).ok()) {
    GiveBack(std::move(msg), counters);
    return false;
  }
  Ack(std::move(msg), counters);
  ++counters->rejected;
  return true;
}

MessageStream::MessageStream(natsSubscription* sub, jsCtx* js, const QueueOptions& queue,
                             const WorkerOptions& options, std::string worker, EventStore* store,
                             Handoff* handoff, WorkerCounters* counters, DiagnosticSink* sink)
    : sub_(sub), js_(js), queue_(queue), options_(options), worker_(std::move(worker)),
      store_(store), handoff_(handoff), counters_(counters), sink_(sink) {}

MessageStream::~MessageStream() { GiveBackBuffered(); }

Status MessageStream::error() const {
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

void MessageStream::Fail(Status s) {
  std::lock_guard<std::mutex> lock(mu_);
  if (error_.ok()) error_ = std::move(s);
}

void MessageStream::GiveBackBuffered() {
  for (; next_ < fetched_.size(); ++next_) GiveBack(std::move(fetched_[next_]), counters_);
  fetched_.clear();
  next_ = 0;
}

bool MessageStream::Next(Document* doc) {
  for (;;) {
    if (Stopping() || !error().ok()) return false;
    if (next_ == fetched_.size()) {
      if (!Fetch()) return false;
      continue;
    }
    MsgPtr msg = std::move(fetched_[next_++]);
    if (Accept(std::move(msg), doc)) return true;
  }
}

bool MessageStream::Fetch() {
  fetched_.clear();
  next_ = 0;
  natsMsgList list{};
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = natsSubscription_Fetch(&list, sub_, options_.batch, kFetchWaitMs, &code);
  if (s == NATS_OK) {
    outage_reported_ = false;
    for (int i = 0; i < list.Count; ++i) {
      counters_->held.Add(list.Msgs[i]);
      fetched_.emplace_back(list.Msgs[i]);
      list.Msgs[i] = nullptr;
    }
    natsMsgList_Destroy(&list);
    return true;
  }
  natsMsgList_Destroy(&list);
  if (s == NATS_TIMEOUT) {
    outage_reported_ = false;
    return !(options_.until_empty && Drained());
  }
  // The server is restarting or unreachable: the client reconnects by
  // itself; wait and try again (a stop request still ends the wait).
  if (!outage_reported_) {
    sink_->Report({Severity::kWarning, queue_.url, 0,
                   NatsError("queue unavailable, retrying", s, code).message()});
    outage_reported_ = true;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  return true;
}

bool MessageStream::Drained() {
  auto state = ReadQueueState(js_, queue_);
  if (!state.ok()) return false;
  if (on_queue_state) on_queue_state(*state);
  // Unacknowledged documents of other workers may still come back to us
  // (if their worker dies); ours are finished by the driver.
  return state->pending == 0 && state->unacknowledged <= counters_->held.size();
}

bool MessageStream::StillToCode(MsgPtr* msg, const std::string& key) {
  auto has = store_->HasDocument(key);
  if (!has.ok()) {
    GiveBack(std::move(*msg), counters_);
    Fail(has.status());
    return false;
  }
  if (*has) {
    Ack(std::move(*msg), counters_);
    ++counters_->already_stored;
    return false;
  }
  return true;
}

bool MessageStream::Accept(MsgPtr msg, Document* doc) {
  natsMsg* m = msg.get();
  Delivery d = DeliveryOf(m);
  uint64_t delivered = d.count;
  RejectedDocument r;
  r.key = Header(m, kMsgIdHeader);
  if (r.key.empty()) r.key = "seq:" + std::to_string(d.stream_seq);
  r.origin = Header(m, kOriginHeader);
  r.worker = worker_;
  r.attempts = static_cast<int>(delivered);
  std::string file;
  uint64_t line = 0;
  SplitOrigin(r.origin.empty() ? queue_.subject : r.origin, &file, &line);
  bytes_ += static_cast<uint64_t>(natsMsg_GetDataLength(m));

  if (queue_.max_deliver > 0 && delivered > static_cast<uint64_t>(queue_.max_deliver)) {
    // Stored already but its acknowledgement was lost (a worker killed after
    // the commit, a NATS restart): done, not poison.
    if (!StillToCode(&msg, r.key)) return false;
    // The delivery count is no count of dead workers: a give-back, a NATS
    // restart, and (nats-server 2.9) a redelivery the server attempted
    // while no pull request was listening all add to it. So the first time
    // the count passes the limit, the document goes back for one more ack
    // wait (a worker that still holds it commits it meanwhile); only a later
    // delivery that still finds it missing rejects it.
    if (delivered == static_cast<uint64_t>(queue_.max_deliver) + 1) {
      GiveBackLater(std::move(msg), ack_wait, counters_);
      return false;
    }
    r.reason = "delivered " + std::to_string(delivered) +
               " times without being acknowledged (its workers died or stopped while coding it)";
    sink_->Report({Severity::kError, file, line, r.reason + "; rejected"});
  } else {
    std::string body(natsMsg_GetData(m), static_cast<size_t>(natsMsg_GetDataLength(m)));
    Status read = reader_.Read(file, line, std::move(body), doc, sink_);
    if (read.ok()) {
      if (!StillToCode(&msg, doc->id)) return false;
      ++read_;
      handoff_->Push(std::move(msg));
      return true;
    }
    r.reason = read.message();
  }
  if (!Reject(std::move(msg), r, store_, counters_)) Fail(Status::IoError("cannot record a rejected document in the store"));
  return false;
}

}  // namespace entente::queue
