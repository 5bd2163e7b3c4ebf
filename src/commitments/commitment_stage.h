// commitment_stage.h — the commitments stage, after events: promises with
// their terms. From every event the coder found `intended` and not negated
// whose promised act is governed by a promise word ("pledged to", "vowed
// to", "will", "plans to", "ready to"; data/commitments/commitment_words.txt)
// from every promise noun the sentence presents as made ("welcomed the
// U.S. commitment"), and from every clause promised by a future auxiliary
// or a promise word with an actor as its subject, whatever the coder found
// (clause_promises.cc), it makes a Commitment: promiser, counterpart, promised type
// and act, object, quantity, and the deadline attached to the act in the
// dependency tree, resolved against the document's date
// (data/commitments/deadlines.txt). The rules are in doc/codebook.md
// ("Commitments"). Built once by Create(), then const and thread-safe.
#pragma once

#include <memory>
#include <string>

#include "commitments/commitment_words.h"
#include "commitments/deadline_rules.h"
#include "events/cameo_table.h"
#include "events/lexicon.h"
#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class CommitmentStage {
 public:
  // Reads the two data files under <data_dir>/commitments, and the event
  // lexicon and CAMEO table (to type the promised act); deadlines read the
  // calendar words of `dates`, the pipeline's one date resolver.
  static Result<std::unique_ptr<CommitmentStage>> Create(const std::string& data_dir,
                                                         std::shared_ptr<const DateResolver> dates,
                                                         DiagnosticSink* sink);
  CommitmentStage(CommitmentWords words, DeadlineRules deadlines, Lexicon lexicon, CameoTable cameo)
      : words_(std::move(words)), deadlines_(std::move(deadlines)), lexicon_(std::move(lexicon)),
        cameo_(std::move(cameo)) {}

  // Fills doc->commitments from doc->events, the tokens' tree and actors.
  void Run(AnalyzedDocument* doc) const;

  // Canonical dump: one line per commitment, then "why:".
  std::string Dump(const AnalyzedDocument& doc) const;

  const DeadlineRules& deadlines() const { return deadlines_; }

 private:
  class SentenceView;
  // Is the coder sure enough of event e to read it as a promise (its
  // confidence at least the words file's min_event_confidence)?
  bool SureEnough(const Event& e) const;
  bool FromEvent(const AnalyzedDocument& doc, const SentenceView& s, size_t event, Commitment* c) const;
  // A done event whose trigger is a promise verb with a cooperative act as
  // its complement ("vowed to return the vessel", coded THREATEN): the act
  // is promised whatever type the coder gave the promise.
  bool FromPromiseVerb(const AnalyzedDocument& doc, const SentenceView& s, size_t event, Commitment* c) const;
  // A done event reaching an agreement ("struck a truce deal", coded as the
  // coder codes it): a commitment of type AGREE by its source.
  bool FromSettlement(const AnalyzedDocument& doc, const SentenceView& s, size_t event, Commitment* c) const;
  // The agreement noun that verb `verb` reaches ("reached a deal", "a
  // compromise was reached", "entered into an accord"), or -1.
  int64_t AgreementReached(const SentenceView& s, uint32_t verb) const;
  // The offer, proposal or agreement an accepting verb accepts ("accepted
  // the offer", "the terms were accepted", "accepted some of the terms"),
  // or -1: accepted, it commits the acceptor as a deal reached does.
  int64_t AcceptedOffer(const SentenceView& s, uint32_t verb) const;
  // The parties an agreement is reached with ("reached a deal with Iran",
  // "an accord with the unions": the `party` preposition on the verb or the
  // noun) are bound by it as its subject is (data/train/README.md,
  // convention 18): their coded actors join c's promisers and leave its
  // counterparts.
  void AddDealParties(const AnalyzedDocument& doc, const SentenceView& s, uint32_t verb, uint32_t deal,
                      Commitment* c) const;
  // Those parties' coded actors (not places).
  std::vector<const ActorMention*> DealParties(const AnalyzedDocument& doc, const SentenceView& s, uint32_t verb,
                                               uint32_t deal) const;
  // What an agreement commits to: its infinitive ("a deal to end the
  // strike"), else the agreement noun itself.
  uint32_t AgreementAct(const SentenceView& s, uint32_t deal) const;
  // Fills the parts of `c` taken from event `ei` (promisers, evidence …).
  void FromEventFields(const AnalyzedDocument& doc, const SentenceView& s, size_t ei, uint32_t cue,
                       const std::string& why, Commitment* c) const;
  bool FromNoun(const AnalyzedDocument& doc, const SentenceView& s, uint32_t noun, Commitment* c) const;
  // Does promise noun `n` (with an owner, and its act or -1) stand for a
  // promise made: affirmed or given by the verb it hangs on ("welcomed",
  // "gave"), given in exchange ("in return for French guarantees"), or a
  // pledge with its act ("Mbeki's pledge not to attack"); not when sought or
  // doubted ("seeking guarantees"), nor a bare plan ("Bulgaria's plans to
  // buy")? `why` says which.
  // Is a hedge or condition word under the act ("will probably host", "if
  // necessary"; the `hedge` list), within three steps? (Read for clauses
  // only: on the coder's intended events it costs more than it saves; on
  // train it drops 29 annotated intended events for 11 false alarms.)
  bool HedgeUnder(const SentenceView& s, uint32_t act) const;
  // Has token t a modal auxiliary of the `hedge` list ("could accept")?
  bool ModalAux(const SentenceView& s, uint32_t t) const;
  // Is the agreement verb t sought or hedged, not reached: under a modal
  // of the `hedge` list ("could reach") or the infinitive of a verb of
  // wanting or trying ("hopes to reach a deal", "seeks to strike")?
  bool DealSought(const SentenceView& s, uint32_t t) const;
  // Is token `t` negated by a child ("not", "never")?
  bool Negated(const SentenceView& s, uint32_t t) const;
  // The form of "be" of "is to step down" on verb t (a plan), or -1.
  int64_t BeTo(const SentenceView& s, uint32_t verb) const;
  // Has token t a future or modal auxiliary of the `aux` list ("will agree")?
  bool FutureAux(const SentenceView& s, uint32_t t) const;
  // The infinitive the parser hung as a purpose ("vowed on Monday to end")
  // on a verb of vowing with no object (the `oath` list): the vow's act; or -1.
  int64_t VowedPurpose(const SentenceView& s, uint32_t verb) const;
  // Is the object or oblique of promise verb `verb` a demand conceded or a
  // view shared (the `conceded` list: "agreed to the demands")?
  bool ConcededObject(const SentenceView& s, uint32_t verb) const;
  // Is token t the verb of a clause marked as a condition or question ("until
  // X accepts", "whether"), whatever its relation?
  bool Condition(const SentenceView& s, uint32_t t) const;
  bool NounStands(const SentenceView& s, uint32_t n, int64_t act, bool compound_owner, std::string* why) const;
  // A promised clause whatever the coder found (clause_promises.cc): clause
  // `ci` of the sentence's clauses [first, first + n) of doc.clauses.
  bool FromClause(const AnalyzedDocument& doc, const SentenceView& s, size_t first, size_t n, size_t ci,
                  Commitment* c) const;
  // The commitment type and CAMEO code of the act a clause promises at
  // `verb`: its own type when that is a material act of `own_type`, AGREE
  // for cooperation; false for an untyped or verbal act.
  bool PromisedType(const SentenceView& s, uint32_t verb, std::string* type, std::string* cameo) const;
  // The actors clause k's subject (a passive's agent) names; a pronoun
  // subject of reported speech stands for its speaker.
  std::vector<const ActorMention*> ClausePromisers(const AnalyzedDocument& doc, const SentenceView& s,
                                                   const Clause& k) const;
  // Is clause k a promise in the passive with an agent, who promises ("a
  // truce offered by Pakistan", "aid was pledged by Norway")?
  bool Proffered(const SentenceView& s, const Clause& k) const;
  // The agreement noun clause k reaches ("the two sides reached a deal",
  // "a truce was struck"), not negated, sought or hedged; or -1.
  int64_t ClauseAgreement(const SentenceView& s, const Clause& k) const;
  // Does an earlier commitment of c's sentence have c's trigger or one of
  // its promisers? (The coder's event found it already.)
  static bool Covered(const AnalyzedDocument& doc, const Commitment& c);
  // The promise cue of clause `ci` ("will", "would" in reported speech, the
  // promise word governing its infinitive): its token, or -1.
  int64_t ClauseCue(const AnalyzedDocument& doc, const SentenceView& s, size_t first, size_t n, size_t ci,
                    std::string* why) const;
  // Is clause `ci` sought or considered ("will seek"), hedged or
  // conditional ("probably", "if necessary"), or governed by a verb of
  // wanting, urging or threatening ("wants to")?
  bool Hedged(const AnalyzedDocument& doc, const SentenceView& s, size_t first, size_t n, size_t ci) const;
  // Object, quantity, counterparts and deadline of the act at token `act`.
  void Terms(const AnalyzedDocument& doc, const SentenceView& s, uint32_t act, uint32_t cue, Commitment* c) const;
  // What the promise word itself governs is given, not a counterpart: the
  // promiser's own forces or people inside it ("pledged more of its troops")
  // are dropped from the counterparts; other countries' stay ("pledged
  // support for Ukraine").
  void DropOwnPromised(const SentenceView& s, uint32_t obj, Commitment* c) const;
  std::string Quantity(const AnalyzedDocument& doc, const SentenceView& s, uint32_t act, uint32_t skip_b,
                       uint32_t skip_e) const;

  // The CAMEO facts the lexicon gives verb `act` with its object, or null.
  const CameoFacts* ActFacts(const SentenceView& s, uint32_t act) const;
  // Their PLOVER type, or "".
  std::string ActType(const SentenceView& s, uint32_t act) const;

  CommitmentWords words_;
  DeadlineRules deadlines_;
  Lexicon lexicon_;
  CameoTable cameo_;
};

// The dump format of CommitmentStage::Dump, usable without a stage.
std::string DumpCommitments(const AnalyzedDocument& doc);

}  // namespace entente
