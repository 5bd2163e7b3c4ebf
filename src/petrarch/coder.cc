// coder.cc — see coder.h.
#include "petrarch/coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cctype>
#include <set>
#include <tuple>

#include "petrarch/loader.h"
#include "petrarch/pattern_match.h"
#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

// A coded verb before actors are attached.
struct VerbHit {
  uint32_t token = 0, vb = 0, ve = 0;
  int clause = -1;          // the verb's clause, −1 if the parser has none
  uint32_t window_end = 0;  // where targets may no longer be looked for
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
    // "efforts to stop …": an infinitive completing a noun has no subject.
    if (k.link == ClauseLink::kInfinitive && k.verb >= s.first + 2 && doc.tokens[k.verb - 1].text == "to" &&
        doc.tokens[k.verb - 2].tag.starts_with("NN")) {
      *stated = true;
      return -1;
    }
    // A participle or gerund ("after leaving Eriador") is not coded, nor a
    // relative clause (PETRARCH codes verb phrases, not those inside a
    // noun phrase: "the envoy … who met the rebels").
    if ((k.link == ClauseLink::kAdverbial && k.tense == Tense::kNone) || (k.link == ClauseLink::kRelative && i == 0)) {
      *stated = true;
      return -1;
    }
    if (!k.agent.empty()) {
      if (int g = GroupIn(s, k.agent, exclude); g >= 0) return g;
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

// The code of the verb at token `t` (the first matching pattern of its
// blocks, else its own code); false if it is not a coded verb.
bool MatchVerb(const VerbDictionary& verbs, const AnalyzedDocument& doc, const SentenceView& s, uint32_t t,
               VerbHit* hit) {
  const Token& tok = doc.tokens[t];
  const std::vector<VerbForm>* forms = verbs.Find(s.word(t));
  if (!forms && IrregularLemma(tok, s.word(t))) forms = verbs.Find(tok.lemma);
  if (!forms) return false;
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
  hit->token = t;
  hit->clause = ClauseOf(doc, s, t);
  auto place = [&](const VerbForm* f) {  // the verb's words and its target window
    hit->vb = t - static_cast<uint32_t>(f->before.size());
    hit->ve = t + 1 + static_cast<uint32_t>(f->after.size());
    hit->window_end = WindowEnd(doc, s, hit->clause, hit->ve);
  };
  for (const VerbForm* f : cands) {
    place(f);
    PatternMatcher m(s, verbs, hit->vb, hit->ve, hit->window_end);
    const VerbBlock& block = verbs.block(f->block);
    for (const VerbPattern& p : block.patterns) {
      if (Skipped(p.code) || !s.HasAll(p.words) || !m.Match(p, &hit->binding)) continue;
      hit->code = p.code;
      hit->why = fmt::format("pattern {}:{} (verb {})", block.file, p.line, block.name);
      return true;
    }
  }
  for (const VerbForm* f : cands) {
    const VerbBlock& block = verbs.block(f->block);
    const VerbCode& c = f->code.empty() ? block.code : f->code;
    if (!Usable(c.code) && !Usable(c.reverse)) continue;
    place(f);
    hit->code = c;
    hit->binding = Binding();
    hit->why = fmt::format("verb {} {}:{}", block.name, block.file, f->line);
    return true;
  }
  return false;
}

// Turns coded verbs into events, one per (source, target, code) of a sentence.
class Emitter {
 public:
  Emitter(AnalyzedDocument* doc, const SentenceView& s, const CameoTable& cameo, const CoderOptions& options)
      : doc_(doc), s_(s), cameo_(cameo), options_(options) {}

  // Source and target groups of `h` (see coder.h), then its events.
  void Attach(const VerbHit& h) {
    const Binding& b = h.binding;
    const AnalyzedDocument& doc = *doc_;
    int clause = h.clause;
    bool stated = false;
    int src = b.source >= 0 ? b.source : SubjectGroup(doc, s_, clause, b.target, &stated);
    if (b.compound >= 0 && (src < 0 || src == b.compound || b.compound_before)) {
      Reciprocal(h, b.compound);  // "Gondor and Osgiliath have delayed …"
      return;
    }
    if (b.compound >= 0) {  // "Eriador agrees with the Philippines and France"
      Pairs(h, src, b.compound);
      return;
    }
    if (src < 0 && !stated) {  // no subject found: the sentence's first actor before the verb
      for (size_t g = 0; g < s_.groups.size() && src < 0; ++g) {
        if (s_.groups[g].end <= h.vb && static_cast<int>(g) != b.target) src = static_cast<int>(g);
      }
    }
    if (src < 0 && clause >= 0) src = NewActor(doc.clauses[static_cast<size_t>(clause)].subject);
    if (src < 0) return;
    src = WithNewConjuncts(clause, src);
    int tgt = b.target >= 0 ? b.target : b.source >= 0 ? -1 : PassiveTarget(doc, s_, clause, src);
    for (size_t g = 0; g < s_.groups.size() && tgt < 0; ++g) {
      const Group& k = s_.groups[g];
      if (k.begin >= h.ve && k.begin < h.window_end && static_cast<int>(g) != src) tgt = static_cast<int>(g);
    }
    if (tgt < 0 && clause >= 0) tgt = NewActor(FirstComplement(doc.clauses[static_cast<size_t>(clause)], h.ve));
    tgt = WithNewConjuncts(clause, tgt);
    if (tgt >= 0) {
      Pairs(h, src, tgt);
    } else if (Members(src).size() > 1 && Usable(h.code.reverse)) {
      // "Gondor and Osgiliath renewed ties" [064:064]: a code for both
      // directions makes a compound source reciprocal.
      Reciprocal(h, src);
    } else if (!options_.require_dyad) {
      for (uint32_t x : Members(src)) pending_.push_back({&h, x});
    }
  }

  // Writes the events without a target kept by Attach, but not those of a
  // verb within the reach of another verb that coded a source and a target
  // (PETRARCH folds an incomplete lower verb phrase into the one above it).
  void Flush() {
    for (const auto& [h, x] : pending_) {
      bool folded = std::any_of(dyads_.begin(), dyads_.end(), [h](const VerbHit* d) {
        return d != h && h->token >= d->ve && h->token < d->window_end;
      });
      if (!folded) Emit(*h, x, kNoTarget, h->code.code);
    }
    pending_.clear();
  }

 private:
  // Groups past the sentence's own are new actors (extra_groups_), and
  // mentions past the document's are theirs (extra_mentions_).
  const std::vector<uint32_t>& Members(int g) const {
    size_t i = static_cast<size_t>(g);
    return i < s_.groups.size() ? s_.groups[i].mentions : extra_groups_[i - s_.groups.size()];
  }
  const ActorMention& Mention(uint32_t m) const {
    return m < doc_->actors.size() ? doc_->actors[m] : extra_mentions_[m - doc_->actors.size()];
  }

  // The first object or prepositional object after the verb, or an empty phrase.
  static Phrase FirstComplement(const Clause& k, uint32_t ve) {
    Phrase best;
    auto consider = [&](const Phrase& p) {
      if (!p.empty() && p.begin >= ve && (best.empty() || p.begin < best.begin)) best = p;
    };
    for (const Phrase& o : k.objects) consider(o);
    for (const PrepPhrase& pp : k.preps) consider(pp.object);
    return best;
  }

  // PETRARCH's new actor: a phrase with no known actor and at most
  // new_actor_length words (possessive 's and punctuation not counted),
  // named by its words in capitals and quotes. Its group index, or −1.
  int NewActor(const Phrase& p) {
    if (options_.new_actor_length == 0 || p.empty() || p.end > s_.last) return -1;
    std::string words;
    size_t n = 0;
    for (uint32_t t = p.begin; t < p.end; ++t) {
      if (s_.GroupAt(t) >= 0) return -1;  // it names a known actor
      const Token& k = doc_->tokens[t];
      if (k.tag == "POS" || k.kind == TokenKind::kPunct) continue;
      words += (n++ ? " " : "") + k.text;
    }
    if (n == 0 || n > options_.new_actor_length) return -1;
    if (n == 1 && doc_->tokens[p.head >= p.begin && p.head < p.end ? p.head : p.begin].tag.starts_with("PRP")) return -1;  // "it", "they"
    ActorMention m;
    m.sentence = s_.index;
    m.begin = p.begin;
    m.end = p.end;
    m.span = {doc_->tokens[p.begin].span.begin, doc_->tokens[p.end - 1].span.end};
    m.text = words;
    for (char& c : words) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    m.code = "\"" + words + "\"";
    m.kind = ActorKind::kAgent;
    m.why = "new actor (PETRARCH new_actor_length)";
    extra_mentions_.push_back(std::move(m));
    extra_groups_.push_back({static_cast<uint32_t>(doc_->actors.size() + extra_mentions_.size() - 1)});
    return static_cast<int>(s_.groups.size() + extra_groups_.size() - 1);
  }

  // With new actors on, the members of the coordinated argument of clause
  // `clause` that holds group `g` and that name no known actor are new
  // actors beside g's ("X's losses and the refugee toll"): the index of
  // the group of them all, else g.
  int WithNewConjuncts(int clause, int g) {
    if (options_.new_actor_length == 0 || clause < 0 || g < 0 || static_cast<size_t>(g) >= s_.groups.size()) return g;
    const Group& k = s_.groups[static_cast<size_t>(g)];
    for (const Phrase* p : Arguments(doc_->clauses[static_cast<size_t>(clause)])) {
      if (p->conjuncts.size() < 2 || k.begin < p->begin || k.end > p->end) continue;
      std::vector<uint32_t> members = Members(g);
      for (const Phrase& c : p->conjuncts) {
        if (GroupIn(s_, c, -1) >= 0) continue;
        if (int n = NewActor(c); n >= 0) members.push_back(Members(n)[0]);
      }
      if (members.size() == k.mentions.size()) return g;
      extra_groups_.push_back(std::move(members));
      return static_cast<int>(s_.groups.size() + extra_groups_.size() - 1);
    }
    return g;
  }

  void Pairs(const VerbHit& h, int src, int tgt) {
    dyads_.push_back(&h);
    for (uint32_t x : Members(src)) {
      for (uint32_t y : Members(tgt)) {
        Emit(h, x, y, h.code.code);
        Emit(h, y, x, h.code.reverse);
      }
    }
  }

  void Reciprocal(const VerbHit& h, int g) {
    dyads_.push_back(&h);
    for (uint32_t x : Members(g)) {
      for (uint32_t y : Members(g)) {
        // Mentions of the same words are one actor with several codes.
        if (Mention(x).begin == Mention(y).begin && Mention(x).end == Mention(y).end) continue;
        Emit(h, x, y, h.code.code);
        Emit(h, y, x, h.code.reverse);
      }
    }
  }

  static constexpr uint32_t kNoTarget = UINT32_MAX;

  // One event from mention `src` to mention `tgt` (kNoTarget: none).
  void Emit(const VerbHit& h, uint32_t src, uint32_t tgt, const std::string& code) {
    if (!Usable(code)) return;
    const ActorMention& a = Mention(src);
    const std::string& target_code = tgt == kNoTarget ? "" : Mention(tgt).code;
    if (a.code == target_code || !seen_.insert({a.code, target_code, code}).second) return;
    Event e;
    e.doc_id = doc_->doc.id;
    e.sentence = s_.index;
    e.date = doc_->doc.date;
    e.sources = {a};
    if (tgt != kNoTarget) e.targets = {Mention(tgt)};
    e.cameo = code;
    if (const CameoFacts* f = cameo_.Find(code)) {
      e.plover = f->plover;
      e.mode = f->mode;
      e.context = f->context;
      e.quad = f->quad;
      e.goldstein = f->goldstein;
    }
    const Token& v = doc_->tokens[h.token];
    e.trigger = v.text;
    e.trigger_span = v.span;
    e.why = h.why;
    doc_->events.push_back(std::move(e));
  }

  AnalyzedDocument* doc_;
  const SentenceView& s_;
  const CameoTable& cameo_;
  const CoderOptions& options_;
  std::vector<ActorMention> extra_mentions_;
  std::vector<std::vector<uint32_t>> extra_groups_;
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::vector<const VerbHit*> dyads_;                         // hits coded with a target
  std::vector<std::pair<const VerbHit*, uint32_t>> pending_;  // (hit, source mention) without a target
};

}  // namespace

void Coder::Run(AnalyzedDocument* doc) const {
  doc->events.clear();
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    if (doc->sentences[si].boilerplate) continue;
    SentenceView s;
    s.Build(*doc, si);
    std::set<uint32_t> clause_verbs;  // verbs the parser found whatever their tag ("and promised/JJ aid")
    for (size_t c = s.clause_begin; c < s.clause_end; ++c) {
      if (doc->clauses[c].link != ClauseLink::kNominal) clause_verbs.insert(doc->clauses[c].verb);
    }
    std::vector<VerbHit> hits;
    std::set<uint32_t> used;  // tokens some matched pattern used as a word
    for (uint32_t t = s.first; t < s.last; ++t) {
      if (!IsVerbTag(doc->tokens[t].tag) && !clause_verbs.count(t)) continue;
      VerbHit hit;
      if (!MatchVerb(verbs_, *doc, s, t, &hit)) continue;
      used.insert(hit.binding.words.begin(), hit.binding.words.end());
      hits.push_back(std::move(hit));
    }
    Emitter emitter(doc, s, cameo_, options_);
    for (const VerbHit& h : hits) {
      if (!used.count(h.token)) emitter.Attach(h);  // not a word of another verb's pattern
    }
    emitter.Flush();
  }
  if (discards_) discards_->Apply(doc);
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
