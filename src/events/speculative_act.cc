#include "events/speculative_act.h"

#include <string>
#include <string_view>

namespace entente {

namespace {

// Lemmas are lower-case (include/entente/token.h).
std::string_view LemmaOf(const Token& t) { return t.lemma.empty() ? std::string_view(t.text) : t.lemma; }

std::string_view BaseRel(std::string_view rel) { return rel.substr(0, rel.find(':')); }

// Does word x have a speculative modal among its own auxiliaries?
bool HasSpeculativeModal(const SentenceGraph& g, uint32_t x, const Lexicon& lexicon) {
  for (uint32_t c : g.children(x)) {
    const Token& k = g.tok(c);
    if (BaseRel(k.deprel) != "aux") continue;
    if (lexicon.InList("speculative_modal", std::string(LemmaOf(k)))) return true;
  }
  return false;
}

}  // namespace

bool IsSpeculativeAct(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  uint32_t x = t;
  for (int step = 0; step < 4; ++step) {
    if (HasSpeculativeModal(g, x, lexicon)) return true;
    int32_t h = g.head(x);
    if (h < 0) return false;
    uint32_t head = static_cast<uint32_t>(h);
    std::string_view rel = BaseRel(g.tok(x).deprel);
    bool through = rel == "conj" ||
                   (rel == "xcomp" && lexicon.InList("aspect", std::string(LemmaOf(g.tok(head)))));
    if (!through) return false;
    x = head;
  }
  return false;
}

}  // namespace entente
