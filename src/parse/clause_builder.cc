// Clauses from the dependency tree: one per predicate (a verb, or the
// copula of "is ready"), linked to the clause that governs it by its
// relation (ccomp: that-complement, xcomp: infinitive with control, advcl:
// adverbial, acl:relcl / acl: relative, conj: coordination), with subject,
// objects, obliques with their preposition and passive agent read off its
// dependents. Subjects missing from an infinitive, adverbial or conjunct are
// inherited from the governing clause (or its object: object control,
// "accused X of V-ing").
#include <algorithm>

#include "parse/clause_tree.h"

namespace entente::parse {

int32_t Scratch::ChildWith(int32_t t, Rel r) const {
  for (const int32_t* c = ChildBegin(t); c != ChildEnd(t); ++c) {
    if (rel[static_cast<size_t>(*c)] == r) return *c;
  }
  return -1;
}

namespace {

bool Nominal(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM";
}

// "is going to send", "has to pay": the verb whose xcomp is the real
// predicate (-1 if `t` is not such a verb).
int32_t CatenativeComplement(const Scratch& sc, int32_t t) {
  std::string_view lemma = sc.Lemma(t), tag = sc.Tag(t);
  bool going = lemma == "go" && tag == "VBG" && sc.ChildWith(t, Rel::kAux) >= 0;
  bool have_to = lemma == "have" && tag != "VBN" && tag != "VBG" && sc.ChildWith(t, Rel::kObj) < 0;
  if (!going && !have_to) return -1;
  int32_t x = sc.ChildWith(t, Rel::kXcomp);
  if (x < 0 || static_cast<uint32_t>(t) + 2 > sc.n || sc.T(t + 1).text != "to" || sc.Tag(x).substr(0, 2) != "VB") {
    return -1;
  }
  return x == t + 2 || (x > t + 2 && sc.Upos(t + 2) == "ADV") ? x : -1;
}

// Is token `t` the head of a clause of its own?
bool IsPredicate(const Scratch& sc, int32_t t) {
  switch (sc.rel[static_cast<size_t>(t)]) {
    case Rel::kAux: case Rel::kAuxPass: case Rel::kCop: case Rel::kCase: case Rel::kMark: case Rel::kDet:
    case Rel::kCc: case Rel::kPunct: case Rel::kFixed: case Rel::kFlat: case Rel::kCompound:
    case Rel::kCompoundPrt: case Rel::kAmod: case Rel::kNummod: case Rel::kExpl:
      return false;
    default:
      break;
  }
  if (CatenativeComplement(sc, t) >= 0) return false;  // its complement is the clause
  std::string_view upos = sc.Upos(t);
  Rel r = sc.rel[static_cast<size_t>(t)];
  bool argument = r == Rel::kNsubj || r == Rel::kNsubjPass || r == Rel::kObj || r == Rel::kIobj;
  // "Beijing/VBG warned", "fighting broke out": a verb-tagged word with no
  // dependents of its own in an argument's place is a noun.
  if (upos == "VERB" && argument && sc.ChildBegin(t) == sc.ChildEnd(t)) return false;
  if (upos == "VERB") return true;
  if (sc.ChildWith(t, Rel::kCop) >= 0) return true;
  if (upos == "AUX" && sc.rel[static_cast<size_t>(t)] == Rel::kRoot) return true;
  return false;
}

// The nearest clause above token `t` in the tree, -1 if none.
int32_t ClauseAbove(const Scratch& sc, int32_t t) {
  for (int32_t h = sc.head[static_cast<size_t>(t)], steps = 0; h >= 0 && steps < static_cast<int32_t>(sc.n);
       h = sc.head[static_cast<size_t>(h)], ++steps) {
    if (sc.clause_of[static_cast<size_t>(h)] >= 0) return sc.clause_of[static_cast<size_t>(h)];
  }
  return -1;
}

// The lower-case word of the first `r` child of `t` ("that", "after").
std::string_view MarkerOf(const Scratch& sc, int32_t t, Rel r) {
  int32_t m = sc.ChildWith(t, r);
  return m < 0 ? std::string_view() : sc.Lemma(m);
}

class Linker {
 public:
  explicit Linker(Scratch* sc) : sc_(*sc) {}

  // Infinitive or gerund complement of `gov`: modality, negation and tense
  // from the governing word (a verb, or the adjective of "is likely to").
  void Govern(WorkClause& c, int32_t gov) {
    const WorkClause& g = sc_.clauses[static_cast<size_t>(gov)];
    c.link = ClauseLink::kInfinitive;
    c.parent = gov;
    int32_t word = g.core;
    std::string_view lemma = sc_.Lemma(word);
    bool adjective = g.verb != g.core;
    if (sc_.Has(word, kNegMatrix | kNegAdj)) {
      c.negated = !c.negated;
      c.modality = {};
    } else if (sc_.Has(word, kAspectual) && !adjective) {
      if (c.modality.empty()) c.modality = g.modality;
      c.tense = g.tense;
    } else if (sc_.Has(word, adjective ? kModalAdj : kModalMatrix | kModalAdj)) {
      c.modality = lemma;
    } else if (lemma == "be" && g.naux == 0) {
      c.modality = "plan";  // "the president is to visit Kyiv": scheduled
    } else {
      c.modality = c.to_marker ? "to" : lemma;  // purpose: "sent troops to protect"
    }
    if (g.negated && !sc_.Has(word, kNegMatrix)) c.negated = !c.negated;
    if (c.to_marker) c.marker = "to";
    // Object control: "urged Beijing to show restraint", "called on both
    // sides to respect the truce".
    if (sc_.Has(g.core, kObjControl)) {
      int32_t obj = sc_.ChildWith(g.core, Rel::kObj);
      if (obj < 0) obj = sc_.ChildWith(g.core, Rel::kIobj);
      if (obj >= 0 && c.subject < 0 && obj < c.core) c.subject = obj;
    }
    int32_t obl = sc_.ChildWith(g.core, Rel::kObl);
    if (lemma == "call" && obl >= 0 && obl < c.core && PrepOf(sc_, obl) == "on" && c.subject < 0) {
      c.subject = obl;
      c.modality = "call";
    }
  }

  void Link(int32_t ci) {
    LinkByRelation(ci);
    StrayRelative(sc_.clauses[static_cast<size_t>(ci)], ci);
  }

  void LinkByRelation(int32_t ci) {
    WorkClause& c = sc_.clauses[static_cast<size_t>(ci)];
    Rel r = sc_.rel[static_cast<size_t>(c.top)];
    int32_t h = sc_.head[static_cast<size_t>(c.top)];
    int32_t above = ClauseAbove(sc_, c.top);
    if (h < 0 || above < 0) {
      c.link = ClauseLink::kMain;
      return;
    }
    c.parent = above;
    switch (r) {
      case Rel::kCcomp:
      case Rel::kCsubj:
        c.link = ClauseLink::kThat;
        c.marker = MarkerOf(sc_, c.core, Rel::kMark);
        return;
      case Rel::kXcomp:
        Govern(c, above);
        return;
      case Rel::kAclRelcl:
        c.link = ClauseLink::kRelative;
        c.antecedent = h;
        for (int32_t t = h + 1; t < c.core; ++t) {  // who, which, whose, where
          if (sc_.Has(t, kRelPronoun)) { c.marker_tok = t; break; }
        }
        if (c.marker_tok < 0) MisreadPredicate(c, h);
        if (c.marker_tok >= 0 && (sc_.rel[static_cast<size_t>(c.marker_tok)] == Rel::kMark || TellThat(c, h))) {
          // "told reporters that talks had stalled": "that" as a
          // complementizer opens a complement, not a relative clause.
          c.link = ClauseLink::kThat;
          c.antecedent = -1;
        }
        return;
      case Rel::kAcl:
        NounComplement(c, h);
        return;
      case Rel::kConj:
        c.link = ClauseLink::kCoordinated;
        c.marker = MarkerOf(sc_, c.top, Rel::kCc);
        return;
      case Rel::kParataxis:
        c.link = ClauseLink::kMain;
        c.parent = -1;
        c.para = above;
        return;
      case Rel::kObj:
        if (sc_.Upos(c.core) == "VERB" && !c.to_marker) {  // "denied attacking the convoy"
          Govern(c, above);
          return;
        }
        [[fallthrough]];
      default:
        Adverbial(c, above);
        return;
    }
  }

  // "told reporters that talks had stalled": "that" after the object of a
  // verb of saying, with a subject of its own, opens what was said.
  bool TellThat(const WorkClause& c, int32_t noun) const {
    int32_t v = sc_.head[static_cast<size_t>(noun)];
    Rel r = sc_.rel[static_cast<size_t>(noun)];
    bool object_of_say = v >= 0 && (r == Rel::kObj || r == Rel::kIobj) && sc_.Has(v, kSay);
    int32_t subj = sc_.ChildWith(c.core, Rel::kNsubj);
    if (subj < 0) subj = sc_.ChildWith(c.core, Rel::kNsubjPass);
    return object_of_say && sc_.Lemma(c.marker_tok) == "that" && subj >= 0 && subj != c.marker_tok;
  }

  // A clause whose subject is "who" or "which" that the parser did not
  // attach as a relative clause ("The talks, which began on Monday, …"):
  // a relative clause on the noun before the pronoun.
  void StrayRelative(WorkClause& c, int32_t ci) {
    if (c.link == ClauseLink::kRelative) return;
    int32_t subj = sc_.ChildWith(c.core, Rel::kNsubj);
    if (subj < 0) subj = sc_.ChildWith(c.core, Rel::kNsubjPass);
    int32_t p = RelativeWord(c, subj);
    if (p < 0) return;
    // "protesters, some of whom threw rocks": the phrase opens at "some".
    int32_t start = p;
    if (p >= 2 && sc_.Lemma(p - 1) == "of" && sc_.Has(p - 2, kPartitive)) start = p - 2;
    int32_t a = start - 1;
    while (a >= 0 && sc_.rel[static_cast<size_t>(a)] == Rel::kPunct) --a;
    if (a < 0 || (sc_.Upos(a) != "NOUN" && sc_.Upos(a) != "PROPN")) return;
    while (sc_.head[static_cast<size_t>(a)] > a &&
           (sc_.rel[static_cast<size_t>(a)] == Rel::kCompound || sc_.rel[static_cast<size_t>(a)] == Rel::kFlat)) {
      a = sc_.head[static_cast<size_t>(a)];
    }
    c.link = ClauseLink::kRelative;
    c.antecedent = a;
    c.marker = {};
    c.marker_tok = p;
    int32_t above = ClauseAbove(sc_, a);
    c.parent = above == ci ? -1 : above;
    // "most of whom were later released": no subject in the tree.
    if (subj < 0 || subj == start || subj == p) c.subject = a;
  }

  // The relative pronoun opening a clause the parser left unattached: its
  // subject ("which", "some of whom"), or a "whom" before the verb after a
  // quantifier and "of"; -1 if none.
  int32_t RelativeWord(const WorkClause& c, int32_t subj) const {
    if (subj >= 0 && sc_.Has(subj, kRelPronoun) && sc_.Lemma(subj) != "that") return subj;
    if (subj >= 0 && sc_.Has(subj, kPartitive)) {
      for (const int32_t* k = sc_.ChildBegin(subj); k != sc_.ChildEnd(subj); ++k) {
        if (sc_.Has(*k, kRelPronoun) && sc_.Lemma(*k) != "that") return *k;
      }
    }
    for (const int32_t* k = sc_.ChildBegin(c.core); k != sc_.ChildEnd(c.core) && *k < c.core; ++k) {
      bool partitive = *k >= 2 && sc_.Lemma(*k - 1) == "of" && sc_.Has(*k - 2, kPartitive);
      if (sc_.Has(*k, kRelPronoun) && sc_.Lemma(*k) != "that" && partitive) return *k;
    }
    return -1;
  }

  // A finite "relative clause" with neither relative pronoun nor subject
  // cannot be one: "Lloyd Austin, the US defence secretary, arrived" read
  // with "arrived" under the apposition. It is the predicate of the noun
  // (of the name the apposition explains).
  void MisreadPredicate(WorkClause& c, int32_t noun) {
    if (!c.finite || sc_.ChildWith(c.core, Rel::kNsubj) >= 0 || sc_.ChildWith(c.core, Rel::kNsubjPass) >= 0) return;
    if (sc_.rel[static_cast<size_t>(noun)] == Rel::kAppos) noun = sc_.head[static_cast<size_t>(noun)];
    c.link = ClauseLink::kMain;
    c.parent = -1;
    c.antecedent = -1;
    c.subject = noun;
  }

  // acl: "plans to attack" (infinitive), "the claim that …" (complement),
  // "troops stationed in Germany" (a reduced relative).
  void NounComplement(WorkClause& c, int32_t noun) {
    std::string_view mark = MarkerOf(sc_, c.core, Rel::kMark);
    if (c.to_marker) {
      c.link = ClauseLink::kInfinitive;
      c.marker = "to";
      c.modality = sc_.Has(noun, kModalMatrix) ? sc_.Lemma(noun) : std::string_view("to");
      int32_t det = sc_.ChildWith(noun, Rel::kDet);
      if (det >= 0 && sc_.Lemma(det) == "no") c.negated = !c.negated;
      return;
    }
    if (mark == "that" || mark == "whether") {
      c.link = ClauseLink::kThat;
      c.marker = mark;
      return;
    }
    c.link = ClauseLink::kRelative;
    c.antecedent = noun;
    if (c.subject < 0) c.subject = noun;
  }

  void Adverbial(WorkClause& c, int32_t above) {
    c.marker = MarkerOf(sc_, c.core, Rel::kMark);
    if (c.marker.empty()) c.marker = MarkerOf(sc_, c.core, Rel::kCase);
    if (c.marker.empty() && sc_.ChildBegin(c.core) != sc_.ChildEnd(c.core)) {
      int32_t first = *sc_.ChildBegin(c.core);  // "when protesters stormed", "once a deal is signed"
      if (sc_.rel[static_cast<size_t>(first)] == Rel::kAdvmod && first < c.core &&
          (sc_.Tag(first) == "WRB" || sc_.Lemma(first) == "once")) {
        c.marker = sc_.Lemma(first);
      }
    }
    if (c.to_marker && c.marker == "to") {  // "moved to Paris to study law"
      c.link = ClauseLink::kInfinitive;
      c.modality = "to";
      return;
    }
    c.link = ClauseLink::kAdverbial;
    if (c.marker == "if" || c.marker == "unless") c.modality = "if";
    if (c.marker == "without") c.negated = !c.negated;
    const WorkClause& g = sc_.clauses[static_cast<size_t>(above)];
    if (c.marker == "from" && sc_.Has(g.core, kPreventLike)) c.negated = !c.negated;
  }

 private:
  Scratch& sc_;
};

void AddPrep(WorkClause& c, int32_t obj, int32_t case_tok, bool lift = false) {
  if (c.nprep < kMaxPreps) c.preps[c.nprep++] = PrepRef{obj, case_tok, lift};
}

void AddObject(WorkClause& c, int32_t obj, bool lift) {
  if (c.nobj >= kMaxObjects) return;
  c.lift[c.nobj] = lift;
  c.objects[c.nobj++] = obj;
}

// The antecedent when `t` is a relative pronoun or a partitive over one
// ("some of whom"); -1 otherwise. Sets the clause's marker.
int32_t RelativeGap(const Scratch& sc, WorkClause& c, int32_t t) {
  if (c.antecedent < 0) return -1;
  if (sc.Has(t, kRelPronoun) && t < c.core) {
    c.marker_tok = t;
    return c.antecedent;
  }
  if (sc.Has(t, kPartitive)) {
    for (const int32_t* k = sc.ChildBegin(t); k != sc.ChildEnd(t); ++k) {
      if (sc.rel[static_cast<size_t>(*k)] == Rel::kNmod && sc.Has(*k, kRelPronoun)) {
        c.marker_tok = *k;
        return c.antecedent;
      }
    }
  }
  return -1;
}

// A subject that is a time noun ("Kenyan police Friday arrested"): the
// noun phrases the parser hung before it, if any, are the subject.
void TimeSubject(Scratch& sc, WorkClause& c, int32_t t) {
  int32_t b = -1, e = -1, last = -1;
  for (const int32_t* k = sc.ChildBegin(t); k != sc.ChildEnd(t) && *k < t; ++k) {
    std::string_view upos = sc.Upos(*k);
    if (upos != "PROPN" && upos != "NOUN" && upos != "PRON") continue;
    int32_t kb, ke;
    PhraseRange(&sc, *k, &kb, &ke);
    if (b < 0) b = kb;
    e = ke;
    last = *k;
  }
  if (last < 0) return;
  c.subject = last;
  c.subj_b = b;
  c.subj_e = e;
}

// "the official news agency WFNA said", read with "agency" as a bare
// oblique: the phrase right before a bare subject is part of it.
void NameBeforeSubject(Scratch& sc, WorkClause& c, int32_t k) {
  if (c.subject != k || sc.ChildWith(k, Rel::kDet) >= 0) return;
  for (const int32_t* o = sc.ChildBegin(c.core); o != sc.ChildEnd(c.core); ++o) {
    Rel r = sc.rel[static_cast<size_t>(*o)];
    if ((r != Rel::kObl && r != Rel::kOblTmod) || sc.ChildWith(*o, Rel::kCase) >= 0 || sc.Has(*o, kTime)) continue;
    int32_t ob, oe, kb, ke;
    PhraseRange(&sc, *o, &ob, &oe);
    PhraseRange(&sc, k, &kb, &ke);
    if (oe != kb) continue;
    c.subj_b = ob;
    c.subj_e = ke;
  }
}

// "Gryffindor's head Minerva McGonagall left", read as two subjects side
// by side: one phrase, headed by the name.
void JoinSubjects(Scratch& sc, WorkClause& c, int32_t k) {
  if (sc.Has(k, kTime) || c.subject == c.antecedent) return;
  int32_t sb, se, kb, ke;
  PhraseRange(&sc, c.subject, &sb, &se);
  if (c.subj_b >= 0) { sb = c.subj_b; se = c.subj_e; }
  PhraseRange(&sc, k, &kb, &ke);
  if (kb != se) return;
  c.subj_b = sb;
  c.subj_e = ke;
  c.subject = k;
}

void ReadArgument(Scratch& sc, WorkClause& c, int32_t k) {
  size_t ki = static_cast<size_t>(k);
  switch (sc.rel[ki]) {
    case Rel::kNsubj:
    case Rel::kNsubjPass: {
      if (c.subject >= 0 && !c.subject_inherited) {
        JoinSubjects(sc, c, k);
        return;
      }
      int32_t a = RelativeGap(sc, c, k);
      c.subject_inherited = false;
      c.subj_b = c.subj_e = -1;
      if (a >= 0) c.subject = a;
      else if (sc.Has(k, kTime) && sc.Upos(k) != "PRON") { c.subject = -1; TimeSubject(sc, c, k); }
      else c.subject = k;
      if (a < 0) NameBeforeSubject(sc, c, k);
      return;
    }
    case Rel::kObj:
    case Rel::kIobj: {
      int32_t a = RelativeGap(sc, c, k);
      if (a >= 0) AddObject(c, a, false);
      else if (!sc.Has(k, kTime)) AddObject(c, k, true);
      return;
    }
    case Rel::kXcomp:
      if (Nominal(sc.Upos(k)) && sc.clause_of[ki] < 0) AddObject(c, k, true);  // "called it an experiment"
      return;
    case Rel::kOblAgent:
      if (c.agent < 0) c.agent = k;
      return;
    case Rel::kObl: {
      int32_t cs = sc.ChildWith(k, Rel::kCase);
      if (cs < 0 || cs > k || RelativeGap(sc, c, k) >= 0) return;  // "next week"; "in which"
      std::string prep = PrepOf(sc, k);
      if (prep == "according to") return;  // reported speech
      if (prep == "by" && c.voice == Voice::kPassive && c.agent < 0) c.agent = k;
      else AddPrep(c, k, cs, true);
      return;
    }
    default:
      return;
  }
}

void LiftFrom(const Scratch& sc, WorkClause& c, int32_t noun, bool time_only) {
  if (noun < 0) return;
  for (const int32_t* k = sc.ChildBegin(noun); k != sc.ChildEnd(noun); ++k) {
    if (Liftable(sc, noun, *k, time_only)) AddPrep(c, *k, sc.ChildWith(*k, Rel::kCase));
  }
}

void Arguments(Scratch& sc, WorkClause& c) {
  for (const int32_t* k = sc.ChildBegin(c.core); k != sc.ChildEnd(c.core); ++k) ReadArgument(sc, c, *k);
  if (c.top != c.core) {
    for (const int32_t* k = sc.ChildBegin(c.top); k != sc.ChildEnd(c.top); ++k) ReadArgument(sc, c, *k);
  }
  // "X is a threat": the nominal predicate; "X is in Gaza": a place.
  if (c.verb != c.core && Nominal(sc.Upos(c.core))) {
    int32_t cs = sc.ChildWith(c.core, Rel::kCase);
    if (cs >= 0 && cs < c.core) AddPrep(c, c.core, cs);
    else AddObject(c, c.core, true);
  }
  // "stormed parliament in Baghdad": the place is the clause's.
  for (int i = 0; i < c.nobj; ++i) {
    if (c.lift[i]) LiftFrom(sc, c, c.objects[i], false);
  }
  for (int i = 0, n = c.nprep; i < n; ++i) {
    if (c.preps[i].lift) LiftFrom(sc, c, c.preps[i].obj, false);
  }
  LiftFrom(sc, c, c.agent, false);
  if (!c.subject_inherited && c.subj_b < 0 && c.subject != c.antecedent) LiftFrom(sc, c, c.subject, true);
  std::sort(c.preps, c.preps + c.nprep, [](const PrepRef& a, const PrepRef& b) { return a.obj < b.obj; });
  // Object gap of a relative clause: "the law (that) parliament passed".
  bool participle = c.naux == 0 && (sc.Tag(c.core) == "VBN" || sc.Tag(c.core) == "VBG");
  if (c.link == ClauseLink::kRelative && c.antecedent >= 0 && c.subject != c.antecedent && c.nobj == 0 &&
      c.nprep == 0 && c.voice == Voice::kActive && !participle && c.verb == c.core) {
    std::string_view m = c.marker_tok >= 0 ? sc.Lemma(c.marker_tok) : std::string_view();
    if (m != "where" && m != "when") AddObject(c, c.antecedent, false);
  }
}

// A headline's "Trump to withdraw troops": a future main clause.
void Headline(WorkClause& c) {
  if (c.link == ClauseLink::kMain && c.to_marker && c.naux == 0 && c.subject >= 0) {
    c.tense = Tense::kFuture;
    c.marker = "to";
  }
}

// A conjunct without auxiliaries or subject of its own shares its first
// verb's: "will visit Japan and meet the emperor"; and an object after it:
// "condemned and rejected the plan".
void ShareWithConjunct(Scratch& sc, WorkClause& c) {
  if (c.link != ClauseLink::kCoordinated || c.parent < 0) return;
  const WorkClause& p = sc.clauses[static_cast<size_t>(c.parent)];
  if (sc.rel[static_cast<size_t>(c.top)] != Rel::kConj) return;
  if (c.naux == 0 && !c.finite && c.subject < 0) {
    c.tense = p.tense;
    if (c.modality.empty()) c.modality = p.modality;
    c.negated = c.negated || p.negated;
    if (sc.Tag(c.core) == "VBN") {
      c.perfect = p.perfect;
      c.voice = p.voice;
    }
  }
  if (c.nobj == 0 && p.nobj > 0 && p.objects[0] > c.core && c.voice == Voice::kActive) {
    AddObject(c, p.objects[0], p.lift[0]);
  }
  // "condemned and rejected the resolution" with the object on the second
  // verb: the first shares it.
  WorkClause& left = sc.clauses[static_cast<size_t>(c.parent)];
  bool adjacent = c.core == left.core + 2 && sc.rel[static_cast<size_t>(c.core - 1)] == Rel::kCc;
  if (adjacent && left.nobj == 0 && c.nobj > 0 && c.objects[0] > c.core && left.voice == Voice::kActive) {
    AddObject(left, c.objects[0], c.lift[0]);
  }
}

// Subject from the governing clause: its object after "accused X of",
// "prevented X from"; else its subject.
void InheritSubject(Scratch& sc, WorkClause& c) {
  if (c.subject >= 0 || c.parent < 0) return;
  if (c.link != ClauseLink::kInfinitive && c.link != ClauseLink::kAdverbial && c.link != ClauseLink::kCoordinated) {
    return;
  }
  const WorkClause& p = sc.clauses[static_cast<size_t>(c.parent)];
  bool accuse = sc.Has(p.core, kAccuseLike) &&
                (c.marker == "of" || c.marker == "for" || c.marker == "with" || c.marker == "against");
  bool prevent = sc.Has(p.core, kPreventLike) && c.marker == "from";
  if (c.link == ClauseLink::kAdverbial && (accuse || prevent) && p.nobj > 0) {
    c.subject = p.objects[0];
  } else {
    c.subject = p.subject;
    c.subj_b = p.subj_b;
    c.subj_e = p.subj_e;
  }
  c.subject_inherited = true;
}

}  // namespace

void BuildClauses(Scratch* sc) {
  auto& cl = sc->clauses;
  cl.clear();
  sc->clause_of.assign(sc->n, -1);
  for (int32_t t = 0; t < static_cast<int32_t>(sc->n); ++t) {
    if (!IsPredicate(*sc, t)) continue;
    WorkClause c;
    c.core = t;
    c.top = t;
    int32_t h = sc->head[static_cast<size_t>(t)];
    if (h >= 0 && sc->rel[static_cast<size_t>(t)] == Rel::kXcomp && CatenativeComplement(*sc, h) == t) c.top = h;
    int32_t cop = sc->ChildWith(t, Rel::kCop);
    // "are extended", "is to visit": a verb with a copula has it as an
    // auxiliary (verb_group.cc).
    c.verb = cop >= 0 && sc->Upos(t) != "VERB" && sc->Tag(t) != "VBN" ? cop : t;
    sc->clause_of[static_cast<size_t>(c.top)] = static_cast<int32_t>(cl.size());
    sc->clause_of[static_cast<size_t>(c.core)] = static_cast<int32_t>(cl.size());
    cl.push_back(c);
  }
  // Governing clauses first: a clause's modality, negation and inherited
  // subject read its parent's. Depth in the clause tree orders them.
  auto& order = sc->order;
  order.clear();
  for (size_t i = 0; i < cl.size(); ++i) {
    AnalyzeVerbGroup(sc, &cl[i]);
    int depth = 0;
    for (int32_t p = ClauseAbove(*sc, cl[i].top); p >= 0 && depth < 64; p = ClauseAbove(*sc, cl[static_cast<size_t>(p)].top)) ++depth;
    order.push_back(depth * 65536 + static_cast<int32_t>(i));
  }
  std::sort(order.begin(), order.end());
  Linker linker(sc);
  for (int32_t key : order) {
    WorkClause& c = cl[static_cast<size_t>(key & 0xffff)];
    linker.Link(key & 0xffff);
    Arguments(*sc, c);
    Headline(c);
    ShareWithConjunct(*sc, c);
    InheritSubject(*sc, c);
  }
}

}  // namespace entente::parse
