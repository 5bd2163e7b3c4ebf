#include "events/ordered_act.h"

#include <string_view>
#include <vector>

#include "events/false_alarm_features.h"

namespace entente {

namespace {

std::string LemmaOf(const Token& t) { return t.lemma.empty() ? t.text : t.lemma; }


// Is the constraint met by one of noun n's prepositional modifiers (of one
// of its words, when it names a word set)? A noun the lexicon knows only
// with a preposition ("strike/n of|against|over") is no deed without it.
bool PrepositionMet(const SentenceGraph& g, uint32_t n, const Constraint& c, const Lexicon& lexicon) {
  if (c.absent) return true;
  for (uint32_t k : g.children(n)) {
    std::string_view rel = BaseRelation(g.tok(k).deprel);
    if (rel != "nmod" && rel != "obl" && rel != "acl") continue;
    std::string_view cs = g.CaseOf(k);
    bool prep = false;
    for (const std::string& p : c.preps) prep |= p == cs;
    if (!prep) continue;
    if (c.lemma_sets.empty()) return true;
    for (uint32_t set : c.lemma_sets) {
      if (lexicon.InSet(set, LemmaOf(g.tok(k)))) return true;
    }
  }
  return false;
}

// The first noun pattern of noun n's lemma whose constraints n meets; null
// if none. A noun pattern constraining anything but its prepositions (its
// owner) is not read here.
const Pattern* NounPattern(const SentenceGraph& g, uint32_t n, const Lexicon& lexicon) {
  const std::vector<Pattern>* pats = lexicon.Find(LemmaOf(g.tok(n)));
  if (!pats) return nullptr;
  for (const Pattern& p : *pats) {
    if (p.pos != 'n') continue;
    bool met = true;
    for (const Constraint& c : p.constraints) {
      met = met && (c.kind == RoleKind::kPrep ? PrepositionMet(g, n, c, lexicon) : c.absent);
    }
    if (met) return &p;
  }
  return nullptr;
}

}  // namespace

std::string OrderedActCode(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* wc) {
  const Token& verb = g.tok(t);
  if (verb.tag.rfind("VB", 0) != 0 || !lexicon.InList("directive", LemmaOf(verb))) return "";
  for (uint32_t c : g.children(t)) {
    if (g.tok(c).deprel != "obj" || g.tok(c).tag.rfind("NN", 0) != 0) continue;
    const Pattern* p = NounPattern(g, c, lexicon);
    if (p && NonPartyPatient(g, c, lexicon, wc) >= 0) return "";
    return p ? p->code : "";
  }
  return "";
}

}  // namespace entente
