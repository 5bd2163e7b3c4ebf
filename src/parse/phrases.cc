// Noun phrases from the tree. A phrase is its head and the head's
// phrase-internal dependents (determiners, modifiers, compounds, names,
// possessors, nmod complements with their prepositions, nominal
// conjuncts), recursively — not relative or participial clauses,
// appositions, or punctuation at its edges. Ranges are computed once per
// token and cached in the scratch.
#include "parse/clause_tree.h"

#include <algorithm>

namespace entente::parse {

namespace {

// Is a dependent with relation `r` part of its head's noun phrase?
bool Internal(Rel r) {
  switch (r) {
    case Rel::kDet: case Rel::kAmod: case Rel::kNummod: case Rel::kCompound: case Rel::kFlat:
    case Rel::kFixed: case Rel::kNmod: case Rel::kNmodPoss: case Rel::kNmodTmod: case Rel::kNmodNpmod:
    case Rel::kCase: case Rel::kAdvmod: case Rel::kConj: case Rel::kCc:
      return true;
    default:
      return false;
  }
}

// Dependents that never count: punctuation (inner commas stay inside the
// range anyway), relative pronouns ("whose ministry"), verbal conjuncts.
// "Gryffindor's head Minerva McGonagall": an apposition with no
// punctuation before it is part of the name.
bool TightAppos(const Scratch& sc, int32_t c) {
  int32_t h = sc.head[static_cast<size_t>(c)];
  if (h < 0 || c < h || c - h > 6) return false;
  for (int32_t t = h + 1; t < c; ++t) {
    if (sc.rel[static_cast<size_t>(t)] == Rel::kPunct) return false;
  }
  return true;
}

bool Counts(const Scratch& sc, int32_t c) {
  Rel r = sc.rel[static_cast<size_t>(c)];
  if (r == Rel::kAppos) return TightAppos(sc, c);
  if (!Internal(r)) return false;
  if (r == Rel::kNmodPoss && sc.Has(c, kRelPronoun)) return false;
  if (r == Rel::kConj && sc.Upos(c) == "VERB") return false;
  // "Senator Collins Thursday criticised", "On Tuesday Russia said", "the
  // cabinet next week": a time noun in a name or after a noun is not part
  // of it ("Tuesday evening" is).
  bool time_mod = r == Rel::kFlat || r == Rel::kCompound || r == Rel::kNmodNpmod || r == Rel::kNmodTmod;
  if (time_mod && sc.Has(c, kTime) && !sc.Has(sc.head[static_cast<size_t>(c)], kTime)) return false;
  return true;
}

void Extend(int32_t b, int32_t e, int32_t* lo, int32_t* hi) {
  *lo = std::min(*lo, b);
  *hi = std::max(*hi, e);
}

}  // namespace

void PhraseRange(Scratch* sc, int32_t t, int32_t* b, int32_t* e) {
  // Post-order over the subtree with an explicit stack; every token's
  // range is computed once per sentence.
  auto& st = sc->stack;
  st.clear();
  st.push_back(t);
  while (!st.empty()) {
    int32_t x = st.back();
    size_t xi = static_cast<size_t>(x);
    if (sc->range_b[xi] >= 0) { st.pop_back(); continue; }
    bool ready = true;
    for (const int32_t* c = sc->ChildBegin(x); c != sc->ChildEnd(x); ++c) {
      if (Counts(*sc, *c) && sc->range_b[static_cast<size_t>(*c)] < 0) {
        st.push_back(*c);
        ready = false;
      }
    }
    if (!ready) continue;
    int32_t lo = x, hi = x + 1;
    for (const int32_t* c = sc->ChildBegin(x); c != sc->ChildEnd(x); ++c) {
      if (Counts(*sc, *c)) Extend(sc->range_b[static_cast<size_t>(*c)], sc->range_e[static_cast<size_t>(*c)], &lo, &hi);
    }
    sc->range_b[xi] = lo;
    sc->range_e[xi] = hi;
    st.pop_back();
  }
  *b = sc->range_b[static_cast<size_t>(t)];
  *e = sc->range_e[static_cast<size_t>(t)];
}

bool Liftable(const Scratch& sc, int32_t noun, int32_t nmod, bool time_only) {
  if (sc.rel[static_cast<size_t>(nmod)] != Rel::kNmod || nmod < noun) return false;
  int32_t cs = sc.ChildWith(nmod, Rel::kCase);
  if (cs < 0 || cs > nmod) return false;
  // "Jordan's king on Tuesday urged calm": a date is the clause's.
  if (sc.Has(nmod, kTime)) return true;
  if (time_only || sc.Has(noun, kEventNoun)) return false;
  // "of" complements stay ("the leaders of Germany"), and so does the
  // origin or body of a person ("officials from France", "a spokesman for
  // the UN"); other phrases are the clause's
  // ("stormed parliament in Baghdad", "handed the documents to X").
  std::string_view prep = sc.Lemma(cs);
  if (prep == "of" || prep == "according" || sc.T(cs).text == "'s") return false;
  if (sc.Has(noun, kPersonNoun) && (prep == "from" || prep == "for")) return false;
  return true;
}

std::string PrepOf(const Scratch& sc, int32_t t) {
  std::string out;
  for (const int32_t* c = sc.ChildBegin(t); c != sc.ChildEnd(t); ++c) {
    if (sc.rel[static_cast<size_t>(*c)] != Rel::kCase || *c > t || sc.T(*c).text == "'s") continue;
    if (!out.empty()) out += ' ';
    out += sc.T(*c).text;
    for (const int32_t* f = sc.ChildBegin(*c); f != sc.ChildEnd(*c); ++f) {
      if (sc.rel[static_cast<size_t>(*f)] == Rel::kFixed) out += " " + sc.T(*f).text;
    }
  }
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

namespace {

enum Mode : uint8_t { kWhole, kConjunct, kLifted, kLiftedTime };

// The phrase headed by `t`: the head's own case markers are the clause's
// preposition, not part of the phrase; a conjunct leaves out its
// coordinator and the other conjuncts.
Phrase Build(Scratch* sc, int32_t t, Mode mode, int depth) {
  int32_t lo = t, hi = t + 1;
  // A prepositional object starts after its preposition ("back by March").
  int32_t own_case = sc->ChildWith(t, Rel::kCase);
  int32_t name_end = t;  // "Jens Stoltenberg": the last name word is the head
  for (const int32_t* c = sc->ChildBegin(t); c != sc->ChildEnd(t); ++c) {
    Rel r = sc->rel[static_cast<size_t>(*c)];
    if (!Counts(*sc, *c) || r == Rel::kCase || (own_case >= 0 && own_case < t && *c < own_case)) continue;
    if (mode == kConjunct && (r == Rel::kConj || r == Rel::kCc)) continue;
    if ((mode == kLifted || mode == kLiftedTime) && Liftable(*sc, t, *c, mode == kLiftedTime)) continue;
    int32_t b, e;
    PhraseRange(sc, *c, &b, &e);
    Extend(b, e, &lo, &hi);
    if (r == Rel::kFlat && *c > name_end) name_end = *c;
  }
  Phrase p;
  p.begin = sc->first + static_cast<uint32_t>(lo);
  p.end = sc->first + static_cast<uint32_t>(hi);
  p.head = sc->first + static_cast<uint32_t>(name_end);
  if (depth >= 2) return p;
  bool coordinated = false;
  if (mode != kConjunct) {
    for (const int32_t* c = sc->ChildBegin(t); c != sc->ChildEnd(t); ++c) {
      if (sc->rel[static_cast<size_t>(*c)] == Rel::kConj && Counts(*sc, *c)) coordinated = true;
    }
  }
  if (coordinated) {
    p.conjuncts.push_back(Build(sc, t, kConjunct, depth + 1));
    for (const int32_t* c = sc->ChildBegin(t); c != sc->ChildEnd(t); ++c) {
      if (sc->rel[static_cast<size_t>(*c)] == Rel::kConj && Counts(*sc, *c)) {
        p.conjuncts.push_back(Build(sc, *c, kConjunct, depth + 1));
      }
    }
    return p;
  }
  for (const int32_t* c = sc->ChildBegin(t); c != sc->ChildEnd(t); ++c) {
    if (sc->rel[static_cast<size_t>(*c)] == Rel::kAppos && !Counts(*sc, *c)) {
      p.appositions.push_back(Build(sc, *c, kWhole, depth + 1));
    }
  }
  return p;
}

}  // namespace

Phrase MakePhrase(Scratch* sc, int32_t t, Lift lift) {
  if (t < 0) return Phrase();
  return Build(sc, t, lift == Lift::kAll ? kLifted : lift == Lift::kTime ? kLiftedTime : kWhole, 0);
}

}  // namespace entente::parse
