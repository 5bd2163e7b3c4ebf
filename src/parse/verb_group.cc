// Verb groups from the tree: the auxiliaries of a clause are the aux,
// aux:pass (and for "is going to", "has to" the catenative verb) children
// of its predicate. Tense comes from the first verb of the group, voice from
// aux:pass / nsubj:pass (or a bare past participle), aspect from have + past
// participle and be + -ing, negation from not / n't / never.
#include <algorithm>

#include "parse/clause_tree.h"

namespace entente::parse {

namespace {

// Sorts a handful of token indices. An insertion sort: the group has at most
// kMaxAux + 1 words, and std::sort's unrolled prefix trips gcc 12's
// -Warray-bounds on such short fixed arrays in sanitizer builds.
void SortSmall(int32_t* a, int n) {
  for (int i = 1; i < n; ++i) {
    for (int j = i; j > 0 && a[j - 1] > a[j]; --j) std::swap(a[j - 1], a[j]);
  }
}

void AddAux(WorkClause* c, int32_t t) {
  if (c->naux < kMaxAux) c->aux[c->naux++] = t;
}

// Auxiliaries, negation and particle among the children of `t`.
void ReadChildren(const Scratch& sc, int32_t t, WorkClause* c) {
  for (const int32_t* k = sc.ChildBegin(t); k != sc.ChildEnd(t); ++k) {
    switch (sc.rel[static_cast<size_t>(*k)]) {
      case Rel::kAux:
      case Rel::kAuxPass:
        AddAux(c, *k);
        if (sc.rel[static_cast<size_t>(*k)] == Rel::kAuxPass) c->voice = Voice::kPassive;
        break;
      case Rel::kNsubjPass:
        c->voice = Voice::kPassive;
        break;
      case Rel::kAdvmod:
        if (sc.Has(*k, kNegation)) c->negated = true;
        if (*k == t + 1 && sc.Tag(*k) == "RP" && c->particle < 0) c->particle = *k;  // "lay down"
        break;
      case Rel::kCop:
        if (c->verb == t) {  // "the sanctions are extended/VBN", "is to visit"
          AddAux(c, *k);
          if (sc.Tag(t) == "VBN") c->voice = Voice::kPassive;
          else if (c->to_marker || sc.ChildWith(t, Rel::kMark) >= 0) c->modality = "plan";
        }
        break;
      case Rel::kCompoundPrt:
        if (c->particle < 0) c->particle = *k;
        break;
      case Rel::kMark:
        if (sc.T(*k).text == "to" || sc.T(*k).text == "To") c->to_marker = true;
        break;
      default:
        break;
    }
  }
}

// The tense, and the modal, of the group's first verb.
void TenseOf(const Scratch& sc, int32_t first, WorkClause* c) {
  std::string_view tag = sc.Tag(first);
  if (tag == "MD") {
    c->finite = true;
    std::string_view m = sc.Lemma(first);
    if (m.empty()) m = sc.T(first).text;
    if (sc.Has(first, kFuture) || m == "will" || m == "shall") {
      c->tense = Tense::kFuture;
      return;
    }
    if (m == "'d") m = "would";
    if (m == "ca") m = "can";
    c->modality = m;
    c->tense = (m == "would" || m == "could") ? Tense::kPast : Tense::kPresent;
  } else if (tag == "VBD") {
    c->tense = Tense::kPast;
    c->finite = true;
  } else if (tag == "VBZ" || tag == "VBP") {
    c->tense = Tense::kPresent;
    c->finite = true;
  }
}

}  // namespace

void AnalyzeVerbGroup(Scratch* sc, WorkClause* c) {
  ReadChildren(*sc, c->core, c);
  if (c->top != c->core) {
    // "is going to send", "has to pay": the catenative verb is an auxiliary.
    ReadChildren(*sc, c->top, c);
    AddAux(c, c->top);
    if (sc->Lemma(c->top) == "have") c->modality = "must";
  }
  SortSmall(c->aux, c->naux);
  // The group in order: auxiliaries, then the verb (or copula).
  int32_t group[kMaxAux + 1];
  int n = 0;
  for (int i = 0; i < c->naux; ++i) group[n++] = c->aux[i];
  group[n++] = c->verb;
  SortSmall(group, n);
  std::string_view saved_modality = c->modality;
  c->modality = {};
  TenseOf(*sc, group[0], c);
  if (!saved_modality.empty()) c->modality = saved_modality;
  if (c->top != c->core && sc->Lemma(c->top) == "go") c->tense = Tense::kFuture;
  for (int i = 0; i + 1 < n; ++i) {
    std::string_view a = sc->Lemma(group[i]);
    std::string_view next = sc->Tag(group[i + 1]);
    if (a == "have" && next == "VBN") c->perfect = true;
    if (a == "be" && next == "VBG" && !(group[i + 1] == c->top && c->top != c->core)) c->progressive = true;
  }
  // A bare past participle ("troops stationed in Germany", "Troops
  // withdrawn from border town") is passive; a conjunct shares its first
  // verb's group instead (clause_builder.cc).
  bool bare = c->naux == 0 && c->verb == c->core && sc->Tag(c->core) == "VBN";
  if (bare && sc->ChildWith(c->core, Rel::kNsubj) >= 0) {
    // "The talks collapsed/VBN": a past participle with an active subject
    // and no auxiliary is the tagger's VBD/VBN confusion.
    c->tense = Tense::kPast;
    c->finite = true;
  } else if (bare && sc->rel[static_cast<size_t>(c->top)] != Rel::kConj) {
    c->voice = Voice::kPassive;
  }
}

}  // namespace entente::parse
