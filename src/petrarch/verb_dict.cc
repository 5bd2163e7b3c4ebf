// verb_dict.cc — see verb_dict.h.
#include "petrarch/verb_dict.h"

#include <algorithm>
#include <unordered_set>

#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

bool IsMarkerChar(char c) { return c == '$' || c == '+' || c == '%' || c == '^'; }

bool IsVowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

// Regular forms PETRARCH generates for a verb word: -s, -ed, -ing.
std::vector<std::string> RegularForms(const std::string& w) {
  std::vector<std::string> out{w};
  size_t n = w.size();
  if (n < 2) return out;
  char last = w.back();
  std::string stem_e = last == 'e' ? w.substr(0, n - 1) : w;
  if (last == 'y' && !IsVowel(w[n - 2])) {
    std::string s = w.substr(0, n - 1);
    out.push_back(s + "ies");
    out.push_back(s + "ied");
  } else if (last == 's' || last == 'x' || last == 'z' || w.ends_with("ch") || w.ends_with("sh")) {
    out.push_back(w + "es");
    out.push_back(w + "ed");
  } else {
    out.push_back(w + "s");
    out.push_back(stem_e + "ed");
  }
  out.push_back(stem_e + "ing");
  // "shun" → "shunned", "shunning" (consonant-vowel-consonant ending).
  if (n >= 3 && !IsVowel(last) && IsVowel(w[n - 2]) && !IsVowel(w[n - 3]) &&
      std::string_view("wxy").find(last) == std::string_view::npos) {
    out.push_back(w + last + "ed");
    out.push_back(w + last + "ing");
  }
  return out;
}

}  // namespace

// Reads one file into a VerbDictionary (a class so that it may fill the
// dictionary's private tables).
class VerbFileReader {
 public:
  VerbFileReader(VerbDictionary* dict, const std::string& file, DiagnosticSink* sink)
      : d_(dict), file_(file), sink_(sink) {}

  void Run(std::string_view text) {
    std::vector<std::string> lines = CleanLines(std::string(text));
    for (size_t i = 0; i < lines.size(); ++i) Line(lines[i], static_cast<uint32_t>(i + 1));
    ExpandSynsets();
  }

 private:
  void Report(uint32_t line, const std::string& reason) {
    ++d_->stats_.problems;
    if (sink_) sink_->Report({Severity::kWarning, file_, line, reason});
  }

  // "[037:038]" → {037, 038}; "[:173]" → {"", 173}. False when `s` has no
  // bracketed code; *rest gets the text before it.
  bool TakeCode(const std::string& s, uint32_t line, VerbCode* code, std::string* rest) {
    size_t open = s.find('[');
    if (open == std::string::npos) return false;
    size_t close = s.find(']', open);
    if (close == std::string::npos) {
      Report(line, "'[' without ']'");
      return false;
    }
    std::string c = s.substr(open + 1, close - open - 1);
    c.erase(std::remove(c.begin(), c.end(), ' '), c.end());
    if (size_t colon = c.find(':'); colon != std::string::npos) {
      code->code = c.substr(0, colon);
      code->reverse = c.substr(colon + 1);
    } else {
      code->code = c;
      code->reverse.clear();
    }
    for (const std::string* part : {&code->code, &code->reverse}) {
      if (part->empty() || *part == "---") continue;
      bool digits = part->size() >= 2 && part->size() <= 4 &&
                    std::all_of(part->begin(), part->end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits) Report(line, "code '" + *part + "' is not a CAMEO code (kept as written)");
    }
    if (code->code.empty() && code->reverse.empty()) Report(line, "empty code '[]'");
    *rest = s.substr(0, open);
    return true;
  }

  void Line(const std::string& l, uint32_t n) {
    if (l.empty()) return;
    if (l.starts_with("---")) { Header(l, n); return; }
    if (l[0] == '&') {
      std::vector<std::string> w = Words(l);
      synset_ = Lower(w[0]);
      while (synset_.size() > 1 && synset_.back() == '_') synset_.pop_back();
      raw_synsets_[synset_];
      ++d_->stats_.synsets;
      return;
    }
    if (l[0] == '+' && !synset_.empty()) {
      raw_synsets_[synset_].push_back({Lower(l.substr(1)), n});
      return;
    }
    synset_.clear();
    if (l[0] == '~') return;  // TABARI's "no code" verb marker lines
    if (block_ < 0) {
      Report(n, "line outside a verb block or synset: '" + l + "'");
      return;
    }
    if (l[0] == '-') { Pattern(l.substr(1), n); return; }
    VerbLine(l, n);
  }

  void Header(const std::string& l, uint32_t n) {
    synset_.clear();
    VerbBlock b;
    b.line = n;
    b.file = file_;
    std::string body = l.substr(3);
    if (size_t end = body.rfind("---"); end != std::string::npos) body.resize(end);
    std::string rest;
    if (!TakeCode(body, n, &b.code, &rest)) {
      Report(n, "verb block header without a [CODE]");
      rest = body;
    }
    std::vector<std::string> w = Words(rest);
    b.name = w.empty() ? "" : w[0];
    if (w.empty()) Report(n, "verb block header without a verb");
    d_->blocks_.push_back(std::move(b));
    block_ = static_cast<int>(d_->blocks_.size() - 1);
    ++d_->stats_.blocks;
  }

  // "WIRE_+TAP" → verb "tap", before {"wire"}; "CORDON_OFF" → "cordon", after {"off"}.
  bool SplitVerb(const std::string& phrase, VerbForm* f, std::string* verb) {
    std::string s = phrase;
    std::replace(s.begin(), s.end(), '_', ' ');
    std::vector<std::string> words;
    size_t verb_at = 0;  // the `+` word, else the first
    for (std::string w : Words(s)) {
      if (w[0] == '+') {
        w.erase(0, 1);
        if (w.empty()) continue;
        verb_at = words.size();
      }
      words.push_back(Lower(w));
    }
    if (words.empty()) return false;
    *verb = words[verb_at];
    f->before.assign(words.rbegin() + static_cast<long>(words.size() - verb_at), words.rend());
    f->after.assign(words.begin() + static_cast<long>(verb_at) + 1, words.end());
    return true;
  }

  void AddForm(const std::string& word, const VerbForm& f) {
    auto& v = d_->forms_[word];
    for (const VerbForm& g : v) {
      if (g.block == f.block && g.before == f.before && g.after == f.after) return;  // same form twice
    }
    v.push_back(f);
    ++d_->stats_.forms;
  }

  void VerbLine(const std::string& line, uint32_t n) {
    VerbForm f;
    f.block = static_cast<uint32_t>(block_);
    f.line = n;
    std::string rest = line;
    if (line.find('[') != std::string::npos) TakeCode(line, n, &f.code, &rest);
    std::string forms;
    if (size_t open = rest.find('{'); open != std::string::npos) {
      size_t close = rest.find('}', open);
      if (close == std::string::npos) {
        Report(n, "'{' without '}' in verb forms");
        close = rest.size();
      }
      forms = rest.substr(open + 1, close - open - 1);
      rest.resize(open);
    }
    std::string verb;
    if (!SplitVerb(rest, &f, &verb)) { Report(n, "verb line without a verb"); return; }
    ++d_->stats_.verbs;
    // Regular forms only for the verb word itself ("cordon" → "cordoned off").
    for (const std::string& form : RegularForms(verb)) AddForm(form, f);
    for (const std::string& w : Words(forms)) {
      VerbForm g = f;
      g.before.clear();
      g.after.clear();
      std::string v;
      if (SplitVerb(w, &g, &v)) AddForm(v, g);
    }
  }

  // Pattern text → elements; `*` splits before from after.
  void Pattern(const std::string& body, uint32_t n) {
    VerbPattern p;
    p.line = n;
    std::string rest;
    if (!TakeCode(body, n, &p.code, &rest)) { Report(n, "pattern without a [CODE]"); return; }
    for (char& c : rest) {
      if (c == '(' || c == ')' || c == '{' || c == '}') c = ' ';
    }
    // Flat list of (element, joined to the previous one by '_').
    std::vector<std::pair<std::string, bool>> flat;
    for (const std::string& chunk : Words(rest)) {
      bool first = true;
      size_t start = 0;
      while (start <= chunk.size()) {
        size_t us = chunk.find('_', start);
        std::string part = chunk.substr(start, us == std::string::npos ? std::string::npos : us - start);
        start = us == std::string::npos ? chunk.size() + 1 : us + 1;
        // A marker written against a word ("+DEMAND"): two elements.
        while (part.size() > 1 && IsMarkerChar(part[0]) && part[1] != '&') {
          flat.emplace_back(part.substr(0, 1), !first);
          part.erase(0, 1);
          first = false;
        }
        if (part.empty()) continue;
        flat.emplace_back(part, !first);
        first = false;
      }
    }
    auto star = std::find_if(flat.begin(), flat.end(), [](const auto& e) { return e.first == "*"; });
    if (star == flat.end()) { Report(n, "pattern without '*' (the verb)"); return; }
    if (std::count_if(flat.begin(), flat.end(), [](const auto& e) { return e.first == "*"; }) > 1) {
      Report(n, "pattern with more than one '*'");
      return;
    }
    size_t v = static_cast<size_t>(star - flat.begin());
    for (size_t i = v; i-- > 0;) {
      PatternElement e;
      if (!Element(flat[i].first, n, &e)) return;
      e.adjacent = flat[i + 1].second;  // '_' between it and its right neighbour
      p.before.push_back(std::move(e));
    }
    for (size_t i = v + 1; i < flat.size(); ++i) {
      PatternElement e;
      if (!Element(flat[i].first, n, &e)) return;
      e.adjacent = flat[i].second;
      p.after.push_back(std::move(e));
    }
    for (const auto* side : {&p.before, &p.after}) {
      for (const PatternElement& e : *side) {
        if (e.kind == PatternElement::Kind::kWord) p.words.push_back(e.text);
      }
    }
    d_->blocks_[static_cast<size_t>(block_)].patterns.push_back(std::move(p));
    ++d_->stats_.patterns;
  }

  bool Element(const std::string& t, uint32_t n, PatternElement* e) {
    using K = PatternElement::Kind;
    if (t == "$") e->kind = K::kSource;
    else if (t == "+") e->kind = K::kTarget;
    else if (t == "%") e->kind = K::kCompound;
    else if (t == "^") e->kind = K::kSkipPhrase;
    else if (t[0] == '&') {
      e->kind = K::kSynset;
      e->text = Lower(t);
      used_synsets_.emplace_back(e->text, n);
    } else {
      e->kind = K::kWord;
      e->text = Lower(t);
    }
    return true;
  }

  // Expands members (word runs, `&OTHER` references) once per synset name.
  void Expand(const std::string& name, int depth, std::unordered_set<std::string>* seen,
              std::vector<std::vector<std::string>>* out) {
    auto it = raw_synsets_.find(name);
    if (it == raw_synsets_.end() || depth > 8 || !seen->insert(name).second) return;
    for (const auto& [member, line] : it->second) {
      std::string m = member;
      std::replace(m.begin(), m.end(), '_', ' ');
      std::vector<std::string> w = Words(m);
      if (w.empty()) continue;
      if (w[0][0] == '&') {
        std::string inner = w[0];
        while (inner.size() > 1 && inner.back() == '_') inner.pop_back();
        if (!raw_synsets_.count(inner)) Report(line, "synset member names unknown synset '" + inner + "'");
        Expand(inner, depth + 1, seen, out);
        continue;
      }
      out->push_back(std::move(w));
    }
  }

  void ExpandSynsets() {
    for (const auto& [name, members] : raw_synsets_) {
      std::unordered_set<std::string> seen;
      std::vector<std::vector<std::string>> runs;
      Expand(name, 0, &seen, &runs);
      auto [it, added] = d_->synsets_.emplace(name, static_cast<int>(d_->synset_runs_.size()));
      if (added) d_->synset_runs_.emplace_back();
      auto& dst = d_->synset_runs_[static_cast<size_t>(it->second)];
      for (auto& r : runs) {
        if (std::find(dst.begin(), dst.end(), r) == dst.end()) dst.push_back(std::move(r));
      }
    }
    for (const auto& [name, line] : used_synsets_) {
      if (!d_->synsets_.count(name)) Report(line, "pattern names unknown synset '" + name + "'");
    }
    // Patterns name synsets by index (also those of files read before).
    for (VerbBlock& b : d_->blocks_) {
      for (VerbPattern& p : b.patterns) {
        for (auto* side : {&p.before, &p.after}) {
          for (PatternElement& e : *side) {
            if (e.kind != PatternElement::Kind::kSynset) continue;
            auto it = d_->synsets_.find(e.text);
            e.synset = it == d_->synsets_.end() ? -1 : it->second;
          }
        }
      }
    }
  }

  VerbDictionary* d_;
  std::string file_;
  DiagnosticSink* sink_;
  int block_ = -1;
  std::string synset_;  // the synset whose `+` members follow, "" if none
  std::unordered_map<std::string, std::vector<std::pair<std::string, uint32_t>>> raw_synsets_;
  std::vector<std::pair<std::string, uint32_t>> used_synsets_;
};

void VerbDictionary::Read(std::string_view text, const std::string& file, DiagnosticSink* sink) {
  VerbFileReader(this, file, sink).Run(text);
}

const std::vector<VerbForm>* VerbDictionary::Find(std::string_view word) const {
  auto it = forms_.find(std::string(word));
  return it == forms_.end() ? nullptr : &it->second;
}

const std::vector<std::vector<std::string>>* VerbDictionary::Synset(const std::string& name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &synset_runs_[static_cast<size_t>(it->second)];
}

}  // namespace entente::petrarch
