// nats_util.cc — connecting, errors, the stream, the queue's state, headers.
#include "queue/nats_util.h"

#include <cstdio>

namespace entente::queue {

namespace {

constexpr int64_t kNanos = 1000000000;

struct OptionsDeleter {
  void operator()(natsOptions* o) const { natsOptions_Destroy(o); }
};

bool Hex(char c, int* v) {
  if (c >= '0' && c <= '9') *v = c - '0';
  else if (c >= 'A' && c <= 'F') *v = c - 'A' + 10;
  else if (c >= 'a' && c <= 'f') *v = c - 'a' + 10;
  else return false;
  return true;
}

}  // namespace

Status NatsError(const std::string& what, natsStatus s, jsErrCode code) {
  std::string text = what + ": " + natsStatus_GetText(s);
  natsStatus last = NATS_OK;
  const char* detail = nats_GetLastError(&last);
  if (detail != nullptr && *detail != '\0' && text.find(detail) == std::string::npos) {
    text += std::string(" (") + detail + ")";
  }
  if (code != 0) text += ", JetStream error " + std::to_string(static_cast<int>(code));
  return Status::IoError(text);
}

Result<std::unique_ptr<Nats>> Nats::Connect(const QueueOptions& options, const std::string& name) {
  natsOptions* raw = nullptr;
  if (natsOptions_Create(&raw) != NATS_OK) return NatsError("NATS options", NATS_NO_MEMORY);
  std::unique_ptr<natsOptions, OptionsDeleter> opts(raw);
  natsStatus s = natsOptions_SetURL(raw, options.url.c_str());
  if (s == NATS_OK) s = natsOptions_SetName(raw, name.c_str());
  if (s == NATS_OK) s = natsOptions_SetMaxReconnect(raw, -1);
  if (s == NATS_OK) s = natsOptions_SetReconnectWait(raw, 250);
  if (s == NATS_OK) s = natsOptions_SetTimeout(raw, 5000);
  if (s != NATS_OK) return NatsError("NATS URL '" + options.url + "'", s);
  std::unique_ptr<Nats> n(new Nats());
  s = natsConnection_Connect(&n->conn_, raw);
  if (s != NATS_OK) return NatsError("cannot connect to NATS at " + options.url, s);
  s = natsConnection_JetStream(&n->js_, n->conn_, nullptr);
  if (s != NATS_OK) return NatsError("JetStream", s);
  return n;
}

Nats::~Nats() {
  if (js_ != nullptr) jsCtx_Destroy(js_);
  if (conn_ != nullptr) {
    natsConnection_Close(conn_);
    natsConnection_Destroy(conn_);
  }
}

Status EnsureStream(jsCtx* js, const QueueOptions& options) {
  jsStreamInfo* info = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&info, js, options.stream.c_str(), nullptr, &code);
  if (s == NATS_OK) {
    bool work_queue = info->Config->Retention == js_WorkQueuePolicy;
    bool takes = false;
    for (int i = 0; i < info->Config->SubjectsLen; ++i) {
      takes |= options.subject == info->Config->Subjects[i];
    }
    jsStreamInfo_Destroy(info);
    if (!work_queue || !takes) {
      return Status::InvalidArgument("NATS stream " + options.stream +
                                     " exists but is not a work queue on subject " +
                                     options.subject);
    }
    return Status::Ok();
  }
  if (s != NATS_NOT_FOUND) return NatsError("stream " + options.stream, s, code);
  jsStreamConfig cfg;
  jsStreamConfig_Init(&cfg);
  const char* subjects[] = {options.subject.c_str()};
  cfg.Name = options.stream.c_str();
  cfg.Description = "entente: documents to code";
  cfg.Subjects = subjects;
  cfg.SubjectsLen = 1;
  cfg.Retention = js_WorkQueuePolicy;
  cfg.Storage = js_FileStorage;
  cfg.Duplicates = options.duplicate_window_seconds * kNanos;
  s = js_AddStream(&info, js, &cfg, nullptr, &code);
  if (s != NATS_OK) return NatsError("cannot create stream " + options.stream, s, code);
  jsStreamInfo_Destroy(info);
  return Status::Ok();
}

Result<QueueState> ReadQueueState(jsCtx* js, const QueueOptions& options) {
  QueueState q;
  jsStreamInfo* si = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&si, js, options.stream.c_str(), nullptr, &code);
  if (s != NATS_OK) return NatsError("stream " + options.stream, s, code);
  q.stream_messages = si->State.Msgs;
  q.pending = si->State.Msgs;
  jsStreamInfo_Destroy(si);
  jsConsumerInfo* ci = nullptr;
  s = js_GetConsumerInfo(&ci, js, options.stream.c_str(), options.consumer.c_str(), nullptr, &code);
  if (s == NATS_NOT_FOUND) return q;
  if (s != NATS_OK) return NatsError("consumer " + options.consumer, s, code);
  q.pending = ci->NumPending;
  q.unacknowledged = ci->NumAckPending;
  q.redelivered = ci->NumRedelivered;
  jsConsumerInfo_Destroy(ci);
  return q;
}

Delivery DeliveryOf(natsMsg* msg) {
  Delivery d;
  jsMsgMetaData* meta = nullptr;
  if (natsMsg_GetMetaData(&meta, msg) != NATS_OK) return d;
  d.count = meta->NumDelivered;
  d.stream_seq = meta->Sequence.Stream;
  jsMsgMetaData_Destroy(meta);
  return d;
}

std::string EncodeHeader(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (unsigned char c : value) {
    if (c < 0x20 || c == 0x7f || c == '%') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string DecodeHeader(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    int hi = 0, lo = 0;
    if (value[i] == '%' && i + 2 < value.size() && Hex(value[i + 1], &hi) &&
        Hex(value[i + 2], &lo)) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += value[i];
    }
  }
  return out;
}

std::string Header(natsMsg* msg, const char* key) {
  const char* v = nullptr;
  if (natsMsgHeader_Get(msg, key, &v) != NATS_OK || v == nullptr) return "";
  return DecodeHeader(v);
}

}  // namespace entente::queue
