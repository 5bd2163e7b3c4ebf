// learned_coder.h — entente's event coder: six averaged-perceptron models
// over features of the dependency tree, the actor mentions and the event
// lexicon (events/coder_features.h), trained on the annotated corpus
// data/train/events/ by `entente train` (events/train/coder_trainer.h):
//   1. detect + pair: is a verb, noun or adjective near an actor an event
//      (one model for all types, so that what makes a word an event in one
//      type teaches the others), and is some mention its source; their
//      margins added (the pair's weighed) must pass the trigger margin;
//   2. trigger: of which of the 16 PLOVER types;
//   3. cameo: the CAMEO code among those of that type;
//   4. factuality: done, intended, negated, hypothetical or denied;
//   5. argument: each actor mention near the word is the event's source,
//      its target, or neither.
// An event needs a source; several sources with no target are a reciprocal
// or joint event. Two decoding rules of the model's params (on for models
// trained since the eighth session): one event per deed, and no source that
// is a pronoun standing for a mention of another sentence. `why` names the features that weighed most in each
// decision. Immutable after Create(); safe to share between threads.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/diagnostics.h"
#include "entente/status.h"
#include "events/cameo_table.h"
#include "events/coder_features.h"
#include "events/event_coder.h"
#include "events/lexicon.h"
#include "events/word_classes.h"
#include "util/linear_model.h"
#include "util/model_bundle.h"

namespace entente {

inline constexpr std::array<std::string_view, 16> kPloverTypes = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST",  "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
// Trigger classes: 0 = no event, 1 + index into kPloverTypes.
inline constexpr int kNumTriggerClasses = 17;

enum class Factuality : uint8_t { kDone, kIntended, kNegated, kHypothetical, kDenied };
inline constexpr int kNumFactuality = 5;
inline constexpr std::array<std::string_view, kNumFactuality> kFactualityNames = {
    "done", "intended", "negated", "hypothetical", "denied"};

enum class ArgumentRole : uint8_t { kNone, kSource, kTarget };
inline constexpr int kNumRoles = 3;

// Settings chosen on the dev split, stored with the weights.
struct CoderParams {
  float trigger_margin = 0.0f;  // detector margin + pair_weight × best source-pair margin must pass this
  // Per type, added to the trigger margin for a word the type model gives
  // that type (kPloverTypes order): types differ in how often their events
  // are false alarms on real news. All 0 in a model file written without them.
  std::array<float, 16> type_margins{};
  // The two perceptrons' margins are not on one scale: the pair model's is
  // weighed by this (chosen on dev with the trigger margin; 1 in a model
  // file written without it).
  float pair_weight = 1.0f;
  float argument_margin = 0.0f; // a source must beat "none" by this much
  float target_margin = 0.0f;   // a target must beat "none" by this much (chosen on dev:
                                // the corpus's annotators name a target more often
                                // than the argument model dares)
  // An event whose mentions all miss the argument margin takes as its source
  // the codable mention scoring best as one, if that beats "none" by more than
  // this (chosen on dev; 1e9, never, for a model file written without it).
  float source_floor = 1e9f;
  bool keep_sourceless = false; // write events that found no source (never by default)
  // One deed, one event (the guide's convention 13): of two events of a
  // sentence whose triggers are a verb and its own nominal object or
  // complement ("carried out the attack", "held talks"), or that have the
  // same type, sources and targets, only the better scored is written
  // (off in a model file written without it).
  bool one_event_per_deed = false;
  // A source must be named in its sentence: a pronoun whose referent is in
  // another sentence is not a source (the guide: a pronoun counts only when
  // the sentence makes its referent clear). Off in a file written without it.
  bool sources_in_sentence = false;
  // An act a sentence only asks for or warns against ("urged X to sign",
  // "warned X against deploying"; events/requested_act.h) is hypothetical,
  // whatever the factuality model says (`entente train`: on by default).
  // Off in a file written without it.
  bool requested_acts = false;
  // An act under a speculative modal ("may enter", "could seize";
  // events/speculative_act.h) is hypothetical, whatever the factuality model
  // says. Off in a file written without it.
  bool speculative_acts = false;
  // A sentence whose relevance (events/relevance.h) is below this is not
  // coded at all (0: every sentence is; the model must hold a relevance part).
  float relevance_gate = 0.0f;
  // A document whose sentences' mean relevance is below this is not coded
  // at all (0: every document is; the model must hold a relevance part).
  float document_gate = 0.0f;
  // The optional feature groups the model was trained with, and decoding
  // computes (none for a model file written without them).
  FeatureGroups features;
  // Feature augmentation by domain (coder_features.h's DomainAdaptation):
  // which models were trained with a general and a per-domain copy of each
  // feature, and the domain whose copies decoding reads (none for a model
  // file written without it).
  DomainAdaptation domain_adaptation;
};

// The five models, as trained.
struct CoderModels {
  std::unique_ptr<LinearModel> detect, pair, trigger, cameo, factuality, argument;
  // The sentence relevance model (events/relevance.h): null unless trained
  // with the relevance group or a relevance gate ("relevance" part).
  std::unique_ptr<LinearModel> relevance;
  std::vector<std::string> cameo_codes;  // class index -> CAMEO code
  CoderParams params;
  std::string about;

  ModelBundle ToBundle() const;
  static Result<CoderModels> FromBundle(const ModelBundle& bundle);
  // Reads the bundle at `path`; the mapped file is let go on return, before
  // WordNet's files are mapped (peak memory at start-up).
  static Result<CoderModels> Load(const std::string& path);
};

class LearnedCoder : public EventCoder {
 public:
  // Loads the event model (`model_path`; "" = data_dir/events/model.bin),
  // data_dir/events/cameo_codes.tsv and the lexicon. A missing or damaged
  // model is an error naming the file.
  static Result<std::unique_ptr<LearnedCoder>> Create(const std::string& data_dir, const std::string& model_path,
                                                      DiagnosticSink* sink);
  static std::string DefaultModelPath(const std::string& data_dir);
  // `classes` is needed when the model was trained with the wordnet group
  // (Create loads it then).
  LearnedCoder(CoderModels models, CameoTable cameo, Lexicon lexicon,
               std::shared_ptr<const WordClasses> classes = nullptr);

  void Run(AnalyzedDocument* doc) const override;
  void RunParts(const std::vector<AnalyzedDocument*>& parts) const override;
  std::string Dump(const AnalyzedDocument& doc) const override;
  const char* name() const override { return "learned"; }

  CoderParams& params() { return models_.params; }
  const CoderModels& models() const { return models_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const CameoTable& cameo_table() const { return cameo_; }

 private:
  void CodeSentence(const SentenceGraph& g, uint32_t sentence, AnalyzedDocument* doc) const;
  // With a relevance model: sets g's relevance bucket for the relevance
  // group; false when the sentence is below the relevance gate.
  bool ReadRelevance(SentenceGraph* g) const;
  // With a relevance model and the docrel group or a document gate: each
  // non-boilerplate sentence's place in the document the parts make, in
  // order; else empty.
  std::vector<DocumentRelevance> PlaceInDocument(const std::vector<AnalyzedDocument*>& parts) const;
  // Codes candidate word t (trigger features f) into `e`; false when it
  // finds no source and so writes no event.
  bool CodeWord(const SentenceGraph& g, uint32_t t, const FeatureSet& f, uint32_t sentence,
                const AnalyzedDocument& doc, Event* e) const;
  // Detector margin plus pair_weight × the best source-pair margin of word t.
  float EventScore(const SentenceGraph& g, uint32_t t, const FeatureSet& trigger_features) const;
  // The event score passes the trigger margin plus the type's own margin
  // (the type model's choice is asked only when some type has one).
  bool PassesTriggerMargin(float score, const FeatureSet& trigger_features) const;
  // What a word's event score must pass: the trigger margin plus the chosen
  // type's own margin (an event's confidence is its score less this).
  float TriggerThreshold(const FeatureSet& trigger_features) const;
  int ChooseType(const FeatureSet& trigger_features) const;  // a trigger class, 1..16
  Factuality ChooseFactuality(const SentenceGraph& g, uint32_t t, std::string_view type) const;
  // The mentions that are the event's source or target (overlaps counted once).
  std::vector<std::pair<uint32_t, ArgumentRole>> ChooseArguments(const SentenceGraph& g, uint32_t t,
                                                                 std::string_view type) const;
  void AddActors(const SentenceGraph& g, uint32_t t, const std::vector<std::pair<uint32_t, ArgumentRole>>& roles,
                 Event* e) const;
  // Adds mention m to e's sources or targets (a role noun with no country
  // takes the event place's, or is left out; one code once per side).
  void AddActor(const SentenceGraph& g, uint32_t t, uint32_t m, ArgumentRole role, Event* e) const;
  // Sets e's CAMEO code and its facts: `code` when given, else the cameo
  // model's choice among the type's codes.
  void SetCode(const SentenceGraph& g, uint32_t t, std::string_view type, const std::string& code, Event* e) const;
  // The trigger class (1..16) of the deed a directive verb t orders
  // (events/ordered_act.h) and its CAMEO code in `code`; 0 if none.
  int OrderedActClass(const SentenceGraph& g, uint32_t t, std::string* code) const;
  int ChooseCameo(const SentenceGraph& g, uint32_t t, std::string_view type, FeatureSet* f) const;
  // Who says event t: the subject of a verb of saying above it, through
  // complements, or set beside it ("S, officials said").
  void Attribute(const SentenceGraph& g, uint32_t t, Event* e) const;
  // Sets e's attribution to the subject of verb of saying `say`.
  void AttributeTo(const SentenceGraph& g, uint32_t say, Event* e) const;
  // A speaker (the subject token c of a verb of saying) that is not named:
  // a noun of the lexicon's %unnamed_speaker list ("officials said",
  // "anonymous administration sources told") with no name beside it.
  bool AnonymousSpeaker(const SentenceGraph& g, uint32_t c) const;
  // The verb of saying (the lexicon's "say" list) that mention m depends
  // on, when it is not event t itself; -1 if none.
  int32_t SayingOf(const SentenceGraph& g, uint32_t t, uint32_t m) const;
  // A news outlet (sector MED) that only reports event t: it says or reports
  // it ("Fars reported"), is told it ("told Reuters") or is cited ("according
  // to ISNA").
  bool Outlet(const SentenceGraph& g, uint32_t t, uint32_t m) const;
  // A country or place that only says where another of the event's parties
  // of its own country is: hung by a %locative case word on a mention of
  // `roles` ("Nigerian troops [in Borno]"); the corpus never lists such a
  // place as a party of its own. (Of another country it may be the party's
  // country, "Albanians in Serbia", and is left to the argument model.)
  bool LocatesAnother(const SentenceGraph& g, uint32_t m,
                      const std::vector<std::pair<uint32_t, ArgumentRole>>& roles) const;
  // A city or capital that says where, not who: hung by a %locative case
  // word, itself or as the first of its conjuncts ("rallies in Oslo and
  // Bergen", "talks in Niamey"). Of the 91 train sources and targets after
  // "in" or "at", the actor stage reads one as a city.
  bool PlaceOnly(const SentenceGraph& g, uint32_t m) const;
  // A compound of a name and a word of %backer ("US-backed", "Serb-dominated")
  // that modifies another of the event's mentions ("US-backed Syrian rebels"):
  // it names who stands behind that party, not a party.
  bool Backer(const SentenceGraph& g, uint32_t m, const std::vector<std::pair<uint32_t, ArgumentRole>>& roles) const;
  // The subject of a verb of saying that event t is said under ("X said S")
  // or beside ("S, X said").
  bool Speaker(const SentenceGraph& g, uint32_t t, uint32_t m) const;
  // Adds the decoding domain's copies of f's features when the model's
  // feature set `adapted` was trained with them.
  void AddDomainCopies(bool adapted, FeatureSet* f) const;
  // The features that weighed most in each decision about word t, by name.
  std::string Why(const SentenceGraph& g, uint32_t t, std::string_view type, int type_class, Factuality fact,
                  const std::vector<std::pair<uint32_t, ArgumentRole>>& roles) const;

  CoderModels models_;
  CameoTable cameo_;
  Lexicon lexicon_;
  std::shared_ptr<const WordClasses> classes_;  // null unless the model reads the wordnet group
  std::vector<std::vector<uint16_t>> codes_of_type_;  // per trigger class, the CAMEO classes
};

// The per-type margins as "TYPE:margin" joined by commas, the non-zero ones
// only ("" when all are 0); and back. Parsing fails (nullopt) on an unknown
// type or a value that is no number.
std::string TypeMarginsToString(const std::array<float, 16>& margins);
std::optional<std::array<float, 16>> ParseTypeMargins(std::string_view text);

// A candidate event of one sentence: the trigger token, its event score.
struct ScoredCandidate {
  Event event;
  uint32_t trigger = 0;
  float score = 0;
};
// One deed, one event: removes from `events` (one sentence's) every event
// whose trigger is the nominal object or complement of another's trigger
// ("carried out the attack"), or whose type, sources and targets equal
// another's, when the other scores higher (CoderParams::one_event_per_deed).
void KeepOneEventPerDeed(const SentenceGraph& g, std::vector<ScoredCandidate>* events);

// The `count` features of `f` that added most to class `cls`, as
// "name(+weight)" joined by spaces (explanations).
std::string TopFeatures(const LinearModel& model, const FeatureSet& f, int cls, int count);

}  // namespace entente
