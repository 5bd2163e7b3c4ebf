// verbs.cc — PETRARCH .verbs (CAMEO.2.0 format) → entente lexicon text.
// Blocks `--- VERB [CODE] ---` give verbs (with optional `{forms}` and their
// own `[CODE]`) and patterns `- WORDS * WORDS [CODE]`; `&NAME` lines with `+`
// members are synsets. A pattern's words after the verb become clause-role
// constraints: a leading preposition (or a `( )` group) a prepositional
// phrase whose head is the group's last word, other words the direct object
// (head = last word before a preposition), `TO VERB` an infinitive, a
// particle (`*_OUT`) the trigger's particle, `+` the target's role. Words
// before the verb, `$` after it and second objects cannot be expressed:
// those patterns are dropped (the verb's bare code applies) and counted.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "petrarch/convert.h"
#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

const std::unordered_set<std::string>& Preps() {
  static const std::unordered_set<std::string> k{
      "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
      "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "during", "for",
      "from", "in", "inside", "into", "near", "of", "on", "onto", "outside", "over", "past", "since",
      "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via", "with",
      "within", "without"};
  return k;
}

const std::unordered_set<std::string>& Particles() {
  static const std::unordered_set<std::string> k{"out", "up", "down", "off", "back", "away"};
  return k;
}

bool IsMarker(const std::string& t) { return t == "$" || t == "+" || t == "%" || t == "^"; }
bool IsBracket(const std::string& t) { return t == "(" || t == ")" || t == "{" || t == "}"; }

std::string ClassName(std::string_view synset) {
  std::string out = "petr_";
  for (char c : Lower(synset)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c != '&') out += '_';
  }
  while (out.back() == '_') out.pop_back();
  return out;
}

// "[037:037]" inside `s` → code "037" (first part), the rest of `s` in *rest.
bool TakeCode(const std::string& s, std::string* code, std::string* rest) {
  size_t open = s.rfind('[');
  size_t close = s.rfind(']');
  if (open == std::string::npos || close == std::string::npos || close < open) return false;
  std::string c = s.substr(open + 1, close - open - 1);
  c.erase(std::remove(c.begin(), c.end(), ' '), c.end());
  if (size_t colon = c.find(':'); colon != std::string::npos) {
    c = colon == 0 ? c.substr(1) : c.substr(0, colon);  // "[:173]": only the second code
  }
  *code = c;
  *rest = s.substr(0, open);
  return true;
}

bool IsNumericCode(const std::string& c) {
  return c.size() >= 2 && c.size() <= 4 && c.find_first_not_of("0123456789") == std::string::npos;
}

// Splits pattern text into tokens: words, `*`, markers and brackets.
std::vector<std::string> Tokens(const std::string& s) {
  std::string spaced;
  for (char c : s) {
    if (c == '_') spaced += ' ';
    else if (c == '*' || c == '(' || c == ')' || c == '{' || c == '}' || c == '$' || c == '%' ||
             c == '^') {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else if (c == '+') {
      spaced += " + ";
    } else {
      spaced += c;
    }
  }
  return Words(spaced);
}

class VerbConverter {
 public:
  VerbConverter(const std::string& file, DiagnosticSink* sink, ConvertStats* stats)
      : file_(file), sink_(sink), stats_(stats) {}

  std::string Run(const std::string& text) {
    std::vector<std::string> lines = CleanLines(text);
    CollectSynsets(lines);
    std::string out = "#format entente-lexicon 1\n# converted from PETRARCH file " + file_ + "\n";
    for (const auto& [name, members] : synsets_) {
      std::unordered_set<std::string> seen;
      std::string words;
      Expand(name, 0, &seen, &words);
      if (words.empty()) continue;
      defined_.insert(name);
      out += "@" + ClassName(name) + " =" + words + "\n";
    }
    for (size_t i = 0; i < lines.size(); ++i) Line(lines[i], static_cast<uint32_t>(i + 1), &out);
    return out;
  }

 private:
  void Report(uint32_t line, const std::string& reason, Severity sev = Severity::kWarning) {
    ++stats_->problems;
    if (sink_) sink_->Report({sev, file_, line, reason});
  }

  void CollectSynsets(const std::vector<std::string>& lines) {
    std::string current;
    for (const std::string& l : lines) {
      if (l.empty()) continue;  // blank or comment lines do not end a synset
      if (l.starts_with("---") || l[0] == '-') { current.clear(); continue; }
      if (l[0] == '&') {
        current = Words(l)[0];
        while (!current.empty() && current.back() == '_') current.pop_back();
        synsets_[current];
        ++stats_->synsets;
      } else if (l[0] == '+' && !current.empty()) {
        synsets_[current].push_back(l.substr(1));
      }
    }
  }

  void Expand(const std::string& name, int depth, std::unordered_set<std::string>* seen,
              std::string* words) {
    auto it = synsets_.find(name);
    if (it == synsets_.end() || depth > 8) return;
    // Each synset once per walk: one that names another several times
    // (or itself) otherwise branches exponentially (found by fuzz_petrarch).
    if (!seen->insert("\x01" + name).second) return;
    for (const std::string& m : it->second) {
      std::vector<std::string> toks = Tokens(m);
      if (toks.empty()) continue;
      if (toks[0][0] == '&') {
        Expand(toks[0], depth + 1, seen, words);
        continue;
      }
      for (const std::string& v : LemmaVariants(toks.back())) {
        if (seen->insert(v).second) *words += " " + v;
      }
    }
  }

  void Line(const std::string& l, uint32_t n, std::string* out) {
    if (l.empty()) return;
    if (l.starts_with("---")) {
      in_synset_ = false;
      std::string code, rest;
      lemmas_.clear();
      in_block_ = true;
      if (!TakeCode(l, &code, &rest)) {
        Report(n, "verb block header without a [CODE]");
        block_code_.clear();
      } else {
        block_code_ = code;
      }
      ++stats_->verb_blocks;
      return;
    }
    if (l[0] == '&') { in_synset_ = true; return; }
    if (l[0] == '+' && in_synset_) return;
    if (l[0] == '~') return;
    if (l[0] == '-') { Pattern(l.substr(1), n, out); return; }
    if (!in_block_) {
      Report(n, "line outside a verb block or synset: '" + l + "'");
      return;
    }
    Verb(l, n, out);
  }

  void Verb(const std::string& line, uint32_t n, std::string* out) {
    std::string l = line[0] == '+' ? line.substr(1) : line;
    std::string code = block_code_, rest = l;
    if (l.find('[') != std::string::npos) TakeCode(l, &code, &rest);
    if (size_t b = rest.find('{'); b != std::string::npos) rest.resize(b);  // forms: the tagger lemmatises
    std::vector<std::string> toks;
    size_t verb = 0;
    for (const std::string& t : Tokens(rest)) {
      if (t == "+") { verb = toks.size(); continue; }
      toks.push_back(Lower(t));
    }
    if (toks.empty() || verb >= toks.size()) { Report(n, "verb line without a verb"); return; }
    std::string trigger = toks[verb];
    if (toks.size() == verb + 2 && Particles().count(toks[verb + 1])) trigger += "_" + toks[verb + 1];
    else if (toks.size() > 1) ++stats_->patterns_approx;  // multi-word verb: its verb word only
    lemmas_.push_back(trigger);
    ++stats_->verbs;
    if (code == "---" || code.empty()) return;
    if (!IsNumericCode(code)) { Report(n, "verb code '" + code + "' is not a CAMEO code"); return; }
    *out += code + " " + trigger + "/v  # " + file_ + ":" + std::to_string(n) + "\n";
  }

  // "on|in|against" when every member of synset `tok` is a preposition, else "".
  std::string PrepSynset(std::string tok) {
    while (!tok.empty() && tok.back() == '_') tok.pop_back();
    auto it = synsets_.find(tok);
    if (it == synsets_.end()) return "";
    std::string out;
    for (const std::string& m : it->second) {
      std::vector<std::string> w = Words(m);
      if (w.size() != 1 || !Preps().count(Lower(w[0]))) return "";
      out += (out.empty() ? "" : "|") + Lower(w[0]);
    }
    return out;
  }

  std::string Heads(const std::vector<std::string>& group) {
    const std::string& h = group.back();
    if (h[0] == '&') {
      std::string name = h;
      while (!name.empty() && name.back() == '_') name.pop_back();
      if (!defined_.count(name)) return "";
      return "@" + ClassName(name);
    }
    std::string s;
    for (const std::string& v : LemmaVariants(h)) s += (s.empty() ? "" : "|") + v;
    return s;
  }

  void Pattern(const std::string& body, uint32_t n, std::string* out) {
    ++stats_->patterns;
    std::string code, rest;
    if (!TakeCode(body, &code, &rest)) { Report(n, "pattern without a [CODE]"); ++stats_->patterns_skipped; return; }
    if (!in_block_ || lemmas_.empty()) { Report(n, "pattern before any verb"); ++stats_->patterns_skipped; return; }
    if (code == "---") { ++stats_->patterns_skipped; return; }
    if (!IsNumericCode(code)) {
      Report(n, "pattern code '" + code + "' is not a CAMEO code; pattern skipped");
      ++stats_->patterns_skipped;
      return;
    }
    std::vector<std::string> toks = Tokens(rest);
    auto star = std::find(toks.begin(), toks.end(), "*");
    if (star == toks.end()) { Report(n, "pattern without '*' (the verb)"); ++stats_->patterns_skipped; return; }
    bool approx = false;
    for (auto it = toks.begin(); it != star; ++it) {
      if (!IsMarker(*it) && !IsBracket(*it)) approx = true;  // words before the verb
    }
    // Groups after the verb: a preposition opens a new group.
    struct Group { std::string prep; std::vector<std::string> words; bool target = false; };
    std::vector<Group> groups;
    std::string particle;
    bool pending_target = false;
    for (auto it = star + 1; it != toks.end(); ++it) {
      std::string t = Lower(*it);
      if (IsBracket(t)) continue;
      if (t == "+") {  // the target: the open preposition's object ("WITH +"), else what follows
        if (!groups.empty() && !groups.back().prep.empty() && groups.back().words.empty()) groups.back().target = true;
        else pending_target = true;
        continue;
      }
      if (t == "$") { approx = true; continue; }
      if (IsMarker(t)) continue;
      if (t == "not" || t == "no") { approx = true; continue; }
      if (groups.empty() && particle.empty() && Particles().count(t) &&
          (it + 1 == toks.end() || Preps().count(Lower(*(it + 1))) || IsBracket(*(it + 1)))) {
        if (t == "out" && it + 1 != toks.end() && Lower(*(it + 1)) == "of") {
          groups.push_back({"out_of", {}, false});
          ++it;
          continue;
        }
        particle = t;
        continue;
      }
      std::string preps = t[0] == '&' ? PrepSynset(*it) : "";
      if (Preps().count(t) || !preps.empty()) {  // a preposition, or a synset of them
        groups.push_back({preps.empty() ? t : preps, {}, pending_target});
        pending_target = false;
        continue;
      }
      if (groups.empty()) groups.push_back({"", {}, false});
      if (pending_target) { groups.back().target = true; pending_target = false; }
      groups.back().words.push_back(*it);
    }
    std::string cons;
    int objects = 0;
    for (const Group& g : groups) {
      std::string tgt = g.target ? ">" : "";
      if (g.prep.empty()) {
        if (++objects > 1) { approx = true; continue; }
        std::string heads = g.words.empty() ? "" : Heads(g.words);
        if (!g.words.empty() && heads.empty()) { Report(n, "unknown synset in pattern"); approx = true; continue; }
        cons += " " + tgt + "obj" + (heads.empty() ? "" : "=" + heads);
      } else if (g.prep == "to" && g.words.size() == 1 && g.words[0][0] != '&' &&
                 verbs_.count(Lower(g.words[0]))) {
        cons += " inf=" + Lower(g.words[0]);
      } else {
        std::string heads = g.words.empty() ? "" : Heads(g.words);
        if (!g.words.empty() && heads.empty()) { Report(n, "unknown synset in pattern"); approx = true; continue; }
        cons += " " + tgt + g.prep + (heads.empty() ? "" : "=" + heads);
      }
    }
    if (pending_target) cons += " >obj";
    if (approx) { ++stats_->patterns_approx; return; }
    ++stats_->patterns_exact;
    std::string trig;
    for (const std::string& l : lemmas_) {
      std::string t = l;
      if (!particle.empty()) {
        if (t.find('_') != std::string::npos) continue;
        t += "_" + particle;
      }
      trig += (trig.empty() ? "" : "|") + t + "/v";  // PETRARCH verbs are verbs, never nouns
    }
    if (trig.empty()) { ++stats_->patterns_approx; --stats_->patterns_exact; return; }
    *out += code + " " + trig + cons + "  # " + file_ + ":" + std::to_string(n) + "\n";
  }

 public:
  std::unordered_set<std::string> verbs_;  // every verb lemma (for `TO VERB`)

 private:
  std::string file_;
  DiagnosticSink* sink_;
  ConvertStats* stats_;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::unordered_set<std::string> defined_;  // synsets with at least one word
  bool in_synset_ = false, in_block_ = false;
  std::string block_code_;
  std::vector<std::string> lemmas_;
};

}  // namespace

std::string ConvertVerbs(const std::string& text, const std::string& file, DiagnosticSink* sink,
                         ConvertStats* stats) {
  ConvertStats local;
  if (!stats) stats = &local;
  VerbConverter c(file, sink, stats);
  // Verb lemmas first, so that `TO ATTEND` is read as an infinitive.
  bool after_header = false;
  for (const std::string& l : CleanLines(text)) {
    if (l.starts_with("---")) { after_header = true; continue; }
    if (l.empty() || l[0] == '-' || l[0] == '&' || l[0] == '~' || l[0] == '+') {
      if (l.empty() || l[0] == '&') after_header = false;
      continue;
    }
    if (after_header) {
      std::vector<std::string> w = Words(l);
      if (!w.empty()) c.verbs_.insert(Lower(w[0]));
    }
  }
  return c.Run(text);
}

}  // namespace entente::petrarch
