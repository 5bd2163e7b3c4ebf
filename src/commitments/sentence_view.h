// sentence_view.h — private to the commitments stage: one sentence's
// tokens with their dependency tree (children listed), and the helpers that
// find actor mentions among its tokens. Shared by commitment_stage.cc and
// clause_promises.cc.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "commitments/commitment_stage.h"
#include "commitments/word_util.h"

namespace entente {

// One sentence's tokens and their dependency tree, children listed.
class CommitmentStage::SentenceView {
 public:
  SentenceView(const AnalyzedDocument& doc, uint32_t sentence) : doc_(doc), index_(sentence) {
    const Sentence& s = doc.sentences[sentence];
    first_ = s.first_token;
    last_ = std::min<uint32_t>(s.first_token + s.token_count, static_cast<uint32_t>(doc.tokens.size()));
    children_.resize(last_ - first_);
    for (uint32_t i = first_; i < last_; ++i) {
      int32_t h = doc.tokens[i].head;
      if (Inside(h)) children_[static_cast<uint32_t>(h) - first_].push_back(i);
    }
  }
  uint32_t index() const { return index_; }
  uint32_t first() const { return first_; }
  uint32_t last() const { return last_; }
  bool Inside(int64_t t) const { return t >= first_ && t < last_; }
  const Token& tok(uint32_t t) const { return doc_.tokens[t]; }
  const std::vector<uint32_t>& children(uint32_t t) const { return children_[t - first_]; }
  // The head of `t`, or -1 at the root (or outside the sentence).
  int64_t Head(uint32_t t) const { return Inside(tok(t).head) ? tok(t).head : -1; }
  // The child of `t` with relation `rel` (or starting "rel:"), or -1.
  int64_t Child(uint32_t t, std::string_view rel) const {
    for (uint32_t c : children(t)) {
      std::string_view d = tok(c).deprel;
      if (d == rel || (d.size() > rel.size() && d.starts_with(rel) && d[rel.size()] == ':')) return c;
    }
    return -1;
  }
  // True if `a` is `t` or one of its ancestors within `steps` steps.
  bool Dominates(uint32_t a, uint32_t t, int steps = 8) const {
    for (int64_t x = t; x >= 0 && steps-- >= 0; x = Head(static_cast<uint32_t>(x))) {
      if (x == a) return true;
    }
    return false;
  }
  // Tokens of the subtree of `t`, leaving out the subtrees of children
  // whose relation is in `cut` (a clause hanging on the phrase).
  std::vector<uint32_t> Subtree(uint32_t t, const std::vector<std::string_view>& cut = {}) const {
    std::vector<uint32_t> out, stack{t};
    while (!stack.empty() && out.size() < last_ - first_) {
      uint32_t x = stack.back();
      stack.pop_back();
      out.push_back(x);
      for (uint32_t c : children(x)) {
        std::string_view d = tok(c).deprel;
        if (std::find(cut.begin(), cut.end(), d) == cut.end()) stack.push_back(c);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // The noun of a "by" phrase right after noun `n` or after its "of"
  // phrase ("an offer by Sweden", "an offer of talks by Sweden"), wherever
  // the parser attached it; or -1.
  int64_t ByAfter(uint32_t n) const {
    uint32_t t = n + 1;
    if (t < last_ && LowerAscii(tok(t).text) == "of") {
      while (t + 1 < last_ && t < n + 4 && (tok(t + 1).upos == "NOUN" || tok(t + 1).upos == "ADJ")) ++t;
      ++t;
    }
    if (t + 1 >= last_ || LowerAscii(tok(t).text) != "by" || tok(t).deprel != "case") return -1;
    return Head(t);
  }
  // The original text of tokens [b, e].
  std::string Text(uint32_t b, uint32_t e) const {
    Span s{tok(b).span.begin, tok(e).span.end};
    if (s.end > doc_.doc.text.size() || s.begin > s.end) return "";
    return doc_.doc.text.substr(s.begin, s.size());
  }

 private:
  const AnalyzedDocument& doc_;
  uint32_t index_, first_ = 0, last_ = 0;
  std::vector<std::vector<uint32_t>> children_;
};

// Relations of clauses hanging on a phrase (cut off when reading an object).
extern const std::vector<std::string_view> kClauseRels;

// The token at byte `begin` within the sentence's tokens [first, last), or -1.
int64_t TokenAt(const AnalyzedDocument& doc, uint32_t first, uint32_t last, uint32_t begin);

// The coded actor mentions (not "---" roles) of a sentence with a token in
// the sorted `tokens`.
std::vector<const ActorMention*> MentionsIn(const AnalyzedDocument& doc, uint32_t sentence,
                                            const std::vector<uint32_t>& tokens);

// Is token `t` inside an actor mention?
bool InMention(const AnalyzedDocument& doc, uint32_t sentence, uint32_t t);

// The same actor: the same code, or the same country.
bool SameActor(const ActorMention& a, const ActorMention& b);

}  // namespace entente
