#include "events/requested_act.h"

#include <string>
#include <string_view>

namespace entente {

namespace {

std::string_view LemmaOf(const Token& t) { return t.lemma.empty() ? std::string_view(t.text) : t.lemma; }

std::string_view BaseRel(std::string_view rel) { return rel.substr(0, rel.find(':')); }

// Does word x hang on its head h as what h asks for or warns against?
bool IsComplementOfRequest(const SentenceGraph& g, uint32_t x, uint32_t h, const Lexicon& lexicon) {
  if (!lexicon.InList("request_gov", std::string(LemmaOf(g.tok(h))))) return false;
  std::string_view rel = BaseRel(g.tok(x).deprel);
  if (rel == "xcomp" || rel == "ccomp") return true;
  if (rel != "advcl" && rel != "obl" && rel != "acl" && rel != "nmod") return false;
  std::string_view c = g.CaseOf(x);
  return c == "against" || c == "from";
}

// The parser often hangs "against deploying" on the warned party instead
// of the verb ("warned the alliance against deploying"): a gerund or noun
// under against/from on the object of a request verb is asked about too.
bool IsComplementOfRequestedParty(const SentenceGraph& g, uint32_t x, uint32_t h, const Lexicon& lexicon) {
  std::string_view rel = BaseRel(g.tok(x).deprel);
  if (rel != "acl" && rel != "nmod") return false;
  std::string_view party = BaseRel(g.tok(h).deprel);
  if (party != "obj" && party != "iobj") return false;
  int32_t verb = g.head(h);
  return verb >= 0 && IsComplementOfRequest(g, x, static_cast<uint32_t>(verb), lexicon);
}

}  // namespace

bool IsRequestedAct(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  uint32_t x = t;
  for (int step = 0; step < 4; ++step) {
    int32_t h = g.head(x);
    if (h < 0) return false;
    uint32_t head = static_cast<uint32_t>(h);
    if (IsComplementOfRequest(g, x, head, lexicon) || IsComplementOfRequestedParty(g, x, head, lexicon)) {
      return true;
    }
    std::string_view rel = BaseRel(g.tok(x).deprel);
    bool through = rel == "conj" ||
                   (rel == "xcomp" && lexicon.InList("aspect", std::string(LemmaOf(g.tok(head)))));
    if (!through) return false;
    x = head;
  }
  return false;
}

}  // namespace entente
