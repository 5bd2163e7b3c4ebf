// sentence_view.cc — the commitments stage's mention helpers (sentence_view.h).
#include "commitments/sentence_view.h"

namespace entente {

const std::vector<std::string_view> kClauseRels = {"acl:relcl", "acl", "advcl", "parataxis", "punct", "cc",
                                                   "conj", "appos", "dep"};

// The token at byte `begin` within the sentence, or -1.
int64_t TokenAt(const AnalyzedDocument& doc, uint32_t first, uint32_t last, uint32_t begin) {
  for (uint32_t t = first; t < last; ++t) {
    if (doc.tokens[t].span.begin == begin) return t;
  }
  return -1;
}

// The actor mentions of a sentence whose head word is in `tokens`.
std::vector<const ActorMention*> MentionsIn(const AnalyzedDocument& doc, uint32_t sentence,
                                            const std::vector<uint32_t>& tokens) {
  std::vector<const ActorMention*> out;
  for (const ActorMention& m : doc.actors) {
    if (m.sentence != sentence || m.code.empty() || m.code[0] == '-') continue;
    for (uint32_t t = m.begin; t < m.end; ++t) {
      if (std::binary_search(tokens.begin(), tokens.end(), t)) {
        out.push_back(&m);
        break;
      }
    }
  }
  return out;
}

// Is token `t` inside an actor mention?
bool InMention(const AnalyzedDocument& doc, uint32_t sentence, uint32_t t) {
  for (const ActorMention& m : doc.actors) {
    if (m.sentence == sentence && t >= m.begin && t < m.end) return true;
  }
  return false;
}

bool SameActor(const ActorMention& a, const ActorMention& b) {
  return a.code == b.code || (!a.country.empty() && a.country == b.country);
}

}  // namespace entente
