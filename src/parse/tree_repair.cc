// Repairs of the parser's common errors, made on the scratch's copy of the
// tree before the clauses are read from it. Each repair looks for a shape
// no well-formed English tree has (two subjects of one verb with a
// coordinator between them, a noun with an object, a by-phrase of an
// adverb) and rebuilds the reading the sentence's words allow.
#include "parse/clause_tree.h"

namespace entente::parse {

namespace {

bool Nominal(std::string_view upos) { return upos == "NOUN" || upos == "PROPN" || upos == "PRON"; }

bool Subject(Rel r) { return r == Rel::kNsubj || r == Rel::kNsubjPass; }

void Attach(Scratch* sc, int32_t t, int32_t head, Rel rel) {
  sc->head[static_cast<size_t>(t)] = head;
  sc->rel[static_cast<size_t>(t)] = rel;
}

// Coordinators and commas among `v`'s children in (lo, hi) go to `t`:
// "…, and Tanzania" once "Tanzania" is a conjunct.
void MoveSeparators(Scratch* sc, int32_t v, int32_t lo, int32_t hi, int32_t t) {
  for (const int32_t* k = sc->ChildBegin(v); k != sc->ChildEnd(v); ++k) {
    Rel r = sc->rel[static_cast<size_t>(*k)];
    if (*k > lo && *k < hi && (r == Rel::kCc || r == Rel::kPunct)) Attach(sc, *k, t, r);
  }
}

bool SeparatorBetween(const Scratch& sc, int32_t v, int32_t lo, int32_t hi) {
  for (const int32_t* k = sc.ChildBegin(v); k != sc.ChildEnd(v); ++k) {
    Rel r = sc.rel[static_cast<size_t>(*k)];
    if (*k > lo && *k < hi && (r == Rel::kCc || r == Rel::kPunct)) return true;
  }
  return false;
}

// "The unions and the angry young farmers rejected", read as three
// subjects of "rejected" with the coordinator hung on the verb: the
// subjects between separators are one phrase (headed by its last noun),
// and the phrases are conjuncts of the first.
bool SplitSubjects(Scratch* sc, int32_t v) {
  int32_t subj[kMaxObjects * 2];
  int ns = 0;
  bool cc = false;
  for (const int32_t* k = sc->ChildBegin(v); k != sc->ChildEnd(v) && *k < v; ++k) {
    Rel r = sc->rel[static_cast<size_t>(*k)];
    if (Subject(r) && !sc->Has(*k, kTime) && ns < kMaxObjects * 2) subj[ns++] = *k;
    if (r == Rel::kCc && ns > 0) cc = true;
  }
  if (ns < 2 || !cc || sc->rel[static_cast<size_t>(subj[ns - 1])] != sc->rel[static_cast<size_t>(subj[0])]) return false;
  if (!SeparatorBetween(*sc, v, subj[0], subj[ns - 1])) return false;
  // Groups of adjacent subjects; each group's last noun heads it.
  int32_t first_group = -1, group_begin = 0;
  for (int i = 0; i < ns; ++i) {
    bool last_of_group = i + 1 == ns || SeparatorBetween(*sc, v, subj[i], subj[i + 1]);
    if (!last_of_group) continue;
    int32_t g = subj[i];
    for (int j = group_begin; j < i; ++j) Attach(sc, subj[j], g, Rel::kCompound);
    if (first_group < 0) {
      first_group = g;
    } else {
      MoveSeparators(sc, v, subj[group_begin - 1], subj[group_begin], g);
      Attach(sc, g, first_group, Rel::kConj);
    }
    group_begin = i + 1;
  }
  return true;
}

// "Kenya and the angry young farmers rejected", read with "the angry" as
// the last conjunct of the first subject and "farmers" as a second subject
// right after it: the second subject heads that conjunct.
bool ConjunctSplitFromSubject(Scratch* sc, int32_t v) {
  int32_t prev = -1;
  for (const int32_t* k = sc->ChildBegin(v); k != sc->ChildEnd(v) && *k < v; ++k) {
    if (!Subject(sc->rel[static_cast<size_t>(*k)]) || sc->Has(*k, kTime)) continue;
    if (prev < 0) { prev = *k; continue; }
    int32_t pb, pe, kb, ke, last = -1;
    PhraseRange(sc, prev, &pb, &pe);
    PhraseRange(sc, *k, &kb, &ke);
    for (const int32_t* c = sc->ChildBegin(prev); c != sc->ChildEnd(prev); ++c) {
      if (sc->rel[static_cast<size_t>(*c)] == Rel::kConj && Nominal(sc->Upos(*c))) last = *c;
    }
    int32_t cb = -1, ce = -1;
    if (last >= 0) PhraseRange(sc, last, &cb, &ce);
    if (pe != kb || last < 0 || ce != pe) { prev = *k; continue; }
    for (const int32_t* c = sc->ChildBegin(last); c != sc->ChildEnd(last) && *c < last; ++c) {
      Rel r = sc->rel[static_cast<size_t>(*c)];
      if (r == Rel::kCc || r == Rel::kPunct) Attach(sc, *c, *k, r);
    }
    Attach(sc, *k, prev, Rel::kConj);
    Attach(sc, last, *k, Rel::kCompound);
    return true;
  }
  return false;
}

// "Kenya, Uganda and Tanzania signed the treaty, the ministry said" and
// "Kenya withdrawn/VBN from the talks, an official said", read with the
// predicate as a conjunct or participle of a noun the parser made the
// subject of the attribution, which has a subject of its own after it: the
// predicate heads the sentence, the noun is its subject, the attribution
// stands beside it.
bool PredicateUnderSubject(Scratch* sc, int32_t v) {
  Rel vr = sc->rel[static_cast<size_t>(v)];
  std::string_view tag = sc->Tag(v);
  if ((vr != Rel::kConj && vr != Rel::kAcl) || sc->Upos(v) != "VERB") return false;
  if (tag != "VBD" && tag != "VBN" && tag != "VBZ" && tag != "VBP") return false;
  int32_t noun = sc->head[static_cast<size_t>(v)];
  if (noun < 0 || !Subject(sc->rel[static_cast<size_t>(noun)]) || !Nominal(sc->Upos(noun))) return false;
  int32_t w = sc->head[static_cast<size_t>(noun)];
  if (w < 0 || w < v) return false;
  int32_t later = -1;
  for (const int32_t* k = sc->ChildBegin(w); k != sc->ChildEnd(w); ++k) {
    if (Subject(sc->rel[static_cast<size_t>(*k)]) && *k > v && *k < w) later = *k;
  }
  if (later < 0) return false;
  int32_t own = -1;  // the predicate's own subject: the last conjunct
  for (const int32_t* k = sc->ChildBegin(v); k != sc->ChildEnd(v) && *k < v; ++k) {
    if (Subject(sc->rel[static_cast<size_t>(*k)]) && *k > noun) own = *k;
  }
  if (vr == Rel::kAcl && own >= 0) return false;
  if (own >= 0) {
    MoveSeparators(sc, v, noun, own, own);
    Attach(sc, own, noun, Rel::kConj);
  }
  Attach(sc, v, sc->head[static_cast<size_t>(w)], sc->rel[static_cast<size_t>(w)]);
  Attach(sc, w, v, Rel::kParataxis);
  Attach(sc, noun, v, Rel::kNsubj);
  return true;
}

// "Kenyan police detained/VBN protesters in Nairobi", read as a noun with
// the past tense as a participle modifying its object: a sentence headed by a
// noun with no verb of its own, a VBD/VBN right after the noun's phrase
// modifying the noun after it. The participle is the verb, the noun its
// subject, the modified noun its object.
bool VerblessSentence(Scratch* sc, int32_t root) {
  if (sc->head[static_cast<size_t>(root)] >= 0 || !Nominal(sc->Upos(root)) || sc->ChildWith(root, Rel::kCop) >= 0) {
    return false;
  }
  int32_t verb = -1, object = -1;
  for (const int32_t* k = sc->ChildBegin(root); k != sc->ChildEnd(root); ++k) {
    std::string_view u = sc->Upos(*k);
    if (u == "VERB" || u == "AUX") return false;
    if (*k < root || !Nominal(u)) continue;
    for (const int32_t* a = sc->ChildBegin(*k); a != sc->ChildEnd(*k) && *a < *k; ++a) {
      std::string_view tag = sc->Tag(*a);
      if (sc->rel[static_cast<size_t>(*a)] == Rel::kAmod && (tag == "VBD" || tag == "VBN") && verb < 0) {
        verb = *a;
        object = *k;
      }
    }
  }
  if (verb < 0) return false;
  int32_t b, e;
  PhraseRange(sc, root, &b, &e);
  if (e != verb) return false;
  for (const int32_t* k = sc->ChildBegin(root); k != sc->ChildEnd(root); ++k) {
    if (*k > verb) Attach(sc, *k, verb, sc->rel[static_cast<size_t>(*k)]);
  }
  Attach(sc, verb, -1, Rel::kRoot);
  Attach(sc, root, verb, Rel::kNsubj);
  Attach(sc, object, verb, Rel::kObj);
  return true;
}

// "said on Monday that the talks would resume", read with the
// that-clause as a modifier of the date: a clause with its own subject and
// "that" hung under a noun by a noun's relation is the complement of the
// noun's verb.
bool ComplementUnderNoun(Scratch* sc, int32_t v) {
  Rel r = sc->rel[static_cast<size_t>(v)];
  bool nominal_rel = r == Rel::kNmod || r == Rel::kObl || r == Rel::kNmodTmod || r == Rel::kOblTmod;
  if (!nominal_rel || sc->Upos(v) != "VERB") return false;
  int32_t mark = sc->ChildWith(v, Rel::kMark);
  if (mark < 0 || sc->Lemma(mark) != "that" || sc->ChildWith(v, Rel::kNsubj) < 0) return false;
  int32_t noun = sc->head[static_cast<size_t>(v)];
  if (noun < 0 || noun > v || !Nominal(sc->Upos(noun))) return false;
  int32_t verb = sc->head[static_cast<size_t>(noun)];
  if (verb < 0 || sc->Upos(verb) != "VERB") return false;
  Attach(sc, v, verb, Rel::kCcomp);
  return true;
}

// "was rejected later by the council", read with the by-phrase under the
// adverb: it is the verb's.
bool AgentUnderAdverb(Scratch* sc, int32_t t) {
  if (sc->rel[static_cast<size_t>(t)] != Rel::kObl || PrepOf(*sc, t) != "by") return false;
  int32_t adv = sc->head[static_cast<size_t>(t)];
  if (adv < 0 || sc->rel[static_cast<size_t>(adv)] != Rel::kAdvmod || sc->Upos(adv) != "ADV") return false;
  int32_t verb = sc->head[static_cast<size_t>(adv)];
  if (verb < 0 || sc->Upos(verb) != "VERB") return false;
  Attach(sc, t, verb, Rel::kObl);
  return true;
}

}  // namespace

void RepairTree(Scratch* sc) {
  // A repair changes the children it reads: the index is rebuilt after
  // each, and a sentence gets at most kMaxRepairs, so the step stays linear
  // in its length on any input.
  constexpr int kMaxRepairs = 16;
  int repairs = 0;
  int32_t n = static_cast<int32_t>(sc->n);
  auto done = [&](bool changed) {
    if (changed) { IndexChildren(sc); ++repairs; }
    return repairs >= kMaxRepairs;
  };
  for (int32_t t = 0; t < n; ++t) {
    if (done(VerblessSentence(sc, t) || AgentUnderAdverb(sc, t) || ComplementUnderNoun(sc, t))) return;
  }
  for (int32_t t = 0; t < n; ++t) {
    if (done(PredicateUnderSubject(sc, t))) return;
  }
  for (int32_t t = 0; t < n; ++t) {
    if (done(SplitSubjects(sc, t) || ConjunctSplitFromSubject(sc, t))) return;
  }
}

}  // namespace entente::parse
