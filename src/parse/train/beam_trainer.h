// beam_trainer.h — one sentence of global training for the beam parser:
// a beam of the given width over the transitions, the gold reference being
// the best item whose transitions all had the least cost under the dynamic
// oracle (so non-projective trees need no special case), and a perceptron
// update at the point of maximum violation (Huang, Fayong & Guo 2012). The
// label model learns, as in greedy training, on the arcs of the gold
// reference that are gold.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parse/train/oracle.h"
#include "parse/transition_beam.h"
#include "util/linear_model.h"

namespace entente {

// Reused between sentences (no allocation once grown).
struct BeamTrainScratch {
  TransitionBeam beam;
  std::vector<int> current, next, chain_pred, chain_gold;
  std::vector<BeamCandidate> cands;
  std::vector<float> lscores;
};

struct BeamTrainStats {
  size_t sentences = 0, updates = 0, arcs = 0, label_wrong = 0;
};

// Trains `tl` (transitions; one clock tick per sentence) and `ll` (labels;
// one tick per gold arc) on sentence `d` with a beam of `width`.
void LearnBeamSentence(const ParseData& d, int width, PerceptronLearner* tl, PerceptronLearner* ll,
                       BeamTrainScratch* x, BeamTrainStats* stats);

}  // namespace entente
