// dictionary.cc — Dictionary bookkeeping, the word folding shared with the
// matcher, directory loading, and the two installed data sources read at
// start-up: ISO 3166 names (iso-codes) and cities (libgeonames).
#include "actors/dictionary.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <cstring>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <cctype>

#include <simdjson.h>

#include "util/civil_date.h"
#include "util/data_dir.h"

#ifdef ENTENTE_WITH_GEONAMES
#include "actors/geonames_table.h"
#endif

namespace entente::actors {

namespace fs = std::filesystem;

bool ParseIsoDay(const std::string& s, Day* day) {
  std::optional<int64_t> d = s.size() == 10 ? DayNumber(s) : std::nullopt;
  if (!d) return false;
  *day = static_cast<Day>(*d);  // years 1..9999: within ±3.7 million days
  return DateOfDay(*d) == s;    // rejects 2021-02-30 (DayNumber clamps it)
}

std::string FormatIsoDay(Day day) { return DateOfDay(day); }

void FoldWord(std::string_view w, std::string* out) {
  // The folded word is never longer than the word (each fold maps 1, 2 or 3
  // bytes to one), so it is written in place into a buffer of the word's size
  // and trimmed: no per-byte push_back, no allocation once *out has grown.
  out->resize(w.size());
  char* o = out->data();
  size_t n = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      o[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    // Two-byte Latin-1 supplement letters (U+00C0..U+00FF): fold accents.
    if ((c == 0xC3) && i + 1 < w.size()) {
      static const char kMap[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // C0..DF
                                 "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // E0..FF
      unsigned char d = static_cast<unsigned char>(w[i + 1]);
      if (d >= 0x80 && d <= 0xBF) {
        o[n++] = kMap[d - 0x80];
        ++i;
        continue;
      }
    }
    // Latin Extended-A letters (U+0100..U+017F: "Diyarbakır", "Łódź",
    // "Şanlıurfa"): their base letter.
    if ((c == 0xC4 || c == 0xC5) && i + 1 < w.size()) {
      static const char kMapA[] = "aaaaaaccccccccdd" "ddeeeeeeeeeegggg"   // 0100..011F
                                  "gggghhhhiiiiiiii" "iijjjjkkklllllll"   // 0120..013F
                                  "lllnnnnnnnnnoooo" "oooorrrrrrssssss"   // 0140..015F
                                  "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";  // 0160..017F
      unsigned char d = static_cast<unsigned char>(w[i + 1]);
      if (d >= 0x80 && d <= 0xBF) {
        o[n++] = kMapA[(c - 0xC4) * 64 + (d - 0x80)];
        ++i;
        continue;
      }
    }
    // Curly apostrophes (U+2018/2019) as '.
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x98 || static_cast<unsigned char>(w[i + 2]) == 0x99)) {
      o[n++] = '\'';
      i += 2;
      continue;
    }
    o[n++] = static_cast<char>(c);
  }
  out->resize(n);
}

std::vector<std::string> SplitNames(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t semi = s.find(';', start);
    if (semi == std::string::npos) semi = s.size();
    size_t b = start, e = semi;
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    if (e > b) out.push_back(s.substr(b, e - b));
    start = semi + 1;
  }
  return out;
}

uint32_t Dictionary::AddEntry(Entry e) {
  e.preferred = overlay_;
  has_overlay_ = has_overlay_ || overlay_;
  if (overlay_ && e.kind == ActorKind::kAgent) overlay_agents_ = true;
  entries_.push_back(std::move(e));
  uint32_t id = static_cast<uint32_t>(entries_.size() - 1);
  if (entries_.back().kind == ActorKind::kPerson) IndexPersonName(id);
  return id;
}

void Dictionary::IndexPersonName(uint32_t id) {
  std::vector<std::string_view> words;
  std::string_view rest = entries_[id].name;
  while (!rest.empty()) {
    size_t sp = rest.find(' ');
    if (sp != 0) words.push_back(rest.substr(0, sp));
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  if (words.size() < 2) return;
  std::string folded;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    FoldWord(words[i], &folded);
    if (!folded.empty()) forenames_[folded].push_back(id);
  }
  std::string_view last = words.back();
  bool lower = std::any_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!lower || last.back() == '.') return;  // "Jr.", "III"
  FoldWord(last, &folded);
  if (!folded.empty()) surnames_[folded].push_back(id);
}

const std::vector<uint32_t>* Dictionary::PeopleWithNameWord(std::string_view folded, bool last) const {
  const auto& index = last ? surnames_ : forenames_;
  auto it = index.find(std::string(folded));
  return it == index.end() ? nullptr : &it->second;
}

namespace {

constexpr const char* kIso3166Path = "/usr/share/iso-codes/json/iso_3166-1.json";
constexpr const char* kIso3166_2Path = "/usr/share/iso-codes/json/iso_3166-2.json";
// The English names of subdivisions whose ISO name is another language's
// ("Bayern" -> "Bavaria"), iso-codes' translation catalogue.
constexpr const char* kIso3166_2English = "/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo";

std::string FoldPhrase(const std::vector<std::string>& words) {
  std::string out, w;
  for (const std::string& word : words) {
    FoldWord(word, &w);
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

// English plural of a role noun's last word ("minister" → "ministers").
std::string Plural(const std::string& w) {
  auto ends = [&](const char* s) { return w.size() >= std::strlen(s) && w.compare(w.size() - std::strlen(s), std::string::npos, s) == 0; };
  if (ends("man")) return w.substr(0, w.size() - 3) + "men";
  if (ends("y") && w.size() > 1 && std::string("aeiou").find(w[w.size() - 2]) == std::string::npos) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  if (ends("s") || ends("x") || ends("ch") || ends("sh")) return w + "es";
  return w + "s";
}

}  // namespace

void Dictionary::AddPhrase(uint32_t entry, const std::string& text) {
  std::vector<std::string> words = SplitWords(text);
  if (words.empty()) return;
  // "argentin*": a stem, the last word matches any word starting with it.
  bool stem = words.back().size() > 1 && words.back().back() == '*';
  if (stem) {
    words.back().pop_back();
    has_stems_ = true;
    phrases_.push_back({std::move(words), entry, true});
    return;
  }
  NotePhrase(FoldPhrase(words));
  const Entry& e = entries_[entry];
  // Overlay (PETRARCH) role nouns come with their plurals written out ({} = none).
  if (e.kind == ActorKind::kAgent && !e.preferred && words.back().back() != 's' && words.back() != "police" &&
      words.back() != "personnel" && words.back() != "staff" && words.back() != "military") {
    std::vector<std::string> plural = words;
    plural.back() = Plural(plural.back());
    NotePhrase(FoldPhrase(plural));
    phrases_.push_back({std::move(plural), entry});
  }
  phrases_.push_back({std::move(words), entry});
}

// Phrases are remembered by a 64-bit hash of their folded text: a collision
// (odds ~1e-15 per phrase) would only drop a duplicate ISO name or city.
bool Dictionary::NotePhrase(const std::string& folded) {
  size_t before = folded_.size();
  folded_.Insert(std::hash<std::string_view>{}(folded), 1);
  return folded_.size() > before;
}

bool Dictionary::HasPhrase(const std::string& folded) const {
  return folded_.Find(std::hash<std::string_view>{}(folded)) != FlatMap64::kMissing;
}

Status Dictionary::LoadDir(const std::string& dir, const Options& options, DiagnosticSink* sink) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("actor dictionary directory not found: " + dir);
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path());
  }
  if (ec) return Status::IoError("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string text;
    if (!ReadFile(p.string(), &text)) {
      if (sink) sink->Report({Severity::kError, p.string(), 0, "cannot read file"});
      continue;
    }
    // A byte-order mark (editors add one) is read past; `dict check` warns.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    skip_agents_ = !options.agents;
    Status s = LoadText(p.lexically_relative(dir).string(), text, sink, p.string());
    skip_agents_ = false;
    if (s.code() == StatusCode::kUnsupported) return s;
    if (!s.ok() && sink) sink->Report({Severity::kError, p.string(), 0, s.message()});  // no @format line
  }
  if (options.iso_codes) AddIsoCountries(kIso3166Path, sink);
  AddPlaceSources(options, sink);
  return Status::Ok();
}

namespace {

// ISO 3166 alpha-2 → alpha-3 (entries hold alpha-3 only), from iso-codes.
std::unordered_map<std::string, std::string> Alpha2To3() {
  std::string text;
  std::unordered_map<std::string, std::string> a2to3;
  if (!ReadFile(kIso3166Path, &text)) return a2to3;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::array list;
  if (parser.parse(text).get(root) != simdjson::SUCCESS || root["3166-1"].get_array().get(list) != simdjson::SUCCESS) {
    return a2to3;
  }
  for (simdjson::dom::element c : list) {
    std::string_view a2, a3;
    if (c["alpha_2"].get_string().get(a2) == simdjson::SUCCESS && c["alpha_3"].get_string().get(a3) == simdjson::SUCCESS) {
      a2to3.emplace(std::string(a2), std::string(a3));
    }
  }
  return a2to3;
}

// data/words/iso_subdivisions.txt: which subdivisions become regions.
struct SubdivisionRules {
  std::unordered_set<std::string> types, suffixes, skip, admin, article;
  // Folded: the suffix and admin words, the articles (NameKey).
  std::unordered_set<std::string> folded_types, folded_articles;
};

// A first-level ISO 3166-2 subdivision ("IQ-AN", "Al Anbār", "Governorate"),
// with its English name when iso-codes translates it ("Bayern": "Bavaria").
struct Subdivision {
  std::string code, name, type, english;
};

uint32_t MoWord(std::string_view data, size_t at, bool swap) {
  uint32_t v = 0;
  std::memcpy(&v, data.data() + at, 4);
  return swap ? __builtin_bswap32(v) : v;
}

// A gettext catalogue (.mo, GNU gettext's documented format): msgid ->
// msgstr. Empty when the file is missing or malformed.
std::unordered_map<std::string, std::string> ReadMoCatalogue(const std::string& path) {
  std::unordered_map<std::string, std::string> out;
  std::string data;
  if (!ReadFile(path, &data) || data.size() < 20) return out;
  uint32_t magic = MoWord(data, 0, false);
  bool swap = magic == 0xde120495u;
  if (magic != 0x950412deu && !swap) return out;
  uint32_t n = MoWord(data, 8, swap), originals = MoWord(data, 12, swap), translations = MoWord(data, 16, swap);
  auto string_at = [&](uint32_t table, uint32_t i, std::string_view* sv) {
    size_t entry = static_cast<size_t>(table) + 8 * static_cast<size_t>(i);
    if (entry + 8 > data.size()) return false;
    uint32_t len = MoWord(data, entry, swap), off = MoWord(data, entry + 4, swap);
    if (static_cast<size_t>(off) + len > data.size()) return false;
    *sv = std::string_view(data).substr(off, len);
    return true;
  };
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view id, str;
    if (!string_at(originals, i, &id) || !string_at(translations, i, &str)) break;
    if (!id.empty() && !str.empty() && id != str) out.emplace(id, str);
  }
  return out;
}

SubdivisionRules ReadSubdivisionRules(const std::string& path) {
  SubdivisionRules r;
  std::string text;
  if (!ReadFile(path, &text)) return r;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    std::string_view line(text.data() + i, j - i);
    i = j + 1;
    size_t sp = line.find(' ');
    if (line.empty() || line[0] == '#' || sp == std::string_view::npos) continue;
    std::string_view kw = line.substr(0, sp), value = line.substr(sp + 1);
    auto* set = kw == "type"     ? &r.types
                : kw == "suffix" ? &r.suffixes
                : kw == "skip"   ? &r.skip
                : kw == "admin"  ? &r.admin
                : kw == "article" ? &r.article
                                 : nullptr;
    if (set) set->emplace(value);
  }
  std::string f;
  for (const auto* set : {&r.suffixes, &r.admin}) {
    for (const std::string& w : *set) FoldWord(w, &f), r.folded_types.insert(f);
  }
  for (const std::string& w : r.article) FoldWord(w, &f), r.folded_articles.insert(f);
  return r;
}

// A subdivision's name as news writes it: Latin letters (ASCII and the
// Latin-1 and Latin Extended-A accents the matcher folds), spaces, hyphens and apostrophes only,
// with no lower-case word but "and", "de", "del" ("Kyivska oblast" is not
// how English names it), the type word at its end dropped. "" when unusable.
std::string NewsName(std::string_view name, const SubdivisionRules& r) {
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    bool latin1 = c >= 0xC3 && c <= 0xC5 && i + 1 < name.size();  // Latin-1 and Extended-A letters
    if (latin1) { ++i; continue; }
    if (!(std::isalpha(c) || c == ' ' || c == '-' || c == '\'')) return "";
  }
  std::vector<std::string> words = SplitWords(std::string(name));
  if (words.size() > 1 && r.suffixes.count(words.back())) words.pop_back();
  if (words.empty() || words.size() > 4) return "";
  std::string out;
  for (const std::string& w : words) {
    if (std::islower(static_cast<unsigned char>(w[0])) && w != "and" && w != "de" && w != "del") return "";
    out += (out.empty() ? "" : " ") + w;
  }
  return r.skip.count(out) ? "" : out;
}

// The first-level subdivisions (no parent) of the ISO 3166-2 list; empty,
// with a warning, when the file is missing or unreadable.
std::vector<Subdivision> ReadSubdivisions(const std::string& path, DiagnosticSink* sink) {
  std::vector<Subdivision> out;
  std::string text;
  if (!ReadFile(path, &text)) {
    if (sink) sink->Report({Severity::kWarning, path, 0, "ISO 3166-2 list not found (install iso-codes); no subdivisions"});
    return out;
  }
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::array list;
  if (parser.parse(text).get(root) != simdjson::SUCCESS || root["3166-2"].get_array().get(list) != simdjson::SUCCESS) {
    if (sink) sink->Report({Severity::kWarning, path, 0, "cannot parse ISO 3166-2 JSON"});
    return out;
  }
  std::unordered_map<std::string, std::string> english = ReadMoCatalogue(kIso3166_2English);
  for (simdjson::dom::element c : list) {
    std::string_view code, name, type, parent;
    if (c["code"].get_string().get(code) != simdjson::SUCCESS || c["name"].get_string().get(name) != simdjson::SUCCESS ||
        c["type"].get_string().get(type) != simdjson::SUCCESS || c["parent"].get_string().get(parent) == simdjson::SUCCESS) {
      continue;  // only first-level subdivisions
    }
    auto en = english.find(std::string(name));
    out.push_back({std::string(code), std::string(name), std::string(type), en == english.end() ? "" : en->second});
  }
  return out;
}

// The form under which a place name and a subdivision's name meet: the
// folded words, hyphens as spaces, without a last type word or a first
// article ("Aleppo Governorate" -> "aleppo", "Jiangsu Sheng" -> "jiangsu",
// "Al Anbār" -> "anbar", "Idlib province" -> "idlib").
std::string NameKey(std::string_view name, const SubdivisionRules& r) {
  std::string spaced(name);
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  std::vector<std::string> words = SplitWords(spaced);
  for (std::string& w : words) {
    std::string f;
    FoldWord(w, &f);
    w = std::move(f);
  }
  if (words.size() > 1 && r.folded_types.count(words.back())) words.pop_back();
  if (words.size() > 1 && r.folded_articles.count(words.front())) words.erase(words.begin());
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The country (alpha-2) and NameKey of a subdivision's names: its ISO name
// and its English one.
std::vector<std::string> SubdivisionKeys(const Subdivision& d, const SubdivisionRules& r) {
  std::string a2 = d.code.substr(0, d.code.find('-')) + "|";
  std::vector<std::string> keys = {a2 + NameKey(d.name, r)};
  if (!d.english.empty() && a2 + NameKey(d.english, r) != keys[0]) keys.push_back(a2 + NameKey(d.english, r));
  return keys;
}

// Key -> ISO 3166-2 code; a key two subdivisions share maps to "".
std::unordered_map<std::string, std::string> StateRegions(const std::vector<Subdivision>& list,
                                                          const SubdivisionRules& r) {
  std::unordered_map<std::string, std::string> out;
  for (const Subdivision& d : list) {
    for (const std::string& key : SubdivisionKeys(d, r)) {
      auto [it, fresh] = out.emplace(key, d.code);
      if (!fresh && it->second != d.code) it->second.clear();
    }
  }
  return out;
}

}  // namespace

struct Dictionary::IsoTables {
  SubdivisionRules rules;
  std::unordered_map<std::string, std::string> a2to3;
  std::vector<Subdivision> subdivisions;  // empty unless iso-codes are read
};

void Dictionary::AddPlaceSources(const Options& options, DiagnosticSink* sink) {
  if (!options.geonames && !options.iso_codes) return;
  IsoTables iso{ReadSubdivisionRules(DataDir() + "/words/iso_subdivisions.txt"), Alpha2To3(), {}};
  if (options.iso_codes) iso.subdivisions = ReadSubdivisions(kIso3166_2Path, sink);
  if (options.geonames) AddGeonamesCities(iso, sink);
  // After the cities: a subdivision named like a city ("Idlib") is the city.
  if (options.iso_codes) AddIsoSubdivisions(iso, sink);
}

void Dictionary::AddIsoSubdivisions(const std::string& path, const std::string& rules_path, DiagnosticSink* sink) {
  AddIsoSubdivisions(IsoTables{ReadSubdivisionRules(rules_path), Alpha2To3(), ReadSubdivisions(path, sink)}, sink);
}

void Dictionary::AddIsoSubdivisions(const IsoTables& iso, DiagnosticSink* sink) {
  (void)sink;
  const SubdivisionRules& rules = iso.rules;
  const std::unordered_map<std::string, std::string>& a2to3 = iso.a2to3;
  const std::vector<Subdivision>& list = iso.subdivisions;
  // The regions the files name ("place IRQ Anbar", "place DEU Bavaria") take
  // the code of the subdivision of their country whose ISO or English name
  // is their canonical name (NameKey), unless another of their names is
  // another subdivision's ("West Bank; Gaza; …": none); a name two
  // subdivisions share gives none.
  std::unordered_map<std::string, std::string> codes = StateRegions(list, rules);
  std::unordered_map<std::string, std::string> a3to2;
  for (const auto& [a2, a3] : a2to3) a3to2.emplace(a3, a2);
  auto code_of = [&](const Entry& e, const std::string& name) -> std::string {
    auto a2 = e.code.size() < 3 ? a3to2.end() : a3to2.find(e.code.substr(0, 3));
    if (a2 == a3to2.end()) return "";
    auto code = codes.find(a2->second + "|" + NameKey(name, rules));
    return code == codes.end() ? "" : code->second;
  };
  std::unordered_set<uint32_t> conflicting;
  for (const PhraseDef& p : phrases_) {
    Entry& e = entries_[p.entry];
    if (e.precision != Precision::kRegion || e.file == "iso-codes") continue;
    std::string words;
    for (const std::string& w : p.words) words += (words.empty() ? "" : " ") + w;
    std::string mine = code_of(e, e.name), theirs = code_of(e, words);
    if (!theirs.empty() && theirs != mine) conflicting.insert(p.entry);
    if (!mine.empty() && !conflicting.count(p.entry)) e.region = mine;
  }
  for (uint32_t c : conflicting) entries_[c].region.clear();
  for (const Subdivision& d : list) {
    auto cc = a2to3.find(d.code.substr(0, d.code.find('-')));
    std::string n = NewsName(d.name, rules);
    if (cc == a2to3.end() || n.empty() || !rules.types.count(d.type)) continue;
    std::vector<std::string> words = SplitWords(n);
    std::string folded = FoldPhrase(words);
    if (HasPhrase(folded)) continue;  // a country, or a place the project's files name
    NotePhrase(folded);
    // Gazetteer-like (`city`): a country actor only in a place context.
    Entry e;
    e.kind = ActorKind::kPlace;
    e.city = true;
    e.precision = Precision::kRegion;
    e.code = cc->second;
    e.region = d.code;
    e.name = n;
    e.file = "iso-codes";
    phrases_.push_back({std::move(words), AddEntry(std::move(e))});
  }
}

namespace {

// A file `place` that ISO 3166-1 lists as a country of its own (New
// Caledonia, Gibraltar, the Falklands: dependent territories the files code
// by their sovereign, as actors are) gets the ISO alpha-3 in Entry::iso.
void MarkTerritory(simdjson::dom::element country, std::string_view code,
                   const std::unordered_map<std::string, uint32_t>& places, std::vector<Entry>* entries) {
  for (const char* field : {"common_name", "name"}) {
    std::string_view name;
    if (country[field].get_string().get(name) != simdjson::SUCCESS) continue;
    std::string n(name.substr(0, name.find(" (")));  // "Falkland Islands (Malvinas)"
    auto it = places.find(FoldPhrase(SplitWords(n)));
    if (it == places.end()) continue;
    Entry& e = (*entries)[it->second];
    if (e.code.compare(0, 3, code) != 0) e.iso = std::string(code);
  }
}

}  // namespace

void Dictionary::AddIsoCountries(const std::string& path, DiagnosticSink* sink) {
  std::string text;
  if (!ReadFile(path, &text)) {
    if (sink) sink->Report({Severity::kWarning, path, 0, "ISO 3166 list not found (install iso-codes); only the project's country names are used"});
    return;
  }
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(text).get(root) != simdjson::SUCCESS) {
    if (sink) sink->Report({Severity::kWarning, path, 0, "cannot parse ISO 3166 JSON"});
    return;
  }
  simdjson::dom::array list;
  if (root["3166-1"].get_array().get(list) != simdjson::SUCCESS) return;
  // The files' places by folded name, for territories ISO lists as countries.
  std::unordered_map<std::string, uint32_t> places;
  for (const PhraseDef& p : phrases_) {
    if (entries_[p.entry].kind == ActorKind::kPlace) places.emplace(FoldPhrase(p.words), p.entry);
  }
  for (simdjson::dom::element c : list) {
    std::string_view code;
    if (c["alpha_3"].get_string().get(code) != simdjson::SUCCESS) continue;
    MarkTerritory(c, code, places, &entries_);
    // The project's own `country` entry for this code, if any, gets the names.
    int64_t id = -1;
    for (size_t i = 0; i < entries_.size(); ++i) {
      if (entries_[i].kind == ActorKind::kCountry && !entries_[i].demonym && entries_[i].code == code) {
        id = static_cast<int64_t>(i);
        break;
      }
    }
    for (const char* field : {"common_name", "name", "official_name"}) {
      std::string_view name;
      if (c[field].get_string().get(name) != simdjson::SUCCESS) continue;
      std::string n(name);
      if (n.find_first_of(",()") != std::string::npos) continue;  // "Korea, Republic of"
      if (HasPhrase(FoldPhrase(SplitWords(n)))) continue;
      if (id < 0) {
        Entry e;
        e.kind = ActorKind::kCountry;
        e.precision = Precision::kCountry;
        e.code = std::string(code);
        e.name = n;
        e.file = "iso-codes";
        id = AddEntry(std::move(e));
      }
      AddPhrase(static_cast<uint32_t>(id), n);
    }
  }
}

void Dictionary::AddGeonamesCities(const std::string& subdivisions_path, const std::string& rules_path,
                                   DiagnosticSink* sink) {
  std::vector<Subdivision> list;
  if (!subdivisions_path.empty()) list = ReadSubdivisions(subdivisions_path, nullptr);
  AddGeonamesCities(IsoTables{ReadSubdivisionRules(rules_path), Alpha2To3(), std::move(list)}, sink);
}

void Dictionary::AddGeonamesCities(const IsoTables& iso, DiagnosticSink* sink) {
#ifdef ENTENTE_WITH_GEONAMES
  const std::unordered_map<std::string, std::string>& a2to3 = iso.a2to3;
  const SubdivisionRules& rules = iso.rules;
  std::unordered_map<std::string, std::string> states = StateRegions(iso.subdivisions, rules);
  std::unordered_map<std::string, std::string> regions;  // "country|state" as geonames writes it -> code
  auto region_of = [&](const GeonamesCity& c) -> std::string {
    if (c.state.empty()) return "";
    auto [known, added] = regions.try_emplace(std::string(c.country) + "|" + std::string(c.state));
    if (!added) return known->second;  // many cities share a state: its NameKey is made once
    auto r = states.find(std::string(c.country) + "|" + NameKey(c.state, rules));
    if (r != states.end()) known->second = r->second;
    return known->second;
  };
  GeonamesTable table;
  const std::vector<GeonamesCity>& cities = table.cities();
  size_t n = cities.size();
  entries_.reserve(entries_.size() + n);
  phrases_.reserve(phrases_.size() + n);
  // Most populous first, so a name shared by several cities goes to the biggest.
  std::vector<std::pair<unsigned, uint32_t>> order;
  order.reserve(n);
  for (uint32_t i = 0; i < n; ++i) order.push_back({cities[i].population, i});
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  // Capitals, seats and cities the files name get the coordinates of the
  // geonames city of the same name in the same country.
  std::unordered_map<std::string, uint32_t> named_cities;
  for (const PhraseDef& p : phrases_) {
    const Entry& e = entries_[p.entry];
    if (e.precision == Precision::kCity && !e.code.empty()) named_cities.emplace(FoldPhrase(p.words) + "|" + e.code.substr(0, 3), p.entry);
  }
  for (const auto& [pop, i] : order) {
    const std::string name(cities[i].name);
    auto it = a2to3.find(std::string(cities[i].country));
    if (it == a2to3.end()) continue;
    std::vector<std::string> words = SplitWords(name);
    if (words.empty() || words.size() > 4) continue;
    std::string folded = FoldPhrase(words);
    if (HasPhrase(folded)) {  // already named
      auto named = named_cities.find(folded + "|" + it->second);
      if (named != named_cities.end() && !entries_[named->second].has_coords) {
        Entry& e = entries_[named->second];
        e.region = region_of(cities[i]);
        e.population = pop;
        e.has_coords = true;
        e.lat = static_cast<float>(cities[i].lat);
        e.lon = static_cast<float>(cities[i].lon);
      }
      continue;
    }
    NotePhrase(folded);
    Entry e;
    e.kind = ActorKind::kPlace;
    e.city = true;
    e.precision = Precision::kCity;
    e.population = pop;
    e.has_coords = true;
    e.lat = static_cast<float>(cities[i].lat);
    e.lon = static_cast<float>(cities[i].lon);
    e.code = it->second;
    e.region = region_of(cities[i]);
    e.name = name;
    e.file = "geonames";
    phrases_.push_back({std::move(words), AddEntry(std::move(e))});
  }
#else
  (void)iso;
#endif
  (void)sink;
}

const Entry* Dictionary::CapitalOf(std::string_view alpha3) const {
  for (const Entry& e : entries_) {
    if (e.capital && e.code == alpha3) return &e;
  }
  return nullptr;
}

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kCity: return "city";
    case Precision::kRegion: return "region";
    case Precision::kCountry: return "country";
    case Precision::kNone: break;
  }
  return "";
}

DictionaryStats Dictionary::Stats() const {
  DictionaryStats s;
  for (const Entry& e : entries_) {
    switch (e.kind) {
      case ActorKind::kCountry:
        if (e.identity != Identity::kNone) s.identities++;
        else (e.demonym ? s.demonyms : s.countries)++;
        break;
      case ActorKind::kRegion: s.regions++; break;
      case ActorKind::kPlace: (e.city ? s.cities : s.places)++; break;
      case ActorKind::kOrganisation: s.organisations++; break;
      case ActorKind::kPerson: s.people++; break;
      case ActorKind::kAgent: s.agents++; break;
    }
    s.roles += static_cast<uint32_t>(e.roles.size());
  }
  s.phrases = static_cast<uint32_t>(phrases_.size());
  s.files = files_;
  return s;
}

}  // namespace entente::actors
