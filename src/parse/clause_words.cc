// Reading data/syntax/clause_words.txt into one open-addressing table of
// words → flags: one probe for most words, no allocation at lookup time.
#include "parse/clause_words.h"

#include <utility>

#include "util/data_dir.h"
#include "util/lines.h"

namespace entente::parse {

namespace {

constexpr std::string_view kMagic = "#format entente-clause-words ";

struct ListName {
  std::string_view name;
  uint32_t flag;
};

constexpr ListName kLists[] = {
    {"say", kSay},                  {"modal_matrix", kModalMatrix}, {"aspectual", kAspectual},
    {"neg_matrix", kNegMatrix},     {"object_control", kObjControl}, {"modal_adj", kModalAdj},
    {"neg_adj", kNegAdj},           {"rel_pronoun", kRelPronoun},   {"negation", kNegation},
    {"future", kFuture},            {"accuse_like", kAccuseLike},   {"prevent_like", kPreventLike},
    {"time", kTime},                {"person_noun", kPersonNoun},   {"locative", kLocative},
    {"partitive", kPartitive},      {"event_noun", kEventNoun},     {"possessive", kPossessive},
};

uint64_t Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string ClauseWords::DefaultPath(const std::string& data_dir) {
  return data_dir + "/syntax/clause_words.txt";
}

Result<ClauseWords> ClauseWords::Load(const std::string& path) {
  std::string text;
  if (!ReadFile(path, &text)) return Status::NotFound(path + ": cannot read the clause word lists");
  ClauseWords w;
  w.slots_.resize(4096);
  w.mask_ = w.slots_.size() - 1;
  std::string_view rest = text, raw;
  int line_no = 0;
  bool seen_format = false;
  while (NextLine(&rest, &raw)) {
    std::string_view line = Trim(raw);
    ++line_no;
    auto error = [&](const std::string& why) { return Status::Corrupt(path + ":" + std::to_string(line_no) + ": " + why); };
    if (line.starts_with(kMagic)) {
      if (Trim(line.substr(kMagic.size())) != "1") return Status::Unsupported(path + ": unsupported format version");
      seen_format = true;
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    if (!seen_format) return error("expected \"#format entente-clause-words 1\" first");
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return error("expected \"list: word word ...\"");
    std::string_view name = Trim(line.substr(0, colon));
    uint32_t flag = 0;
    for (const ListName& l : kLists) {
      if (l.name == name) flag = l.flag;
    }
    if (flag == 0) return error("unknown list \"" + std::string(name) + "\"");
    std::string_view rest = line.substr(colon + 1);
    while (!rest.empty()) {
      size_t sp = rest.find_first_of(" \t");
      std::string_view word = rest.substr(0, sp);
      if (!word.empty()) {
        if (word.size() > 32) return error("word longer than 32 bytes");
        if (w.used_ * 2 >= w.slots_.size()) return error("too many words (at most 2048)");
        w.Add(word, flag);
      }
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
  }
  if (!seen_format) return Status::Corrupt(path + ": not a clause word list (no #format line)");
  return w;
}

void ClauseWords::Add(std::string_view word, uint32_t flags) {
  size_t h = Hash(word) & mask_;
  while (!slots_[h].word.empty() && slots_[h].word != word) h = (h + 1) & mask_;
  if (slots_[h].word.empty()) {
    slots_[h].word = std::string(word);
    ++used_;
  }
  slots_[h].flags |= flags;
}

uint32_t ClauseWords::Flags(std::string_view w) const {
  if (w.empty() || w.size() > 32 || slots_.empty()) return 0;
  size_t h = Hash(w) & mask_;
  while (!slots_[h].word.empty()) {
    if (slots_[h].word == w) return slots_[h].flags;
    h = (h + 1) & mask_;
  }
  return 0;
}

}  // namespace entente::parse
