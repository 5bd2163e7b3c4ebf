// coder.cc — see coder.h.
#include "petrarch/coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

using Kind = PatternElement::Kind;

// Mentions joined into one actor by commas and conjunctions.
struct Group {
  std::vector<uint32_t> mentions;  // indices into AnalyzedDocument::actors
  uint32_t begin = 0, end = 0;     // tokens, absolute
};

bool IsConnector(const Token& t) {
  static const std::set<std::string, std::less<>> k{",", "and", "or", "nor", "&", "as", "well"};
  return k.count(Lower(t.text)) > 0;
}

// Words that may stand between two members of a list besides connectors.
bool IsListFiller(const Token& t) {
  return t.tag == "DT" || t.tag.starts_with("JJ") || t.tag == "RB" || t.tag == "PDT";
}

bool IsNounPhraseTag(const std::string& tag) {
  return tag == "DT" || tag == "PRP$" || tag == "PDT" || tag.starts_with("JJ") || tag.starts_with("NN") ||
         tag == "CD" || tag == "POS" || tag == "PRP";
}

// One sentence: lower-case words, tags and the actor groups in it.
struct SentenceView {
  const AnalyzedDocument* doc = nullptr;
  uint32_t index = 0;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::vector<std::string> words;
  std::vector<Group> groups;
  std::vector<int> group_of;  // token − first → group covering it, −1
  size_t clause_begin = 0, clause_end = 0;  // this sentence's clauses in AnalyzedDocument::clauses

  const std::string& word(uint32_t t) const { return words[t - first]; }
  const Token& token(uint32_t t) const { return doc->tokens[t]; }
  int GroupAt(uint32_t t) const { return t >= first && t < last ? group_of[t - first] : -1; }

  void Build(const AnalyzedDocument& d, uint32_t s) {
    doc = &d;
    index = s;
    first = d.sentences[s].first_token;
    last = first + d.sentences[s].token_count;
    for (uint32_t t = first; t < last; ++t) words.push_back(Lower(d.tokens[t].text));
    group_of.assign(last - first, -1);
    // Clauses and mentions are in sentence order: binary searches keep a
    // long document linear.
    auto by_sentence = [s](const auto& x) { return x.sentence < s; };
    clause_begin = static_cast<size_t>(std::partition_point(d.clauses.begin(), d.clauses.end(), by_sentence) - d.clauses.begin());
    clause_end = clause_begin;
    while (clause_end < d.clauses.size() && d.clauses[clause_end].sentence == s) ++clause_end;
    uint32_t m0 = static_cast<uint32_t>(std::partition_point(d.actors.begin(), d.actors.end(), by_sentence) - d.actors.begin());
    std::vector<bool> comma_only;  // per group: every join was a bare comma (an apposition)
    for (uint32_t m = m0; m < d.actors.size() && d.actors[m].sentence == s; ++m) {
      const ActorMention& a = d.actors[m];
      if (a.sentence != s || a.begin < first || a.end > last || a.begin >= a.end) continue;
      if (!groups.empty() && a.begin < groups.back().end) {  // overlapping: keep the outer mention
        Group& g = groups.back();
        const ActorMention& prev = d.actors[g.mentions.back()];
        if (a.begin == prev.begin && a.end == prev.end) {
          g.mentions.push_back(m);  // the same words, several codes
        } else if (a.begin <= prev.begin && a.end >= prev.end) {
          while (!g.mentions.empty() && d.actors[g.mentions.back()].begin >= a.begin) g.mentions.pop_back();
          g.mentions.push_back(m);
          if (g.mentions.size() == 1) g.begin = a.begin;
          g.end = std::max(g.end, a.end);
        }
        continue;
      }
      if (!groups.empty() && Parenthesised(groups.back().end, a)) {  // "the European Union (EU)"
        groups.back().end = a.end + 1;
        continue;
      }
      int join = groups.empty() ? 0 : Joined(groups.back().end, a.begin);
      if (join == 1 && !comma_only.back()) join = 0;  // "A and B, the C": C is no list member
      if (join > 0) {
        groups.back().mentions.push_back(m);
        groups.back().end = a.end;
        comma_only.back() = comma_only.back() && join == 1;
      } else {
        groups.push_back({{m}, a.begin, a.end});
        comma_only.push_back(true);
      }
    }
    // "Osgiliath, the state's fiercest foe": a list needs a conjunction.
    std::vector<Group> split;
    for (size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].mentions.size() < 2 || !comma_only[g]) {
        split.push_back(std::move(groups[g]));
        continue;
      }
      for (uint32_t m : groups[g].mentions) {
        const ActorMention& a = d.actors[m];
        if (!split.empty() && a.begin < split.back().end) split.back().mentions.push_back(m);
        else split.push_back({{m}, a.begin, a.end});
      }
    }
    groups = std::move(split);
    for (size_t g = 0; g < groups.size(); ++g) {
      for (uint32_t t = groups[g].begin; t < groups[g].end; ++t) group_of[t - first] = static_cast<int>(g);
    }
  }

  // "A, B and the C": only connectors and list fillers between, one
  // connector at least. 0: not joined; 1: by commas only; 2: by a conjunction.
  int Joined(uint32_t from, uint32_t to) const {
    if (to <= from || to - from > 4) return 0;
    int join = 0;
    for (uint32_t t = from; t < to; ++t) {
      const Token& k = doc->tokens[t];
      if (IsConnector(k)) join = std::max(join, k.text == "," ? 1 : 2);
      else if (!IsListFiller(k)) return 0;
    }
    return join;
  }

  // A mention in parentheses right after `end`: "(EU)".
  bool Parenthesised(uint32_t end, const ActorMention& a) const {
    return a.begin == end + 1 && doc->tokens[end].text == "(" && a.end < last && doc->tokens[a.end].text == ")";
  }

  bool NounPhraseToken(uint32_t t) const { return GroupAt(t) >= 0 || IsNounPhraseTag(token(t).tag); }
};

// What a pattern bound while matching one verb.
struct Binding {
  int source = -1, target = -1, compound = -1;  // group indices
  bool compound_before = false;                 // `%` stood before the verb
  std::vector<uint32_t> words;                  // tokens matched by pattern words
};

// Matches pattern elements around one verb occurrence [vb, ve).
class Matcher {
 public:
  Matcher(const SentenceView& s, const VerbDictionary& d, uint32_t vb, uint32_t ve, uint32_t window_end)
      : s_(s), d_(d), vb_(vb), ve_(ve), end_(window_end) {}

  bool Match(const VerbPattern& p, Binding* b) {
    b_ = Binding();
    budget_ = 20000;
    if (!Before(p.before, 0, static_cast<int>(vb_) - 1)) return false;
    b_.compound_before = b_.compound >= 0;
    if (!After(p.after, 0, ve_)) return false;
    *b = b_;
    return true;
  }

 private:
  bool Spend() { return --budget_ > 0; }

  bool Bind(Kind k, int g) {
    int* slot = k == Kind::kSource ? &b_.source : k == Kind::kTarget ? &b_.target : &b_.compound;
    if (*slot >= 0 && *slot != g) return false;
    *slot = g;
    return true;
  }
  void Unbind(Kind k, int old) {
    (k == Kind::kSource ? b_.source : k == Kind::kTarget ? b_.target : b_.compound) = old;
  }
  int Slot(Kind k) const { return k == Kind::kSource ? b_.source : k == Kind::kTarget ? b_.target : b_.compound; }

  // Elements k.. rightwards, the next one starting at `pos` (adjacent) or later.
  bool After(const std::vector<PatternElement>& el, size_t k, uint32_t pos) {
    if (k == el.size()) return true;
    if (!Spend()) return false;
    const PatternElement& e = el[k];
    uint32_t last = e.adjacent ? std::min(pos + 1, end_) : end_;
    for (uint32_t q = pos; q < last; ++q) {
      switch (e.kind) {
        case Kind::kWord:
          if (s_.word(q) == e.text) {
            b_.words.push_back(q);
            if (After(el, k + 1, q + 1)) return true;
            b_.words.pop_back();
          }
          break;
        case Kind::kSynset:
          if (const auto* runs = d_.Synset(e.text)) {
            for (const auto& run : *runs) {
              if (q + run.size() > end_) continue;
              bool ok = true;
              for (size_t i = 0; i < run.size() && ok; ++i) ok = s_.word(q + static_cast<uint32_t>(i)) == run[i];
              if (!ok) continue;
              size_t mark = b_.words.size();
              for (size_t i = 0; i < run.size(); ++i) b_.words.push_back(q + static_cast<uint32_t>(i));
              if (After(el, k + 1, q + static_cast<uint32_t>(run.size()))) return true;
              b_.words.resize(mark);
            }
          }
          break;
        case Kind::kSource: case Kind::kTarget: case Kind::kCompound: {
          int g = s_.GroupAt(q);
          if (g < 0 || s_.groups[static_cast<size_t>(g)].begin != q) break;
          int old = Slot(e.kind);
          if (!Bind(e.kind, g)) break;
          if (After(el, k + 1, s_.groups[static_cast<size_t>(g)].end)) return true;
          Unbind(e.kind, old);
          break;
        }
        case Kind::kSkipPhrase: {
          if (!s_.NounPhraseToken(q) || (q > pos && s_.NounPhraseToken(q - 1))) break;
          uint32_t r = q;
          while (r < end_ && s_.NounPhraseToken(r)) ++r;
          if (After(el, k + 1, r)) return true;
          break;
        }
      }
      if (!Spend()) return false;
    }
    return false;
  }

  // Elements k.. leftwards, the next one ending at `pos` (adjacent) or before.
  bool Before(const std::vector<PatternElement>& el, size_t k, int pos) {
    if (k == el.size()) return true;
    if (!Spend()) return false;
    const PatternElement& e = el[k];
    int first = static_cast<int>(s_.first);
    int stop = e.adjacent ? std::max(pos, first) : first;
    for (int q = pos; q >= stop; --q) {
      uint32_t u = static_cast<uint32_t>(q);
      switch (e.kind) {
        case Kind::kWord:
          if (s_.word(u) == e.text) {
            b_.words.push_back(u);
            if (Before(el, k + 1, q - 1)) return true;
            b_.words.pop_back();
          }
          break;
        case Kind::kSynset:
          if (const auto* runs = d_.Synset(e.text)) {
            for (const auto& run : *runs) {
              int start = q - static_cast<int>(run.size()) + 1;
              if (start < first) continue;
              bool ok = true;
              for (size_t i = 0; i < run.size() && ok; ++i) ok = s_.word(static_cast<uint32_t>(start) + static_cast<uint32_t>(i)) == run[i];
              if (!ok) continue;
              size_t mark = b_.words.size();
              for (int i = start; i <= q; ++i) b_.words.push_back(static_cast<uint32_t>(i));
              if (Before(el, k + 1, start - 1)) return true;
              b_.words.resize(mark);
            }
          }
          break;
        case Kind::kSource: case Kind::kTarget: case Kind::kCompound: {
          int g = s_.GroupAt(u);
          if (g < 0 || s_.groups[static_cast<size_t>(g)].end != u + 1) break;
          int old = Slot(e.kind);
          if (!Bind(e.kind, g)) break;
          if (Before(el, k + 1, static_cast<int>(s_.groups[static_cast<size_t>(g)].begin) - 1)) return true;
          Unbind(e.kind, old);
          break;
        }
        case Kind::kSkipPhrase: {
          if (!s_.NounPhraseToken(u) || (q < pos && s_.NounPhraseToken(u + 1))) break;
          int r = q;
          while (r >= first && s_.NounPhraseToken(static_cast<uint32_t>(r))) --r;
          if (Before(el, k + 1, r)) return true;
          break;
        }
      }
      if (!Spend()) return false;
    }
    return false;
  }

  const SentenceView& s_;
  const VerbDictionary& d_;
  uint32_t vb_, ve_, end_;
  int budget_ = 0;
  Binding b_;
};

// A coded verb before actors are attached.
struct VerbHit {
  uint32_t token = 0, vb = 0, ve = 0;
  VerbCode code;
  Binding binding;
  std::string why;
};

bool IsVerbTag(const std::string& tag) { return tag.starts_with("VB") || tag == "MD"; }

// "---" is PETRARCH's "do not code"; a code with '?' is a dictionary
// writer's query, not a code.
bool Usable(const std::string& c) { return !c.empty() && c != "---" && c.find('?') == std::string::npos; }

// A pattern whose code is neither a code nor "---" ("[+++]") is skipped.
bool Skipped(const VerbCode& c) {
  for (const std::string* p : {&c.code, &c.reverse}) {
    if (*p == "---") continue;
    for (char ch : *p) {
      if (!std::isalnum(static_cast<unsigned char>(ch))) return true;
    }
  }
  return false;
}

// Regular forms are in the dictionary; the tagger's lemma is used only
// for irregular ones ("brought" → BRING, not "departes" → DEPART).
bool IrregularLemma(const Token& t, const std::string& word) {
  return !t.lemma.empty() && !word.starts_with(t.lemma.substr(0, t.lemma.size() > 3 ? t.lemma.size() - 1 : t.lemma.size()));
}

}  // namespace

namespace {

// The clause whose verb group holds token `t`, or −1.
int ClauseOf(const AnalyzedDocument& doc, const SentenceView& s, uint32_t t) {
  for (size_t c = s.clause_begin; c < s.clause_end; ++c) {
    const Clause& k = doc.clauses[c];
    if (k.verb == t || std::find(k.auxiliaries.begin(), k.auxiliaries.end(), t) != k.auxiliaries.end()) {
      return static_cast<int>(c);
    }
  }
  return -1;
}

int Parent(const AnalyzedDocument& doc, const SentenceView& s, int c) {
  const Clause& k = doc.clauses[static_cast<size_t>(c)];
  if (k.parent < 0) return -1;
  size_t p = s.clause_begin + static_cast<size_t>(k.parent);
  return p < s.clause_end && static_cast<int>(p) != c ? static_cast<int>(p) : -1;
}

bool Descends(const AnalyzedDocument& doc, const SentenceView& s, int c, int ancestor) {
  for (int i = 0; c >= 0 && i < 32; ++i) {
    if (c == ancestor) return true;
    c = Parent(doc, s, c);
  }
  return false;
}

// Where the verb's clause ends: the start of the first later clause that is
// not inside it, or of a trailing speaker ("…, a senior official said").
uint32_t WindowEnd(const AnalyzedDocument& doc, const SentenceView& s, int clause, uint32_t ve) {
  uint32_t end = s.last;
  if (clause < 0) return end;
  for (size_t c = s.clause_begin; c < s.clause_end; ++c) {
    const Clause& k = doc.clauses[c];
    if (static_cast<int>(c) == clause || k.verb < ve) continue;
    if (Descends(doc, s, static_cast<int>(c), clause)) continue;
    // "welcomed cultural memos sent by Bree": the verb's own object read as
    // the subject of a reduced relative.
    uint32_t start = k.verb;
    for (uint32_t a : k.auxiliaries) start = std::min(start, a);
    if (!k.subject.empty() && k.subject.begin >= ve) start = std::min(start, k.subject.begin);
    // A clause opened by punctuation, a conjunction or a wh-word ends the
    // window; one right after a noun is more likely a misread reduced
    // relative ("welcomed assurances on cultural issues sent from Bree").
    const Token& before = doc.tokens[start - 1];
    bool opened = before.kind == TokenKind::kPunct || before.tag == "CC" || before.tag.starts_with("W");
    if (!opened) continue;
    end = std::min(end, start);
  }
  const Clause& own = doc.clauses[static_cast<size_t>(clause)];
  if (!own.speaker.empty() && own.speaker.begin >= ve) end = std::min(end, own.speaker.begin);
  return std::max(end, ve);
}

// The first group in a phrase other than `exclude`, or −1.
int GroupIn(const SentenceView& s, const Phrase& p, int exclude) {
  for (uint32_t t = p.begin; t < p.end; ++t) {
    int g = s.GroupAt(t);
    if (g >= 0 && g != exclude) return g;
  }
  return -1;
}

// The group of the verb's subject (the by-agent of a passive), following
// infinitive and coordinated clauses up; −1 if none. *stated: the clause
// has a subject of its own that is no actor (then no other source is
// sought), or is a participle or a noun's infinitive (not coded).
int SubjectGroup(const AnalyzedDocument& doc, const SentenceView& s, int clause, int exclude, bool* stated) {
  *stated = false;
  for (int i = 0; clause >= 0 && i < 16; ++i) {
    const Clause& k = doc.clauses[static_cast<size_t>(clause)];
    if (!k.agent.empty()) {
      if (int g = GroupIn(s, k.agent, exclude); g >= 0) return g;
    }
    // "efforts to stop …": an infinitive completing a noun has no subject.
    if (k.link == ClauseLink::kInfinitive && k.verb >= s.first + 2 && doc.tokens[k.verb - 1].text == "to" &&
        doc.tokens[k.verb - 2].tag.starts_with("NN")) {
      *stated = true;
      return -1;
    }
    // A participle or gerund ("after leaving Eriador") is not coded.
    if (k.link == ClauseLink::kAdverbial && k.tense == Tense::kNone) {
      *stated = true;
      return -1;
    }
    if (!k.subject.empty()) {
      int g = GroupIn(s, k.subject, exclude);
      // A pronoun ("it deplored"), or the pattern's own target: look further.
      bool pronoun = k.subject.end == k.subject.begin + 1 && doc.tokens[k.subject.begin].tag == "PRP";
      bool claimed = g < 0 && exclude >= 0 && GroupIn(s, k.subject, -1) == exclude;
      *stated = !pronoun && !claimed;
      return g;
    }
    if (k.link != ClauseLink::kInfinitive && k.link != ClauseLink::kCoordinated) return -1;
    clause = Parent(doc, s, clause);
  }
  return -1;
}

// The subject of a passive with a by-agent: the default target.
int PassiveTarget(const AnalyzedDocument& doc, const SentenceView& s, int clause, int exclude) {
  if (clause < 0) return -1;
  const Clause& k = doc.clauses[static_cast<size_t>(clause)];
  if (k.voice != Voice::kPassive || k.agent.empty() || k.subject.empty()) return -1;
  return GroupIn(s, k.subject, exclude);
}

}  // namespace

void Coder::Run(AnalyzedDocument* doc) const {
  doc->events.clear();
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    if (doc->sentences[si].boilerplate) continue;
    SentenceView s;
    s.Build(*doc, si);
    std::vector<VerbHit> hits;
    std::set<uint32_t> used;  // tokens some matched pattern used as a word
    std::set<uint32_t> clause_verbs;  // verbs the parser found whatever their tag ("and promised/JJ aid")
    for (size_t c = s.clause_begin; c < s.clause_end; ++c) {
      if (doc->clauses[c].link != ClauseLink::kNominal) clause_verbs.insert(doc->clauses[c].verb);
    }
    for (uint32_t t = s.first; t < s.last; ++t) {
      const Token& tok = doc->tokens[t];
      if (!IsVerbTag(tok.tag) && !clause_verbs.count(t)) continue;
      const std::vector<VerbForm>* forms = verbs_.Find(s.word(t));
      if (!forms && IrregularLemma(tok, s.word(t))) forms = verbs_.Find(tok.lemma);
      if (!forms) continue;
      // Forms whose other words are in place, longest first.
      std::vector<const VerbForm*> cands;
      for (const VerbForm& f : *forms) {
        bool ok = t >= s.first + f.before.size() && t + 1 + f.after.size() <= s.last;
        for (size_t i = 0; ok && i < f.before.size(); ++i) ok = s.word(t - 1 - static_cast<uint32_t>(i)) == f.before[i];
        for (size_t i = 0; ok && i < f.after.size(); ++i) ok = s.word(t + 1 + static_cast<uint32_t>(i)) == f.after[i];
        if (ok) cands.push_back(&f);
      }
      std::stable_sort(cands.begin(), cands.end(), [](const VerbForm* a, const VerbForm* b) {
        return a->before.size() + a->after.size() > b->before.size() + b->after.size();
      });
      if (cands.empty()) continue;
      int clause = ClauseOf(*doc, s, t);
      VerbHit hit;
      hit.token = t;
      bool found = false;
      for (const VerbForm* f : cands) {
        uint32_t vb = t - static_cast<uint32_t>(f->before.size());
        uint32_t ve = t + 1 + static_cast<uint32_t>(f->after.size());
        Matcher m(s, verbs_, vb, ve, WindowEnd(*doc, s, clause, ve));
        const VerbBlock& block = verbs_.block(f->block);
        for (const VerbPattern& p : block.patterns) {
          if (Skipped(p.code) || !m.Match(p, &hit.binding)) continue;
          hit.vb = vb;
          hit.ve = ve;
          hit.code = p.code;
          hit.why = fmt::format("pattern {}:{} (verb {})", block.file, p.line, block.name);
          found = true;
          break;
        }
        if (found) break;
      }
      if (!found) {
        for (const VerbForm* f : cands) {
          const VerbCode& c = f->code.empty() ? verbs_.block(f->block).code : f->code;
          if (!Usable(c.code) && !Usable(c.reverse)) continue;
          hit.vb = t - static_cast<uint32_t>(f->before.size());
          hit.ve = t + 1 + static_cast<uint32_t>(f->after.size());
          hit.code = c;
          hit.binding = Binding();
          hit.why = fmt::format("verb {} {}:{}", verbs_.block(f->block).name, verbs_.block(f->block).file, f->line);
          found = true;
          break;
        }
      }
      if (!found) continue;
      for (uint32_t w : hit.binding.words) used.insert(w);
      hits.push_back(std::move(hit));
    }
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    auto emit = [&](const VerbHit& h, uint32_t src, uint32_t tgt, const std::string& code) {
      if (!Usable(code)) return;
      const ActorMention& a = doc->actors[src];
      const ActorMention& b = doc->actors[tgt];
      if (a.code == b.code || !seen.insert({a.code, b.code, code}).second) return;
      Event e;
      e.doc_id = doc->doc.id;
      e.sentence = si;
      e.date = doc->doc.date;
      e.sources = {a};
      e.targets = {b};
      e.cameo = code;
      if (const CameoFacts* f = cameo_.Find(code)) {
        e.plover = f->plover;
        e.mode = f->mode;
        e.context = f->context;
        e.quad = f->quad;
        e.goldstein = f->goldstein;
      }
      const Token& v = doc->tokens[h.token];
      e.trigger = v.text;
      e.trigger_span = v.span;
      e.why = h.why;
      doc->events.push_back(std::move(e));
    };
    for (const VerbHit& h : hits) {
      if (used.count(h.token)) continue;  // a word of another verb's pattern
      const Binding& b = h.binding;
      int clause = ClauseOf(*doc, s, h.token);
      auto members = [&](int g) -> const std::vector<uint32_t>& { return s.groups[static_cast<size_t>(g)].mentions; };
      auto reciprocal = [&](int g) {
        for (uint32_t x : members(g)) {
          for (uint32_t y : members(g)) {
            // Mentions of the same words are one actor with several codes.
            if (doc->actors[x].begin == doc->actors[y].begin && doc->actors[x].end == doc->actors[y].end) continue;
            emit(h, x, y, h.code.code);
            emit(h, y, x, h.code.reverse);
          }
        }
      };
      bool stated = false;
      int src = b.source >= 0 ? b.source : SubjectGroup(*doc, s, clause, b.target, &stated);
      if (b.compound >= 0 && (src < 0 || src == b.compound || b.compound_before)) {
        reciprocal(b.compound);  // "Gondor and Osgiliath have delayed …"
        continue;
      }
      if (b.compound >= 0) {  // "Eriador agrees with the Philippines and France"
        for (uint32_t y : members(b.compound)) {
          for (uint32_t x : members(src)) {
            emit(h, x, y, h.code.code);
            emit(h, y, x, h.code.reverse);
          }
        }
        continue;
      }
      if (src < 0 && !stated) {  // no subject found: the nearest group before the verb
        for (int g = static_cast<int>(s.groups.size()) - 1; g >= 0 && src < 0; --g) {
          if (s.groups[static_cast<size_t>(g)].end <= h.vb && g != b.target) src = g;
        }
      }
      if (src < 0) continue;
      int tgt = b.target >= 0 ? b.target : b.source >= 0 ? -1 : PassiveTarget(*doc, s, clause, src);
      if (tgt < 0) {
        uint32_t end = WindowEnd(*doc, s, clause, h.ve);
        for (size_t g = 0; g < s.groups.size() && tgt < 0; ++g) {
          if (s.groups[g].begin >= h.ve && s.groups[g].begin < end && static_cast<int>(g) != src) tgt = static_cast<int>(g);
        }
      }
      if (tgt < 0) {
        // "Gondor and Osgiliath renewed ties" [064:064]: a code for both
        // directions makes a compound source reciprocal.
        if (members(src).size() > 1 && Usable(h.code.reverse)) reciprocal(src);
        continue;
      }
      for (uint32_t x : members(src)) {
        for (uint32_t y : members(tgt)) {
          emit(h, x, y, h.code.code);
          emit(h, y, x, h.code.reverse);
        }
      }
    }
  }
}

std::string Coder::Dump(const AnalyzedDocument& doc) const {
  std::string out;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    out += fmt::format("event {} sent {}: {} {} trigger \"{}\" source {} target {}\n  why {}\n", i, e.sentence,
                       e.cameo, e.plover.empty() ? "-" : e.plover, e.trigger,
                       e.sources.empty() ? "-" : e.sources[0].code, e.targets.empty() ? "-" : e.targets[0].code,
                       e.why);
  }
  return out;
}

}  // namespace entente::petrarch
