// Clauses from the unit sequence: one clause per verb group, linked to its
// governor (infinitive, that-complement, relative, coordination, adverbial),
// with its subject, objects, prepositional phrases and by-agent. Look-around
// is bounded: a subject is the noun phrase right before the verb group, an
// argument is one of the few units right after it.
#include "parse/lexicon.h"
#include "parse/sentence_parse.h"
#include "parse/unit_nav.h"

namespace entente::parse {

namespace {

class Builder {
 public:
  Builder(const SentenceView& s, Scratch* sc)
      : s_(s), sc_(sc), u_(sc->units), tk_(sc->tok), unit_clause_(sc->unit_clause) {}

  void Run() {
    auto& cl = sc_->clauses;
    cl.clear();
    unit_clause_.assign(u_.size(), -1);
    for (size_t i = 0; i < u_.size(); ++i) {
      if (u_[i].kind != Kind::kVG || cl.size() >= static_cast<size_t>(kMaxClausesPerSentence)) continue;
      const VerbGroup& vg = sc_->vgs[u_[i].vg];
      WorkClause c;
      c.vg = u_[i].vg;
      c.unit = static_cast<uint16_t>(i);
      c.verb = vg.main;
      c.tense = vg.tense;
      c.negated = vg.negated;
      c.modality = vg.modal;
      unit_clause_[i] = static_cast<int16_t>(cl.size());
      cl.push_back(c);
    }
    has_finite_ = false;
    for (const WorkClause& c : cl) has_finite_ |= sc_->vgs[c.vg].finite;
    for (size_t ci = 0; ci < cl.size(); ++ci) Link(static_cast<int>(ci));
    for (size_t ci = 0; ci < cl.size(); ++ci) Arguments(static_cast<int>(ci));
    FrontedPps();
    SubjectsAcrossModifiers();
    ResolveParents();
    InheritSubjects();
  }

 private:
  const VerbGroup& Vg(const WorkClause& c) const { return sc_->vgs[c.vg]; }
  std::string_view Lemma(const WorkClause& c) const { return tk_[c.verb].lemma; }
  uint32_t Flags(const WorkClause& c) const { return tk_[c.verb].flags; }

  int SkipAdvBack(int j) const { return parse::SkipAdvBack(u_, j); }
  size_t SkipAdv(size_t j) const { return parse::SkipAdv(u_, j); }
  // The clause of the nearest verb group before unit `j`, skipping relative
  // and participial clauses when `skip_modifiers`.
  int ClauseBefore(int unit, bool skip_modifiers) const {
    for (int j = unit - 1; j >= 0; --j) {
      int c = unit_clause_[j];
      if (c < 0) continue;
      const WorkClause& w = sc_->clauses[c];
      if (skip_modifiers && (w.link == ClauseLink::kRelative || w.link == ClauseLink::kAdverbial)) continue;
      return c;
    }
    return -1;
  }
  bool FiniteVgAt(size_t k) const { return parse::FiniteVgAt(*sc_, k); }
  bool ClauseInitial(int np_unit) const { return parse::ClauseInitial(u_, np_unit); }
  bool TimePhrase(int16_t np) const { return parse::TimePhrase(*sc_, np); }

  // Is the noun phrase at unit k the subject of the clause right after it?
  bool IsSubjectOfNext(size_t k) const {
    size_t v = SkipAdv(k + 1);
    if (v >= u_.size() || unit_clause_[v] < 0) return false;
    return sc_->clauses[unit_clause_[v]].subject == u_[k].np;
  }

  // Does the clause end at unit k (end of sentence, comma, quote, PP)?
  bool EndsClause(size_t k) const {
    k = SkipAdv(k);
    if (k >= u_.size()) return true;
    Kind kd = u_[k].kind;
    return kd == Kind::kEnd || kd == Kind::kComma || kd == Kind::kQuote || kd == Kind::kPP ||
           kd == Kind::kColon;
  }

  // Infinitive / bare complement: modality, negation and control from the governor.
  void Govern(WorkClause& c, int gov, std::string_view adj_lemma, uint32_t adj_flags) {
    c.link = ClauseLink::kInfinitive;
    c.parent = static_cast<int16_t>(gov);
    c.inherit_subject = true;
    const WorkClause& g = sc_->clauses[gov];
    uint32_t f = adj_lemma.empty() ? Flags(g) : adj_flags;
    std::string_view lemma = adj_lemma.empty() ? Lemma(g) : adj_lemma;
    if (f & (kNegMatrix | kNegAdj)) {
      c.negated = !c.negated;
      c.modality = "";
    } else if (f & kAspectual) {
      c.modality = c.modality.empty() ? g.modality : c.modality;
      c.tense = g.tense;
    } else if (f & (kModalMatrix | kModalAdj)) {
      c.modality = lemma;
    } else if (adj_lemma.empty() && lemma == "be" && Vg(g).main == g.verb && Vg(g).naux == 0) {
      c.modality = "plan";  // "the president is to visit Kyiv": scheduled
    } else {
      c.modality = "to";  // purpose: "sent troops to protect …"
    }
    if (!adj_lemma.empty() && (adj_flags & kNegAdj)) c.modality = "";
    if (g.negated && !(f & kNegMatrix)) c.negated = !c.negated;
  }

  void Link(int ci) {
    WorkClause& c = sc_->clauses[ci];
    const VerbGroup& vg = Vg(c);
    int j = SkipAdvBack(static_cast<int>(c.unit) - 1);
    int16_t subj = -1;
    // "Jens Stoltenberg, NATO's secretary general, said": the closing comma
    // of an apposition.
    if (j >= 1 && u_[j].kind == Kind::kComma && u_[j - 1].kind == Kind::kNP &&
        sc_->nps[u_[j - 1].np].has_appos) {
      --j;
    }
    // "the World Food Program on Thursday distributed": a PP between a
    // clause-initial subject and a finite verb.
    if (j >= 1 && u_[j].kind == Kind::kPP && Vg(c).finite) {
      int q = SkipAdvBack(j - 1);
      if (q >= 0 && u_[q].kind == Kind::kPP) q = SkipAdvBack(q - 1);
      if (q >= 0 && u_[q].kind == Kind::kNP && ClauseInitial(q)) j = q;
    }
    if (j >= 0 && u_[j].kind == Kind::kNP) {
      subj = u_[j].np;
      j = SkipAdvBack(j - 1);
      // "The soldiers who crossed [the border] were arrested": that phrase is
      // the relative clause's object; the subject is its antecedent.
      if (j >= 0 && u_[j].kind == Kind::kVG && !Vg(c).to_inf) {
        int r = unit_clause_[j];
        const WorkClause& rc = sc_->clauses[r];
        if (r >= 0 && rc.link == ClauseLink::kRelative && rc.antecedent >= 0 &&
            !(Flags(rc) & kBridge)) {
          subj = rc.antecedent;
          j = -1;  // the clause opens at the antecedent
          for (int q = static_cast<int>(rc.unit) - 1; q >= 0; --q) {
            if (u_[q].kind == Kind::kNP && u_[q].np == rc.antecedent) {
              j = SkipAdvBack(q - 1);
              break;
            }
          }
        }
      }
    }
    // "Iraqi forces, in a later post, said …", "Sudani, posting on X,
    // called …", "The report, based on …, said …": a parenthetical between
    // commas separates a clause-initial subject from a finite verb.
    if (subj < 0 && j >= 2 && u_[j].kind == Kind::kComma && Vg(c).finite && !Vg(c).to_inf) {
      int q = j - 1;
      for (int steps = 0; q >= 0 && steps < 12; --q, ++steps) {
        Kind k = u_[q].kind;
        if (k == Kind::kComma) break;
        bool ok = k == Kind::kPP || k == Kind::kAdv || k == Kind::kNP || k == Kind::kPrep ||
                  (k == Kind::kVG && sc_->vgs[u_[q].vg].participle);
        if (!ok) { q = -1; break; }
      }
      // The subject may carry PPs of its own: "A second fire on Saturday, …".
      int r = q - 1;
      if (q >= 1 && u_[q].kind == Kind::kComma) {
        for (int hops = 0; r >= 1 && hops < 2 && u_[r].kind == Kind::kPP; ++hops) --r;
      }
      if (q >= 1 && q < j - 1 && u_[q].kind == Kind::kComma && r >= 0 && u_[r].kind == Kind::kNP &&
          ClauseInitial(r)) {
        subj = u_[r].np;
        bool only_pps = true;
        for (int k = q + 1; k < j; ++k) only_pps &= u_[k].kind == Kind::kPP || u_[k].kind == Kind::kAdv;
        if (only_pps) {
          c.paren_b = static_cast<int16_t>(q + 1);
          c.paren_e = static_cast<int16_t>(j);
        }
        j = SkipAdvBack(r - 1);
      }
    }
    c.subject = subj;
    c.intro = j >= 0 ? u_[j].kind : Kind::kOther;

    if (vg.to_inf) {
      c.marker = "to";
      int p = SkipAdvBack(static_cast<int>(c.unit) - 1);
      if (p >= 0 && u_[p].kind == Kind::kVG) {
        Govern(c, unit_clause_[p], {}, 0);
        c.subject = -1;
        return;
      }
      if (p >= 1 && u_[p].kind == Kind::kAdj) {
        int q = SkipAdvBack(p - 1);
        if (q >= 0 && u_[q].kind == Kind::kVG) {
          const TokInfo& adj = tk_[u_[p].pb];
          if (adj.flags & kModalAdj) {
            Govern(c, unit_clause_[q], adj.lemma, adj.flags);
            c.subject = -1;
            return;
          }
        }
      }
      if (p >= 0 && (u_[p].kind == Kind::kNP || u_[p].kind == Kind::kPP)) {
        int q = SkipAdvBack(p - 1);
        if (q >= 0 && u_[q].kind == Kind::kNP) q = SkipAdvBack(q - 1);  // "gave X Y to"
        if (q >= 0 && u_[q].kind == Kind::kVG) {
          int gov = unit_clause_[q];
          Govern(c, gov, {}, 0);
          const WorkClause& g = sc_->clauses[gov];
          bool call_on = u_[p].kind == Kind::kPP && Lemma(g) == "call" && tk_[u_[p].pb].lower == "on";
          // "moved to Houston to join …": after a PP, a purpose infinitive.
          if (u_[p].kind == Kind::kPP && !call_on && !(Flags(g) & (kNegMatrix | kAspectual))) {
            c.modality = "to";
          }
          const NounPhrase& pn = sc_->nps[u_[p].np];
          const TokInfo& noun = tk_[pn.head];
          if (u_[p].kind == Kind::kNP && noun.cls == Cls::kNoun && (noun.flags & kModalMatrix)) {
            // "had no plans to attack", "announced a decision to withdraw".
            c.modality = noun.lemma;
            c.negated = tk_[pn.b].lower == "no";
            if (g.negated) c.negated = !c.negated;
            c.subject = -1;
            return;
          }
          if (u_[p].kind == Kind::kNP && (Flags(g) & kObjControl)) {
            c.subject = u_[p].np;
            c.inherit_subject = false;
          } else if (call_on) {
            c.subject = u_[p].np;
            c.inherit_subject = false;
            c.modality = "call";
          } else {
            c.subject = -1;
          }
          return;
        }
        if (u_[p].kind == Kind::kNP && ClauseBefore(static_cast<int>(c.unit), false) < 0) {
          // Headline "Trump to visit Germany": a future main clause.
          c.link = ClauseLink::kMain;
          c.tense = Tense::kFuture;
          c.subject = u_[p].np;
          return;
        }
      }
      int gov = ClauseBefore(static_cast<int>(c.unit), true);
      if (gov >= 0) {
        Govern(c, gov, {}, 0);
        c.subject = -1;
      } else {
        c.link = ClauseLink::kMain;
        c.subject = -1;
      }
      return;
    }

    switch (c.intro) {
      case Kind::kSub: {
        const Unit& su = u_[j];
        uint16_t w = (su.pe > su.pb) ? su.pb : su.b;
        std::string_view word = tk_[w].lower;
        c.marker = word;
        if (word == "that" || word == "whether") {
          int before = SkipAdvBack(j - 1);
          if (word == "that" && before >= 0 && u_[before].kind == Kind::kNP) {
            int bb = SkipAdvBack(before - 1);
            // "told reporters that …" vs "rejected the law that parliament passed".
            bool complement = bb >= 0 && u_[bb].kind == Kind::kVG &&
                              (tk_[sc_->vgs[u_[bb].vg].main].flags & (kTellLike | kSay));
            const TokInfo& h = tk_[sc_->nps[u_[before].np].head];
            if (h.flags & (kSay | kBridge)) complement = true;  // "the claim that …"
            if (subj < 0 || !complement) {
              c.link = ClauseLink::kRelative;
              c.antecedent = u_[before].np;
              if (subj < 0) c.subject = u_[before].np;
              return;
            }
          }
          c.link = ClauseLink::kThat;
          c.parent = static_cast<int16_t>(ClauseBefore(j, false));
          if (c.parent < 0) c.link = ClauseLink::kMain;
          return;
        }
        c.link = ClauseLink::kAdverbial;
        if (word == "if" || word == "unless") c.modality = "if";
        if (word == "without") c.negated = !c.negated;
        if ((word == "how" || word == "why" || word == "when") && j > 0 && SkipAdvBack(j - 1) >= 0 &&
            u_[SkipAdvBack(j - 1)].kind == Kind::kVG) {
          c.link = ClauseLink::kThat;  // "explained how …"
        }
        int before = ClauseBefore(j, false);
        if (before >= 0) {
          c.parent = static_cast<int16_t>(before);
          // "prevented the envoy from entering": the entering did not happen.
          if (word == "from" && (Flags(sc_->clauses[before]) & kPreventLike)) c.negated = !c.negated;
        } else {
          c.pending_parent = true;
        }
        if (subj < 0) c.inherit_subject = true;
        return;
      }
      case Kind::kRel: {
        std::string_view word = tk_[u_[j].b].lower;
        c.marker = word;
        c.link = ClauseLink::kRelative;
        int a = SkipAdvBack(j - 1);
        if (a >= 0 && u_[a].kind == Kind::kComma) a = SkipAdvBack(a - 1);
        if (a >= 0 && (u_[a].kind == Kind::kNP || u_[a].kind == Kind::kPP)) c.antecedent = u_[a].np;
        if (subj < 0 && word != "where" && word != "when") c.subject = c.antecedent;
        return;
      }
      case Kind::kCc: {
        // Left conjunct: the nearest clause before, not a modifier clause.
        int left = -1;
        if (vg.finite) {
          // "refused to meet X and left Paris": a finite conjunct pairs with
          // the nearest finite clause.
          for (int q = ClauseBefore(j, true); q >= 0; q = sc_->clauses[q].parent) {
            if (Vg(sc_->clauses[q]).finite) { left = q; break; }
            if (sc_->clauses[q].parent >= q) break;
          }
        }
        if (vg.participle && subj < 0) {
          // "of attacking a convoy and kidnapping aid workers": pairs with the
          // nearest participle of the same form.
          int q = ClauseBefore(j, false);
          if (q >= 0 && Vg(sc_->clauses[q]).participle &&
              tk_[Vg(sc_->clauses[q]).main].cls == tk_[vg.main].cls) {
            left = q;
          }
        }
        if (left < 0) left = ClauseBefore(j, true);
        if (left < 0) left = ClauseBefore(j, false);
        if (left < 0) return;
        c.link = ClauseLink::kCoordinated;
        c.parent = static_cast<int16_t>(left);
        c.marker = tk_[u_[j].b].lower;
        if (subj < 0) {
          c.inherit_subject = true;
          const WorkClause& l = sc_->clauses[left];
          if (!vg.finite && vg.naux == 0 && !vg.participle) {
            // "will meet X and sign Y": the auxiliaries are shared.
            c.tense = l.tense;
            c.modality = l.modality;
            c.negated = l.negated;
            if (l.link == ClauseLink::kInfinitive) c.marker = "to";
          }
        }
        return;
      }
      default:
        break;
    }

    // A complement clause without "that": "said [Russia withdrew]",
    // "told reporters [Russia withdrew]".
    if (subj >= 0 && vg.finite && j >= 0) {
      int gov_unit = -1;
      if (u_[j].kind == Kind::kVG) gov_unit = j;
      if (u_[j].kind == Kind::kNP) {
        int q = SkipAdvBack(j - 1);
        if (q >= 0 && u_[q].kind == Kind::kVG) gov_unit = q;
      }
      if (u_[j].kind == Kind::kPP) {  // "said on Tuesday Russia would …"
        int q = SkipAdvBack(j - 1);
        if (q >= 0 && u_[q].kind == Kind::kVG) gov_unit = q;
      }
      if (gov_unit >= 0) {
        const WorkClause& g = sc_->clauses[unit_clause_[gov_unit]];
        if (Flags(g) & (kBridge | kTellLike)) {
          c.link = ClauseLink::kThat;
          c.parent = static_cast<int16_t>(unit_clause_[gov_unit]);
          return;
        }
      }
    }
    // Participles: "troops stationed in Germany" (reduced relative), ",
    // killing 12" / "Speaking to reporters," (adverbial), or a headline.
    if (vg.participle) {
      if (subj >= 0) {
        bool after_verb = j >= 0 && (u_[j].kind == Kind::kVG || u_[j].kind == Kind::kPrep ||
                                     u_[j].kind == Kind::kNP);
        if (has_finite_ || after_verb) {
          c.link = ClauseLink::kRelative;
          c.antecedent = subj;
        }
        return;  // a headline ("Troops withdrawn from Germany") stays main
      }
      if (j >= 0 && u_[j].kind == Kind::kVG) {
        // "began withdrawing troops", "stopped supplying arms", "denied
        // providing sanctuary" (modality "deny": not asserted).
        Govern(c, unit_clause_[j], {}, 0);
        if (c.modality == "to") c.modality = Lemma(sc_->clauses[c.parent]);
        c.marker = "";
        return;
      }
      if (j >= 0 && u_[j].kind == Kind::kPP && tk_[vg.main].cls == Cls::kVbg &&
          (tk_[u_[j].pb].lower == "with" || tk_[u_[j].pb].lower == "without")) {
        // "With a more lethal strain emerging, …": the PP's object is the subject.
        c.link = ClauseLink::kRelative;
        c.antecedent = u_[j].np;
        c.subject = u_[j].np;
        return;
      }
      if (j >= 0 && u_[j].kind == Kind::kNP) {
        // "ordered troops stationed abroad home": modifies the object.
        c.link = ClauseLink::kRelative;
        c.antecedent = u_[j].np;
        c.subject = u_[j].np;
        return;
      }
      c.link = ClauseLink::kAdverbial;
      c.inherit_subject = true;
      int before = ClauseBefore(static_cast<int>(c.unit), true);
      if (before >= 0) c.parent = static_cast<int16_t>(before);
      else c.pending_parent = true;
      return;
    }
    // A bare infinitive after a verb: "help rebuild", "let them go".
    if (subj < 0 && j >= 0 && u_[j].kind == Kind::kVG && !vg.finite) {
      Govern(c, unit_clause_[j], {}, 0);
      return;
    }
  }

  // Objects, prepositional phrases, agent; the inverted subject of "…, said X".
  void Arguments(int ci) {
    WorkClause& c = sc_->clauses[ci];
    const VerbGroup& vg = Vg(c);
    size_t k = SkipAdv(c.unit + 1);
    c.obj_first = static_cast<uint16_t>(sc_->objs.size());
    c.pp_first = static_cast<uint16_t>(sc_->pps.size());
    // Inversion follows a quotation or a clause: '"…," said X', "…, said X".
    if (c.subject < 0 && !c.inherit_subject && (Flags(c) & kSay) && c.link == ClauseLink::kMain &&
        (c.intro == Kind::kQuote || (c.intro == Kind::kComma && ci > 0)) && k < u_.size() &&
        u_[k].kind == Kind::kNP && EndsClause(k + 1)) {
      c.subject = u_[k].np;  // '"…," said the minister'
      k = SkipAdv(k + 1);
    }
    for (int n = 0; n < 2 && k < u_.size() && u_[k].kind == Kind::kNP; ++n) {
      // A noun phrase followed by its own finite verb is the next clause's subject.
      if (FiniteVgAt(k + 1) && IsSubjectOfNext(k)) break;
      // "next week", "on Tuesday"-less "Tuesday": a time adverbial, not an object.
      if (!TimePhrase(u_[k].np)) sc_->objs.push_back(u_[k].np);
      k = SkipAdv(k + 1);
    }
    while (k < u_.size() && u_[k].kind == Kind::kNP && TimePhrase(u_[k].np) && !FiniteVgAt(k + 1)) {
      k = SkipAdv(k + 1);
    }
    int pps = 0;
    for (int p = c.paren_b; p >= 0 && p < c.paren_e && pps < kMaxPps; ++p) {
      if (u_[p].kind != Kind::kPP) continue;
      sc_->pps.push_back(PrepRef{u_[p].pb, u_[p].pe, u_[p].np});
      ++pps;
    }
    while (k < u_.size() && pps < kMaxPps) {
      if (u_[k].kind == Kind::kAdv) { ++k; continue; }
      if (u_[k].kind != Kind::kPP) break;
      const Unit& p = u_[k];
      bool by = p.pe == p.pb + 1 && tk_[p.pb].lower == "by";
      if (by && vg.voice == Voice::kPassive && c.agent < 0) {
        c.agent = p.np;
      } else {
        sc_->pps.push_back(PrepRef{p.pb, p.pe, p.np});
      }
      ++pps;
      ++k;
      // "… troops in Germany to …": a PP may be followed by the object of a
      // particle verb or a second PP; anything else ends the clause.
    }
    c.args_end = static_cast<uint16_t>(k);
    c.obj_count = static_cast<uint16_t>(sc_->objs.size() - c.obj_first);
    c.pp_count = static_cast<uint16_t>(sc_->pps.size() - c.pp_first);
    // Object gap of a relative clause: "the deal that Iran signed".
    if (c.link == ClauseLink::kRelative && c.antecedent >= 0 && c.subject != c.antecedent &&
        c.obj_count == 0 && c.pp_count == 0 && c.marker != "where" && c.marker != "when" &&
        vg.voice == Voice::kActive && !vg.participle) {
      sc_->objs.push_back(c.antecedent);
      c.obj_count = 1;
    }
  }

  // "On Tuesday, in Berlin, Merkel met Macron": fronted PPs belong to the
  // first main clause.
  void FrontedPps() {
    auto& cl = sc_->clauses;
    size_t k = 0;
    uint16_t extra[kMaxPps];
    int n = 0;
    while (k < u_.size() && n < kMaxPps) {
      Kind kd = u_[k].kind;
      if (kd == Kind::kPP) extra[n++] = static_cast<uint16_t>(k);
      else if (kd != Kind::kComma && kd != Kind::kAdv && kd != Kind::kQuote) break;
      ++k;
    }
    if (n == 0 || k >= u_.size()) return;
    for (WorkClause& c : cl) {
      if (c.link != ClauseLink::kMain || c.unit < k) continue;
      // Rebuild this clause's PP list with the fronted ones first.
      uint16_t first = static_cast<uint16_t>(sc_->pps.size());
      for (int i = 0; i < n; ++i) {
        const Unit& p = u_[extra[i]];
        sc_->pps.push_back(PrepRef{p.pb, p.pe, p.np});
      }
      for (uint16_t i = 0; i < c.pp_count; ++i) sc_->pps.push_back(sc_->pps[c.pp_first + i]);
      c.pp_first = first;
      c.pp_count = static_cast<uint16_t>(sc_->pps.size() - first);
      break;
    }
  }

  // "The troops who withdrew from Syria were attacked", "Troops stationed
  // in Germany will return": the subject is the antecedent of the modifier
  // clause that ends right before the verb group.
  void SubjectsAcrossModifiers() {
    auto& cl = sc_->clauses;
    for (size_t i = 1; i < cl.size(); ++i) {
      WorkClause& c = cl[i];
      if (c.subject >= 0 || c.inherit_subject || Vg(c).to_inf || c.link != ClauseLink::kMain) continue;
      for (int p = static_cast<int>(i) - 1; p >= 0; --p) {
        const WorkClause& m = cl[p];
        if (m.link != ClauseLink::kRelative || m.antecedent < 0) continue;
        size_t k = m.args_end;
        while (k < c.unit && (u_[k].kind == Kind::kComma || u_[k].kind == Kind::kAdv)) ++k;
        if (k == c.unit) {
          c.subject = m.antecedent;
          c.intro = Kind::kOther;
        }
        break;
      }
    }
  }

  bool Contains(int16_t outer, int16_t inner) const {
    if (outer < 0 || inner < 0) return false;
    const NounPhrase& o = sc_->nps[outer];
    const NounPhrase& i = sc_->nps[inner];
    return o.b <= i.b && i.e <= o.e;
  }
  // Which clause has noun phrase `np` among its arguments?
  int ClauseOwning(int16_t np, int except) const {
    const auto& cl = sc_->clauses;
    for (size_t i = 0; i < cl.size(); ++i) {
      if (static_cast<int>(i) == except) continue;
      const WorkClause& c = cl[i];
      if (c.link == ClauseLink::kRelative && c.antecedent == np) continue;
      if (Contains(c.subject, np) && c.link != ClauseLink::kRelative) return static_cast<int>(i);
      for (uint16_t k = 0; k < c.obj_count; ++k) {
        if (Contains(sc_->objs[c.obj_first + k], np)) return static_cast<int>(i);
      }
      for (uint16_t k = 0; k < c.pp_count; ++k) {
        if (Contains(sc_->pps[c.pp_first + k].np, np)) return static_cast<int>(i);
      }
      if (Contains(c.agent, np)) return static_cast<int>(i);
    }
    return -1;
  }

  void ResolveParents() {
    auto& cl = sc_->clauses;
    for (size_t i = 0; i < cl.size(); ++i) {
      WorkClause& c = cl[i];
      if (c.link == ClauseLink::kRelative && c.parent < 0) {
        int p = ClauseOwning(c.antecedent, static_cast<int>(i));
        if (p < 0) {
          // "Troops who withdrew were …": the clause whose subject it is.
          for (size_t k = i + 1; k < cl.size() && p < 0; ++k) {
            if (cl[k].subject == c.antecedent) p = static_cast<int>(k);
          }
        }
        if (p < 0) p = ClauseBefore(c.unit, true);
        c.parent = static_cast<int16_t>(p);
      }
      if (c.pending_parent) {
        for (size_t k = i + 1; k < cl.size(); ++k) {
          if (cl[k].link == ClauseLink::kMain && cl[k].parent < 0 && !cl[k].pending_parent) {
            c.parent = static_cast<int16_t>(k);
            break;
          }
        }
        if (c.parent < 0) c.link = ClauseLink::kMain;
      }
    }
  }

  void InheritSubjects() {
    auto& cl = sc_->clauses;
    for (int pass = 0; pass < 4; ++pass) {
      bool changed = false;
      for (WorkClause& c : cl) {
        if (c.subject >= 0 || !c.inherit_subject || c.parent < 0) continue;
        const WorkClause& p = cl[c.parent];
        int16_t s = p.subject;
        // "accused Pakistan of supporting militants"
        // "accused Pakistan of supporting militants", "warned Iran against
        // enriching uranium", "barred the envoy from entering".
        uint32_t pf = p.vg >= 0 ? tk_[p.verb].flags : 0;
        bool object_is_subject =
            ((pf & kAccuseLike) && (c.marker == "of" || c.marker == "for" || c.marker == "with" ||
                                    c.marker == "against")) ||
            ((pf & kPreventLike) && c.marker == "from");
        if (c.link == ClauseLink::kAdverbial && p.obj_count > 0 && object_is_subject) {
          s = sc_->objs[p.obj_first];
        }
        // "was asked to X" keeps the passive subject; a participle after a
        // passive keeps it too.
        if (s >= 0) {
          c.subject = s;
          changed = true;
        }
      }
      if (!changed) break;
    }
  }

  const SentenceView& s_;
  Scratch* sc_;
  const std::vector<Unit>& u_;
  const std::vector<TokInfo>& tk_;
  std::vector<int16_t>& unit_clause_;
  bool has_finite_ = false;
};

}  // namespace

void BuildClauses(const SentenceView& s, Scratch* sc) {
  RepairVerbForms(s, sc);
  Builder b(s, sc);
  b.Run();
}

}  // namespace entente::parse
