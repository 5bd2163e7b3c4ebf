// params.cc — checking and reading API query parameters (params.h).
#include "serve/params.h"

#include <cmath>
#include <cstdlib>

namespace entente::serve {

Params::Params(const ApiRequest& r, const std::set<std::string>& allowed,
               const std::set<std::string>& repeatable) {
  for (const auto& [k, v] : r.params) {
    if (!allowed.count(k)) {
      error_ = "unknown parameter '" + k + "'";
    } else if (values_.count(k) && !repeatable.count(k)) {
      error_ = "parameter '" + k + "' given twice";
    }
    values_[k].push_back(v);
  }
}

std::string Params::Get(const std::string& k) const {
  auto it = values_.find(k);
  return it == values_.end() ? "" : it->second.front();
}

const std::vector<std::string>& Params::All(const std::string& k) const {
  static const std::vector<std::string> kNone;
  auto it = values_.find(k);
  return it == values_.end() ? kNone : it->second;
}

bool Params::Flag(const std::string& k) {
  std::string v = Get(k);
  if (v.empty() || v == "0" || v == "false") return false;
  if (v == "1" || v == "true") return true;
  error_ = "parameter '" + k + "' must be 0 or 1";
  return false;
}

int Params::Int(const std::string& k, int def, int lo, int hi) {
  std::string v = Get(k);
  if (v.empty()) return def;
  char* end = nullptr;
  long n = std::strtol(v.c_str(), &end, 10);
  if (*end != '\0' || n < lo || n > hi) {
    error_ = "parameter '" + k + "' must be a number from " + std::to_string(lo) + " to " +
             std::to_string(hi);
    return def;
  }
  return static_cast<int>(n);
}

std::optional<double> Params::Number(const std::string& k) {
  std::string v = Get(k);
  if (v.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (*end != '\0' || !std::isfinite(d)) {
    error_ = "parameter '" + k + "' must be a number";
    return std::nullopt;
  }
  return d;
}

Status ReadFilters(Params& p, EventQuery* q) {
  if (!p.Get("dyad").empty()) {
    Status s = ParseDyad(p.Get("dyad"), q);
    if (!s.ok()) return s;
  }
  if (!p.Get("actor").empty()) {
    EventQuery a;
    Status s = ParseDyad(p.Get("actor") + ":", &a);
    if (!s.ok()) return Status::InvalidArgument("actor: " + s.message());
    q->actor = a.source;
  }
  q->modality = p.Get("modality") == "all" ? "" : p.Get("modality");
  std::string type = p.Get("type");
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') || type.size() > 32) {
      return Status::InvalidArgument("type is a CAMEO code prefix or a PLOVER type");
    }
  }
  q->type = type;
  q->from = p.Get("from");
  q->to = p.Get("to");
  q->undirected = p.Flag("undirected");
  q->location_country = p.Get("location_country");
  q->location_region = p.Get("location_region");
  q->min_confidence = p.Number("min_confidence");
  return CheckLocationFilter(q->location_country, q->location_region);
}

}  // namespace entente::serve
