// ordered_act.h — the deed a directive verb carries in its object. "The
// president ordered the deployment of warships", "the general ordered the
// arrest of the mayor": the event a careful coder codes is the deployment or
// the arrest, by the one who ordered it (of the 10 such events the rule
// finds in the train split, the corpus gives 9 the noun's type; the tenth
// is a lexicon sense, "expulsion of residents" read as 166). The learned
// coder types such a verb by the event noun the lexicon knows, so that a
// rare construction does not take the type of "order" itself (a court
// order, SANCTION) — see LearnedCoder::CodeWord.
#pragma once

#include <cstdint>
#include <string>

#include "events/coder_features.h"
#include "events/lexicon.h"
#include "events/word_classes.h"

namespace entente {

// The CAMEO code of the event noun that word t, a verb of the lexicon's
// %directive list, takes as its direct object ("ordered [the deployment] of
// troops"), or "" if t is no such verb or its object is no event noun. The
// noun's pattern is the lexicon's first noun pattern (`word/n`) for its
// lemma whose prepositional constraints are met by the noun's own modifiers
// ("withdrawal/n of=@troops" needs "of the troops"; "release/n of=@prisoners"
// is no release of documents; "attack/n" needs none). A deed whose patient
// is no party ("ordered the killing of pigs": NonPartyPatient of
// events/false_alarm_features.h, read when `wc` is given) is no ordered deed.
std::string OrderedActCode(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon,
                           const WordClasses* wc = nullptr);

}  // namespace entente
