// clause_promises.cc — commitments read from the parse stage's clauses,
// whatever the event coder found in the sentence (doc/codebook.md,
// "Commitments", rule 4): a clause promised by a future auxiliary ("Iran
// will hold a summit") or by the promise word governing its infinitive
// ("pledged to", "is due to", "ready to"), with an actor as its subject (a
// passive's agent) and an act the event lexicon types as cooperation or as
// a material act ("agreed to" promises any act). The promised type is the
// act's when it is a type of its own (a withdrawal: RETREAT), else AGREE.
// Also agreements reached in a clause ("reached a deal", "a truce struck
// between Chile and Peru") and promises in the passive ("offered by X").
#include <algorithm>

#include "commitments/commitment_stage.h"
#include "commitments/sentence_view.h"
#include "commitments/word_util.h"

namespace entente {

namespace {

// The tokens of a phrase and of its conjuncts, sorted.
std::vector<uint32_t> PhraseTokens(const Phrase& p) {
  std::vector<uint32_t> out;
  for (uint32_t t = p.begin; t < p.end; ++t) out.push_back(t);
  for (const Phrase& c : p.conjuncts) {
    for (uint32_t t = c.begin; t < c.end; ++t) out.push_back(t);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Does mention m hold token t?
bool Holds(const ActorMention& m, uint32_t t) { return t >= m.begin && t < m.end; }

// The actors a subject names as itself: the mentions holding the phrase's
// head or a conjunct's head ("Germany and France"), or those inside it
// when its head is a role with no country of its own ("the leaders of
// Germany and France"). Not a thing of the actor's ("Kiribati's
// membership", "the U.N. mission"), nor a place.
std::vector<const ActorMention*> Promisers(const AnalyzedDocument& doc, uint32_t sentence, const Phrase& p) {
  std::vector<uint32_t> heads{p.head};
  for (const Phrase& c : p.conjuncts) heads.push_back(c.head);
  std::vector<const ActorMention*> out;
  bool role_head = false;
  for (const ActorMention& m : doc.actors) {
    if (m.sentence != sentence || m.location) continue;
    for (uint32_t h : heads) {
      if (!Holds(m, h)) continue;
      if (m.code.empty() || m.code[0] == '-') role_head = true;
      else out.push_back(&m);
      break;
    }
  }
  if (out.empty() && role_head) {
    out = MentionsIn(doc, sentence, PhraseTokens(p));
    std::erase_if(out, [&](const ActorMention* m) { return m->location; });
  }
  return out;
}

// The actors of the clause's "between" phrase ("reached between Chile and Peru").
std::vector<const ActorMention*> BetweenParties(const AnalyzedDocument& doc, uint32_t sentence, const Clause& k) {
  for (const PrepPhrase& pp : k.preps) {
    if (pp.prep == "between") return Promisers(doc, sentence, pp.object);
  }
  return {};
}

const Clause* Parent(const AnalyzedDocument& doc, size_t first, size_t n, const Clause& k) {
  if (k.parent < 0 || static_cast<size_t>(k.parent) >= n) return nullptr;
  return &doc.clauses[first + static_cast<size_t>(k.parent)];
}

}  // namespace

std::vector<const ActorMention*> CommitmentStage::ClausePromisers(const AnalyzedDocument& doc, const SentenceView& s,
                                                                 const Clause& k) const {
  const Phrase& who = k.voice == Voice::kPassive ? k.agent : k.subject;
  if (who.empty()) return {};
  // A pronoun subject of reported speech is its speaker ("Iran announced
  // that it will hold"): the speaker's actors promise. Only the pronouns of
  // a state or a group ("it", "they", "we"): "she will travel" after "the
  // government said" is someone else.
  bool pronoun = who.end == who.begin + 1 && s.Inside(who.head) &&
                 words_.Is(LowerAscii(s.tok(who.head).text), CueKind::kSpeakerPronoun);
  if (pronoun && !k.speaker.empty()) return Promisers(doc, s.index(), k.speaker);
  return Promisers(doc, s.index(), who);
}

bool CommitmentStage::Proffered(const SentenceView& s, const Clause& k) const {
  return k.voice == Voice::kPassive && !k.negated && !k.agent.empty() && k.link != ClauseLink::kNominal &&
         s.Inside(k.verb) && words_.Is(k.lemma, CueKind::kProffer);
}

int64_t CommitmentStage::ClauseAgreement(const SentenceView& s, const Clause& k) const {
  // Reached, not sought or hedged ("could reach a deal", "hopes to reach").
  if (k.negated || k.link == ClauseLink::kNominal || !s.Inside(k.verb) || !k.modality.empty()) return -1;
  return AgreementReached(s, k.verb);
}

int64_t CommitmentStage::ClauseCue(const AnalyzedDocument& doc, const SentenceView& s, size_t first, size_t n,
                                   size_t ci, std::string* why) const {
  const Clause& k = doc.clauses[first + ci];
  if (k.negated || k.link == ClauseLink::kNominal || !s.Inside(k.verb)) return -1;
  auto first_aux = [&]() -> int64_t { return k.auxiliaries.empty() ? k.verb : k.auxiliaries.front(); };
  if (k.tense == Tense::kFuture && k.modality.empty()) {
    *why = "clause with a future auxiliary";
    return first_aux();
  }
  // "would" is left to the coder: even in reported speech it is as often
  // a conjecture as a promise ("said Romania would probably take longer";
  // read from clauses in the eleventh session it found no dev commitment
  // and about 40% right on train).
  // "Kenya is to host": the plan's "be" is the clause's own auxiliary.
  if (k.modality == "plan" && k.link != ClauseLink::kInfinitive) {
    for (uint32_t a : k.auxiliaries) {
      if (s.Inside(a) && words_.Is(s.tok(a).lemma, CueKind::kBeTo)) {
        *why = "'be to' of a plan";
        return a;
      }
    }
    return -1;
  }
  if (k.link != ClauseLink::kInfinitive) return -1;
  const Clause* p = Parent(doc, first, n, k);
  if (!p || !s.Inside(p->verb)) return -1;
  // "vowed on Monday to end": a phrase between the promise verb and its
  // infinitive makes the parser read a purpose ("to"); on a verb of vowing
  // with no object it is still the vow's act ("signed a deal to extend",
  // "announced measures to resolve" are purposes).
  bool purpose = k.modality == "to" && VowedPurpose(s, p->verb) == static_cast<int64_t>(k.verb);
  const std::string& word = purpose ? p->lemma : k.modality;
  if (word == "plan" && p->lemma == "be") {
    *why = "'be to' of a plan";
    return p->verb;
  }
  if (!words_.Is(word, CueKind::kVerb) && !words_.Is(word, CueKind::kAdj)) return -1;
  // An infinitive on a noun ("resisted plans by the U.S. to join", "an
  // offer to resign") is the noun's: the promise-noun rule reads it.
  int64_t gov = s.Head(k.verb);
  if (gov >= 0 && s.tok(static_cast<uint32_t>(gov)).upos == "NOUN") return -1;
  // "is expected to begin": someone's forecast, not a promise.
  if (words_.Is(word, CueKind::kForecast)) return -1;
  // Object control makes the object act ("ordered the troops to withdraw"),
  // and "is expected to" is someone else's forecast: only the subject of an
  // active promise word promises.
  if (p->voice == Voice::kPassive) return -1;
  for (const Phrase& o : p->objects) {
    if (!k.subject.empty() && o.head == k.subject.head) return -1;
  }
  *why = "clause governed by a promise word";
  return gov >= 0 ? gov : p->verb;  // "due" of "is due to meet"
}

bool CommitmentStage::Hedged(const AnalyzedDocument& doc, const SentenceView& s, size_t first, size_t n,
                             size_t ci) const {
  const Clause* k = &doc.clauses[first + ci];
  // Sought or considered rather than promised ("will seek", "would
  // consider"); a condition ("would withdraw if talks fail", "if
  // necessary") or a hedge ("would probably") on the act.
  if (words_.Is(k->lemma, CueKind::kNot) || words_.Is(k->lemma, CueKind::kNoAct)) return true;
  if (HedgeUnder(s, k->verb)) return true;
  for (int steps = 0; k && steps < 5; ++steps) {
    if (words_.Is(k->marker, CueKind::kCondition) || words_.Is(k->modality, CueKind::kHedge)) return true;
    const Clause* p = Parent(doc, first, n, *k);
    if (p && (words_.Is(p->lemma, CueKind::kNot) || words_.Is(k->modality, CueKind::kNot))) return true;
    k = p;
  }
  return false;
}

bool CommitmentStage::PromisedType(const SentenceView& s, uint32_t verb, std::string* type,
                                   std::string* cameo) const {
  const CameoFacts* f = ActFacts(s, verb);
  // Only an act the lexicon knows as an event is promised ("will meet",
  // "plans to invade"): "will remain", "will be a model", "will face
  // retaliation", "planned to remain close" are not. A promised act is
  // cooperation (AGREE) or a material act of a type of its own; a verbal
  // act ("will take all necessary steps" typed ACCUSE, "will refuse") is
  // no promise read from a clause.
  if (!f || f->plover.empty()) return false;
  bool own = words_.Is(f->plover, CueKind::kOwnType);
  if (!own && !words_.Is(f->plover, CueKind::kCooperation)) return false;
  *type = own ? f->plover : "AGREE";
  *cameo = own ? f->code : "";
  return true;
}

bool CommitmentStage::FromClause(const AnalyzedDocument& doc, const SentenceView& s, size_t first, size_t n,
                                 size_t ci, Commitment* c) const {
  const Clause& k = doc.clauses[first + ci];
  std::string why;
  int64_t cue = ClauseCue(doc, s, first, n, ci, &why);
  uint32_t act = k.verb;
  std::string type, cameo;
  int64_t deal = -1;
  if (cue >= 0) {
    // "agreed to lift its troops": a binding word promises its infinitive
    // whatever act it names, when the lexicon has no type for it.
    bool binding = k.link == ClauseLink::kInfinitive && words_.Is(k.modality, CueKind::kBinding) &&
                   ActType(s, k.verb).empty();
    if (binding) type = "AGREE";
    if (!binding && !PromisedType(s, k.verb, &type, &cameo)) return false;
    why += " (act " + ActType(s, k.verb) + ")";
  } else if (deal = ClauseAgreement(s, k); deal >= 0) {
    cue = k.verb;
    act = AgreementAct(s, static_cast<uint32_t>(deal));
    type = "AGREE";
    why = AcceptedOffer(s, k.verb) >= 0 ? "an offer or agreement accepted in a clause"
                                         : "an agreement reached in a clause";
  } else if (Proffered(s, k)) {
    cue = k.verb;
    type = "AGREE";
    why = "promised in the passive by its agent";
  }
  if (cue < 0 || Hedged(doc, s, first, n, ci)) return false;
  std::vector<const ActorMention*> promisers = ClausePromisers(doc, s, k);
  // "a truce was struck between Chile and Peru": the parties of an
  // agreement reached in the passive without an agent.
  if (promisers.empty() && why.starts_with("an agreement") && k.voice == Voice::kPassive) {
    promisers = BetweenParties(doc, s.index(), k);
  }
  // "reached a deal with Iran": the other party is bound too.
  if (promisers.empty() && deal >= 0) promisers = DealParties(doc, s, k.verb, static_cast<uint32_t>(deal));
  if (promisers.empty()) return false;
  c->sentence = s.index();
  for (const ActorMention* m : promisers) c->promisers.push_back(*m);
  c->type = type;
  c->cameo = cameo;
  c->cue = s.tok(static_cast<uint32_t>(cue)).text;
  c->trigger = s.tok(k.verb).text;
  c->trigger_span = s.tok(k.verb).span;
  if (!k.speaker.empty()) {
    c->attribution.text = s.Text(k.speaker.begin, k.speaker.end - 1);
    for (const ActorMention* m : MentionsIn(doc, s.index(), PhraseTokens(k.speaker))) {
      c->attribution.actor = m->code;
      break;
    }
  }
  c->why = why;
  Terms(doc, s, act, static_cast<uint32_t>(cue), c);
  if (deal >= 0) AddDealParties(doc, s, k.verb, static_cast<uint32_t>(deal), c);
  return true;
}

}  // namespace entente
