// Nominalised events: "the withdrawal of about 12,000 troops from Germany",
// "Russia's invasion of Ukraine", "talks between X and Y". An event noun
// with at least one argument becomes a kNominal clause: possessor or
// prenominal name → subject, "of" → object, "by" → agent, other
// prepositions → PPs.
#include "parse/lexicon.h"
#include "parse/sentence_parse.h"

namespace entente::parse {

namespace {

bool SpanHas(const Scratch& sc, int16_t np, uint16_t tok, uint32_t* size) {
  if (np < 0) return false;
  const NounPhrase& p = sc.nps[np];
  if (p.b <= tok && tok < p.e) {
    *size = p.e - p.b;
    return true;
  }
  return false;
}

// The clause (verbal or nominal) with the smallest argument containing `tok`.
int Owner(const Scratch& sc, uint16_t tok, int except) {
  int best = -1;
  uint32_t best_size = 0xffffffff;
  for (size_t i = 0; i < sc.clauses.size(); ++i) {
    if (static_cast<int>(i) == except) continue;
    const WorkClause& c = sc.clauses[i];
    uint32_t sz = 0;
    auto consider = [&](int16_t np) {
      if (SpanHas(sc, np, tok, &sz) && sz < best_size) {
        best = static_cast<int>(i);
        best_size = sz;
      }
    };
    consider(c.subject);
    consider(c.agent);
    for (uint16_t k = 0; k < c.obj_count; ++k) consider(sc.objs[c.obj_first + k]);
    for (uint16_t k = 0; k < c.pp_count; ++k) consider(sc.pps[c.pp_first + k].np);
  }
  return best;
}

}  // namespace

void AddNominalClauses(const SentenceView& s, Scratch* sc) {
  const auto& tk = sc->tok;
  const size_t base_np = sc->nps.size();
  int16_t last_head = -1;
  for (size_t i = 0; i < base_np && sc->clauses.size() < static_cast<size_t>(kMaxClausesPerSentence); ++i) {
    NounPhrase np = sc->nps[i];  // copy: push_back below may reallocate
    const TokInfo& h = tk[np.head];
    if (!(h.flags & kEventNoun) || h.cls != Cls::kNoun) continue;
    if (np.head == last_head) continue;  // a coordination keeps a copy of its first member
    // Possessor ("Russia's"), or a proper name / nationality before the head.
    int16_t subj = -1;
    if (np.poss_end > np.b) {
      uint16_t pe = np.poss_end;
      NounPhrase p;
      p.b = np.b;
      p.e = pe;
      p.head = static_cast<uint16_t>(pe - 1);
      p.poss_end = p.b;
      if (tk[np.b].cls == Cls::kPossPron) {  // "its withdrawal"
        p.head = np.b;
        p.e = static_cast<uint16_t>(np.b + 1);
      }
      subj = static_cast<int16_t>(sc->nps.size());
      sc->nps.push_back(p);
    } else {
      int pb = -1, pe = -1;
      for (uint16_t t = np.b; t < np.head; ++t) {
        bool name = tk[t].cls == Cls::kProper ||
                    (tk[t].cls == Cls::kAdj && !s.T(t).text.empty() && s.T(t).text[0] >= 'A' &&
                     s.T(t).text[0] <= 'Z');
        if (name) {
          if (pb < 0) pb = t;
          pe = t + 1;
        } else if (pb >= 0) {
          break;
        }
      }
      if (pb >= 0) {
        NounPhrase p;
        p.b = static_cast<uint16_t>(pb);
        p.e = static_cast<uint16_t>(pe);
        p.head = static_cast<uint16_t>(pe - 1);
        p.poss_end = p.b;
        subj = static_cast<int16_t>(sc->nps.size());
        sc->nps.push_back(p);
      }
    }
    if (subj < 0 && np.pp_count == 0) continue;
    last_head = static_cast<int16_t>(np.head);
    WorkClause c;
    c.link = ClauseLink::kNominal;
    c.verb = np.head;
    c.subject = subj;
    c.obj_first = static_cast<uint16_t>(sc->objs.size());
    c.pp_first = static_cast<uint16_t>(sc->pps.size());
    for (uint16_t k = 0; k < np.pp_count; ++k) {
      const PrepRef& p = sc->inner_pps[np.pp_first + k];
      bool one = p.pe == p.pb + 1;
      if (one && tk[p.pb].lower == "of" && c.obj_count == 0) {
        sc->objs.push_back(p.np);
        ++c.obj_count;
      } else if (one && tk[p.pb].lower == "by" && c.agent < 0) {
        c.agent = p.np;
      } else {
        sc->pps.push_back(p);
        ++c.pp_count;
      }
    }
    int self = static_cast<int>(sc->clauses.size());
    sc->clauses.push_back(c);
    int owner = Owner(*sc, np.head, self);
    WorkClause& w = sc->clauses[self];
    w.parent = static_cast<int16_t>(owner);
    if (owner >= 0) {
      w.speaker = sc->clauses[owner].speaker;
    } else {
      for (const Unit& x : sc->units) {
        if (x.kind == Kind::kAccording && x.np >= 0) { w.speaker = x.np; break; }
      }
    }
  }
}

}  // namespace entente::parse
