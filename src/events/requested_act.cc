#include "events/requested_act.h"

#include <string>
#include <string_view>

#include "events/act_chain.h"

namespace entente {

namespace {

// Does word x hang on its head h as what h asks for or warns against?
bool IsComplementOfRequest(const SentenceGraph& g, uint32_t x, uint32_t h, const Lexicon& lexicon) {
  if (!lexicon.InList("request_gov", std::string(LemmaOrText(g.tok(h))))) return false;
  std::string_view rel = BaseRelation(g.tok(x).deprel);
  if (rel == "xcomp" || rel == "ccomp") return true;
  if (rel != "advcl" && rel != "obl" && rel != "acl" && rel != "nmod") return false;
  std::string_view c = g.CaseOf(x);
  return c == "against" || c == "from";
}

// The parser often hangs "against deploying" on the warned party instead
// of the verb ("warned the alliance against deploying"): a gerund or noun
// under against/from on the object of a request verb is asked about too.
bool IsComplementOfRequestedParty(const SentenceGraph& g, uint32_t x, uint32_t h, const Lexicon& lexicon) {
  std::string_view rel = BaseRelation(g.tok(x).deprel);
  if (rel != "acl" && rel != "nmod") return false;
  std::string_view party = BaseRelation(g.tok(h).deprel);
  if (party != "obj" && party != "iobj") return false;
  int32_t verb = g.head(h);
  return verb >= 0 && IsComplementOfRequest(g, x, static_cast<uint32_t>(verb), lexicon);
}

}  // namespace

bool IsRequestedAct(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  return AnyOnActChain(g, t, lexicon, [&](uint32_t x) {
    int32_t h = g.head(x);
    if (h < 0) return false;
    uint32_t head = static_cast<uint32_t>(h);
    return IsComplementOfRequest(g, x, head, lexicon) || IsComplementOfRequestedParty(g, x, head, lexicon);
  });
}

}  // namespace entente
