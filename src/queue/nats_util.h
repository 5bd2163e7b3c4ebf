// nats_util.h — the few pieces of the NATS C client (libnats) the queue
// stage uses, wrapped: owned handles, errors as Status, connecting, the
// work-queue stream, the queue's state, and header values. Internal to the
// queue stage.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nats/nats.h>

#include "entente/queue.h"
#include "entente/status.h"

namespace entente::queue {

struct MsgDeleter {
  void operator()(natsMsg* m) const { natsMsg_Destroy(m); }
};
using MsgPtr = std::unique_ptr<natsMsg, MsgDeleter>;

inline constexpr char kOriginHeader[] = "Entente-Origin";
inline constexpr char kMsgIdHeader[] = "Nats-Msg-Id";

// An open connection and its JetStream context; closes both when destroyed.
class Nats {
 public:
  // Connects to `options.url` (reconnecting for ever after a loss; acks and
  // publishes made while disconnected are buffered), naming the connection
  // `name` for the server's monitoring.
  static Result<std::unique_ptr<Nats>> Connect(const QueueOptions& options,
                                               const std::string& name);
  ~Nats();
  natsConnection* conn() const { return conn_; }
  jsCtx* js() const { return js_; }

 private:
  Nats() = default;
  natsConnection* conn_ = nullptr;
  jsCtx* js_ = nullptr;
};

// "what: <status text> (<last error detail>)[, JetStream error N]".
Status NatsError(const std::string& what, natsStatus s, jsErrCode code = static_cast<jsErrCode>(0));

// Creates the work-queue stream (file storage) if it does not exist; an
// existing stream must be a work queue that takes `options.subject`.
Status EnsureStream(jsCtx* js, const QueueOptions& options);

// The stream's and the shared consumer's counts. A consumer that does not
// exist yet has delivered nothing: everything in the stream is pending.
Result<QueueState> ReadQueueState(jsCtx* js, const QueueOptions& options);

// How often a message has been delivered, and its place in the stream.
struct Delivery {
  uint64_t count = 1;
  uint64_t stream_seq = 0;
};
Delivery DeliveryOf(natsMsg* msg);

// Header values are one line: control bytes and '%' are written as %XX.
std::string EncodeHeader(std::string_view value);
std::string DecodeHeader(std::string_view value);
// The value of header `key` of `msg`, decoded; "" if absent.
std::string Header(natsMsg* msg, const char* key);

}  // namespace entente::queue
