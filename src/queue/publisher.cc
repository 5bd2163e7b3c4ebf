// publisher.cc — Publisher: one document, one JetStream message, stored by
// the stream before Publish returns.
#include <string>

#include "entente/ingest.h"
#include "entente/queue.h"
#include "queue/nats_util.h"

namespace entente {

namespace {

class NatsPublisher : public Publisher {
 public:
  NatsPublisher(std::unique_ptr<queue::Nats> nats, QueueOptions options)
      : nats_(std::move(nats)), options_(std::move(options)) {}

  Result<PublishOutcome> Publish(const Document& doc) override {
    std::string record = JsonRecord(doc);
    int64_t limit = natsConnection_GetMaxPayload(nats_->conn());
    if (static_cast<int64_t>(record.size()) > limit) {
      return Status::InvalidArgument("document of " + std::to_string(record.size()) +
                                     " bytes is larger than the NATS server's max_payload (" +
                                     std::to_string(limit) + "); skipped");
    }
    natsMsg* raw = nullptr;
    natsStatus s = natsMsg_Create(&raw, options_.subject.c_str(), nullptr, record.data(),
                                  static_cast<int>(record.size()));
    if (s != NATS_OK) return queue::NatsError("message", s);
    queue::MsgPtr msg(raw);
    std::string origin = doc.source_file + ":" + std::to_string(doc.source_line);
    s = natsMsgHeader_Set(raw, queue::kOriginHeader, queue::EncodeHeader(origin).c_str());
    if (s != NATS_OK) return queue::NatsError("message header", s);
    std::string id = queue::EncodeHeader(doc.id);
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MsgId = id.c_str();  // sets Nats-Msg-Id: the stream's deduplication key
    po.ExpectStream = options_.stream.c_str();
    jsPubAck* ack = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    s = js_PublishMsg(&ack, nats_->js(), raw, &po, &code);
    if (s != NATS_OK) return queue::NatsError("publish to stream " + options_.stream, s, code);
    bool duplicate = ack->Duplicate;
    jsPubAck_Destroy(ack);
    return duplicate ? PublishOutcome::kDuplicate : PublishOutcome::kPublished;
  }

  Result<QueueState> State() override { return queue::ReadQueueState(nats_->js(), options_); }

 private:
  std::unique_ptr<queue::Nats> nats_;
  QueueOptions options_;
};

}  // namespace

Result<std::unique_ptr<Publisher>> Publisher::Open(const QueueOptions& options) {
  auto nats = queue::Nats::Connect(options, "entente publish");
  if (!nats.ok()) return nats.status();
  Status s = queue::EnsureStream((*nats)->js(), options);
  if (!s.ok()) return s;
  return std::unique_ptr<Publisher>(
      std::make_unique<NatsPublisher>(std::move(nats).value(), options));
}

}  // namespace entente
