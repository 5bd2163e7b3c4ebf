// Verb groups: auxiliaries, main verb, particle; tense, voice, aspect,
// negation and modal auxiliary. "will not be withdrawn" → main "withdrawn",
// aux will/be, future, passive, negated.
#include "parse/lexicon.h"
#include "parse/sentence_parse.h"

namespace entente::parse {

namespace {

// Can `next` follow `aux` inside one verb group?
bool Chains(const TokInfo& aux, const TokInfo& next) {
  Cls n = next.cls;
  if (aux.cls == Cls::kMd) return n == Cls::kVb;
  if (aux.lemma == "be") return n == Cls::kVbn || n == Cls::kVbg;
  if (aux.lemma == "have") return n == Cls::kVbn;
  if (aux.lemma == "do") return n == Cls::kVb;
  if (aux.lemma == "get") return n == Cls::kVbn;
  return false;
}

}  // namespace

void AnalyzeVerbGroup(const SentenceView& s, const Scratch& sc, VerbGroup* vg) {
  const auto& tk = sc.tok;
  const uint16_t n = s.n;
  uint16_t i = vg->b;
  // "not to withdraw", "never to return"
  if ((tk[i].flags & kNegation) && i + 1 < n && tk[i + 1].cls == Cls::kTo) {
    vg->negated = true;
    ++i;
  }
  if (tk[i].cls == Cls::kTo) {
    vg->to_inf = true;
    ++i;
    while (i < n && (tk[i].cls == Cls::kAdv || (tk[i].flags & kNegation)) && i + 1 < n) {
      if (tk[i].flags & kNegation) vg->negated = true;
      ++i;
    }
  }
  // An adverb of negation right before the group: "never withdrew".
  for (int j = static_cast<int>(vg->b) - 1, hops = 0; j >= 0 && hops < 2; --j, ++hops) {
    if (tk[j].flags & kNegation) { vg->negated = true; break; }
    if (tk[j].lower == "longer" && j > 0 && tk[j - 1].lower == "no") { vg->negated = true; break; }
    if (tk[j].cls != Cls::kAdv) break;
  }
  uint16_t verbs[8];
  int nv = 0;
  bool going_to = false, have_to = false;
  while (i < n && nv < 8 && IsVerb(tk[i].cls)) {
    verbs[nv++] = i;
    uint16_t last = i;
    ++i;
    uint16_t k = i;
    while (k < n && k < i + 3 && (tk[k].cls == Cls::kAdv || (tk[k].flags & kNegation))) ++k;
    if (k < n && IsVerb(tk[k].cls) && Chains(tk[last], tk[k])) {
      for (uint16_t j = i; j < k; ++j) {
        if (tk[j].flags & kNegation) vg->negated = true;
      }
      i = k;
      continue;
    }
    // "is going to visit": future.
    if (tk[last].cls == Cls::kVbg && tk[last].lemma == "go" && nv >= 2 &&
        tk[verbs[nv - 2]].lemma == "be" && k + 1 < n && tk[k].cls == Cls::kTo &&
        tk[k + 1].cls == Cls::kVb) {
      going_to = true;
      i = k + 1;
      continue;
    }
    // "has to withdraw", "had to", "have to": obligation.
    if (tk[last].lemma == "have" && tk[last].cls != Cls::kVbn && tk[last].cls != Cls::kVbg &&
        k + 1 < n && k == i && tk[k].cls == Cls::kTo && tk[k + 1].cls == Cls::kVb) {
      have_to = true;
      i = k + 1;
      continue;
    }
    break;
  }
  vg->e = i;
  if (nv == 0) {  // defensive: "to" with nothing after
    vg->main = vg->b;
    vg->e = static_cast<uint16_t>(vg->b + 1);
    return;
  }
  vg->main = verbs[nv - 1];
  vg->naux = 0;
  for (int k = 0; k + 1 < nv && vg->naux < 6; ++k) vg->aux[vg->naux++] = verbs[k];
  const TokInfo& first = tk[verbs[0]];
  const TokInfo& main = tk[vg->main];
  // Tense from the first verb of the group.
  switch (first.cls) {
    case Cls::kMd:
      if ((first.flags & kFuture) || first.lemma == "will" || first.lemma == "shall") {
        vg->tense = Tense::kFuture;
      } else {
        vg->modal = first.lemma;
        if (vg->modal == "'d") vg->modal = "would";
        if (vg->modal == "ca") vg->modal = "can";
        if (vg->modal == "wo") { vg->modal = ""; vg->tense = Tense::kFuture; }
        else vg->tense = (vg->modal == "would" || vg->modal == "could") ? Tense::kPast
                                                                        : Tense::kPresent;
      }
      vg->finite = true;
      break;
    case Cls::kVbd: vg->tense = Tense::kPast; vg->finite = true; break;
    case Cls::kVbz: case Cls::kVbp: vg->tense = Tense::kPresent; vg->finite = true; break;
    default: break;
  }
  if (going_to) vg->tense = Tense::kFuture;
  if (have_to) vg->modal = "must";
  for (int k = 0; k + 1 < nv; ++k) {
    const TokInfo& a = tk[verbs[k]];
    const TokInfo& b = tk[verbs[k + 1]];
    if (a.lemma == "have" && b.cls == Cls::kVbn) vg->perfect = true;
    if (a.lemma == "be" && b.cls == Cls::kVbg && !(b.lemma == "go" && going_to)) vg->progressive = true;
  }
  if (main.cls == Cls::kVbn) {
    const TokInfo* before = nv >= 2 ? &tk[verbs[nv - 2]] : nullptr;
    if (before && (before->lemma == "be" || before->lemma == "get")) vg->voice = Voice::kPassive;
    if (!before && !vg->to_inf) {
      vg->participle = true;
      vg->voice = Voice::kPassive;
    }
  }
  if (main.cls == Cls::kVbg && nv == 1 && !vg->to_inf) vg->participle = true;
  // Particle right after the main verb: "pull out", "step up", "called off".
  if (i < n && vg->main + 1 == i) {
    const TokInfo& p = tk[i];
    bool next_blocks = i + 1 < n && (tk[i + 1].cls == Cls::kNum || tk[i + 1].cls == Cls::kTo);
    if (p.cls == Cls::kRp ||
        ((p.flags & kParticle) && (p.cls == Cls::kAdv || p.cls == Cls::kPrep) && !next_blocks)) {
      vg->particle = static_cast<int16_t>(i);
      vg->e = static_cast<uint16_t>(i + 1);
    }
  }
}

}  // namespace entente::parse
