// syntax_trainer.h — trains the tagger (XPOS, UPOS) and the dependency
// parser on a CoNLL-U treebank (UD English EWT) into one model bundle.
// Deterministic: the same treebank, options and build give the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/status.h"
#include "tag/conllu.h"
#include "tag/features.h"
#include "util/model_bundle.h"

namespace entente {

struct SyntaxTrainOptions {
  int tagger_epochs = 8;
  int parser_epochs = 15;
  bool tagger_refine = false;  // a second XPOS pass reading the first pass's tags of the following words
  int jackknife = 4;          // folds of predicted tags for the parser's training data (0: gold tags)
  double explore = 0.9;       // dynamic oracle: follow the model's own wrong move this often
  int explore_from = 2;       // ... from this epoch on (1-based)
  float prune = 0.0f;         // drop averaged weights smaller than this
  uint32_t tagger_min_updates = 1;  // drop tagger features updated fewer times than this (2 = one mistake)
  uint32_t min_updates = 6;   // drop parser features updated fewer times than this
  // log2 of the rows of the dense hashed tables of the transition and label
  // models (LinearModel's dense layout, trained with its collisions); 0:
  // the sparse layout, one row per feature.
  int transition_bits = 0;
  int label_bits = 0;
  // Width of the beam the transition model is trained (globally, with
  // max-violation updates) and decodes with; 1: greedy, dynamic oracle.
  int beam = 1;
  uint64_t seed = 20261206;
  bool verbose = true;        // progress on stderr
};

struct SyntaxTrainInput {
  std::vector<ConlluSentence> train, dev;
  std::string description;    // stored in the bundle's "about" part
  std::string word_contexts;  // the tagger's distributional table (stored as part "word_contexts"; may be empty)
};

// Trains everything; the bundle has parts xpos, upos, refine (with
// options.tagger_refine), transitions, labels,
// label_names, beam (with options.beam > 1) and about.
Result<ModelBundle> TrainSyntax(const SyntaxTrainInput& in, const FeatureExtractor& features,
                                const SyntaxTrainOptions& options);

}  // namespace entente
