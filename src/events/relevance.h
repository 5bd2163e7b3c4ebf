// relevance.h — the relevance prior of the learned coder (`entente train
// --features …,relevance`): a two-class linear model (logistic regression)
// of a whole sentence as "holds a coded event or not", over cheap sparse
// features (content lemmas, lemma bigrams, the actor mentions' kinds,
// sectors and countries, the lexicon's CAMEO roots of its verbs). Most
// false events on real news are in sentences that are not about politics at
// all (an epidemic's measures, a disaster, sport, an election count), which
// a feature of one word cannot see; the sentence's relevance, bucketed and
// conjoined with the candidate word's lemma, part of speech and lexicon
// root, is a feature group of the detector and the type model. The trainer
// (events/train/coder_trainer.h) scores each training sentence with a model
// that did not see its document (out-of-fold), so that the trigger models
// learn from honest scores; the model on all of train is stored in the
// model file ("relevance" part). The same probability can also gate a
// sentence (CoderParams::relevance_gate).
//
// The docrel group (`--features …,docrel`) reads a sentence's story: the
// mean relevance of the story's sentences (a sports report or an epidemic
// bulletin is low throughout, a story of a border clash high), the
// relevance of its first sentence, and the sentence's position, each
// bucketed and conjoined with the candidate's lemma and lexicon root. The
// trainer pools the out-of-fold probabilities of each story's sentences
// (gold records' `doc_id`); decoding pools the document's own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/coder_features.h"
#include "events/lexicon.h"
#include "util/linear_model.h"

namespace entente {

// Adds the relevance classifier's features of sentence g to `out` (a
// document's sentences may be pooled into one set).
void RelevanceFeatures(const SentenceGraph& g, const Lexicon& lexicon, FeatureSet* out);

// The probability of "holds an event" (class 1) from a two-class model's
// margins through the logistic function; 0.5 for a model of other shape.
float RelevanceProbability(const LinearModel& model, const std::vector<uint64_t>& features);

// The bucket of a probability: 0 below 0.1, 1 below 0.25, 2 below 0.5, 3
// below 0.75, 4 above.
inline constexpr int kRelevanceBuckets = 5;
int RelevanceBucket(float p);

// What the prior is conjoined with: the candidate's lemma, part of speech
// and the lexicon's CAMEO root of its lemma ("" if none).
struct RelevanceKey {
  std::string lemma, pos, lex;
};
RelevanceKey RelevanceKeyOf(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon);

// The group's features of a candidate in a sentence of relevance `bucket`:
// the bucket alone and with each part of the key.
void RelevancePriorFeatures(int bucket, const RelevanceKey& key, FeatureSet* out);

// (DocumentRelevance, a sentence's place in its story, is declared in
// events/coder_features.h, beside the sentence graph that carries it.)

// The position bucket of the sentence at `index` (0-based) in its story: 0
// the first, 1 the second, 2 the third to fifth, 3 the sixth to tenth, 4 later.
int PositionBucket(size_t index);

// Each sentence's DocumentRelevance from the relevance probabilities of a
// story's sentences in order (empty for none).
std::vector<DocumentRelevance> PoolDocumentRelevance(const std::vector<float>& p);

// The docrel group's features of a candidate in a sentence placed as `d` in
// its story: each bucket alone and with the key's lemma and lexicon root.
void DocumentRelevanceFeatures(const DocumentRelevance& d, const RelevanceKey& key, FeatureSet* out);

}  // namespace entente
