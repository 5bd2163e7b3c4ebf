// commitment_stage.cc — commitments from intended events and promise nouns
// (rules in doc/codebook.md, "Commitments").
#include "commitments/commitment_stage.h"

#include <algorithm>

#include "commitments/sentence_view.h"
#include "commitments/word_util.h"
#include "util/data_dir.h"

namespace entente {

Result<std::unique_ptr<CommitmentStage>> CommitmentStage::Create(const std::string& data_dir,
                                                                 std::shared_ptr<const DateResolver> dates,
                                                                 DiagnosticSink* sink) {
  auto words = CommitmentWords::Load(data_dir, sink);
  if (!words.ok()) return words.status();
  auto deadlines = DeadlineRules::Load(data_dir, std::move(dates), sink);
  if (!deadlines.ok()) return deadlines.status();
  // The events stage reports the lexicon's and table's problems already.
  NullSink quiet;
  std::string dir = data_dir.empty() ? DataDir() : data_dir;
  auto lexicon = Lexicon::Load(dir + "/events/lexicon", &quiet);
  if (!lexicon.ok()) return lexicon.status();
  auto cameo = CameoTable::Load(dir, &quiet);
  if (!cameo.ok()) return cameo.status();
  return std::make_unique<CommitmentStage>(std::move(words).value(), std::move(deadlines).value(),
                                           std::move(lexicon).value(), std::move(cameo).value());
}

void CommitmentStage::Run(AnalyzedDocument* doc) const {
  doc->commitments.clear();
  std::vector<bool> used;  // tokens already the cue or act of a commitment
  used.resize(doc->tokens.size());
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    if (doc->sentences[si].boilerplate || doc->sentences[si].token_count == 0) continue;
    SentenceView s(*doc, si);
    for (size_t i = 0; i < doc->events.size(); ++i) {
      const Event& e = doc->events[i];
      if (e.sentence != si || e.negated || !SureEnough(e)) continue;
      Commitment c;
      bool made = e.modality == Modality::kIntended
                      ? FromEvent(*doc, s, i, &c)
                      : e.modality == Modality::kDone &&
                            (FromPromiseVerb(*doc, s, i, &c) || FromSettlement(*doc, s, i, &c));
      if (!made) continue;
      int64_t t = TokenAt(*doc, s.first(), s.last(), c.trigger_span.begin);
      if (t >= 0) used[static_cast<size_t>(t)] = true;
      doc->commitments.push_back(std::move(c));
    }
    size_t first = 0, n = 0;
    while (first < doc->clauses.size() && doc->clauses[first].sentence < si) ++first;
    while (first + n < doc->clauses.size() && doc->clauses[first + n].sentence == si) ++n;
    for (size_t ci = 0; ci < n; ++ci) {
      Commitment c;
      if (!FromClause(*doc, s, first, n, ci, &c) || Covered(*doc, c)) continue;
      doc->commitments.push_back(std::move(c));
    }
    for (uint32_t t = s.first(); t < s.last(); ++t) {
      Commitment c;
      if (used[t] || !FromNoun(*doc, s, t, &c) || Covered(*doc, c)) continue;
      doc->commitments.push_back(std::move(c));
    }
  }
}

bool CommitmentStage::SureEnough(const Event& e) const {
  return !e.confidence || *e.confidence >= words_.min_event_confidence();
}

bool CommitmentStage::Covered(const AnalyzedDocument& doc, const Commitment& c) {
  for (const Commitment& o : doc.commitments) {
    if (o.sentence != c.sentence) continue;
    if (o.trigger_span.begin == c.trigger_span.begin) return true;
    for (const ActorMention& a : o.promisers) {
      for (const ActorMention& b : c.promisers) {
        if (SameActor(a, b)) return true;
      }
    }
  }
  return false;
}

bool CommitmentStage::FromEvent(const AnalyzedDocument& doc, const SentenceView& s, size_t ei,
                                Commitment* c) const {
  const Event& e = doc.events[ei];
  int64_t found = TokenAt(doc, s.first(), s.last(), e.trigger_span.begin);
  if (found < 0 || e.sources.empty()) return false;
  uint32_t trig = static_cast<uint32_t>(found);
  // Sought, not promised ("will seek a truce"), or a condition of another
  // act ("will not consider it until Somalia accepts").
  if (words_.Is(s.tok(trig).lemma, CueKind::kNot) || Condition(s, trig)) return false;
  // The promise word: the trigger itself, an auxiliary of it, or a word
  // governing it through an infinitive or clausal complement.
  int64_t cue = -1, act = trig;
  std::string why;
  const std::string& lemma = s.tok(trig).lemma;
  if (words_.Is(lemma, CueKind::kVerb) || words_.Is(lemma, CueKind::kNoun) || words_.Is(lemma, CueKind::kAdj)) {
    // "could accept the offer", "may agree to talks": a promise hedged by
    // a modal is none (data/train/README.md, convention 18).
    if (ModalAux(s, trig)) return false;
    cue = trig;
    int64_t comp = s.Child(trig, "xcomp");
    if (comp < 0) comp = s.Child(trig, "ccomp");
    if (comp < 0) comp = s.Child(trig, "acl");
    if (comp < 0) comp = VowedPurpose(s, trig);
    if (comp >= 0 && s.tok(static_cast<uint32_t>(comp)).upos == "VERB") act = comp;
    // "agreed to the protesters' demands", "agreed on the importance of":
    // a demand conceded or a view shared, no act promised.
    if (act == trig && ConcededObject(s, trig)) return false;
    // "prepared to try and fight back", "ready to seek talks": the act is sought.
    if (act != trig && words_.Is(s.tok(static_cast<uint32_t>(act)).lemma, CueKind::kNot)) return false;
    why = "trigger is a promise word";
  }
  int64_t deal = cue < 0 ? AgreementReached(s, trig) : -1;
  if (deal >= 0) {
    if (DealSought(s, trig)) return false;
    cue = trig;
    act = AgreementAct(s, static_cast<uint32_t>(deal));
    why = "an agreement reached";
  }
  for (int64_t x = trig, steps = 0; cue < 0 && x >= 0 && steps < 4; ++steps) {
    uint32_t ux = static_cast<uint32_t>(x);
    for (uint32_t ch : s.children(ux)) {
      if (s.tok(ch).deprel.starts_with("aux") && words_.Is(LowerAscii(s.tok(ch).text), CueKind::kAux)) {
        cue = ch;
        why = "future auxiliary";
        break;
      }
    }
    // "is to step down": a form of "be" with the act's infinitive marker.
    if (int64_t be = cue < 0 ? BeTo(s, ux) : -1; be >= 0) {
      cue = be;
      why = "'be to' of a plan";
    }
    if (cue >= 0) break;
    std::string_view rel = s.tok(ux).deprel;
    // Up through complements, and from an event noun to the verb it is the
    // object of ("ordered the withdrawal").
    bool noun_obj = rel == "obj" && s.tok(ux).upos == "NOUN";
    if (rel != "xcomp" && rel != "ccomp" && rel != "acl" && rel != "advcl" && !noun_obj) break;
    x = s.Head(ux);
    if (x < 0) break;
    const std::string& head = s.tok(static_cast<uint32_t>(x)).lemma;
    if (words_.Is(head, CueKind::kNot)) return false;
    if (words_.IsPromise(head)) {
      cue = x;
      why = "governed by a promise word";
    }
  }
  if (cue < 0) return false;
  FromEventFields(doc, s, ei, static_cast<uint32_t>(cue), why, c);
  Terms(doc, s, static_cast<uint32_t>(act), static_cast<uint32_t>(cue), c);
  if (deal >= 0) AddDealParties(doc, s, trig, static_cast<uint32_t>(deal), c);
  return true;
}

void CommitmentStage::FromEventFields(const AnalyzedDocument& doc, const SentenceView& s, size_t ei, uint32_t cue,
                                      const std::string& why, Commitment* c) const {
  const Event& e = doc.events[ei];
  c->sentence = s.index();
  c->event = static_cast<int32_t>(ei);
  c->promisers = e.sources;
  c->counterparts = e.targets;
  c->type = e.plover;
  c->cameo = e.cameo;
  c->cue = s.tok(cue).text;
  c->trigger = e.trigger;
  c->trigger_span = e.trigger_span;
  c->attribution = e.attribution;
  c->why = why;
}

int64_t CommitmentStage::AgreementReached(const SentenceView& s, uint32_t verb) const {
  if (int64_t thing = AcceptedOffer(s, verb); thing >= 0) return thing;
  if (!words_.Is(s.tok(verb).lemma, CueKind::kSettle)) return -1;
  for (std::string_view rel : {"obj", "nsubj:pass", "obl"}) {
    int64_t deal = s.Child(verb, rel);
    if (deal >= 0 && words_.Is(s.tok(static_cast<uint32_t>(deal)).lemma, CueKind::kAccord)) return deal;
  }
  // "a truce deal struck between Chile and Peru": the participle on its noun.
  int64_t deal = s.Head(verb);
  if (deal >= 0 && s.tok(verb).deprel == "acl" && s.tok(verb).tag == "VBN" &&
      words_.Is(s.tok(static_cast<uint32_t>(deal)).lemma, CueKind::kAccord)) {
    return deal;
  }
  return -1;
}

int64_t CommitmentStage::AcceptedOffer(const SentenceView& s, uint32_t verb) const {
  if (!words_.Is(s.tok(verb).lemma, CueKind::kAccept)) return -1;
  // Not a bare participle ("by accepting the offer", "instead accepting"),
  // nor a question or condition ("whether X had accepted the deal").
  bool finite = s.tok(verb).tag != "VBG" || s.Child(verb, "aux") >= 0;
  int64_t mark = s.Child(verb, "mark");
  if (!finite || (mark >= 0 && words_.Is(LowerAscii(s.tok(static_cast<uint32_t>(mark)).text), CueKind::kCondition))) {
    return -1;
  }
  auto offer = [&](int64_t t) {
    if (t < 0) return false;
    const std::string& lemma = s.tok(static_cast<uint32_t>(t)).lemma;
    return words_.Is(lemma, CueKind::kAccepted) || words_.Is(lemma, CueKind::kAccord);
  };
  for (std::string_view rel : {"obj", "nsubj:pass"}) {
    int64_t o = s.Child(verb, rel);
    if (o < 0) continue;
    if (offer(o)) return o;
    // "accepted some of the terms": the noun after "of" on a quantity.
    std::string_view pos = s.tok(static_cast<uint32_t>(o)).upos;
    int64_t of = pos == "NOUN" || pos == "PROPN" ? -1 : s.Child(static_cast<uint32_t>(o), "nmod");
    if (offer(of)) return of;
  }
  return -1;
}

uint32_t CommitmentStage::AgreementAct(const SentenceView& s, uint32_t deal) const {
  int64_t comp = s.Child(deal, "acl");
  // Not the participle that reaches it ("a deal struck between …").
  bool act = comp >= 0 && s.tok(static_cast<uint32_t>(comp)).upos == "VERB" &&
             !words_.Is(s.tok(static_cast<uint32_t>(comp)).lemma, CueKind::kSettle);
  return act ? static_cast<uint32_t>(comp) : deal;
}

std::vector<const ActorMention*> CommitmentStage::DealParties(const AnalyzedDocument& doc, const SentenceView& s,
                                                              uint32_t verb, uint32_t deal) const {
  std::vector<const ActorMention*> out;
  if (!words_.Is(s.tok(verb).lemma, CueKind::kSettle)) return out;  // not an offer accepted
  for (uint32_t head : {verb, deal}) {
    for (uint32_t ch : s.children(head)) {
      std::string_view rel = s.tok(ch).deprel;
      if (rel != "obl" && rel != "nmod") continue;
      int64_t prep = s.Child(ch, "case");
      if (prep < 0 || !words_.Is(LowerAscii(s.tok(static_cast<uint32_t>(prep)).text), CueKind::kParty)) continue;
      for (const ActorMention& m : doc.actors) {
        bool coded = !m.code.empty() && m.code[0] != '-';
        if (m.sentence == s.index() && !m.location && coded && ch >= m.begin && ch < m.end) out.push_back(&m);
      }
    }
    if (head == deal) break;
  }
  return out;
}

void CommitmentStage::AddDealParties(const AnalyzedDocument& doc, const SentenceView& s, uint32_t verb, uint32_t deal,
                                     Commitment* c) const {
  for (const ActorMention* m : DealParties(doc, s, verb, deal)) {
    bool known = false;
    for (const ActorMention& p : c->promisers) known = known || (p.sentence == m->sentence && p.begin == m->begin);
    if (!known) c->promisers.push_back(*m);
    std::erase_if(c->counterparts,
                  [&](const ActorMention& x) { return x.sentence == m->sentence && x.begin == m->begin; });
  }
}

bool CommitmentStage::FromSettlement(const AnalyzedDocument& doc, const SentenceView& s, size_t ei,
                                     Commitment* c) const {
  const Event& e = doc.events[ei];
  int64_t trig = TokenAt(doc, s.first(), s.last(), e.trigger_span.begin);
  if (trig < 0 || e.sources.empty()) return false;
  int64_t deal = AgreementReached(s, static_cast<uint32_t>(trig));
  if (deal < 0) return false;
  uint32_t cue = static_cast<uint32_t>(trig);
  // Not one under a condition or a modal ("until Somalia accepts a force",
  // "they could accept a ceasefire").
  if (Condition(s, cue) || Negated(s, cue) || DealSought(s, cue)) return false;
  const char* what = AcceptedOffer(s, cue) >= 0 ? "an offer or agreement accepted" : "an agreement reached";
  FromEventFields(doc, s, ei, cue, std::string(what) + " (the event is " + e.plover + ", done)", c);
  c->type = "AGREE";
  c->cameo.clear();
  Terms(doc, s, AgreementAct(s, static_cast<uint32_t>(deal)), cue, c);
  AddDealParties(doc, s, cue, static_cast<uint32_t>(deal), c);
  return true;
}

bool CommitmentStage::FromPromiseVerb(const AnalyzedDocument& doc, const SentenceView& s, size_t ei,
                                      Commitment* c) const {
  const Event& e = doc.events[ei];
  int64_t trig = TokenAt(doc, s.first(), s.last(), e.trigger_span.begin);
  if (trig < 0 || e.sources.empty()) return false;
  uint32_t cue = static_cast<uint32_t>(trig);
  if (s.tok(cue).upos != "VERB" || !words_.Is(s.tok(cue).lemma, CueKind::kOath)) return false;
  int64_t comp = s.Child(cue, "xcomp");
  if (comp < 0 || s.tok(static_cast<uint32_t>(comp)).upos != "VERB") return false;
  uint32_t act = static_cast<uint32_t>(comp);
  // "vowed not to give in": a promise not to act is no commitment (codebook, "Not done").
  if (Negated(s, cue) || Negated(s, act)) return false;
  // Only a cooperative act (quad 1 or 2) is promised: "vowed to retaliate"
  // stays the coder's threat.
  const CameoFacts* f = ActFacts(s, act);
  if (!f || f->plover.empty() || (f->quad != 1 && f->quad != 2)) return false;
  FromEventFields(doc, s, ei, cue, "promise verb with a cooperative act (the event is " + e.plover + ", done)", c);
  c->type = f->plover;
  c->cameo = f->code;
  Terms(doc, s, act, cue, c);
  return true;
}

bool CommitmentStage::FromNoun(const AnalyzedDocument& doc, const SentenceView& s, uint32_t n,
                               Commitment* c) const {
  const Token& tok = s.tok(n);
  // A promise noun the tagger took for a verb: a verb cannot be an object
  // ("announced an unprecedented plan to take over", "plan" tagged VBP).
  bool mistagged = tok.upos == "VERB" && tok.deprel == "obj";
  if ((tok.upos != "NOUN" && !mistagged) || !words_.Is(tok.lemma, CueKind::kNoun)) return false;
  // The owner: an actor modifying the noun ("the U.S. commitment", "Berlin's pledge").
  std::vector<uint32_t> owners;
  bool compound_owner = false;
  for (uint32_t ch : s.children(n)) {
    std::string_view d = s.tok(ch).deprel;
    if (d == "nmod:poss" || d == "compound" || d == "amod" || d == "nmod") {
      for (uint32_t t : s.Subtree(ch)) owners.push_back(t);
      compound_owner = compound_owner || (d == "compound" && ch + 1 == n);
    }
  }
  // "an offer by Sweden", "an offer of mediation by Sweden", the "by"
  // phrase often hung on the verb.
  int64_t by = s.ByAfter(n);
  if (by >= 0) {
    for (uint32_t t : s.Subtree(static_cast<uint32_t>(by), kClauseRels)) owners.push_back(t);
  }
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  std::vector<const ActorMention*> own = MentionsIn(doc, s.index(), owners);
  // The act, if the noun has one ("commitment to defend"), else the noun.
  // An infinitive right after the noun is its act wherever the parser
  // attached it ("the intention to hold talks", hung on the main verb).
  int64_t act = s.Child(n, mistagged ? "xcomp" : "acl");
  if (act < 0 && n + 2 < s.last() && s.tok(n + 1).deprel == "mark" && LowerAscii(s.tok(n + 1).text) == "to" &&
      s.tok(n + 2).upos == "VERB" && s.tok(n + 2).head != static_cast<int32_t>(n)) {
    act = n + 2;
  }
  // "an offer of mediation by Sweden": with its maker after "by", the noun
  // after "of" is the act ("promises of aid" alone may be anyone's report).
  if (int64_t of = s.Child(n, "nmod"); act < 0 && by >= 0 && of >= 0 && of < by &&
                                        s.tok(static_cast<uint32_t>(of)).upos == "NOUN") {
    act = of;
  }
  std::string why;
  if (!NounStands(s, n, act, compound_owner, &why)) return false;
  // The subject of the verb that gives the promise ("Denmark gave Belarus
  // assurances") promises, whatever modifies the noun; that of a verb
  // declaring it ("Uruguay announced a plan to invade"), when the noun has
  // no owner of its own.
  int64_t h = s.Head(n);
  const std::string& verb = h >= 0 ? s.tok(static_cast<uint32_t>(h)).lemma : tok.lemma;
  int64_t subj = h >= 0 && s.tok(n).deprel == "obj" ? s.Child(static_cast<uint32_t>(h), "nsubj") : -1;
  if (subj >= 0 && (words_.Is(verb, CueKind::kGive) || (own.empty() && words_.Is(verb, CueKind::kDeclare)))) {
    std::vector<const ActorMention*> g = MentionsIn(doc, s.index(), s.Subtree(static_cast<uint32_t>(subj)));
    if (!g.empty()) own = g;
  }
  if (own.empty()) return false;
  c->sentence = s.index();
  c->cue = tok.text;
  c->type = "AGREE";
  c->trigger = tok.text;
  c->trigger_span = tok.span;
  for (const ActorMention* m : own) c->promisers.push_back(*m);
  c->why = "promise noun, " + why;
  Terms(doc, s, act >= 0 ? static_cast<uint32_t>(act) : n, n, c);
  // "a plan to invade": a material act of a type of its own is the
  // promised type, unless negated ("guarantees its troops will not enter").
  if (act >= 0 && words_.Is(c->act_type, CueKind::kOwnType) && !Negated(s, static_cast<uint32_t>(act))) {
    c->type = c->act_type;
    c->act_type.clear();
  }
  // Given to whom: the source of an event acting on the noun ("Stoltenberg
  // welcomed the U.S. commitment"), when no beneficiary is named.
  for (const Event& e : doc.events) {
    if (!c->counterparts.empty()) break;
    if (e.sentence != s.index()) continue;
    int64_t t = TokenAt(doc, s.first(), s.last(), e.trigger_span.begin);
    if (t < 0 || !s.Dominates(static_cast<uint32_t>(t), n, 2)) continue;
    for (const ActorMention& m : e.sources) {
      if (!SameActor(m, c->promisers[0])) c->counterparts.push_back(m);
    }
    if (!c->counterparts.empty()) c->attribution = e.attribution;
  }
  // Else the subject of the verb the noun depends on ("Stoltenberg welcomed …").
  int64_t welcomer = h >= 0 ? s.Child(static_cast<uint32_t>(h), "nsubj") : -1;
  if (c->counterparts.empty() && welcomer >= 0) {
    for (const ActorMention* m : MentionsIn(doc, s.index(), s.Subtree(static_cast<uint32_t>(welcomer)))) {
      if (!SameActor(*m, c->promisers[0])) c->counterparts.push_back(*m);
    }
  }
  return true;
}

bool CommitmentStage::HedgeUnder(const SentenceView& s, uint32_t act) const {
  for (uint32_t t = s.first(); t < s.last(); ++t) {
    if (s.Head(t) >= 0 && s.Dominates(act, t, 3) && words_.Is(LowerAscii(s.tok(t).text), CueKind::kHedge)) return true;
  }
  return false;
}

bool CommitmentStage::ModalAux(const SentenceView& s, uint32_t t) const {
  for (uint32_t ch : s.children(t)) {
    if (s.tok(ch).deprel.starts_with("aux") && words_.Is(LowerAscii(s.tok(ch).text), CueKind::kHedge)) return true;
  }
  return false;
}

int64_t CommitmentStage::BeTo(const SentenceView& s, uint32_t verb) const {
  int64_t mark = s.Child(verb, "mark");
  if (mark < 0 || LowerAscii(s.tok(static_cast<uint32_t>(mark)).text) != "to") return -1;
  for (uint32_t ch : s.children(verb)) {
    std::string_view d = s.tok(ch).deprel;
    if ((d == "cop" || d.starts_with("aux")) && words_.Is(s.tok(ch).lemma, CueKind::kBeTo) &&
        static_cast<uint32_t>(mark) > ch) {
      return ch;
    }
  }
  return -1;
}

bool CommitmentStage::FutureAux(const SentenceView& s, uint32_t t) const {
  for (uint32_t ch : s.children(t)) {
    if (s.tok(ch).deprel.starts_with("aux") && words_.Is(LowerAscii(s.tok(ch).text), CueKind::kAux)) return true;
  }
  return false;
}

int64_t CommitmentStage::VowedPurpose(const SentenceView& s, uint32_t verb) const {
  if (!words_.Is(s.tok(verb).lemma, CueKind::kOath) || s.Child(verb, "obj") >= 0) return -1;
  int64_t inf = s.Child(verb, "advcl");
  if (inf < 0) return -1;
  int64_t mark = s.Child(static_cast<uint32_t>(inf), "mark");
  bool to = mark >= 0 && LowerAscii(s.tok(static_cast<uint32_t>(mark)).text) == "to";
  return to ? inf : -1;
}

bool CommitmentStage::ConcededObject(const SentenceView& s, uint32_t verb) const {
  auto conceded = [&](int64_t t) {
    return t >= 0 && words_.Is(s.tok(static_cast<uint32_t>(t)).lemma, CueKind::kConceded);
  };
  for (uint32_t o : s.children(verb)) {
    std::string_view rel = s.tok(o).deprel;
    if (rel != "obj" && rel != "obl") continue;
    // "agreed to most of the demands": the noun after "of" on a quantity.
    std::string_view pos = s.tok(o).upos;
    bool quantity = pos != "NOUN" && pos != "PROPN";
    if (conceded(o) || (quantity && conceded(s.Child(o, "nmod")))) return true;
  }
  return false;
}

bool CommitmentStage::Condition(const SentenceView& s, uint32_t t) const {
  // Whatever relation the parser gave the clause ("until Somalia accepts"
  // hung as a complement of "said", "whether" questions).
  int64_t mark = s.Child(t, "mark");
  return mark >= 0 && words_.Is(LowerAscii(s.tok(static_cast<uint32_t>(mark)).text), CueKind::kCondition);
}

bool CommitmentStage::DealSought(const SentenceView& s, uint32_t t) const {
  if (ModalAux(s, t)) return true;
  int64_t x = t;
  for (int steps = 0; steps < 3 && x >= 0 && s.tok(static_cast<uint32_t>(x)).deprel == "xcomp"; ++steps) {
    x = s.Head(static_cast<uint32_t>(x));
    if (x >= 0 && words_.Is(s.tok(static_cast<uint32_t>(x)).lemma, CueKind::kNot)) return true;
  }
  return false;
}

bool CommitmentStage::Negated(const SentenceView& s, uint32_t t) const {
  for (uint32_t ch : s.children(t)) {
    if (words_.Is(LowerAscii(s.tok(ch).text), CueKind::kNegation)) return true;
  }
  return false;
}

bool CommitmentStage::NounStands(const SentenceView& s, uint32_t n, int64_t act, bool compound_owner,
                                 std::string* why) const {
  int64_t h = s.Head(n);
  const std::string& head = h >= 0 ? s.tok(static_cast<uint32_t>(h)).lemma : s.tok(n).lemma;
  // Sought, demanded or doubted, not given ("seeking guarantees from X",
  // "requires U.S. assurances", "questions about Malaysia's commitment").
  if (h >= 0 && words_.Is(head, CueKind::kNot)) return false;
  // Not made when the verb it is the object or subject of is negated ("has
  // not made such commitments", "did not welcome Lima's pledge"); a phrase
  // on that verb is another matter ("would not honor it despite a pledge").
  std::string_view rel = s.tok(n).deprel;
  bool argument = rel == "obj" || rel.starts_with("nsubj");
  if (h >= 0 && argument && Negated(s, static_cast<uint32_t>(h))) return false;
  if (h >= 0 && (words_.Is(head, CueKind::kAffirm) || words_.Is(head, CueKind::kGive) ||
                 words_.Is(head, CueKind::kDeclare))) {
    *why = "affirmed by '" + head + "'";
    return true;
  }
  if (h >= 0 && words_.Is(head, CueKind::kExchange)) {
    *why = "given in exchange";
    return true;
  }
  bool weak = words_.Is(s.tok(n).lemma, CueKind::kWeakNoun);
  if (act >= 0 && !weak) {
    *why = "with its act";
    return true;
  }
  // "Spain plans to take the lead": the verb "plans" read as a noun after
  // its subject (a compound owner right before it, no determiner).
  if (act >= 0 && weak && compound_owner && s.Child(n, "det") < 0) {
    *why = "a verb read as a noun";
    return true;
  }
  return false;
}

std::string CommitmentStage::ActType(const SentenceView& s, uint32_t act) const {
  const CameoFacts* f = ActFacts(s, act);
  return f ? f->plover : "";
}

const CameoFacts* CommitmentStage::ActFacts(const SentenceView& s, uint32_t act) const {
  if (s.tok(act).upos != "VERB") return nullptr;
  const std::vector<Pattern>* patterns = lexicon_.Find(s.tok(act).lemma);
  if (!patterns) return nullptr;
  int64_t obj = s.Child(act, "obj");
  if (obj < 0) obj = s.Child(act, "nsubj:pass");  // "aid will be provided by Norway"
  std::string obj_lemma = obj >= 0 ? s.tok(static_cast<uint32_t>(obj)).lemma : "";
  // The most specific verb pattern whose object constraints the act meets
  // (other constraints are not checked: this types the act, it codes no event).
  for (const Pattern& p : *patterns) {
    if (p.pos == 'n') continue;
    bool fits = true;
    for (const Constraint& c : p.constraints) {
      if (c.kind != RoleKind::kObject) continue;
      if (c.absent) {
        fits = fits && obj < 0;
        continue;
      }
      bool in_set = c.lemma_sets.empty() && obj >= 0;
      for (uint32_t id : c.lemma_sets) in_set = in_set || (obj >= 0 && lexicon_.InSet(id, obj_lemma));
      fits = fits && in_set;
    }
    if (!fits) continue;
    return cameo_.Find(p.code);
  }
  return nullptr;
}

void CommitmentStage::Terms(const AnalyzedDocument& doc, const SentenceView& s, uint32_t act, uint32_t cue,
                            Commitment* c) const {
  c->action = s.tok(act).upos == "VERB" ? s.tok(act).lemma : "";
  c->act_type = ActType(s, act);
  if (c->act_type == c->type) c->act_type.clear();
  // The deadline: the first expression attached to the promised act (not
  // in the past of the document).
  uint32_t db = 0, de = 0;
  // A past-tense act with no future auxiliary ("agreed on Monday") takes
  // only limits ("by", "until", "within") as deadlines.
  // A promise word that is itself future ("will agree this week to provide")
  // is dated by its deadline too, and a future passive ("will be signed at
  // the end of next month") is not past.
  bool future_cue = cue != act && FutureAux(s, cue);
  const std::string& tag = s.tok(act).tag;
  bool past = (tag == "VBD" || tag == "VBN") && !words_.Is(LowerAscii(s.tok(cue).text), CueKind::kAux) &&
              !FutureAux(s, act);
  for (const DeadlineMatch& m : deadlines_.Find(doc.tokens, s.first(), s.last(), doc.doc.date)) {
    if (m.past) continue;
    // The expression's head word must hang (through its head) on the act or
    // on the promise word.
    uint32_t h = m.begin;
    for (uint32_t t = m.begin; t < m.end; ++t) {
      int32_t hh = s.tok(t).head;
      if (hh < static_cast<int32_t>(m.begin) || hh >= static_cast<int32_t>(m.end)) {
        h = t;
        break;
      }
    }
    // On the promise verb alone it dates the promise ("agreed Friday to …").
    bool attached = s.Dominates(act, h) || ((cue == act || future_cue) && s.Dominates(cue, h));
    if (!attached) continue;
    if (past && !words_.Is(LowerAscii(s.tok(m.begin).text), CueKind::kLimit)) continue;
    db = m.begin;
    de = m.end;
    c->deadline.text = s.Text(m.begin, m.end - 1);
    c->deadline.date = m.date;
    c->deadline.span = Span{s.tok(m.begin).span.begin, s.tok(m.end - 1).span.end};
    break;
  }
  // The object: the act's object, else its first oblique that is not the
  // deadline or a named actor, without clauses hanging on it.
  bool noun = s.tok(act).upos == "NOUN";
  int64_t obj = noun ? -1 : s.Child(act, "obj");
  if (obj < 0 && !noun) obj = s.Child(act, "nsubj:pass");
  // A noun's modifier ("a deal on trade"), not a party named in it ("a deal
  // with Sweden": a promiser or counterpart).
  for (uint32_t ch : s.children(act)) {
    if (!noun || obj >= 0 || s.tok(ch).deprel != "nmod") continue;
    int64_t prep = s.Child(ch, "case");
    bool party = prep >= 0 && words_.Is(LowerAscii(s.tok(static_cast<uint32_t>(prep)).text), CueKind::kParty);
    if (!party || !InMention(doc, s.index(), ch)) obj = ch;
  }
  for (uint32_t ch : s.children(act)) {
    if (obj >= 0) break;
    // An oblique naming an actor ("consult with Germany") is the counterpart.
    if (s.tok(ch).deprel.starts_with("obl") && !(ch >= db && ch < de) && ch != act &&
        !InMention(doc, s.index(), ch)) {
      obj = ch;
    }
  }
  if (obj >= 0) {
    std::vector<uint32_t> sub = s.Subtree(static_cast<uint32_t>(obj), kClauseRels);
    // Leading prepositions, and the deadline when the object holds it.
    while (!sub.empty() && (s.tok(sub.front()).deprel == "case" || s.tok(sub.front()).deprel == "mark")) {
      sub.erase(sub.begin());
    }
    uint32_t end = sub.empty() ? 0 : sub.back();
    for (size_t i = 1; i < sub.size(); ++i) {
      if (sub[i] != sub[i - 1] + 1 || (sub[i] >= db && sub[i] < de)) {
        end = sub[i - 1];
        break;
      }
    }
    if (!sub.empty() && !(sub.front() >= db && sub.front() < de)) c->object = s.Text(sub.front(), end);
  }
  c->quantity = Quantity(doc, s, act, db, de);
  if (act == cue && obj >= 0) DropOwnPromised(s, static_cast<uint32_t>(obj), c);
  if (c->counterparts.empty()) {
    for (const ActorMention* m : MentionsIn(doc, s.index(), s.Subtree(act))) {
      bool promiser = false;
      for (const ActorMention& p : c->promisers) promiser = promiser || SameActor(p, *m);
      if (!promiser) c->counterparts.push_back(*m);
    }
  }
}

void CommitmentStage::DropOwnPromised(const SentenceView& s, uint32_t obj, Commitment* c) const {
  if (c->promisers.empty()) return;
  std::vector<uint32_t> sub = s.Subtree(obj, kClauseRels);
  auto promised = [&](const ActorMention& m) {
    bool own = false;
    for (const ActorMention& p : c->promisers) own = own || (!p.country.empty() && p.country == m.country);
    return own && std::find(sub.begin(), sub.end(), m.begin) != sub.end();
  };
  std::erase_if(c->counterparts, promised);
}

std::string CommitmentStage::Quantity(const AnalyzedDocument& doc, const SentenceView& s, uint32_t act,
                                      uint32_t db, uint32_t de) const {
  std::vector<uint32_t> sub = s.Subtree(act, {"acl:relcl", "advcl", "parataxis"});
  for (uint32_t t : sub) {
    if (t >= db && t < de) continue;
    const Token& tok = s.tok(t);
    if (tok.upos != "NUM" && tok.kind != TokenKind::kNumber) continue;
    uint32_t b = t, e = t;
    if (b > s.first() && words_.Is(LowerAscii(s.tok(b - 1).text), CueKind::kCurrency)) --b;
    while (e + 1 < s.last()) {
      std::string next = LowerAscii(s.tok(e + 1).text);
      if (!words_.Is(next, CueKind::kScale) && !words_.Is(next, CueKind::kPercent)) break;
      ++e;
    }
    // "12,000 troops": the noun the number counts; "2% of economic output":
    // what the share is of.
    int64_t h = s.Head(t);
    if (tok.deprel == "nummod" && h > static_cast<int64_t>(e) && h - e <= 3 &&
        !words_.IsPromise(s.tok(static_cast<uint32_t>(h)).lemma)) {
      e = static_cast<uint32_t>(h);
    }
    bool share = false;
    for (uint32_t x = b; x <= e; ++x) share = share || words_.Is(LowerAscii(s.tok(x).text), CueKind::kPercent);
    for (uint32_t x = b; x <= e && share; ++x) {
      for (uint32_t ch : s.children(x)) {
        if (s.tok(ch).deprel != "nmod" || ch < e) continue;
        std::vector<uint32_t> nm = s.Subtree(ch, kClauseRels);
        if (!nm.empty() && (de == db || nm.back() < db)) e = std::max(e, nm.back());
      }
    }
    return s.Text(b, e);
  }
  return "";
}

namespace {

std::string Codes(const std::vector<ActorMention>& v) {
  std::string out;
  for (const ActorMention& m : v) out += (out.empty() ? "" : ",") + m.code;
  return out.empty() ? "-" : out;
}

}  // namespace

std::string DumpCommitments(const AnalyzedDocument& doc) {
  std::string out;
  for (const Commitment& c : doc.commitments) {
    out += "s" + std::to_string(c.sentence) + " " + Codes(c.promisers) + " -> " + Codes(c.counterparts) + " " +
           c.type + (c.cameo.empty() ? "" : "(" + c.cameo + ")") +
           (c.act_type.empty() ? "" : " act_type=" + c.act_type) + " cue=\"" + c.cue + "\" act=" +
           (c.action.empty() ? "-" : c.action) + " object=\"" + c.object + "\" quantity=\"" + c.quantity +
           "\" deadline=\"" + c.deadline.text + "\"=" + (c.deadline.date.empty() ? "-" : c.deadline.date) + "\n";
    out += "  why: " + c.why + "\n";
  }
  return out;
}

std::string CommitmentStage::Dump(const AnalyzedDocument& doc) const { return DumpCommitments(doc); }

}  // namespace entente
