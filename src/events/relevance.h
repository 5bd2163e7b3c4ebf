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

}  // namespace entente
