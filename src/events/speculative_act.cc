#include "events/speculative_act.h"

#include <string>
#include <string_view>

#include "events/act_chain.h"

namespace entente {

namespace {

// Does word x have a speculative modal among its own auxiliaries?
bool HasSpeculativeModal(const SentenceGraph& g, uint32_t x, const Lexicon& lexicon) {
  for (uint32_t c : g.children(x)) {
    const Token& k = g.tok(c);
    if (BaseRelation(k.deprel) != "aux") continue;
    if (lexicon.InList("speculative_modal", std::string(LemmaOrText(k)))) return true;
  }
  return false;
}

}  // namespace

bool IsSpeculativeAct(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  return AnyOnActChain(g, t, lexicon, [&](uint32_t x) { return HasSpeculativeModal(g, x, lexicon); });
}

}  // namespace entente
