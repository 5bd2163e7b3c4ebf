// unit_nav.h — small read-only helpers over a sentence's unit sequence,
// shared by the clause builder and the verb-form repair.
#pragma once

#include <string_view>
#include <vector>

#include "parse/lexicon.h"
#include "parse/sentence_parse.h"

namespace entente::parse {

// The nearest unit at or before j that is not an adverb; -1 if none.
inline int SkipAdvBack(const std::vector<Unit>& u, int j) {
  while (j >= 0 && u[j].kind == Kind::kAdv) --j;
  return j;
}
// The nearest unit at or after j that is not an adverb; u.size() if none.
inline size_t SkipAdv(const std::vector<Unit>& u, size_t j) {
  while (j < u.size() && u[j].kind == Kind::kAdv) ++j;
  return j;
}
// Is there a finite verb group (a clause with its own subject) at unit k?
inline bool FiniteVgAt(const Scratch& sc, size_t k) {
  k = SkipAdv(sc.units, k);
  return k < sc.units.size() && sc.units[k].kind == Kind::kVG && sc.vgs[sc.units[k].vg].finite;
}
// Does the noun phrase at unit np_unit open a clause?
inline bool ClauseInitial(const std::vector<Unit>& u, int np_unit) {
  int q = SkipAdvBack(u, np_unit - 1);
  if (q < 0) return true;
  Kind k = u[q].kind;
  return k == Kind::kComma || k == Kind::kSub || k == Kind::kCc || k == Kind::kQuote ||
         k == Kind::kColon || k == Kind::kRel;
}
// "next week", "Tuesday evening", "Aug 12": a time adverbial, not an argument.
inline bool TimePhrase(const Scratch& sc, int16_t np) {
  const NounPhrase& p = sc.nps[np];
  const auto& tk = sc.tok;
  if (tk[p.b].cls == Cls::kProper && (tk[p.b].flags & kTime) && p.e <= p.b + 3) return true;
  if (!(tk[p.head].flags & kTime)) return false;
  return (tk[p.b].flags & kTimeModifier) || p.e == p.b + 1 || (tk[p.b].flags & kTime);
}
inline bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// Re-reads verb forms the tagger commonly confuses (verb_forms.cc); runs on
// the units before clauses are built.
void RepairVerbForms(const SentenceView& s, Scratch* sc);

}  // namespace entente::parse
