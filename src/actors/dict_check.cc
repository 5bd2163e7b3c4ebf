// dict_check.cc — CheckActorDictionary (entente/actor.h): loads a dictionary
// directory the way the stage does and adds the checks that only make sense
// over the whole set, such as one name given to two entries.
#include <filesystem>
#include <unordered_map>

#include "actors/dictionary.h"
#include "entente/actor.h"

namespace entente {

Result<ActorDictionaryStats> CheckActorDictionary(const std::string& dir, bool installed_sources,
                                                  DiagnosticSink* sink) {
  std::error_code ec;
  std::string root = dir;
  if (std::filesystem::is_directory(std::filesystem::path(dir) / "actors", ec)) root = dir + "/actors";
  actors::Dictionary dict;
  actors::Dictionary::Options options;
  options.iso_codes = installed_sources;
  options.geonames = installed_sources;
  if (Status s = dict.LoadDir(root, options, sink); !s.ok()) return s;

  // The same words (exactly, case included) naming two entries: the first
  // loaded wins in the matcher, which is seldom what the writer meant.
  std::unordered_map<std::string, uint32_t> seen;
  for (const actors::PhraseDef& p : dict.phrases()) {
    std::string key;
    for (const std::string& w : p.words) key += (key.empty() ? "" : " ") + w;
    auto [it, added] = seen.emplace(key, p.entry);
    if (added || it->second == p.entry) continue;
    const actors::Entry& a = dict.entries()[it->second];
    const actors::Entry& b = dict.entries()[p.entry];
    if (a.kind == b.kind && a.code == b.code && a.weak == b.weak && !a.code.empty()) continue;  // same meaning
    if (a.file == "geonames" || b.file == "geonames" || a.file == "iso-codes" || b.file == "iso-codes") continue;
    if (sink) {
      sink->Report({Severity::kWarning, b.file, b.line,
                    "'" + key + "' also names '" + a.name + "' (" + a.file + ":" + std::to_string(a.line) +
                        "), which wins"});
    }
  }
  return dict.Stats();
}

}  // namespace entente
