// dict_reader.cc — parses the two dictionary text formats (entente-actors 1,
// entente-people 1) into Dictionary entries. The grammar is documented in
// doc/formats/actors.md; every rejected line becomes a diagnostic naming
// file and line, and reading goes on.
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "actors/dictionary.h"
#include "util/lines.h"

namespace entente::actors {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits off the first whitespace-delimited word of *s.
std::string_view NextWord(std::string_view* s) {
  *s = Trim(*s);
  size_t n = 0;
  while (n < s->size() && !std::isspace(static_cast<unsigned char>((*s)[n]))) ++n;
  std::string_view w = s->substr(0, n);
  s->remove_prefix(n);
  *s = Trim(*s);
  return w;
}

bool ValidCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0 || code.size() > 30) return false;
  for (char c : code) {
    if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-')) {
      return false;
    }
  }
  return true;
}

struct Reader {
  Dictionary* dict;
  const std::string& file;
  DiagnosticSink* sink;
  std::vector<Entry>* pending;  // entries being built, flushed by caller

  void Error(uint32_t line, const std::string& reason) const {
    if (sink) sink->Report({Severity::kError, file, line, reason});
  }
};

// Parses "CODE FROM..TO title" / "CODE * title" / "CODE title-less".
bool ParseRole(std::string_view s, uint32_t line, Role* role, std::string* err) {
  std::string_view code = NextWord(&s);
  if (!ValidCode(code)) {
    *err = "bad actor code '" + std::string(code) + "' (expected 3-letter blocks, e.g. USAGOV)";
    return false;
  }
  role->code = std::string(code);
  role->line = line;
  std::string_view when = NextWord(&s);
  if (when.empty() || when == "*") {
    role->any_date = true;
  } else {
    size_t dots = when.find("..");
    if (dots == std::string_view::npos) {
      *err = "bad date range '" + std::string(when) + "' (expected FROM..TO or *)";
      return false;
    }
    std::string from(when.substr(0, dots)), to(when.substr(dots + 2));
    if (!from.empty() && !ParseIsoDay(from, &role->from)) {
      *err = "bad date '" + from + "' (expected YYYY-MM-DD)";
      return false;
    }
    if (!to.empty() && !ParseIsoDay(to, &role->to)) {
      *err = "bad date '" + to + "' (expected YYYY-MM-DD)";
      return false;
    }
    if (!from.empty() && !to.empty() && role->to <= role->from) {
      *err = "empty date range '" + std::string(when) + "' (TO is exclusive and must be after FROM)";
      return false;
    }
  }
  role->title = std::string(Trim(s));
  return true;
}

// Keywords of the WordClass lines, in enum order.
constexpr std::array<const char*, static_cast<size_t>(WordClass::kCount)> kWordClassKeywords = {
    "filler-word",    "foreign-word",      "name-stop",          "name-particle",
    "locative-preposition", "city-locative-preposition", "direction-word", "former-word",
    "former-after-the", "motion-preposition", "capital-noun",     "capital-noun-suffix",
    "acting-subject", "area-noun",         "area-noun-by-name",
    "withdrawal-word", "city-territory", "owner-acts", "name-article", "name-article-apart", "seize-word",
    "lone-name-stop"};

bool IsWordListKeyword(std::string_view kw) {
  WordClass c;
  return kw == "place-noun" || kw == "region-noun" || kw == "motion-word" || WordClassOf(kw, &c);
}

}  // namespace

const char* WordClassKeyword(WordClass c) {
  size_t i = static_cast<size_t>(c);
  return i < kWordClassKeywords.size() ? kWordClassKeywords[i] : "";
}

bool WordClassOf(std::string_view keyword, WordClass* c) {
  for (size_t i = 0; i < kWordClassKeywords.size(); ++i) {
    if (keyword == kWordClassKeywords[i]) {
      *c = static_cast<WordClass>(i);
      return true;
    }
  }
  return false;
}

bool Dictionary::IsWord(WordClass c, std::string_view folded) const {
  auto it = word_classes_.find(std::string(folded));
  return it != word_classes_.end() && ((it->second >> static_cast<uint32_t>(c)) & 1u) != 0;
}

bool Dictionary::AddWordLine(std::string_view keyword, std::string_view words, std::string* err) {
  std::vector<std::string> list = SplitNames(std::string(words));
  if (list.empty()) {
    *err = "'" + std::string(keyword) + "' line gives no words";
    return false;
  }
  for (const std::string& w : list) {
    if (w.find_first_of(" \t") == std::string::npos) continue;
    *err = "'" + w + "' is not one word (a '" + std::string(keyword) + "' line lists single words)";
    return false;
  }
  WordClass c = WordClass::kCount;
  WordClassOf(keyword, &c);
  for (const std::string& w : list) {
    std::string f;
    FoldWord(w, &f);
    if (c != WordClass::kCount) word_classes_[f] |= 1u << static_cast<uint32_t>(c);
    else if (keyword == "motion-word") motion_words_.insert(f);
    else place_nouns_.insert(f);
    if (keyword == "region-noun") region_nouns_.insert(f);
  }
  return true;
}

Status Dictionary::LoadText(const std::string& entry_file, const std::string& text, DiagnosticSink* sink,
                            const std::string& report_as) {
  const std::string& file = report_as.empty() ? entry_file : report_as;
  Reader r{this, file, sink, nullptr};
  enum class Format { kNone, kActors, kPeople } format = Format::kNone;
  // The entry whose indented role lines we are reading (index into entries_), or -1.
  int64_t open = -1;
  bool saw_default = false;
  auto close = [&](uint32_t line) {
    if (open >= 0 && entries_[open].code.empty() && entries_[open].roles.empty()) {
      r.Error(entries_[open].line, "'" + entries_[open].name + "' has no code and no role lines");
    }
    open = -1;
    saw_default = false;
  };
  uint32_t n = 0;
  std::string_view rest = text, raw;
  while (NextLine(&rest, &raw)) {
    ++n;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    if (format == Format::kNone) {
      std::string_view s = line;
      if (NextWord(&s) != "@format") {
        return Status::Corrupt(file + ":" + std::to_string(n) +
                               ": expected '@format entente-actors 1' or '@format entente-people 1' first");
      }
      std::string_view kind = NextWord(&s);
      std::string_view ver = NextWord(&s);
      int v = 0;
      for (char c : ver) v = (std::isdigit(static_cast<unsigned char>(c)) && v >= 0 && v < 1000) ? v * 10 + (c - '0') : -1;
      if (ver.empty() || v <= 0) {
        return Status::Corrupt(file + ":" + std::to_string(n) + ": bad format version '" + std::string(ver) + "'");
      }
      int known = 0;
      if (kind == "entente-actors") { format = Format::kActors; known = kFormatVersionActors; }
      else if (kind == "entente-people") { format = Format::kPeople; known = kFormatVersionPeople; }
      else return Status::Corrupt(file + ":" + std::to_string(n) + ": unknown format '" + std::string(kind) + "'");
      if (v > known) {
        return Status::Unsupported(file + ":" + std::to_string(n) + ": format " + std::string(kind) + " version " +
                                   std::to_string(v) + " is newer than this build reads (" +
                                   std::to_string(known) + "); upgrade entente");
      }
      ++files_;
      continue;
    }
    bool indented = std::isspace(static_cast<unsigned char>(raw.front()));
    if (indented) {
      if (open < 0) { r.Error(n, "indented role line without a person or '-' entry above it"); continue; }
      Role role;
      std::string err;
      if (!ParseRole(line, n, &role, &err)) { r.Error(n, err); continue; }
      if (saw_default) { r.Error(n, "role line after the '*' default (the default must be last)"); continue; }
      saw_default = role.any_date;
      entries_[open].roles.push_back(std::move(role));
      continue;
    }
    close(n);
    std::string_view s = line;
    std::string_view kw = NextWord(&s);
    Entry e;
    e.file = entry_file;
    e.line = n;
    std::string names_text;
    if (kw == "person") {
      if (format != Format::kPeople) { r.Error(n, "'person' lines belong in an entente-people file"); continue; }
      e.kind = ActorKind::kPerson;
      names_text = std::string(s);
    } else {
      if (format != Format::kActors) { r.Error(n, "expected 'person NAME; NAME…' in an entente-people file"); continue; }
      if (IsWordListKeyword(kw)) {  // "place-noun town; city": words, not entries
        std::string err;
        if (!AddWordLine(kw, s, &err)) r.Error(n, err);
        continue;
      }
      if (kw == "country") { e.kind = ActorKind::kCountry; e.precision = Precision::kCountry; }
      else if (kw == "demonym") { e.kind = ActorKind::kCountry; e.demonym = true; }
      else if (kw == "region") e.kind = ActorKind::kRegion;
      else if (kw == "region-adj") { e.kind = ActorKind::kRegion; e.demonym = true; }
      else if (kw == "capital" || kw == "seat") {
        e.kind = ActorKind::kPlace;
        e.precision = Precision::kCity;
        e.capital = kw == "capital";
      }
      else if (kw == "place") { e.kind = ActorKind::kPlace; e.precision = Precision::kRegion; }
      else if (kw == "city") { e.kind = ActorKind::kPlace; e.city = true; e.precision = Precision::kCity; }
      else if (kw == "ethnic") e.identity = Identity::kEthnic;
      else if (kw == "religion") e.identity = Identity::kReligion;
      else if (kw == "org" || kw == "group") e.kind = ActorKind::kOrganisation;
      else if (kw == "org-adj") { e.kind = ActorKind::kOrganisation; e.demonym = true; }
      else if (kw == "agent") e.kind = ActorKind::kAgent;
      else if (kw == "agent-weak") { e.kind = ActorKind::kAgent; e.weak = true; }
      else if (kw == "agent-bound") { e.kind = ActorKind::kAgent; e.bound = true; }
      else if (kw == "agent-weak-bound") { e.kind = ActorKind::kAgent; e.weak = e.bound = true; }
      else if (kw == "agent-prefix") { e.kind = ActorKind::kAgent; e.prefix = true; }
      else { r.Error(n, "unknown entry kind '" + std::string(kw) + "'"); continue; }
      if (e.kind == ActorKind::kAgent && skip_agents_) continue;
      std::string_view code = NextWord(&s);
      // "A/B/C": several actors named at once (countries, places, organisations).
      std::string_view more;
      if (size_t slash = code.find('/'); slash != std::string_view::npos && e.kind != ActorKind::kAgent) {
        more = code.substr(slash + 1);
        code = code.substr(0, slash);
      }
      bool bad_more = false;
      while (!more.empty()) {
        size_t slash = more.find('/');
        std::string_view c = more.substr(0, slash);
        if (!ValidCode(c)) bad_more = true;
        e.also.emplace_back(c);
        more = slash == std::string_view::npos ? std::string_view() : more.substr(slash + 1);
      }
      // An overlay (PETRARCH) code may be any run of A-Z, 0-9, '-' ("ITHTV").
      bool opaque = overlay_ && !code.empty() && code.size() <= 30 &&
                    code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string_view::npos;
      if (bad_more || (code != "-" && !ValidCode(code) && !opaque)) {
        r.Error(n, "bad actor code '" + std::string(code) + "' (expected 3-letter blocks, e.g. USAGOV, A/B for several, or -)");
        continue;
      }
      if (code != "-") e.code = std::string(code);
      names_text = std::string(s);
    }
    std::vector<std::string> names = SplitNames(names_text);
    if (names.empty()) { r.Error(n, "no names given"); continue; }
    e.name = names.front();
    if (e.name.size() > 1 && e.name.back() == '*') e.name.pop_back();  // a stem
    if (e.kind == ActorKind::kAgent && !overlay_) {
      // Each role noun is its own entry, so its name is the title it gives.
      // (An overlay's line is one entry: PETRARCH writes a role noun's
      // plural forms as its other names, titled by the first.)
      for (const std::string& name : names) {
        Entry a = e;
        a.name = name;
        AddPhrase(AddEntry(std::move(a)), name);
      }
      continue;
    }
    uint32_t id = AddEntry(std::move(e));
    for (const std::string& name : names) AddPhrase(id, name);
    if (entries_[id].kind == ActorKind::kPerson || entries_[id].code.empty()) open = id;
  }
  close(n);
  return Status::Ok();
}

}  // namespace entente::actors
