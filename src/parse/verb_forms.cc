// Verb forms the tagger commonly gets wrong, re-read from the units around
// them before clauses are built.
#include "parse/lexicon.h"
#include "parse/sentence_parse.h"
#include "parse/unit_nav.h"

namespace entente::parse {

// The tagger often confuses past tense and participle ("Protesters
// set/VBN up barricades") and present and base form ("Floods kill/VB
// dozens"). A bare participle with a subject and a direct object, a
// particle or a that-clause is a past tense; a bare base form right after a
// clause-initial subject is a present tense.
void RepairVerbForms(const SentenceView& s, Scratch* sc) {
  const auto& u = sc->units;
  const auto& tk = sc->tok;
  bool final_punct = s.n > 0 && tk[s.n - 1].cls == Cls::kEnd;
  for (size_t i = 0; i < u.size(); ++i) {
    if (u[i].kind != Kind::kVG) continue;
    VerbGroup& vg = sc->vgs[u[i].vg];
    if (vg.to_inf || vg.naux > 0) continue;
    int p = SkipAdvBack(u, static_cast<int>(i) - 1);
    if (p >= 1 && u[p].kind == Kind::kComma && u[p - 1].kind == Kind::kNP &&
        sc->nps[u[p - 1].np].has_appos) {
      --p;  // "Lloyd Austin, the US defence secretary, arrived"
    }
    bool subj = p >= 0 && u[p].kind == Kind::kNP && ClauseInitial(u, p);
    // "Refugees fleeing the fighting crossed/VBN into Chad": the phrase
    // before is the object of a participle that modifies the real subject.
    if (!subj && p >= 1 && u[p].kind == Kind::kNP) {
      int q = SkipAdvBack(u, p - 1);
      int r = q >= 1 ? SkipAdvBack(u, q - 1) : -1;
      if (r >= 0 && u[q].kind == Kind::kVG && sc->vgs[u[q].vg].participle &&
          u[r].kind == Kind::kNP && ClauseInitial(u, r)) {
        subj = true;
      }
    }
    bool after_cc = p >= 0 && u[p].kind == Kind::kCc;
    const TokInfo& m = tk[vg.main];
    if (m.cls == Cls::kVbn && vg.participle && (subj || after_cc)) {
      size_t k = SkipAdv(u, i + 1);
      bool object = k < u.size() && u[k].kind == Kind::kNP && !FiniteVgAt(*sc, k + 1) &&
                    !TimePhrase(*sc, u[k].np);
      bool that = k < u.size() && u[k].kind == Kind::kSub && tk[u[k].pb].lower == "that";
      bool repair = object || that || vg.particle >= 0;
      if (!repair && subj && final_punct && !EndsWith(m.lower, "en") && !EndsWith(m.lower, "wn") &&
          !EndsWith(m.lower, "ne")) {
        bool later_finite = false;
        for (size_t q = i + 1; q < u.size(); ++q) {
          if (u[q].kind == Kind::kVG && sc->vgs[u[q].vg].finite) later_finite = true;
        }
        repair = !later_finite;
      }
      if (repair) {
        vg.participle = false;
        vg.finite = true;
        vg.tense = Tense::kPast;
        vg.voice = Voice::kActive;
      }
    }
    if (m.cls == Cls::kVbd && subj) {
      // "Aid sent/VBD by the UN reached the city": a reduced passive relative.
      size_t k = SkipAdv(u, i + 1);
      bool by = k < u.size() && u[k].kind == Kind::kPP && tk[u[k].pb].lower == "by";
      bool later_finite = false;
      for (size_t q = k; q < u.size() && by; ++q) {
        if (u[q].kind == Kind::kVG && sc->vgs[u[q].vg].finite) later_finite = true;
        if (u[q].kind == Kind::kNP && q + 1 < u.size() && u[q + 1].kind == Kind::kVG) break;
      }
      if (by && later_finite) {
        vg.participle = true;
        vg.finite = false;
        vg.tense = Tense::kNone;
        vg.voice = Voice::kPassive;
      }
    }
    if (m.cls == Cls::kVb && subj && !vg.finite) {
      vg.finite = true;
      vg.tense = Tense::kPresent;
    }
  }
}

}  // namespace entente::parse
