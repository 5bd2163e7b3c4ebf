// act_chain.h — the verbs an event word hangs from through coordination and
// aspect verbs. "They may stop and withdraw": "withdraw" shares the modal
// of "stop"; "urged them to continue talks": "talks" is what was urged,
// through "continue". The rules on acts not done (requested_act.h,
// speculative_act.h) look along this chain.
#pragma once

#include <cstdint>
#include <string>

#include "events/coder_features.h"
#include "events/lexicon.h"

namespace entente {

// True if `found(x)` holds for event word t or for a word it hangs from
// through "conj" or an "xcomp" of one of the lexicon's %aspect verbs,
// nearest first, at most four words in all.
template <class Found>
bool AnyOnActChain(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, Found found) {
  uint32_t x = t;
  for (int step = 0; step < 4; ++step) {
    if (found(x)) return true;
    int32_t h = g.head(x);
    if (h < 0) return false;
    uint32_t head = static_cast<uint32_t>(h);
    std::string_view rel = BaseRelation(g.tok(x).deprel);
    bool through = rel == "conj" || (rel == "xcomp" && lexicon.InList("aspect", std::string(LemmaOrText(g.tok(head)))));
    if (!through) return false;
    x = head;
  }
  return false;
}

}  // namespace entente
