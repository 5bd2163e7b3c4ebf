// dict_check.cc — CheckActorDictionary (entente/actor.h): loads a dictionary
// directory the way the stage does and adds the checks that only make sense
// over the whole set, such as one name given to two entries.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "entente/actor.h"
#include "util/data_dir.h"
#include "util/lines.h"
#include "util/utf8.h"

namespace entente {

namespace {

namespace fs = std::filesystem;

// The byte-level checks the loader does not make: a byte-order mark (read
// past) and lines that are not UTF-8. Returns the number of files read.
size_t CheckFileBytes(const std::string& root, DiagnosticSink* sink) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string text;
    if (!ReadFile(p.string(), &text)) continue;  // reported by the loader
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      sink->Report({Severity::kWarning, p.string(), 1,
                    "starts with a UTF-8 byte-order mark (read past; better removed)"});
    }
    uint32_t line_no = 0;
    std::string_view rest = text, line;
    while (NextLine(&rest, &line)) {
      ++line_no;
      size_t bad = FirstInvalidUtf8(line);
      if (bad != std::string_view::npos) {
        sink->Report({Severity::kError, p.string(), line_no,
                      "not valid UTF-8 (byte " + std::to_string(bad + 1) + " of the line)"});
      }
    }
  }
  return files.size();
}

// English function words (data/words/function_words.txt), lower case.
std::unordered_set<std::string> FunctionWords() {
  std::unordered_set<std::string> words;
  std::string text;
  if (!ReadFile(DataDir() + "/words/function_words.txt", &text)) return words;
  std::string_view rest = text, w;
  while (NextLine(&rest, &w)) {
    if (!w.empty() && w[0] != '#') words.emplace(w);
  }
  return words;
}

// A name made only of function words that the matcher would find in
// ordinary prose; a word it matches only in capitals or exactly as written
// ("IS", "WHO") is not prose.
bool OnlyFunctionWords(const actors::PhraseDef& p, const std::unordered_set<std::string>& fw) {
  for (std::string w : p.words) {
    actors::CaseRule rule = actors::CaseRuleOf(w);
    if (rule == actors::kAllCaps || rule == actors::kExactCase) return false;
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!fw.count(w)) return false;
  }
  return !p.words.empty();
}

}  // namespace

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
  NullSink quiet;
  DiagnosticSink* out = sink ? sink : &quiet;
  if (CheckFileBytes(root, out) == 0) {
    out->Report({Severity::kError, root, 0, "no dictionary files (*.txt) here"});
  }
  std::unordered_set<std::string> fw = FunctionWords();
  for (const actors::PhraseDef& p : dict.phrases()) {
    const actors::Entry& e = dict.entries()[p.entry];
    if (!OnlyFunctionWords(p, fw) || e.file == "geonames" || e.file == "iso-codes") continue;
    std::string words;
    for (const std::string& w : p.words) words += (words.empty() ? "" : " ") + w;
    out->Report({Severity::kError, e.file, e.line,
                 "'" + words + "' is only function words: it would match ordinary prose"});
  }

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
