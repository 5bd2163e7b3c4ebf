// params.h — the query parameters of one API request, checked against what
// the endpoint accepts, and the event filters several endpoints share
// (/api/events, /api/barometer, /api/commitments).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "entente/server.h"
#include "entente/status.h"
#include "entente/store.h"

namespace entente::serve {

// An unknown parameter, or a repeated one not named `repeatable`, is an
// error (error()), not ignored.
class Params {
 public:
  Params(const ApiRequest& r, const std::set<std::string>& allowed,
         const std::set<std::string>& repeatable = {});
  const std::string& error() const { return error_; }
  // The value of `k` ("" if absent); of a repeatable one, the first.
  std::string Get(const std::string& k) const;
  // Every value of `k`, in request order.
  const std::vector<std::string>& All(const std::string& k) const;
  // 0/1/true/false; sets error() on anything else.
  bool Flag(const std::string& k);
  // A whole number from `lo` to `hi`, `def` if absent; sets error() else.
  int Int(const std::string& k, int def, int lo, int hi);
  // A finite decimal number ("0.5", "-2", "1e-3"), empty if absent; sets
  // error() on anything else.
  std::optional<double> Number(const std::string& k);

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::string error_;
};

// Fills `q` from dyad, actor, modality ("all": any), type, from, to,
// undirected, location_country and location_region (an endpoint that does
// not allow a parameter never sees it); kInvalidArgument for a malformed one.
Status ReadFilters(Params& p, EventQuery* q);

}  // namespace entente::serve
