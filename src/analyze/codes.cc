// codes.cc — validation of user-typed codes against the store's actors and
// the CAMEO table, with suggestions by edit distance.
#include "entente/codes.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "util/data_dir.h"

namespace entente {

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// Up to five candidates nearest `code`, at most two edits (or half its
// length) away; with `prefixes`, candidates are cut to its length (an actor
// code side matches by prefix: TUR for TURGOV).
std::string Near(const std::string& code, const std::set<std::string>& candidates, bool prefixes) {
  std::vector<std::pair<size_t, std::string>> scored;
  std::set<std::string> seen;
  for (const std::string& c : candidates) {
    std::string key = prefixes ? c.substr(0, std::max(code.size(), size_t{3})) : c;
    if (!seen.insert(key).second) continue;
    size_t d = EditDistance(code, key);
    if (d <= std::max<size_t>(2, code.size() / 2)) scored.emplace_back(d, key);
  }
  std::sort(scored.begin(), scored.end());
  std::string out;
  for (size_t i = 0; i < scored.size() && i < 5; ++i) out += (i ? ", " : "") + scored[i].second;
  return out.empty() ? "" : "; near codes: " + out;
}

Status CheckActor(const std::string& code, const std::vector<StoredActor>& actors,
                  const std::set<std::string>& all) {
  // "---" is the country of every role with no country known ("---COP"):
  // a valid code whether or not this store holds one yet.
  if (code.empty() || code == "---") return Status::Ok();
  for (const StoredActor& a : actors) {
    if (a.code.rfind(code, 0) == 0 || a.country == code) return Status::Ok();
  }
  return Status::InvalidArgument("unknown actor code '" + code +
                                 "' (no actor in the store starts with it or has it as its "
                                 "country)" + Near(code, all, true));
}

}  // namespace

Result<std::vector<std::pair<std::string, std::string>>> EventTypeNames() {
  std::string path = DataDir() + "/events/cameo_codes.tsv", bytes;
  if (!ReadFile(path, &bytes)) return Status::IoError(path + ": cannot read the CAMEO table");
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> plover;
  std::istringstream in(bytes);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    if (f.size() < 7) continue;
    out.emplace_back(f[0], f[6]);
    if (f[3] != "-") plover.insert(f[3]);
  }
  for (const std::string& p : plover) out.emplace_back(p, "PLOVER");
  return out;
}

Status CheckQueryCodes(EventStore* store, const EventQuery& q) {
  static const std::set<std::string> kModalities = {"done", "intended", "demanded", "hypothetical"};
  if (!q.modality.empty() && !kModalities.count(q.modality)) {
    return Status::InvalidArgument("unknown modality '" + q.modality +
                                   "'; one of done, intended, demanded, hypothetical");
  }
  if (!q.type.empty()) {
    auto types = EventTypeNames();
    if (!types.ok()) return types.status();
    std::set<std::string> names;
    bool known = false;
    for (const auto& [code, name] : *types) {
      names.insert(code);
      if (code.rfind(q.type, 0) == 0 && (code == q.type || (code[0] >= '0' && code[0] <= '9'))) {
        known = true;
      }
    }
    if (!known) {
      return Status::InvalidArgument("unknown event type '" + q.type +
                                     "' (a CAMEO code prefix such as 04, or a PLOVER type such "
                                     "as AGREE)" + Near(q.type, names, false));
    }
  }
  if (q.source.empty() && q.target.empty() && q.actor.empty()) return Status::Ok();
  auto actors = store->Actors();
  if (!actors.ok()) return actors.status();
  std::set<std::string> all;
  for (const StoredActor& a : *actors) {
    all.insert(a.code);
    if (!a.country.empty()) all.insert(a.country);
  }
  for (const ActorFilter* f : {&q.source, &q.target, &q.actor}) {
    if (Status s = CheckActor(f->code, *actors, all); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace entente
