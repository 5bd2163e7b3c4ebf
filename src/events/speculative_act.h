// speculative_act.h — acts a sentence only speculates about. The guide
// (convention 7) lists a conditional or speculative act as hypothetical:
// "Australia may enter a trade pact", "the city can seize the opportunity",
// "the forest should be opened up" are no acts done. In the train split 24
// of the 25 gold events whose trigger follows one of the modals may, might,
// could, can, should are listed as hypothetical (the 25th, "should remain
// banned", is a ban in force); the factuality model still reads a few such
// words as done on real news (CoderParams::speculative_acts).
#pragma once

#include <cstdint>

#include "events/coder_features.h"
#include "events/lexicon.h"

namespace entente {

// True if event word t carries a modal of the lexicon's %speculative_modal
// list as its own auxiliary ("may enter", "should be opened"), or the verb
// it complements through the lexicon's aspect verbs or coordination does
// ("could try to seize", "can and may declare"), at most four steps up.
bool IsSpeculativeAct(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon);

}  // namespace entente
