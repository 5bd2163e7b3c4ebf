// link_features.h — the event-links feature group of the learned coder
// (`entente train --features …,event-links`): evidence that crosses from one
// word of an event to another, for the type confusions of real news.
//   * Light verb and event noun: a verb takes the lexicon code and WordNet
//     class of its object, oblique or complement, and of that noun's own
//     clausal modifier ("signed a decree banning …"), each with the verb's
//     own lexicon code and with whether the verb is one of the lexicon's
//     light verbs (%light); the noun takes its governing verb's code, class
//     and lightness. Both candidates see both words, so the model learns
//     which of the two carries the type ("made threats", "entered into an
//     agreement", "increased cooperation").
//   * Complement-typed acts: a complement of a verb of intent (%intent:
//     "vowed to retaliate") or of saying (%say) is marked so, with its own
//     code; the intent verb sees its complement's code.
//   * Verbal or material acts: the trigger's own code with the WordNet class
//     of its object and obliques ("attacked the policy" against "attacked the
//     town"), with a verb of saying above it, and with quotation marks in the
//     sentence (the trigger inside or outside them).
// Lists of words are the lexicon's %lists (data/events/lexicon/00_lists.lex).
#pragma once

#include <cstdint>

#include "events/coder_features.h"
#include "events/lexicon.h"
#include "events/word_classes.h"

namespace entente {

// Adds the group's features of trigger candidate t. `classes` may be null
// (then only the lexicon's evidence is added).
void EventLinkFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* classes,
                       FeatureSet* out);

}  // namespace entente
