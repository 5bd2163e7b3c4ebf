// commitments_api.cc — GET /api/commitments: the commitments of the store
// with their follow-up status and linking evidence (include/entente/follow_up.h).
//   actor=CODE  dyad=PROMISER:COUNTERPART  undirected=1  type=T
//   from=, to= (date of the promise)  as_of=YYYY-MM-DD (default today)
//   status=pending|kept|broken|overdue (repeatable)  limit=1..1000 (200)
// Answers {"as_of", "kept_ratio", "counts", "commitments": [...]}.
#include "entente/follow_up.h"
#include "entente/codes.h"
#include "serve/api.h"
#include "serve/params.h"

namespace entente::serve {

namespace {

Status ReadQuery(Params& p, EventQuery* q, FollowUpOptions* o) {
  if (Status s = ReadFilters(p, q); !s.ok()) return s;
  q->limit = p.Int("limit", 200, 1, 1000);
  o->as_of = p.Get("as_of");
  for (const std::string& v : p.All("status")) {
    CommitmentStatus st;
    if (!ParseCommitmentStatus(v, &st)) {
      return Status::InvalidArgument("status must be pending, kept, broken or overdue");
    }
    o->statuses.push_back(st);
  }
  return Status::Ok();
}

}  // namespace

ApiResponse Api::CommitmentsApi(const ApiRequest& r) {
  Params p(r, {"actor", "dyad", "undirected", "type", "from", "to", "as_of", "status", "limit"}, {"status"});
  EventQuery q;
  FollowUpOptions o;
  Status s = ReadQuery(p, &q, &o);
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto rules = FollowUpRules::Load(data_dir_);
  if (!rules.ok()) return Error(500, rules.status().message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  if (Status c = CheckQueryCodes(lease->get(), q); !c.ok()) return Error(400, c.message());
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
