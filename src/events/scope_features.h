// scope_features.h — the scope feature group of the learned coder
// (`entente train --features …,scope`): whether a sentence's actors are of
// one country or of several, for telling routine domestic acts from
// political events between parties.
//
// On real news many written events that are no event are a politician's
// acts at home ("visited the state", "held a town hall", "signed an order"):
// every actor the sentence names is of one country. Domestic politics is
// coded too ("accused the president"), so the scope is no rule; the model
// learns per lexicon root how often a word of one country's sentence is an
// event (pooled over the root's words: the train split's real news is too
// small for a weight per lemma):
//   the sentence's scope: the number of distinct countries of its identified
//     actor mentions, "none", "one" or "many" ("sc"), and with the lexicon's
//     CAMEO root of the trigger ("sc.lex");
//   the trigger's own dyad: its subject mention's country against the
//     countries of mentions on its object, oblique or nominal modifiers,
//     "same" (all of them the subject's), "other" (one of another country),
//     with the root ("sc.so").
#pragma once

#include <cstdint>
#include <string_view>

#include "events/coder_features.h"
#include "events/lexicon.h"

namespace entente {

// "none", "one" or "many": the distinct countries of the sentence's
// identified actor mentions.
std::string_view SentenceScope(const SentenceGraph& g);

// Adds the group's features of trigger candidate t (see above).
void ScopeFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, FeatureSet* out);

}  // namespace entente
