#include "tag/lemmatizer.h"

#include <cstdlib>
#include <span>

#include "tag/word_shape.h"
#include "util/data_dir.h"
#include "util/file_bytes.h"
#include "util/lines.h"

namespace entente {

namespace {

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's detachment rules (morph.c), in WordNet's order.
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},  {"xes", "x"},  {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},   {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};

// Contractions and clipped forms whose lemma is not their spelling.
struct Fixed {
  std::string_view word;
  std::string_view lemma;
};
constexpr Fixed kFixed[] = {
    {"n't", "not"}, {"'re", "be"},  {"'m", "be"},    {"'ve", "have"}, {"'ll", "will"},
    {"wo", "will"}, {"ca", "can"},  {"sha", "shall"}, {"'d", "would"}, {"gon", "go"},
    {"wan", "want"},
};

// ASCII lower case, with the curly apostrophe folded ("’s" -> "'s").
void Lower(std::string_view word, std::string* out) {
  out->clear();
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' && word[i + 2] == '\x99') {
      out->push_back('\'');
      i += 2;
      continue;
    }
    out->push_back(LowerAscii(c));
  }
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  std::string_view line;
  while (NextLine(&text, &line)) fn(line);
}

}  // namespace

std::string WordNetDir() {
  if (const char* env = std::getenv("ENTENTE_WORDNET_DIR"); env && *env) return env;
  return kDefaultWordNetDir;
}

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& dir) {
  auto lem = std::make_unique<Lemmatizer>();
  lem->noun_index_.Reserve(60000);  // WordNet 3.0: 57,506 one-word nouns
  lem->verb_index_.Reserve(12000);
  lem->bases_.reserve(4500);
  for (Status st : {lem->LoadExceptions(dir + "/verb.exc", Pos::kVerb),
                    lem->LoadExceptions(dir + "/noun.exc", Pos::kNoun),
                    lem->LoadIndex(dir + "/index.verb", Pos::kVerb),
                    lem->LoadIndex(dir + "/index.noun", Pos::kNoun),
                    lem->LoadExceptions(dir + "/adj.exc", Pos::kAdj),
                    lem->LoadIndex(dir + "/index.adj", Pos::kAdj),
                    lem->LoadIndex(dir + "/index.adv", Pos::kAdv)}) {
    if (!st.ok()) return st;
  }
  return lem;
}

Status Lemmatizer::LoadExceptions(const std::string& path, Pos pos) {
  std::string text;
  if (!ReadFile(path, &text) || text.empty()) {
    return Status::NotFound("cannot read " + path +
                            " (install the Debian package wordnet-base, or set ENTENTE_WORDNET_DIR)");
  }
  StringTable& table = pos == Pos::kVerb ? verb_exc_ : pos == Pos::kNoun ? noun_exc_ : adj_exc_;
  ForEachLine(text, [&](std::string_view line) {
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos) return;
    std::string_view form = line.substr(0, sp);
    std::string_view base = line.substr(sp + 1);
    base = base.substr(0, base.find(' '));
    while (!base.empty() && (base.back() == '\r' || base.back() == ' ')) base.remove_suffix(1);
    if (base.empty() || base == form) return;
    uint32_t id = static_cast<uint32_t>(bases_.size());
    if (table.Insert(form, id) == id) bases_.emplace_back(base);
  });
  return Status::Ok();
}

Status Lemmatizer::LoadIndex(const std::string& path, Pos pos) {
  FileBytes file;  // mapped, not copied: start-up time
  if (!FileBytes::Open(path, &file) || file.bytes().empty()) {
    return Status::NotFound("cannot read " + path +
                            " (install the Debian package wordnet-base, or set ENTENTE_WORDNET_DIR)");
  }
  StringTable& table = pos == Pos::kVerb   ? verb_index_
                       : pos == Pos::kNoun ? noun_index_
                       : pos == Pos::kAdj  ? adj_index_
                                           : adv_index_;
  ForEachLine(file.bytes(), [&](std::string_view line) {
    if (line.empty() || line.front() == ' ') return;  // licence header
    std::string_view lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') != std::string_view::npos) return;  // multi-word entries
    table.Insert(lemma, 0);
  });
  if (table.size() == 0) return Status::Corrupt(path + ": no lemmas");
  return Status::Ok();
}

bool Lemmatizer::InIndex(std::string_view lemma, Pos pos) const {
  const StringTable& t = pos == Pos::kVerb   ? verb_index_
                         : pos == Pos::kNoun ? noun_index_
                         : pos == Pos::kAdj  ? adj_index_
                                             : adv_index_;
  return t.Find(lemma) != StringTable::kMissing;
}

bool Lemmatizer::ApplyRules(const std::string& lower, Tag tag, Pos pos, std::string* out) const {
  for (const Rule& r : pos == Pos::kVerb ? std::span<const Rule>(kVerbRules) : std::span<const Rule>(kNounRules)) {
    if (pos == Pos::kVerb) {
      // Only the rules that can produce this inflection.
      bool s_rule = r.suffix.back() == 's';
      bool ed_rule = r.suffix == "ed";
      bool ing_rule = r.suffix == "ing";
      if (tag == Tag::kVBZ && !s_rule) continue;
      if ((tag == Tag::kVBD || tag == Tag::kVBN) && !ed_rule) continue;
      if (tag == Tag::kVBG && !ing_rule) continue;
    }
    if (!EndsWith(lower, r.suffix) || lower.size() <= r.suffix.size()) continue;
    out->assign(lower, 0, lower.size() - r.suffix.size());
    out->append(r.ending);
    if (InIndex(*out, pos)) return true;
  }
  return false;
}

void Lemmatizer::Guess(const std::string& lower, Tag tag, std::string* out) {
  *out = lower;
  size_t n = lower.size();
  auto strip = [&](size_t k) { out->assign(lower, 0, n - k); };
  if (tag == Tag::kVBZ || tag == Tag::kNNS || tag == Tag::kNNPS) {
    if (EndsWith(lower, "children")) {  // "schoolchildren"
      strip(3);
    } else if (EndsWith(lower, "ies") && n > 4) {
      strip(3);
      out->push_back('y');
    } else if ((EndsWith(lower, "ches") || EndsWith(lower, "shes") || EndsWith(lower, "sses") ||
                EndsWith(lower, "xes") || EndsWith(lower, "zes")) && n > 4) {
      strip(2);
    } else if (EndsWith(lower, "s") && !EndsWith(lower, "ss") && n > 3) {
      strip(1);
    }
    return;
  }
  size_t k = (tag == Tag::kVBG && EndsWith(lower, "ing")) ? 3
             : ((tag == Tag::kVBD || tag == Tag::kVBN) && EndsWith(lower, "ed")) ? 2 : 0;
  if (k == 0 || n < k + 3) return;
  if (k == 2 && EndsWith(lower, "ied")) {
    strip(3);
    out->push_back('y');
    return;
  }
  strip(k);
  size_t m = out->size();
  char last = (*out)[m - 1];
  if ((*out)[m - 2] == last && !IsVowel(last) && last != 'l' && last != 's' && last != 'z') {
    out->pop_back();  // "tweetted"-style doubling: "chatted" -> "chat"
  } else if (last == 'v' || last == 'z' || last == 'c' || EndsWith(*out, "at") ||
             (last == 'g' && m >= 2 && !IsVowel((*out)[m - 2]) && (*out)[m - 2] != 'n') ||
             (last == 'u')) {
    out->push_back('e');  // "relocated" -> "relocate", "judged" -> "judge"
  }
}

void Lemmatizer::Lemmatize(std::string_view word, Tag tag, std::string* out) const {
  thread_local std::string lower;
  Lower(word, &lower);
  bool verb = IsVerbTag(tag);
  bool noun = IsNounTag(tag);
  if (!verb && !noun) {
    for (const Fixed& f : kFixed) {
      if (f.word == lower && (tag == Tag::kMD || tag == Tag::kRB)) {
        out->assign(f.lemma);
        return;
      }
    }
    *out = lower;
    return;
  }
  if (verb) {
    if (lower == "'s" && tag == Tag::kVBZ) { out->assign("be"); return; }
    if (lower == "'d" && (tag == Tag::kVBD || tag == Tag::kVBN)) { out->assign("have"); return; }
    for (const Fixed& f : kFixed) {
      if (f.word == lower) {
        out->assign(f.lemma);
        return;
      }
    }
    if (tag == Tag::kVB) {  // already the base form; "be", "lay", "found"
      *out = lower;
      return;
    }
    if (tag == Tag::kVBP) {
      if (lower == "am" || lower == "are") out->assign("be");
      else *out = lower;
      return;
    }
  } else if (tag == Tag::kNN || tag == Tag::kNNP) {
    *out = lower;
    return;
  } else if (lower == "people") {  // WordNet lists "people" as its own lemma
    out->assign("person");
    return;
  }
  Pos pos = verb ? Pos::kVerb : Pos::kNoun;
  const StringTable& exc = verb ? verb_exc_ : noun_exc_;
  if (uint32_t id = exc.Find(lower); id != StringTable::kMissing) {
    *out = bases_[id];
    return;
  }
  if (ApplyRules(lower, tag, pos, out)) return;
  if (InIndex(lower, pos)) {  // "series", "news"
    *out = lower;
    return;
  }
  Guess(lower, tag, out);
}

uint64_t Lemmatizer::WordNetTags(std::string_view lower) const {
  auto bit = [](Tag t) { return uint64_t{1} << TagIndex(t); };
  uint64_t mask = 0;
  thread_local std::string word, base;
  word.assign(lower);
  if (InIndex(word, Pos::kNoun)) mask |= bit(Tag::kNN);
  if (InIndex(word, Pos::kVerb)) mask |= bit(Tag::kVB) | bit(Tag::kVBP);
  if (InIndex(word, Pos::kAdj)) mask |= bit(Tag::kJJ);
  if (InIndex(word, Pos::kAdv)) mask |= bit(Tag::kRB);
  if (noun_exc_.Find(word) != StringTable::kMissing || ApplyRules(word, Tag::kNNS, Pos::kNoun, &base)) {
    mask |= bit(Tag::kNNS);
  }
  if (verb_exc_.Find(word) != StringTable::kMissing) {
    if (EndsWith(word, "ing")) mask |= bit(Tag::kVBG);
    else if (EndsWith(word, "s")) mask |= bit(Tag::kVBZ);
    else mask |= bit(Tag::kVBD) | bit(Tag::kVBN);
  }
  if (ApplyRules(word, Tag::kVBZ, Pos::kVerb, &base)) mask |= bit(Tag::kVBZ);
  if (ApplyRules(word, Tag::kVBD, Pos::kVerb, &base)) mask |= bit(Tag::kVBD) | bit(Tag::kVBN) | bit(Tag::kJJ);
  if (ApplyRules(word, Tag::kVBG, Pos::kVerb, &base)) mask |= bit(Tag::kVBG) | bit(Tag::kNN) | bit(Tag::kJJ);
  if (adj_exc_.Find(word) != StringTable::kMissing) {
    mask |= EndsWith(word, "st") ? bit(Tag::kJJS) : bit(Tag::kJJR);
  } else if (EndsWith(word, "er") || EndsWith(word, "est")) {
    size_t k = EndsWith(word, "er") ? 2 : 3;
    base.assign(word, 0, word.size() - k);
    bool found = InIndex(base, Pos::kAdj);
    if (!found) {
      base.push_back('e');  // "larger" -> "large"
      found = InIndex(base, Pos::kAdj);
    }
    if (found) mask |= k == 2 ? bit(Tag::kJJR) : bit(Tag::kJJS);
  }
  return mask;
}

}  // namespace entente
