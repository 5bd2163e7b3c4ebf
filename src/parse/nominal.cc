// Nominalised events: "the withdrawal of about 12,000 troops from
// Germany", "Russia's invasion of Ukraine", "talks between X and Y". An
// event noun with at least one argument in the tree becomes a kNominal
// clause: possessor or a name before it → subject, "of" → object, "by" →
// agent, other prepositions → preps.
#include "parse/clause_tree.h"

namespace entente::parse {

namespace {

// "Russia's invasion", "its withdrawal", "the Russian buildup", "EU
// sanctions": the possessor, else the last name modifying the noun.
int32_t NominalSubject(const Scratch& sc, int32_t noun) {
  int32_t name = -1;
  for (const int32_t* k = sc.ChildBegin(noun); k != sc.ChildEnd(noun); ++k) {
    Rel r = sc.rel[static_cast<size_t>(*k)];
    if (*k > noun) break;
    if (r == Rel::kNmodPoss && !sc.Has(*k, kRelPronoun)) return *k;
    bool capital = !sc.T(*k).text.empty() && sc.T(*k).text[0] >= 'A' && sc.T(*k).text[0] <= 'Z';
    if ((r == Rel::kCompound && sc.Upos(*k) == "PROPN") || (r == Rel::kAmod && capital)) name = *k;
  }
  return name;
}

}  // namespace

void AddNominalClauses(Scratch* sc) {
  auto& cl = sc->clauses;
  for (int32_t t = 0; t < static_cast<int32_t>(sc->n); ++t) {
    if (!sc->Has(t, kEventNoun) || sc->Upos(t) != "NOUN" || sc->clause_of[static_cast<size_t>(t)] >= 0) continue;
    WorkClause c;
    c.link = ClauseLink::kNominal;
    c.top = c.core = c.verb = t;
    c.subject = NominalSubject(*sc, t);
    for (const int32_t* k = sc->ChildBegin(t); k != sc->ChildEnd(t); ++k) {
      int32_t cs = sc->ChildWith(*k, Rel::kCase);
      if (sc->rel[static_cast<size_t>(*k)] != Rel::kNmod || cs < 0 || cs > *k) continue;
      std::string_view prep = sc->Lemma(cs);
      if (prep == "of" && c.nobj == 0) {
        c.lift[0] = false;
        c.objects[c.nobj++] = *k;
      } else if (prep == "by" && c.agent < 0) {
        c.agent = *k;
      } else if (c.nprep < kMaxPreps) {
        c.preps[c.nprep++] = PrepRef{*k, cs};
      }
    }
    if (c.subject < 0 && c.nobj == 0 && c.nprep == 0 && c.agent < 0) continue;
    // The clause whose phrase holds the noun.
    for (int32_t h = sc->head[static_cast<size_t>(t)], steps = 0; h >= 0 && steps < static_cast<int32_t>(sc->n);
         h = sc->head[static_cast<size_t>(h)], ++steps) {
      if (sc->clause_of[static_cast<size_t>(h)] >= 0) {
        c.parent = sc->clause_of[static_cast<size_t>(h)];
        break;
      }
    }
    cl.push_back(c);
  }
}

}  // namespace entente::parse
