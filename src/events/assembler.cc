#include "events/assembler.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace entente {

namespace {

// Deepest chain of parents followed (source inheritance, speakers).
constexpr int kMaxDepth = 8;
// Clauses per sentence considered; past this a sentence is skipped.
constexpr size_t kMaxClauses = 256;

// Prepositions whose object is, in this order of preference, the target of
// an event when the pattern does not name the target role.
constexpr const char* kTargetPreps[] = {"with", "against", "to", "toward", "towards", "between", "on",
                                        "at", "from", "into", "for", "upon", "over", "in"};

// The roles of one clause as the matcher sees them. For a nominal trigger
// found as the object of a light verb ("held talks with X"), the roles are
// those of the governing clause minus the object.
struct View {
  const Clause* clause = nullptr;
  int index = -1;                 // absolute clause index
  uint32_t trigger_tok = 0;
  std::string lemma;
  std::string particle;
  char pos = 'v';
  bool passive = false;
  bool partial = false;           // only clause/index are set (no pattern)
  std::vector<const Phrase*> objects;
  std::vector<std::vector<uint32_t>> object_nouns;  // NounsOf each object, computed once
  std::vector<PrepPhrase> preps;  // clause preps + preps found inside objects
  std::vector<int> inf_children;  // absolute clause indices
  std::vector<int> that_children;
};

struct Hit {
  const Pattern* pattern = nullptr;
  View view;
  // The role the pattern names as target: an object/subject phrase (owned
  // by the clause) or an index into view.preps; none when both are unset.
  const Phrase* target_phrase = nullptr;
  int target_prep = -1;
  std::string target_role;
  int consumed_prep = -1;
  std::string code;  // may be refined by folding
  Modality modality = Modality::kDone;
  bool folded_away = false;
  int fold_child = -1;      // absolute index of the clause folded into this one
  bool by_speaker = false;  // "X said Y must …": source is the speaker
  std::string fold_note;
};

class Assembler {
 public:
  Assembler(const Lexicon& lex, const CameoTable& cameo, AnalyzedDocument* doc)
      : lex_(lex), cameo_(cameo), doc_(*doc), events_(&doc->events),
        aspect_(lex.List("aspect")),
        demanded_(lex.List("demanded")),
        hypothetical_(lex.List("hypothetical")),
        hypothetical_verb_(lex.List("hypothetical_verb")),
        intended_(lex.List("intended")),
        intent_(lex.List("intent")),
        intent_adj_(lex.List("intent_adj")),
        light_(lex.List("light")),
        object_control_(lex.List("object_control")),
        say_(lex.List("say")) {}

  void Run() {
    size_t i = 0;
    const auto& clauses = doc_.clauses;
    while (i < clauses.size()) {
      size_t j = i;
      while (j < clauses.size() && clauses[j].sentence == clauses[i].sentence) ++j;
      if (j - i <= kMaxClauses) Sentence(i, j);
      i = j;
    }
  }

 private:
  const Token& Tok(uint32_t i) const { return doc_.tokens[i]; }
  static bool In(const std::unordered_set<std::string>* list, const std::string& w) {
    return list->count(w) > 0;
  }
  // The tag stage fills every lemma; a token without one (hand-built
  // documents, a stage that failed) is matched by its text.
  const std::string& Lemma(uint32_t i) const {
    static const std::string kNone;
    if (i >= doc_.tokens.size()) return kNone;
    const Token& t = Tok(i);
    return t.lemma.empty() ? t.text : t.lemma;
  }
  // The head of `p`, then its other nouns up to the first preposition
  // ("negotiations today", "a mediation mission").
  std::vector<uint32_t> NounsOf(const Phrase& p) const {
    std::vector<uint32_t> out{p.head};
    for (uint32_t t = p.begin; t < p.end && t < doc_.tokens.size(); ++t) {
      const std::string& tag = Tok(t).tag;
      if ((tag == "IN" && Tok(t).lemma != "of") || tag == "TO") break;
      if (t != p.head && tag.starts_with("NN")) out.push_back(t);
    }
    return out;
  }
  std::string PhraseText(const Phrase& p) const {
    if (p.empty() || p.end > doc_.tokens.size()) return "";
    uint32_t b = Tok(p.begin).span.begin, e = Tok(p.end - 1).span.end;
    return doc_.doc.text.substr(b, e - b);
  }
  int Abs(size_t first, int parent) const { return parent < 0 ? -1 : static_cast<int>(first) + parent; }

  void Sentence(size_t first, size_t end);
  View MakeView(size_t first, size_t end, int ci) const;
  bool Match(const Pattern& p, const View& v, Hit* hit) const;
  bool RoleOk(const Constraint& c, const View& v, const Phrase** phrase, int* prep_index) const;
  void Best(const View& v, Hit* best) const;
  std::vector<ActorMention> ActorsIn(const Phrase& p, uint32_t sentence) const;
  std::vector<ActorMention> Sources(const std::vector<Hit>& hits, size_t first, int ci,
                                    int depth) const;
  void Emit(const Hit& hit, const std::vector<Hit>& hits, size_t first);
  std::vector<ActorMention> Targets(const Hit& h, std::string* role) const;
  std::vector<ActorMention> FrontActor(const Clause& c, uint32_t begin) const;
  std::vector<ActorMention> TrailingActor(const Clause& c, uint32_t trigger) const;
  void ContextCountry(uint32_t sentence, std::vector<ActorMention>* actors) const;
  // "is ready / willing / prepared to X": an intent adjective between the
  // copula `gov` and its infinitive complement `inf`.
  bool IntentAdjective(const Clause& gov, const Clause& inf) const {
    if (gov.lemma != "be") return false;
    for (uint32_t t = gov.verb + 1; t < inf.verb && t < doc_.tokens.size(); ++t) {
      if (In(intent_adj_, Lemma(t))) return true;
    }
    return false;
  }
  void Fold(std::vector<Hit>* hits, size_t first, size_t end) const;
  Modality ModalityOf(const Clause& c) const;

  const Lexicon& lex_;
  const CameoTable& cameo_;
  const AnalyzedDocument& doc_;
  std::vector<Event>* events_;
  // Phrases the matcher builds itself (a second object the parser missed);
  // a deque keeps pointers to them stable.
  mutable std::deque<Phrase> extra_;
  // Word lists of the lexicon, looked up once per document.
  const std::unordered_set<std::string>* aspect_;
  const std::unordered_set<std::string>* demanded_;
  const std::unordered_set<std::string>* hypothetical_;
  const std::unordered_set<std::string>* hypothetical_verb_;
  const std::unordered_set<std::string>* intended_;
  const std::unordered_set<std::string>* intent_;
  const std::unordered_set<std::string>* intent_adj_;
  const std::unordered_set<std::string>* light_;
  const std::unordered_set<std::string>* object_control_;
  const std::unordered_set<std::string>* say_;
};

View Assembler::MakeView(size_t first, size_t end, int ci) const {
  const Clause& c = doc_.clauses[ci];
  View v;
  v.clause = &c;
  v.index = ci;
  v.trigger_tok = c.verb;
  v.lemma = c.lemma.empty() ? Lemma(c.verb) : c.lemma;
  v.particle = c.particle;
  v.pos = c.link == ClauseLink::kNominal ? 'n' : 'v';
  v.passive = c.voice == Voice::kPassive;
  for (const Phrase& o : c.objects) v.objects.push_back(&o);
  // "handed over [700 kg of medicine]" read as a preposition "over" with an
  // object: a particle and a direct object.
  if (c.objects.empty() && c.particle.empty()) {
    for (const PrepPhrase& pp : c.preps) {
      if (pp.object.begin == c.verb + 2 &&
          (pp.prep == "over" || pp.prep == "out" || pp.prep == "up" || pp.prep == "off" ||
           pp.prep == "back" || pp.prep == "down" || pp.prep == "away")) {
        v.particle = pp.prep;
        v.objects.push_back(&pp.object);
        break;
      }
    }
  }
  // The subject of a passive fills the object role, so "X was indicted by
  // Y" matches "indict obj" with Y as source and X as target.
  if (v.passive && v.objects.empty() && !c.subject.empty()) v.objects.push_back(&c.subject);
  // "called the plan [an ideological experiment]": a second noun phrase
  // right after the object (or after its prepositional phrases) that the
  // parser did not attach.
  if (c.objects.size() == 1 && !v.passive) {
    uint32_t p = c.objects[0].end;
    for (const PrepPhrase& pp : c.preps) {
      if (pp.object.begin <= p + 1 && pp.object.end > p) p = pp.object.end;
    }
    uint32_t sent_end = doc_.sentences[c.sentence].first_token + doc_.sentences[c.sentence].token_count;
    uint32_t b = p;
    while (b < sent_end && Tok(b).text == "\"") ++b;
    if (b < sent_end && (Tok(b).tag == "DT" || Tok(b).tag.starts_with("JJ")) &&
        Tok(b).lemma != "that") {
      uint32_t e = b;
      uint32_t head = b;
      while (e < sent_end && e - b < 8) {
        const std::string& tag = Tok(e).tag;
        if (tag.starts_with("NN")) head = e;
        else if (!(tag == "DT" || tag.starts_with("JJ") || tag == "CD" || tag == "PRP$")) break;
        ++e;
      }
      if (Tok(head).tag.starts_with("NN")) {
        Phrase obj2;
        obj2.begin = b;
        obj2.end = e;
        obj2.head = head;
        extra_.push_back(obj2);
        v.objects.push_back(&extra_.back());
      }
    }
  }
  v.preps = c.preps;
  // Split "out of" into particle + "of" when the verb has no particle, so
  // "pull_out of=" matches either analysis.
  for (const PrepPhrase& pp : c.preps) {
    size_t sp = pp.prep.find(' ');
    if (sp != std::string::npos && v.particle.empty()) {
      v.particle = pp.prep.substr(0, sp);
      v.preps.push_back({pp.prep.substr(sp + 1), pp.object});
    }
  }
  // Prepositional phrases the parser left inside an object or another
  // prepositional object ("troops from Germany", "out of the deal with
  // the United States").
  std::vector<Phrase> hosts(c.objects.begin(), c.objects.end());
  for (const PrepPhrase& pp : c.preps) hosts.push_back(pp.object);
  for (const Phrase& o : hosts) {
    for (uint32_t t = o.head + 1; t < o.end && t < doc_.tokens.size(); ++t) {
      const std::string& tag = Tok(t).tag;
      if ((tag == "IN" || tag == "TO") && t + 1 < o.end) {
        uint32_t e = t + 1;
        while (e < o.end && Tok(e).tag != "IN" && Tok(e).tag != "TO") ++e;
        Phrase p;
        p.begin = t + 1;
        p.end = e;
        p.head = e - 1;
        v.preps.push_back({Lemma(t), p});
        t = e - 1;
      }
    }
  }
  for (size_t k = first; k < end; ++k) {
    const Clause& ch = doc_.clauses[k];
    if (Abs(first, ch.parent) != ci) continue;
    if (ch.link == ClauseLink::kInfinitive) v.inf_children.push_back(static_cast<int>(k));
    if (ch.link == ClauseLink::kThat) v.that_children.push_back(static_cast<int>(k));
  }
  for (const Phrase* o : v.objects) v.object_nouns.push_back(NounsOf(*o));
  return v;
}

bool Assembler::RoleOk(const Constraint& c, const View& v, const Phrase** phrase,
                       int* prep_index) const {
  auto lemma_ok = [&](const std::string& lemma) {
    for (uint32_t id : c.lemma_sets) {
      if (!lex_.InSet(id, lemma)) return false;
    }
    return true;
  };
  *phrase = nullptr;
  switch (c.kind) {
    case RoleKind::kObject:
    case RoleKind::kObject2: {
      size_t k = c.kind == RoleKind::kObject ? 0 : 1;
      if (v.objects.size() <= k) return false;
      *phrase = v.objects[k];
      if (c.lemma_sets.empty()) return true;
      for (uint32_t t : v.object_nouns[k]) {
        if (lemma_ok(Lemma(t))) return true;
      }
      return false;
    }
    case RoleKind::kSubject: {
      const Phrase& s = v.passive ? v.clause->agent : v.clause->subject;
      if (s.empty()) return false;
      *phrase = &s;
      for (uint32_t t : NounsOf(s)) {
        if (lemma_ok(Lemma(t))) return true;
      }
      return false;
    }
    case RoleKind::kPrep:
      for (size_t i = 0; i < v.preps.size(); ++i) {
        if (std::find(c.preps.begin(), c.preps.end(), v.preps[i].prep) == c.preps.end()) continue;
        if (!lemma_ok(Lemma(v.preps[i].object.head))) continue;
        *phrase = &v.preps[i].object;
        *prep_index = static_cast<int>(i);
        return true;
      }
      return false;
    case RoleKind::kInfinitive:
    case RoleKind::kThat: {
      const auto& kids = c.kind == RoleKind::kInfinitive ? v.inf_children : v.that_children;
      for (int k : kids) {
        const Clause& ch = doc_.clauses[k];
        if (lemma_ok(ch.lemma.empty() ? Lemma(ch.verb) : ch.lemma)) return true;
      }
      return false;
    }
  }
  return false;
}

bool Assembler::Match(const Pattern& p, const View& v, Hit* hit) const {
  if (p.pos != 0 && p.pos != v.pos) return false;
  if (p.voice == 1 && v.passive) return false;
  if (p.voice == 2 && !v.passive) return false;
  int consumed = -1;
  if (p.particle != v.particle) {
    // A pattern particle may be analysed as a preposition ("call for").
    bool found = false;
    if (!p.particle.empty()) {
      for (size_t i = 0; i < v.preps.size(); ++i) {
        // Only a preposition right after the verb: "called [on] X", not
        // "called X [on] Tuesday".
        if (v.preps[i].prep == p.particle && v.preps[i].object.begin <= v.trigger_tok + 3 &&
            v.preps[i].object.begin > v.trigger_tok) {
          consumed = static_cast<int>(i);
          found = true;
          break;
        }
      }
    }
    if (!found) return false;
  }
  hit->target_phrase = nullptr;
  hit->target_prep = -1;
  hit->target_role.clear();
  for (const Constraint& c : p.constraints) {
    const Phrase* ph = nullptr;
    int pi = -1;
    bool ok = RoleOk(c, v, &ph, &pi);
    if (c.absent ? ok : !ok) return false;
    if (c.target && ph) {
      if (c.kind == RoleKind::kPrep) hit->target_prep = pi; else hit->target_phrase = ph;
      hit->target_role = c.kind == RoleKind::kPrep ? v.preps[pi].prep : c.kind == RoleKind::kObject2 ? "obj2" : "obj";
    }
  }
  hit->pattern = &p;
  hit->consumed_prep = consumed;
  hit->code = p.code;
  return true;
}

void Assembler::Best(const View& v, Hit* best) const {
  if (const auto* pats = lex_.Find(v.lemma)) {
    for (const Pattern& p : *pats) {
      Hit h;
      if (Match(p, v, &h)) {
        h.view = v;
        *best = std::move(h);
        break;  // sorted most specific first
      }
    }
  }
  // A nominal trigger as the object of a light verb ("held talks with",
  // "imposed sanctions on") usually says more than the verb.
  if (v.pos == 'v' && !v.objects.empty() && In(light_, v.lemma)) {
    for (uint32_t noun : NounsOf(*v.objects[0])) {
      View nv = v;
      nv.trigger_tok = noun;
      nv.lemma = Lemma(noun);
      nv.pos = 'n';
      nv.particle.clear();
      nv.objects.erase(nv.objects.begin());
      nv.object_nouns.erase(nv.object_nouns.begin());
      const auto* pats = lex_.Find(nv.lemma);
      if (!pats) continue;
      bool found = false;
      for (const Pattern& p : *pats) {
        Hit h;
        if (Match(p, nv, &h)) {
          bool head = noun == v.objects[0]->head;
          if (!best->pattern || (head && best->pattern->specificity <= p.specificity + 4)) {
            h.view = std::move(nv);
            *best = std::move(h);
          }
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
}

std::vector<ActorMention> Assembler::ActorsIn(const Phrase& p, uint32_t sentence) const {
  std::vector<ActorMention> out;
  if (p.empty()) return out;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), p.begin,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  // A mention may start before the phrase ("[embassy in Tehran]" against
  // the phrase "Tehran"): step back over mentions that overlap it.
  while (it != doc_.actors.begin() && std::prev(it)->end > p.begin) --it;
  uint32_t last_end = p.begin;
  for (; it != doc_.actors.end() && it->begin < p.end; ++it) {
    if (it->end <= p.begin || it->code.empty()) continue;
    // Stop at a clause boundary or a preposition other than "of" between
    // mentions: "the troops [who left Iraq]", "envoy [to Syria]".
    bool blocked = false;
    for (uint32_t t = last_end; t < it->begin && !out.empty(); ++t) {
      const Token& tk = Tok(t);
      if ((tk.tag == "IN" && tk.lemma != "of") || tk.tag == "TO" || tk.tag.starts_with("VB") ||
          tk.tag == "WDT" || tk.tag == "WP") {
        blocked = true;
      }
    }
    if (blocked) break;
    bool dup = false;
    for (const ActorMention& m : out) dup |= m.code == it->code;
    if (!dup) out.push_back(*it);
    last_end = it->end;
  }
  // "Jens Stoltenberg, NATO's secretary general,": the apposition says who.
  if (out.empty()) {
    for (const Phrase& a : p.appositions) {
      if (a.appositions.empty()) out = ActorsIn(a, sentence);
      if (!out.empty()) break;
    }
  }
  return out;
}

Modality Assembler::ModalityOf(const Clause& c) const {
  const std::string& m = c.modality;
  if (m.empty()) return c.tense == Tense::kFuture ? Modality::kIntended : Modality::kDone;
  if (In(hypothetical_, m)) return Modality::kHypothetical;
  if (In(demanded_, m)) return Modality::kDemanded;
  if (In(intended_, m)) return Modality::kIntended;
  return Modality::kDone;
}
// The source of clause `ci`: the actors of its subject (or of the by-agent
// of a passive); a clause with no subject actor — an infinitive, a
// coordinated verb, "after meeting X" — takes its governor's source, or for
// an infinitive under an appeal/order ("urged NATO to …") the governor's
// object.
std::vector<ActorMention> Assembler::Sources(const std::vector<Hit>& hits, size_t first, int ci,
                                             int depth) const {
  const Clause& c = doc_.clauses[ci];
  const Phrase& s = c.voice == Voice::kPassive ? c.agent : c.subject;
  std::vector<ActorMention> out = ActorsIn(s, c.sentence);
  if (s.empty() && c.link == ClauseLink::kMain && c.voice == Voice::kActive) {
    out = FrontActor(c, doc_.sentences[c.sentence].first_token);
  } else if (out.empty() && !s.empty() && s.end < c.verb && Tok(s.end).text == ",") {
    // An apposition the parser did not attach: "Kenzo Oshima, the UN
    // relief coordinator, demanded …".
    out = FrontActor(c, s.end);
  }
  if (!out.empty() || depth >= kMaxDepth) return out;
  if (c.voice == Voice::kPassive && !c.subject.empty()) return out;  // agentless passive
  int parent = Abs(first, c.parent);
  if (parent < 0 || parent == ci) return out;
  // "Syria says it will …": an unresolved pronoun subject is taken to be
  // the governing clause's source.
  bool pronoun = !s.empty() && s.head < doc_.tokens.size() && Tok(s.head).tag.starts_with("PRP");
  if (pronoun) return Sources(hits, first, parent, depth + 1);
  if (c.link == ClauseLink::kInfinitive || c.link == ClauseLink::kCoordinated ||
      c.link == ClauseLink::kAdverbial || c.link == ClauseLink::kNominal) {
    const Clause& pc = doc_.clauses[parent];
    if (c.link == ClauseLink::kInfinitive && !pc.objects.empty() &&
        In(object_control_, pc.lemma)) {
      return ActorsIn(pc.objects[0], c.sentence);
    }
    return Sources(hits, first, parent, depth + 1);
  }
  return out;
}

// A main clause the parser left without a subject ("The US on Thursday
// rejected …", "The Red Cross operating in Iraq said …"): the first actor
// before the verb that is not the object of a preposition.
std::vector<ActorMention> Assembler::FrontActor(const Clause& c, uint32_t begin) const {
  std::vector<ActorMention> out;
  if (c.sentence >= doc_.sentences.size()) return out;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), begin,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  for (; it != doc_.actors.end(); ++it) {
    const ActorMention& m = *it;
    if (m.code.empty()) continue;
    if (m.begin >= c.verb) break;
    bool in_pp = m.begin > begin && (Tok(m.begin - 1).tag == "IN" || Tok(m.begin - 1).tag == "TO");
    if (!in_pp) {
      out.push_back(m);
      break;
    }
  }
  return out;
}

// Actors with no country ("rebels", "President X" unknown to the people
// dictionaries) in a sentence that names exactly one country are taken to
// be of that country ("the Sudanese government accused Darfur rebels");
// the change is noted in the mention's `why`.
void Assembler::ContextCountry(uint32_t sentence, std::vector<ActorMention>* actors) const {
  if (sentence >= doc_.sentences.size()) return;
  bool missing = false;
  for (const ActorMention& m : *actors) missing |= m.country.empty() && m.code.starts_with("---");
  if (!missing) return;
  const entente::Sentence& s = doc_.sentences[sentence];
  std::string country;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), s.first_token,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  for (; it != doc_.actors.end() && it->begin < s.first_token + s.token_count; ++it) {
    const ActorMention& m = *it;
    if (m.country.size() != 3 || m.code.starts_with("IGO") || m.code.starts_with("NGO")) continue;
    if (!country.empty() && country != m.country) return;  // several countries: no guess
    country = m.country;
  }
  if (country.empty()) return;
  for (ActorMention& m : *actors) {
    if (!m.country.empty() || !m.code.starts_with("---")) continue;
    m.country = country;
    m.code = country + m.code.substr(3);
    m.why += " +country from sentence context";
  }
}

std::vector<ActorMention> Assembler::TrailingActor(const Clause& c, uint32_t trigger) const {
  std::vector<ActorMention> out;
  if (c.sentence >= doc_.sentences.size()) return out;
  const entente::Sentence& s = doc_.sentences[c.sentence];
  uint32_t end = s.first_token + s.token_count;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), trigger + 1,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  for (uint32_t t = trigger + 1; t < end; ++t) {
    const Token& tk = Tok(t);
    if (tk.kind == TokenKind::kPunct || tk.tag == "WDT" || tk.tag == "WP") break;
    if (it != doc_.actors.end() && it->begin == t) {
      if (!it->code.starts_with("---")) out.push_back(*it);
      break;
    }
  }
  return out;
}

// Synthetic patterns for events that come from clause structure rather
// than from a lexicon entry.
const Pattern& DemandRule() {
  static const Pattern kRule = [] {
    Pattern r;
    r.code = "100";
    r.file = "(rule)";
    r.text = "say-verb + that-clause with must/should = demand";
    return r;
  }();
  return kRule;
}

void Assembler::Fold(std::vector<Hit>* hits_ptr, size_t first, size_t end) const {
  std::vector<Hit>& hits = *hits_ptr;
  for (size_t k = first; k < end; ++k) {
    Hit& child = hits[k - first];
    const Clause& c = doc_.clauses[k];
    int parent = Abs(first, c.parent);
    if (parent < 0 || parent == static_cast<int>(k) || parent >= static_cast<int>(end)) continue;
    // Aspectual verbs are transparent: in "prepared to resume shelling" the
    // governor of "shelling" is "prepared".
    for (int d = 0; d < kMaxDepth; ++d) {
      const Clause& pc = doc_.clauses[parent];
      int up = Abs(first, pc.parent);
      if (hits[parent - first].pattern || pc.link != ClauseLink::kInfinitive ||
          !In(aspect_, pc.lemma) || up < 0 || up == parent ||
          up >= static_cast<int>(end)) {
        break;
      }
      parent = up;
    }
    Hit& gov = hits[parent - first];
    const std::string& pl = doc_.clauses[parent].lemma;
    // "X said Y must …": a demand by the speaker.
    if (c.link == ClauseLink::kThat && In(say_, pl) && !gov.pattern &&
        In(demanded_, c.modality)) {
      if (!child.pattern) {
        child.pattern = &DemandRule();
        child.code = "100";
      } else {
        std::string folded = FoldCode("100", child.code);
        child.fold_note += fmt::format(" + demanded ({}) {} -> {}", c.modality, child.code,
                                       folded.empty() ? "100" : folded);
        child.code = folded.empty() ? "100" : folded;
      }
      child.by_speaker = true;
      child.modality = Modality::kDone;
      continue;
    }
    bool complement = c.link == ClauseLink::kInfinitive || c.link == ClauseLink::kThat;
    if (!complement) continue;
    if (gov.pattern) {
      std::string root = gov.code.substr(0, 2);
      if (root == "03" || root == "02" || root == "10" || root == "13") {
        if (child.pattern) {
          std::string folded = FoldCode(gov.code, child.code);
          if (!folded.empty() && gov.code.size() <= 3 && gov.code.back() == '0') {
            gov.fold_note = fmt::format(" + complement '{}' ({})", child.view.lemma, child.code);
            gov.code = folded;
          }
          child.folded_away = true;
        }
        gov.fold_child = static_cast<int>(k);
        continue;
      }
      // An infinitive under another event is its purpose ("visited X to
      // mediate"), not a separate event.
      if (c.link == ClauseLink::kInfinitive && child.pattern) {
        child.folded_away = true;
        continue;
      }
    }
    if (!child.pattern) continue;
    // Intent without an event of its own ("plans to visit", "is ready to
    // contribute").
    if (c.link == ClauseLink::kInfinitive &&
        (In(intent_, pl) || IntentAdjective(doc_.clauses[parent], c))) {
      child.modality = Modality::kIntended;
    } else if (In(hypothetical_verb_, pl)) {
      child.modality = Modality::kHypothetical;
    }
  }
  // Cooperation announced for the future is AGREE (PLOVER; this includes
  // retreats and concessions, as the PLOVER gold standard codes them);
  // conflict announced for the future ("will impose a curfew") is THREATEN.
  for (Hit& h : hits) {
    if (!h.pattern || h.folded_away || h.modality != Modality::kIntended) continue;
    std::string root = h.code.substr(0, 2);
    std::string folded;
    if (root >= "04" && root <= "08") folded = FoldCode("030", h.code);
    if (root == "14" || root == "15" || root == "17" || root == "18" || root == "19" ||
        root == "20") {
      folded = FoldCode("130", h.code);
      if (folded.empty()) folded = "130";
    }
    if (!folded.empty()) {
      h.fold_note += fmt::format(" + intended {} -> {}", h.code, folded);
      h.code = folded;
    }
  }
}

void Assembler::Sentence(size_t first, size_t end) {
  std::vector<Hit> hits(end - first);
  for (size_t k = first; k < end; ++k) {
    Hit& h = hits[k - first];
    const Clause& c = doc_.clauses[k];
    // Most clauses ("said", "is") have no pattern: skip building their view.
    const std::string& lemma = c.lemma.empty() ? Lemma(c.verb) : c.lemma;
    if (!lex_.Find(lemma) && (c.objects.empty() || !In(light_, lemma))) {
      h.view.clause = &c;
      h.view.index = static_cast<int>(k);
      h.view.partial = true;
      continue;
    }
    View v = MakeView(first, end, static_cast<int>(k));
    Best(v, &h);
    if (!h.pattern) h.view = std::move(v);
    if (h.pattern) h.modality = ModalityOf(doc_.clauses[k]);
  }
  Fold(&hits, first, end);
  // Events in relative, adverbial and nominal clauses ("refugees fleeing
  // the war", "as the opposition threatened …", "after battles with …")
  // are usually background; they are coded only when the sentence has no
  // event in its main line (main, complement and coordinated clauses).
  // Purpose infinitives ("cooperate [to encourage …]", "embarked on a
  // trip [to seek support]") are background too, and so is everything
  // under a background clause.
  std::vector<int8_t> bg(end - first, -1);
  std::function<bool(size_t, int)> background = [&](size_t k, int depth) -> bool {
    if (bg[k - first] >= 0) return bg[k - first] != 0;
    const Clause& c = doc_.clauses[k];
    int parent = Abs(first, c.parent);
    bool has_parent = parent >= 0 && parent != static_cast<int>(k) && parent < static_cast<int>(end);
    bool b = false;
    if (c.link == ClauseLink::kAdverbial) {
      b = true;
    } else if (c.link == ClauseLink::kRelative) {
      // "a move [that Berlin criticised]" reports an event of its own;
      // "refugees [fleeing the war]" does not.
      // Its own subject follows the relative pronoun.
      bool own = !c.subject.empty() && c.subject.begin > 0 &&
                 (Tok(c.subject.begin - 1).tag == "WDT" || Tok(c.subject.begin - 1).tag == "WP" ||
                  Tok(c.subject.begin - 1).lemma == "that");
      b = !own || ActorsIn(c.subject, c.sentence).empty();
    } else if (c.link == ClauseLink::kNominal) {
      b = has_parent;  // a nominal clause with no governor is a headline
    } else if (c.link == ClauseLink::kInfinitive && has_parent) {
      const Clause& pc = doc_.clauses[parent];
      b = !(lex_.TakesInfinitive(pc.lemma) || In(intent_, pc.lemma) ||
            In(aspect_, pc.lemma) || In(object_control_, pc.lemma) ||
            In(hypothetical_verb_, pc.lemma) || IntentAdjective(pc, c));
    }
    if (!b && has_parent && depth < kMaxDepth) b = background(parent, depth + 1);
    bg[k - first] = b ? 1 : 0;
    return b;
  };
  bool main_line = false;
  for (size_t k = first; k < end; ++k) {
    const Hit& h = hits[k - first];
    if (h.pattern && !h.folded_away && !background(k, 0)) main_line = true;
  }
  size_t before = events_->size();
  for (size_t k = first; k < end; ++k) {
    const Hit& h = hits[k - first];
    if (!h.pattern || h.folded_away || (main_line && background(k, 0))) continue;
    Emit(h, hits, first);
  }
  // A main-line event may have been dropped for want of actors; then
  // the background ones get their chance.
  if (main_line && events_->size() == before) {
    for (size_t k = first; k < end; ++k) {
      const Hit& h = hits[k - first];
      if (h.pattern && !h.folded_away && background(k, 0)) Emit(h, hits, first);
    }
  }
  // "killed one soldier and wounded two others": one event per sentence for
  // the same type, source and target (negated and affirmed kept apart).
  auto codes = [](const std::vector<ActorMention>& v) {
    std::vector<std::string> out;
    for (const ActorMention& m : v) out.push_back(m.code);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto kind = [](const Event& e) { return e.plover.empty() ? e.cameo.substr(0, 2) : e.plover; };
  for (size_t i = before; i < events_->size(); ++i) {
    for (size_t j = before; j < i; ++j) {
      const Event& a = (*events_)[j];
      const Event& b = (*events_)[i];
      // The later one also goes when it only lacks the earlier one's target.
      if (kind(a) == kind(b) && a.negated == b.negated && codes(a.sources) == codes(b.sources) &&
          (codes(a.targets) == codes(b.targets) || b.targets.empty())) {
        events_->erase(events_->begin() + static_cast<std::ptrdiff_t>(i));
        --i;
        break;
      }
    }
  }
}

bool IsAnonymous(const AnalyzedDocument& doc, const Phrase& p, const Lexicon& lex) {
  for (uint32_t t = p.begin; t < p.end && t < doc.tokens.size(); ++t) {
    if (lex.InList("anonymous", doc.tokens[t].lemma)) return true;
  }
  // "administration officials said", "a senior diplomat said": a speaker
  // whose head is a role noun rather than a name.
  if (p.head >= doc.tokens.size()) return false;
  const Token& head = doc.tokens[p.head];
  return head.tag.rfind("NNP", 0) != 0 && lex.InList("unnamed_speaker", head.lemma);
}

bool Strong(const std::vector<ActorMention>& v) {
  for (const ActorMention& m : v) {
    if (!m.code.starts_with("---")) return true;
  }
  return false;
}

// Target: the role the pattern names; else the passive subject, the
// object, or a prepositional object (in kTargetPreps order) — the first
// that holds an actor with a country or organisation, else the first that
// holds any actor.
std::vector<ActorMention> Assembler::Targets(const Hit& h, std::string* role) const {
  const Clause& c = *h.view.clause;
  if (h.target_prep >= 0 && h.target_prep < static_cast<int>(h.view.preps.size())) {
    *role = h.view.preps[h.target_prep].prep;
    return ActorsIn(h.view.preps[h.target_prep].object, c.sentence);
  }
  if (h.target_phrase) {
    *role = h.target_role;
    return ActorsIn(*h.target_phrase, c.sentence);
  }
  std::vector<std::pair<const Phrase*, std::string>> cands;
  if (h.view.passive) cands.emplace_back(&c.subject, "subject(passive)");
  if (!h.view.passive) {
    for (const Phrase* o : h.view.objects) cands.emplace_back(o, "obj");
  }
  if (h.consumed_prep >= 0) {
    cands.emplace_back(&h.view.preps[h.consumed_prep].object, h.view.preps[h.consumed_prep].prep);
  }
  for (const char* prep : kTargetPreps) {
    for (size_t i = 0; i < h.view.preps.size(); ++i) {
      if (h.view.preps[i].prep == prep) cands.emplace_back(&h.view.preps[i].object, prep);
    }
  }
  std::vector<ActorMention> weak;
  std::string weak_role;
  for (const auto& [phrase, r] : cands) {
    std::vector<ActorMention> a = ActorsIn(*phrase, c.sentence);
    if (a.empty()) continue;
    if (Strong(a)) {
      *role = r;
      return a;
    }
    if (weak.empty()) {
      weak = std::move(a);
      weak_role = r;
    }
  }
  *role = weak_role;
  return weak;
}

void Assembler::Emit(const Hit& h, const std::vector<Hit>& hits, size_t first) {
  const Clause& c = *h.view.clause;
  const Pattern& p = *h.pattern;
  Event e;
  e.doc_id = doc_.doc.id;
  e.sentence = c.sentence;
  e.date = doc_.doc.date;
  int parent = Abs(first, c.parent);
  std::string role = "none";
  if (h.by_speaker && parent >= 0) {
    // "X said Y must …": X demands of Y.
    e.sources = Sources(hits, first, parent, 0);
    e.targets = ActorsIn(c.subject, c.sentence);
    role = "that-subject";
    if (e.targets.empty()) e.targets = Targets(h, &role);
  } else {
    e.sources = Sources(hits, first, h.view.index, 0);
    if (!p.no_target) {
      e.targets = Targets(h, &role);
      // "agreed to provide aid [to X]", "refused to lift the curfew [on X]",
      // "demanded that [X] end …": the target comes from the complement.
      if (e.targets.empty()) {
        for (const Hit& child : hits) {
          if (child.view.clause == nullptr) continue;
          const Clause& cc = *child.view.clause;
          if (Abs(first, cc.parent) != h.view.index) continue;
          if (cc.link != ClauseLink::kInfinitive && cc.link != ClauseLink::kThat) continue;
          std::string root = h.code.substr(0, 2);
          if (cc.link == ClauseLink::kThat && (root == "10" || root == "02")) {
            e.targets = ActorsIn(cc.subject, cc.sentence);
            role = "complement.subject";
          }
          if (e.targets.empty()) {
            Hit full;
            const Hit* ch = &child;
            if (child.view.partial) {
              full.view = MakeView(first, first + hits.size(), child.view.index);
              ch = &full;
            }
            e.targets = Targets(*ch, &role);
            role = "complement." + role;
          }
          if (!Strong(e.targets)) e.targets.clear();
          if (!e.targets.empty()) break;
        }
      }
    }
  }
  // A clause the parser left bare (no object, preposition or complement,
  // as in "demanded that [X] end …" when the that-clause was missed): the
  // first actor after the trigger, before any punctuation, is the target.
  if (e.targets.empty() && !p.no_target && !h.by_speaker && c.objects.empty() && c.preps.empty() &&
      h.view.inf_children.empty() && h.view.that_children.empty() && !h.view.partial) {
    e.targets = TrailingActor(c, h.view.trigger_tok);
    if (!e.targets.empty()) role = "after-trigger";
  }
  // An actor is not its own target ("X and Y agreed with each other").
  std::erase_if(e.targets, [&](const ActorMention& t) {
    for (const ActorMention& s : e.sources) {
      if (s.code == t.code || (t.begin >= s.begin && t.end <= s.end)) return true;
    }
    return false;
  });
  if (e.targets.empty()) role = "none";
  if (e.sources.empty() && e.targets.empty()) return;
  ContextCountry(c.sentence, &e.sources);
  ContextCountry(c.sentence, &e.targets);
  e.cameo = h.code;
  if (const CameoFacts* f = cameo_.Find(h.code)) {
    e.plover = f->plover;
    e.mode = f->mode;
    e.context = f->context;
    e.quad = f->quad;
    e.goldstein = f->goldstein;
  }
  e.negated = c.negated;
  e.modality = h.modality;
  uint32_t tb = h.view.trigger_tok;
  e.trigger = doc_.tokens[tb].text;
  if (!c.particle.empty() && h.view.pos == 'v') e.trigger += " " + c.particle;
  e.trigger_span = doc_.tokens[tb].span;
  // Attribution: this clause's speaker, or the nearest governing clause's.
  int ci = h.view.index;
  for (int d = 0; d < kMaxDepth && ci >= 0; ++d) {
    const Clause& k = doc_.clauses[ci];
    const Phrase* speaker = !k.speaker.empty() ? &k.speaker : nullptr;
    int kp = Abs(first, k.parent);
    if (!speaker && k.link == ClauseLink::kThat && kp >= 0 &&
        In(say_, doc_.clauses[kp].lemma)) {
      speaker = &doc_.clauses[kp].subject;
    }
    if (speaker && !speaker->empty()) {
      e.attribution.text = PhraseText(*speaker);
      std::vector<ActorMention> a = ActorsIn(*speaker, k.sentence);
      if (!a.empty()) e.attribution.actor = a[0].code;
      e.attribution.anonymous = IsAnonymous(doc_, *speaker, lex_);
      break;
    }
    if (kp == ci) break;
    ci = kp;
  }
  e.why = fmt::format("{}:{} `{}`{} | trigger={} ({}) source={} target={}", p.file, p.line,
                      p.text, h.fold_note, doc_.tokens[tb].text,
                      h.view.pos == 'n' ? "noun" : "verb",
                      h.by_speaker ? "speaker" : h.view.passive ? "agent" : "subject", role);
  events_->push_back(std::move(e));
}

}  // namespace

void AssembleEvents(const Lexicon& lexicon, const CameoTable& cameo, AnalyzedDocument* doc) {
  Assembler(lexicon, cameo, doc).Run();
}

}  // namespace entente
