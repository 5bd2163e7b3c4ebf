// Noun phrases over base chunks: "of" complements, coordination
// ("Germany, Italy and Spain"), apposition ("Jens Stoltenberg, NATO's
// secretary general,"), and the prepositional arguments of event nouns
// ("the withdrawal of troops from Germany"). Then the unit sequence the
// clause builder reads: noun phrases, verb groups, prepositional phrases,
// subordinators, punctuation.
#include "parse/lexicon.h"
#include "parse/sentence_parse.h"

namespace entente::parse {

namespace {

class NpBuilder {
 public:
  NpBuilder(const SentenceView& s, Scratch* sc) : s_(s), sc_(sc), ch_(sc->chunks) {
    headline_ = s.n > 0 && sc->tok[s.n - 1].cls != Cls::kEnd && sc->tok[s.n - 1].cls != Cls::kQuote;
    first_np_end_ = !ch_.empty() && ch_[0].kind == Kind::kNP ? 1 : ~size_t{0};
  }

  // Parses the noun phrase starting at chunk `ci` (a kNP chunk). Sets *end to
  // the chunk after it. `obj_pos`: the phrase follows a verb or preposition,
  // so "X and Y <verb>" is two clauses, not a coordinated subject.
  // `person_pp_mode`: 2 for a subject or prepositional object, where
  // "officials in Kabul" keeps its PP; 1 after a verb, where only "officials
  // from France" does ("withdrew troops from Germany": the verb's PP); 0 none.
  int16_t Parse(size_t ci, int depth, bool obj_pos, size_t* end, int person_pp_mode = 0) {
    const Unit& c = ch_[ci];
    NounPhrase np = FromChunk(c);
    const auto& tk = sc_->tok;
    for (uint16_t t = c.b; t < c.e; ++t) {
      if (tk[t].cls == Cls::kPos) np.poss_end = t;
    }
    if (tk[c.b].cls == Cls::kPossPron) np.poss_end = static_cast<uint16_t>(c.b + 1);
    size_t j = ci + 1;
    bool pronoun = tk[np.head].cls == Cls::kPron || tk[np.head].cls == Cls::kEx;
    bool event = (tk[np.head].flags & kEventNoun) != 0 && tk[np.head].cls == Cls::kNoun;
    // "officials in Kabul", "a spokeswoman for the UN": people keep a PP
    // saying where or whom they are from.
    uint32_t person_flag = person_pp_mode == 2 ? kPersonNoun : kOfficialNoun;
    bool person = person_pp_mode > 0 && depth == 0 && (tk[np.head].flags & person_flag) != 0 && !event;
    int16_t self = static_cast<int16_t>(sc_->nps.size());
    sc_->nps.push_back(np);
    if (pronoun) {
      *end = j;
      return self;
    }
    uint16_t pp_first = static_cast<uint16_t>(sc_->inner_pps.size());
    // "of" complements; for event nouns, further prepositional arguments.
    int taken = 0;
    while (j + 1 < ch_.size() && taken < kMaxOfChain + (event ? 3 : 0)) {
      const Unit& p = ch_[j];
      if (p.kind != Kind::kPrep || ch_[j + 1].kind != Kind::kNP) break;
      bool one = p.pe == p.pb + 1;
      bool of = one && tk[p.pb].lower == "of";
      bool person_pp = person && one &&
                       (tk[p.pb].lower == "from" ||
                        (person_pp_mode == 2 && (tk[p.pb].lower == "in" || tk[p.pb].lower == "for" ||
                                                 tk[p.pb].lower == "at")));
      if (!of && !event && !person_pp) break;
      // "after Russia invaded …", "since …", "until …": a clause, not a PP.
      if (!of && one && (tk[p.pb].flags & (kSubordinator | kComplementizer))) break;
      if (person_pp) person = false;  // one such PP
      size_t sub_end = j + 1;
      int16_t sub = depth + 1 < kMaxNpDepth + 1 ? Parse(j + 1, depth + 1, obj_pos, &sub_end)
                                                : Simple(j + 1, &sub_end);
      if (event) sc_->inner_pps.push_back(PrepRef{p.pb, p.pe, sub});
      j = sub_end;
      ++taken;
    }
    sc_->nps[self].e = ch_[j - 1].e;
    sc_->nps[self].pp_first = pp_first;
    sc_->nps[self].pp_count = static_cast<uint16_t>(sc_->inner_pps.size() - pp_first);
    if (depth < kMaxNpDepth) {
      // "Emmanuel Macron, the French president, and Olaf Scholz, …": an
      // apposition may come before the conjunction.
      if (depth <= 1) Apposition(self, depth, &j);
      Coordinate(self, depth, obj_pos, &j);
    }
    // Does the phrase end in an apposition (so a comma closes it)?
    const NounPhrase& me = sc_->nps[self];
    bool ha = me.appos >= 0;
    for (size_t k = self + 1; k < sc_->nps.size() && !ha; ++k) {
      const NounPhrase& o = sc_->nps[k];
      ha = o.appos >= 0 && (o.e == me.e || sc_->nps[o.appos].e == me.e);
    }
    sc_->nps[self].has_appos = ha;
    *end = j;
    return self;
  }

 private:
  static NounPhrase FromChunk(const Unit& c) {
    NounPhrase np;
    np.b = c.b;
    np.e = c.e;
    np.head = c.pb;  // a noun chunk keeps its head in `pb`
    np.poss_end = np.b;
    return np;
  }

  // A base chunk alone as a noun phrase.
  int16_t Simple(size_t ci, size_t* end) {
    sc_->nps.push_back(FromChunk(ch_[ci]));
    *end = ci + 1;
    return static_cast<int16_t>(sc_->nps.size() - 1);
  }

  // Does a finite verb group (a new clause) start at chunk k (after adverbs)?
  bool IsClauseAfter(size_t k) const {
    while (k < ch_.size() && ch_[k].kind == Kind::kAdv) ++k;
    if (k >= ch_.size() || ch_[k].kind != Kind::kVG) return false;
    const VerbGroup& vg = sc_->vgs[ch_[k].vg];
    return vg.finite;
  }
  bool NpThenClause(size_t k) {
    if (k >= ch_.size() || ch_[k].kind != Kind::kNP) return false;
    size_t e = k + 1;
    while (e + 1 < ch_.size() && ch_[e].kind == Kind::kPrep && ch_[e + 1].kind == Kind::kNP &&
           sc_->tok[ch_[e].pb].lower == "of") e += 2;
    return IsClauseAfter(e);
  }

  bool IsConj(const Unit& u) const {
    if (u.kind != Kind::kCc) return false;
    std::string_view w = sc_->tok[u.b].lower;
    return w == "and" || w == "or" || w == "nor" || u.e > u.b + 1;  // "as well as"
  }

  // "X and Y", "X, Y and Z", "X, Y, and Z".
  bool Coordinate(int16_t self, int depth, bool obj_pos, size_t* j) {
    size_t k = *j;
    int16_t items[8];
    int count = 0;
    size_t cur = k;
    // Commas first (a list), then the conjunction.
    while (cur + 1 < ch_.size() && ch_[cur].kind == Kind::kComma && ch_[cur + 1].kind == Kind::kNP &&
           count < 6) {
      size_t e = cur + 1;
      int16_t sub = Parse(cur + 1, kMaxNpDepth, obj_pos, &e);
      items[count++] = sub;
      cur = e;
    }
    if (count > 0 && headline_ && k == first_np_end_ && cur < ch_.size() && ch_[cur].kind == Kind::kVG) {
      // Headline "Pakistan, India trade accusations": a comma for "and".
      return Join(self, items, count, count - 1, cur, j);
    }
    if (cur < ch_.size() && ch_[cur].kind == Kind::kComma && (count > 0 || sc_->nps[self].appos >= 0)) {
      ++cur;  // Oxford comma, or the comma closing an apposition
    }
    if (!(cur + 1 < ch_.size() && IsConj(ch_[cur]) && ch_[cur + 1].kind == Kind::kNP)) return false;
    size_t e = cur + 1;
    // Before parsing: if the last member starts a clause of its own in object
    // position, this is clause coordination ("met Merkel and Macron said …").
    if (obj_pos && NpThenClause(cur + 1)) return false;
    int16_t last = Parse(cur + 1, depth + 1, obj_pos, &e);
    items[count++] = last;
    return Join(self, items, count, count - 1, e, j);
  }

  // Makes `self` the coordination of itself and items[0..count); the phrase
  // ends with items[last]; the next chunk is `next`.
  bool Join(int16_t self, const int16_t* items, int count, int last_index, size_t next, size_t* j) {
    int16_t last = items[last_index];
    size_t e = next;
    NounPhrase first = sc_->nps[self];
    first.conj_count = 0;
    sc_->nps[self].appos = -1;  // the apposition belongs to the first member
    uint16_t first_id = static_cast<uint16_t>(sc_->nps.size());
    sc_->nps.push_back(first);
    NounPhrase& np = sc_->nps[self];
    np.conj_first = static_cast<uint16_t>(sc_->conj_ids.size());
    sc_->conj_ids.push_back(first_id);
    for (int i = 0; i < count; ++i) sc_->conj_ids.push_back(static_cast<uint16_t>(items[i]));
    np.conj_count = static_cast<uint16_t>(count + 1);
    np.e = sc_->nps[last].e;
    *j = e;
    return true;
  }

  // "Jens Stoltenberg, NATO's secretary general, said": the second phrase is
  // followed by a comma, the end of the sentence or a quote.
  bool Apposition(int16_t self, int depth, size_t* j) {
    size_t k = *j;
    if (!(k + 1 < ch_.size() && ch_[k].kind == Kind::kComma && ch_[k + 1].kind == Kind::kNP)) return false;
    const auto& tk = sc_->tok;
    uint16_t head2 = ch_[k + 1].pb;
    if (tk[head2].cls == Cls::kPron || tk[head2].cls == Cls::kEx) return false;
    if (tk[sc_->nps[self].head].cls == Cls::kPron) return false;
    size_t save_nps = sc_->nps.size(), save_conj = sc_->conj_ids.size(),
           save_pps = sc_->inner_pps.size();
    size_t e = k + 1;
    int16_t sub = Parse(k + 1, kMaxNpDepth, true, &e);
    // "Goma, the largest city in the region,": the apposition keeps its PPs.
    for (int extra = 0; extra < 2 && e + 1 < ch_.size() && ch_[e].kind == Kind::kPrep &&
                        ch_[e + 1].kind == Kind::kNP && ch_[e].pe == ch_[e].pb + 1 &&
                        !(tk[ch_[e].pb].flags & kSubordinator);
         ++extra) {
      size_t e2 = e + 2;
      Simple(e + 1, &e2);
      sc_->nps[sub].e = ch_[e + 1].e;
      e = e2;
    }
    bool closed = e >= ch_.size() || ch_[e].kind == Kind::kComma || ch_[e].kind == Kind::kEnd ||
                  ch_[e].kind == Kind::kQuote || ch_[e].kind == Kind::kColon;
    bool proper1 = tk[sc_->nps[self].head].cls == Cls::kProper;
    bool common2 = tk[sc_->nps[sub].head].cls == Cls::kNoun;
    // A list item ("X, Y, and Z") unless clearly a description: "X, the
    // French president, and Y".
    Cls first2 = tk[sc_->nps[sub].b].cls;
    bool described = common2 && (first2 == Cls::kDet || first2 == Cls::kPossPron ||
                                 sc_->nps[sub].poss_end > sc_->nps[sub].b);
    if (closed && e + 1 < ch_.size() && ch_[e].kind == Kind::kComma && IsConj(ch_[e + 1]) && !described) {
      closed = false;
    }
    // A description ("X, the French president,") or a name after a
    // description ("his successor, Joe Biden,"); two names in a row are a
    // list or a fronted phrase ("Like Lutnick, Kevin Hassett, …").
    bool proper2 = tk[sc_->nps[sub].head].cls == Cls::kProper;
    bool noun1 = tk[sc_->nps[self].head].cls == Cls::kNoun || proper1;
    // A bare common noun describes only a name ("Mahmoud Abbas, Palestinian
    // president"); after a common noun it is a list item ("ships, captains").
    if (closed && noun1 && ((common2 && (described || proper1)) || (!proper1 && proper2))) {
      sc_->nps[self].appos = sub;
      *j = e;
      return true;
    }
    sc_->nps.resize(save_nps);
    sc_->conj_ids.resize(save_conj);
    sc_->inner_pps.resize(save_pps);
    return false;
  }

  const SentenceView& s_;
  Scratch* sc_;
  const std::vector<Unit>& ch_;
  bool headline_ = false;      // no final punctuation
  size_t first_np_end_ = 0;    // chunk after a sentence-initial noun chunk
};

bool PrepCanIntroduceClause(const TokInfo& t) {
  return t.lower == "after" || t.lower == "before" || t.lower == "since" || t.lower == "until" ||
         t.lower == "as" || t.lower == "without" || t.lower == "by" || t.lower == "while" ||
         t.lower == "despite" || t.lower == "for" || t.lower == "in" || t.lower == "on" ||
         t.lower == "of" || t.lower == "from" || t.lower == "against" || t.lower == "about" ||
         t.lower == "through" || t.lower == "besides" || t.lower == "instead of";
}

}  // namespace

void BuildUnits(const SentenceView& s, Scratch* sc) {
  NpBuilder npb(s, sc);
  const auto& ch = sc->chunks;
  auto& out = sc->units;
  out.clear();
  const auto& tk = sc->tok;
  size_t i = 0;
  while (i < ch.size()) {
    const Unit& c = ch[i];
    Unit u = c;
    Kind prev = out.empty() ? Kind::kOther : out.back().kind;
    if (c.kind == Kind::kNP) {
      bool obj_pos = false;
      if (prev == Kind::kVG) {
        const VerbGroup& vg = sc->vgs[out.back().vg];
        obj_pos = !(tk[vg.main].flags & kBridge);
      }
      if (prev == Kind::kNP) obj_pos = true;
      size_t end = i + 1;
      u.np = npb.Parse(i, 0, obj_pos, &end, obj_pos ? 1 : 2);
      const NounPhrase& np = sc->nps[u.np];
      u.b = np.b;
      u.e = np.e;
      out.push_back(u);
      i = end;
      continue;
    }
    if ((c.kind == Kind::kPrep || c.kind == Kind::kAccording) && i + 1 < ch.size()) {
      const Unit& nx = ch[i + 1];
      bool one_word = c.pe == c.pb + 1;
      if (nx.kind == Kind::kVG && sc->vgs[nx.vg].participle &&
          tk[sc->vgs[nx.vg].main].cls == Cls::kVbg && one_word && PrepCanIntroduceClause(tk[c.pb])) {
        u.kind = Kind::kSub;  // "after meeting X", "without consulting Y"
        out.push_back(u);
        ++i;
        continue;
      }
      if (nx.kind == Kind::kNP) {
        size_t end = i + 2;
        size_t save_nps = sc->nps.size(), save_conj = sc->conj_ids.size(),
               save_pps = sc->inner_pps.size();
        int16_t np = npb.Parse(i + 1, 0, true, &end, 2);
        // "after Russia invaded Ukraine": a subordinate clause, not a PP.
        bool clause_after = false;
        size_t k = end;
        while (k < ch.size() && ch[k].kind == Kind::kAdv) ++k;
        if (k < ch.size() && ch[k].kind == Kind::kVG && sc->vgs[ch[k].vg].finite) clause_after = true;
        if (clause_after && one_word && (tk[c.pb].flags & kSubordinator)) {
          sc->nps.resize(save_nps);
          sc->conj_ids.resize(save_conj);
          sc->inner_pps.resize(save_pps);
          u.kind = Kind::kSub;
          out.push_back(u);
          ++i;
          continue;
        }
        if (c.kind == Kind::kPrep) u.kind = Kind::kPP;
        u.np = np;
        u.e = sc->nps[np].e;
        out.push_back(u);
        i = end;
        continue;
      }
    }
    if (c.kind == Kind::kAccording) u.kind = Kind::kPrep;
    out.push_back(u);
    ++i;
  }
}

}  // namespace entente::parse
