// requested_act.h — acts a sentence only asks for or warns against. The
// guide codes "urged Iran to sign", "called on Turkey to stop the
// offensive" and "warned Russia against deploying troops" as one REQUEST or
// THREATEN; the complement's act is not done (nor intended by anyone), so
// the learned coder does not write it as a deed of the speaker
// (CoderParams::requested_acts).
#pragma once

#include <cstdint>

#include "events/coder_features.h"
#include "events/lexicon.h"

namespace entente {

// True if event word t is the act asked for or warned against by a verb of
// the lexicon's %request_gov list: its infinitive or clausal complement
// ("urged X to sign", "demanded that X withdraw") or its gerund or noun
// under "against" / "from" ("warned X against deploying", "warned against
// an invasion"); through coordination ("to stop and withdraw") and the
// lexicon's aspect verbs ("to stop attacking" is not climbed: "stop" is an
// act of its own; "to continue talks" is), at most four steps up.
bool IsRequestedAct(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon);

}  // namespace entente
