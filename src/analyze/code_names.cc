// code_names.cc — readable names for actor codes, composed from the actor
// dictionaries (data/actors): the longest known country, region or
// organisation code at the front, then three-letter sector blocks named by
// data/codes/sectors.txt, else by their first role noun.
#include <map>
#include <sstream>

#include "actors/dictionary.h"
#include "entente/codes.h"
#include "util/data_dir.h"

namespace entente {

namespace {

// Reads "CODE name" lines of an entente-sectors 1 file into `out`. A
// missing file leaves `out` as it is (the role nouns name the sectors).
Status ReadSectorNames(const std::string& path, std::map<std::string, std::string>* out) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return Status::Ok();
  std::istringstream in(bytes);
  std::string line;
  int n = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(n) + ": ";
    if (!header) {
      if (line.rfind("@format entente-sectors ", 0) != 0) {
        return Status::Corrupt(where + "expected '@format entente-sectors 1'");
      }
      if (line != "@format entente-sectors 1") {
        return Status::Unsupported(where + "sector names version " + line.substr(24) +
                                   " is newer than this build reads (1)");
      }
      header = true;
      continue;
    }
    size_t space = line.find(' ');
    if (space != 3 || space + 1 >= line.size()) {
      return Status::Corrupt(where + "expected a three-letter code, a space and a name");
    }
    (*out)[line.substr(0, 3)] = line.substr(4);
  }
  return Status::Ok();
}

}  // namespace

Result<ActorNamer> ActorNamer::Create(const std::string& data_dir, DiagnosticSink* sink) {
  actors::Dictionary dict;
  actors::Dictionary::Options o;
  o.geonames = false;  // cities name places, never a code of their own
  if (Status s = dict.LoadDir(data_dir + "/actors", o, sink); !s.ok()) return s;
  ActorNamer namer;
  if (Status s = ReadSectorNames(data_dir + "/codes/sectors.txt", &namer.sectors_); !s.ok()) {
    return s;
  }
  for (const actors::Entry& e : dict.entries()) {
    if (e.demonym || e.code.empty()) continue;
    switch (e.kind) {
      case ActorKind::kCountry:
      case ActorKind::kRegion:
      case ActorKind::kOrganisation:
        namer.bases_.emplace(e.code, e.name);  // the first entry of a code names it
        break;
      case ActorKind::kAgent:
        if (!e.bound && e.code.size() == 3) namer.sectors_.emplace(e.code, e.name);
        break;
      default:
        break;
    }
  }
  return namer;
}

std::string ActorNamer::Name(const std::string& code) const {
  if (auto it = bases_.find(code); it != bases_.end()) return it->second;
  if (code.size() < 6) return "";  // a base and at least one sector block
  // The longest known base in front (IGOUNOKID before IGOUNO), else none.
  std::string base;
  size_t at = code.rfind("---", 0) == 0 ? 3 : 0;
  for (size_t len = code.size() - 1; at == 0 && len >= 3; --len) {
    if (auto it = bases_.find(code.substr(0, len)); it != bases_.end()) {
      base = it->second;
      at = len;
    }
  }
  if (at == 0) return "";
  std::string sectors;
  for (size_t i = at; i < code.size(); i += 3) {
    std::string block = code.substr(i, 3);
    auto it = sectors_.find(block);
    sectors += (sectors.empty() ? "" : ", ") + (it == sectors_.end() ? block : it->second);
  }
  if (base.empty()) return sectors + " (no country known)";
  return sectors.empty() ? base : base + ": " + sectors;
}

Result<std::vector<ActorCodeName>> StoredActorNames(EventStore* store, const ActorNamer& namer) {
  auto actors = store->Actors();
  if (!actors.ok()) return actors.status();
  std::map<std::string, int64_t> mentions;
  for (const StoredActor& a : *actors) {
    mentions[a.code] += a.mentions;
    // The country a code belongs to is a code users filter by (USA for USAGOV).
    if (!a.country.empty() && a.country != a.code) mentions[a.country] += a.mentions;
  }
  std::vector<ActorCodeName> out;
  out.reserve(mentions.size());
  for (const auto& [code, n] : mentions) {
    std::string name = namer.Name(code);
    if (name.empty()) name = code;
    out.push_back({code, std::move(name), n});
  }
  return out;
}

}  // namespace entente
