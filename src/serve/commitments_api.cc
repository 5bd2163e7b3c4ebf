// commitments_api.cc — GET /api/commitments: the commitments of the store
// with their follow-up status and linking evidence (include/entente/follow_up.h).
//   actor=CODE  dyad=PROMISER:COUNTERPART  undirected=1  type=T
//   from=, to= (date of the promise)  as_of=YYYY-MM-DD (default today)
//   status=pending|kept|broken|overdue (repeatable)  limit=1..1000 (200)
// Answers {"as_of", "kept_ratio", "counts", "commitments": [...]}.
#include <cstdlib>

#include "api.h"
#include "entente/follow_up.h"

namespace entente::serve {

namespace {

std::string Param(const ApiRequest& r, const char* key) {
  auto it = r.params.find(key);
  return it == r.params.end() ? "" : it->second;
}

Status ReadQuery(const ApiRequest& r, EventQuery* q, FollowUpOptions* o) {
  if (!Param(r, "dyad").empty()) {
    if (Status s = ParseDyad(Param(r, "dyad"), q); !s.ok()) return s;
  }
  if (!Param(r, "actor").empty()) {
    EventQuery a;
    if (Status s = ParseDyad(Param(r, "actor") + ":", &a); !s.ok()) {
      return Status::InvalidArgument("actor: " + s.message());
    }
    q->actor = a.source;
  }
  std::string type = Param(r, "type");
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) || type.size() > 32) {
      return Status::InvalidArgument("type is a CAMEO code prefix or a PLOVER type");
    }
  }
  q->type = type;
  q->from = Param(r, "from");
  q->to = Param(r, "to");
  q->undirected = Param(r, "undirected") == "1" || Param(r, "undirected") == "true";
  std::string limit = Param(r, "limit");
  q->limit = 200;
  if (!limit.empty()) {
    char* end = nullptr;
    long n = std::strtol(limit.c_str(), &end, 10);
    if (*end != '\0' || n < 1 || n > 1000) return Status::InvalidArgument("limit must be 1..1000");
    q->limit = static_cast<int>(n);
  }
  o->as_of = Param(r, "as_of");
  auto range = r.params.equal_range("status");
  for (auto it = range.first; it != range.second; ++it) {
    CommitmentStatus st;
    if (!ParseCommitmentStatus(it->second, &st)) {
      return Status::InvalidArgument("status must be pending, kept, broken or overdue");
    }
    o->statuses.push_back(st);
  }
  return Status::Ok();
}

}  // namespace

ApiResponse Api::CommitmentsApi(const ApiRequest& r) {
  EventQuery q;
  FollowUpOptions o;
  if (Status s = ReadQuery(r, &q, &o); !s.ok()) return Error(400, s.message());
  auto rules = FollowUpRules::Load(data_dir_);
  if (!rules.ok()) return Error(500, rules.status().message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  auto records = FollowUpCommitments(lease->get(), q, *rules, o);
  if (!records.ok()) {
    int code = records.status().code() == StatusCode::kInvalidArgument ? 400 : 500;
    return Error(code, records.status().message());
  }
  ApiResponse out;
  out.body = CommitmentsJson(*records, AsOfDay(o));
  return out;
}

}  // namespace entente::serve
