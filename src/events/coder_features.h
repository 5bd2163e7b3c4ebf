// coder_features.h — what the learned event coder (events/learned_coder.h)
// reads of a sentence: the dependency tree of the parse stage, the actor
// mentions of the actors stage and the event lexicon as prior knowledge.
// Each decision has its own feature set:
//   trigger:    is this word an event, and of which PLOVER type;
//   cameo:      which CAMEO code of that type;
//   factuality: done, intended, negated, hypothetical or denied;
//   argument:   is this actor mention the event's source, target, or neither.
// Two optional groups (FeatureGroups) add to these; a model file names the
// groups it was trained with, and decoding computes exactly those.
// Features are hashed (util/linear_model.h). With `names` set, each feature
// is also written out readably, for `explain` and `--why`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analysis.h"
#include "events/lexicon.h"
#include "events/word_classes.h"

namespace entente {

// A sentence's place in its story for the docrel group (events/relevance.h):
// the buckets of the story's mean relevance, of its first sentence's
// relevance and of the sentence's position (-1: none; the group adds
// nothing), and the mean itself (CoderParams::document_gate reads it).
struct DocumentRelevance {
  int mean = -1, lead = -1, position = -1;
  float mean_probability = 1.0f;
};

// One sentence's tokens [first, end) with the tree's children lists and the
// actor mentions whose head token lies in it.
class SentenceGraph {
 public:
  void Build(const AnalyzedDocument& doc, uint32_t sentence);

  const AnalyzedDocument& doc() const { return *doc_; }
  uint32_t first() const { return first_; }
  uint32_t end() const { return end_; }
  const Token& tok(uint32_t i) const { return doc_->tokens[i]; }
  // Head of token i (absolute), or -1.
  int32_t head(uint32_t i) const;
  const std::vector<uint32_t>& children(uint32_t i) const { return children_[i - first_]; }
  // Tree depth of token i (root 0).
  int depth(uint32_t i) const { return depth_[i - first_]; }
  // The lemma of the "case" or "mark" child of i ("in", "by", "to"), or "".
  std::string_view CaseOf(uint32_t i) const;
  // Mentions of this sentence (indices into doc().actors) and each one's
  // head token. A role with no country ("---GOV": "police", "protesters")
  // is a mention too; Identified() tells it apart.
  const std::vector<uint32_t>& mentions() const { return mentions_; }
  uint32_t MentionHead(uint32_t mention) const;
  // True if some mention's head is within four tree steps of token i.
  bool NearMention(uint32_t i) const { return near_[i - first_] != 0; }
  // The mentions whose heads are nearest token t in the text, at most
  // kMaxNearMentions of them (every mention of an ordinary sentence): bounds
  // the work per word in sentences crowded with names.
  static constexpr size_t kMaxNearMentions = 16;
  const std::vector<uint32_t>& MentionsNear(uint32_t t) const;
  // How many other mentions' heads lie between token t and token a (on a's
  // side of t, nearer t than a).
  int MentionsBetween(uint32_t t, uint32_t a) const;
  // True if the mention names its country or organisation (not "---…").
  bool Identified(uint32_t mention) const;
  // The country of the place where the sentence sets token t's event, for a
  // role with no country ("police in Kano", "protesters took to the streets
  // of Cairo"): a country or place mention in a locative phrase of the
  // trigger or of `agent`'s token, nearest first; "" if none.
  std::string PlaceCountry(uint32_t t, uint32_t agent) const;
  // The labelled path from token a up to the common ancestor and down to b,
  // e.g. "nsubj^ obj^ vxcomp"; "" when a == b; "far" past 5 steps.
  std::string Path(uint32_t a, uint32_t b) const;
  // The number of steps of that path (99 past 5).
  int Steps(uint32_t a, uint32_t b) const;
  // The highest token of [begin, end) in the tree.
  uint32_t HeadOf(uint32_t begin, uint32_t end) const;
  // WordNet's lexicographer file of token i's first sense ("verb.contact"),
  // "none" for other words; looked up once per token of the sentence (the
  // pair and argument features ask for the trigger's once per mention).
  std::string_view Lexfile(uint32_t i, const WordClasses& wc) const;
  // The bucket of the sentence's relevance (events/relevance.h) that the
  // relevance group reads; -1 (none) after Build() until the coder sets it.
  int relevance_bucket() const { return relevance_bucket_; }
  void set_relevance_bucket(int bucket) { relevance_bucket_ = bucket; }
  // The sentence's place in its story (events/relevance.h) that the docrel
  // group reads; none after Build() until the coder sets it.
  const DocumentRelevance& document_relevance() const { return document_relevance_; }
  void set_document_relevance(const DocumentRelevance& d) { document_relevance_ = d; }

 private:
  void MarkNear();
  const AnalyzedDocument* doc_ = nullptr;
  uint32_t first_ = 0, end_ = 0;
  std::vector<std::vector<uint32_t>> children_;
  std::vector<int> depth_;
  std::vector<uint32_t> mentions_;
  std::vector<uint32_t> mention_heads_;
  std::vector<std::pair<uint32_t, uint32_t>> head_by_mention_;  // (mention, head), sorted
  std::vector<uint32_t> sorted_heads_;
  std::vector<uint8_t> near_;
  mutable std::vector<uint32_t> near_scratch_;
  mutable std::vector<int16_t> lexfile_;  // per token: -2 not looked up, -1 none
  int relevance_bucket_ = -1;
  DocumentRelevance document_relevance_;
};

// A token's lemma, or its text when it has none (lemmas are lower-case:
// include/entente/token.h).
inline std::string_view LemmaOrText(const Token& t) { return t.lemma.empty() ? std::string_view(t.text) : t.lemma; }
// A dependency relation without its subtype: "obl:tmod" -> "obl".
inline std::string_view BaseRelation(std::string_view rel) { return rel.substr(0, rel.find(':')); }
// True if relation `rel` is `base` or one of its subtypes.
inline bool IsRelation(std::string_view rel, std::string_view base) { return BaseRelation(rel) == base; }

// Collects hashed features, and their names when explaining.
class FeatureSet {
 public:
  explicit FeatureSet(bool names = false) : keep_names_(names) {}
  void Clear() {
    hashes_.clear();
    names_.clear();
  }
  // Adds a feature; one already in the set is not added again.
  void Add(std::string_view templ, std::string_view a = {}, std::string_view b = {}, std::string_view c = {});
  // Feature augmentation for domain adaptation (Daume 2007, "Frustratingly
  // easy domain adaptation"): adds a copy of every feature already in the set
  // that belongs to `domain` alone ("wikinews:lem=call"), so that a model
  // learns what holds in every domain on the general copies and what differs
  // in one (how often a word is an event in real news) on that domain's.
  // Nothing for an empty domain.
  void AddDomainCopies(std::string_view domain);
  const std::vector<uint64_t>& hashes() const { return hashes_; }
  const std::vector<std::string>& names() const { return names_; }

 private:
  bool keep_names_;
  std::vector<uint64_t> hashes_;
  std::vector<std::string> names_;
};

// Optional feature groups, off unless a model was trained with them
// (`entente train --features`):
//   sentence-nouns: the trigger's sentence's common nouns, what it is about
//                   (a lockdown, a match, a vaccine);
//   subject-kind:   what kind of word is the trigger's subject (an actor
//                   mention, a pronoun, another noun, none), for the
//                   trigger, the source pair and the argument decisions;
//   wordnet:        WordNet's lexicographer files (events/word_classes.h) of
//                   the trigger, of its arguments' heads and of its head, so
//                   that a verb or event noun borrows from known words of
//                   its class;
//   wordnet-hypernyms: with wordnet, the trigger's synset and three levels
//                   of hypernyms, and each argument head's first hypernym;
//   wordnet-args:   the trigger's WordNet lexicographer file with the path
//                   from each actor mention, for the source-pair and the
//                   argument decisions (an unseen verb's roles read as its
//                   class's);
//   object-lexicon: the lexicon's code of the trigger's object, complement
//                   or oblique (and of the object's compound): a light verb
//                   takes its event from its noun ("paid a visit", "staged a
//                   hunger strike"), alone and with the verb's lemma;
//   actor-sector:   the sector of each actor mention near the trigger (its
//                   first CAMEO sector, "GOV", "MIL", "REB", "BUS", or its
//                   kind when it has none: "country", "person", "agent"), with
//                   the path and with the trigger's lemma, for the trigger
//                   and the source-pair decisions: a government acts
//                   politically, a company or a hospital mostly does not;
//   topic:          the non-political domains (disease, disaster, sport,
//                   election, …) the sentence's nouns and the trigger's
//                   arguments belong to by WordNet (events/topic_features.h),
//                   alone, with the trigger's lemma and with its lexicon code;
//   relevance:      the bucketed probability that the trigger's sentence
//                   holds an event at all (events/relevance.h), alone and
//                   with the trigger's lemma, part of speech and lexicon root,
//                   for the detector and the type model;
//   docrel:         the sentence's story: its mean relevance, its first
//                   sentence's relevance and the sentence's position
//                   (events/relevance.h's DocumentRelevance), each alone and
//                   with the trigger's lemma and lexicon root, for the
//                   detector and the type model;
//   false-alarm:    the kind of the trigger's patient (an animal, a plant,
//                   food), negation with the lexicon's root, and a domestic
//                   population as object (events/false_alarm_features.h),
//                   for the detector and the type model;
//   lexicon-match:  the CAMEO root of the lexicon's most specific pattern
//                   whose constraints the trigger's clause meets, or that
//                   the lemma's patterns meet none (events/lexicon_match.h),
//                   for the detector and the type model;
//   lexicon-sense:  the lexicon prior ("lex", "lex.top") of a clause that
//                   meets a pattern constraining a role is that pattern's
//                   root alone, not the lemma's first three patterns';
//   scope:          whether the sentence's actors are of one country or of
//                   several, and the trigger's subject against its object's
//                   country (events/scope_features.h), with the lexicon's
//                   root, for the detector and the type model;
//   shared-subject: a verb with no subject of its own reads the subject of
//                   the verb it is conjoined to or complements as its own
//                   (events/shared_subject.h), in the trigger, source-pair
//                   and argument features.
struct FeatureGroups {
  bool sentence_nouns = false;
  bool subject_kind = false;
  bool wordnet = false;
  bool wordnet_hypernyms = false;
  bool wordnet_args = false;
  bool object_lexicon = false;
  bool actor_sector = false;
  bool event_links = false;
  bool topic = false;
  bool relevance = false;
  bool docrel = false;
  bool false_alarm = false;
  bool lexicon_match = false;
  bool lexicon_sense = false;
  bool scope = false;
  bool shared_subject = false;

  bool any() const {
    return sentence_nouns || subject_kind || wordnet || wordnet_hypernyms || wordnet_args || object_lexicon ||
           actor_sector || event_links || topic || relevance || docrel || false_alarm ||
           lexicon_match || lexicon_sense || scope || shared_subject;
  }
  // True if a group reads WordNet's classes.
  bool uses_wordnet() const { return wordnet || wordnet_args || event_links || topic || false_alarm; }
  // "sentence-nouns,subject-kind,wordnet,wordnet-hypernyms,wordnet-args,object-lexicon,actor-sector,event-links,topic,relevance,docrel,false-alarm,lexicon-match,lexicon-sense,scope,shared-subject"
  // (the groups that are on, in this order); "" for none.
  std::string ToString() const;
  // Parses a comma-separated list of group names ("none" names no group);
  // nullopt if a name is unknown.
  static std::optional<FeatureGroups> Parse(std::string_view list);
};

// Which of the coder's feature sets are augmented with domain copies
// (FeatureSet::AddDomainCopies): the trigger features (detector and type
// models), the source-pair features and the argument features. In training
// each sentence's features are copied for its corpus record's `source`
// ("ngec", "wikinews"); decoding reads the copies of `domain` (the domain of
// the text to code: real news), or of a gold record's own domain when the
// model knows it (For()).
struct DomainAdaptation {
  bool trigger = false;
  bool pair = false;
  bool argument = false;
  std::string domain;
  std::vector<std::string> trained;  // the domains training saw, sorted

  bool any() const { return trigger || pair || argument; }
  // The domain to decode a text from `source` with: `source` itself if
  // training saw it, else `domain`.
  std::string_view For(std::string_view source) const;
  // "trigger,pair,argument" (those that are on, in this order); "" for none.
  std::string ModelsString() const;
  // Parses a comma-separated list of those names ("none": none); nullopt if
  // a name is unknown. `domain` is left empty.
  static std::optional<DomainAdaptation> ParseModels(std::string_view list);
};

// The CAMEO root (two digits) of the lexicon's first pattern for a lemma, or "".
std::string_view LexiconRoot(const Lexicon& lexicon, std::string_view lemma);

// The candidate words: verbs, nouns and adjectives of the tree with an actor
// mention within a few steps of the tree (an event needs an actor).
bool IsTriggerCandidate(const SentenceGraph& g, uint32_t t);

// `classes` is read by the wordnet group (may be null when it is off).
void TriggerFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const FeatureGroups& groups,
                     const WordClasses* classes, FeatureSet* out);
void CameoFeatures(const SentenceGraph& g, uint32_t t, std::string_view type, const Lexicon& lexicon,
                   FeatureSet* out);
void FactualityFeatures(const SentenceGraph& g, uint32_t t, std::string_view type, FeatureSet* out);
// Is `mention` the source of an event at word t (any type)? Read with the
// detector: a word is an event when it is one and has a source.
void PairFeatures(const SentenceGraph& g, uint32_t t, uint32_t mention, const Lexicon& lexicon,
                  const FeatureGroups& groups, const WordClasses* classes, FeatureSet* out);
void ArgumentFeatures(const SentenceGraph& g, uint32_t t, std::string_view type, uint32_t mention,
                      const FeatureGroups& groups, const WordClasses* classes, FeatureSet* out);

}  // namespace entente
