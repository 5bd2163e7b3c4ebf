// pattern_match.h — internal to the PETRARCH coder (coder.h): a sentence's
// actor groups and the matching of one verb pattern around one verb.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entente/analysis.h"
#include "petrarch/verb_dict.h"

namespace entente::petrarch {

// Mentions that stand for one actor: a list joined by commas and and/or/nor
// ("Mordor, Rohan and Bree"), or several codes of the same words.
struct Group {
  std::vector<uint32_t> mentions;  // indices into AnalyzedDocument::actors
  uint32_t begin = 0, end = 0;     // tokens, absolute
};

// The subject, by-agent, objects and prepositional objects of a clause.
std::vector<const Phrase*> Arguments(const Clause& k);

// One sentence: lower-case words, its clauses and the actor groups in it.
struct SentenceView {
  const AnalyzedDocument* doc = nullptr;
  uint32_t index = 0;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::vector<std::string> words;
  std::unordered_set<std::string_view> word_set;  // views into `words`
  std::vector<Group> groups;
  std::vector<int> group_of;                // token − first → group covering it, −1
  size_t clause_begin = 0, clause_end = 0;  // this sentence's clauses in AnalyzedDocument::clauses

  // Fills everything for sentence `s` of `d`. Lists need a conjunction: a
  // comma alone is an apposition ("Osgiliath, the state's fiercest foe");
  // "the European Union (EU)" is one group; of overlapping mentions the
  // outer one is kept; the actors of the members of a coordinated clause
  // argument are one group.
  void Build(const AnalyzedDocument& d, uint32_t s);

  const std::string& word(uint32_t t) const { return words[t - first]; }
  const Token& token(uint32_t t) const { return doc->tokens[t]; }
  int GroupAt(uint32_t t) const { return t >= first && t < last ? group_of[t - first] : -1; }
  // True when every word is in the sentence (a pattern's quick test).
  bool HasAll(const std::vector<std::string>& ws) const {
    for (const std::string& w : ws) {
      if (!word_set.count(w)) return false;
    }
    return true;
  }
  // A token of a noun phrase (determiner, adjective, noun, number, or actor).
  bool NounPhraseToken(uint32_t t) const;

 private:
  int Joined(uint32_t from, uint32_t to) const;
  void JoinConjuncts(const Clause& k);
  bool Parenthesised(uint32_t end, const ActorMention& a) const;
};

// What a pattern bound while matching one verb.
struct Binding {
  int source = -1, target = -1, compound = -1;  // group indices
  bool compound_before = false;                 // `%` stood before the verb
  std::vector<uint32_t> words;                  // tokens matched by pattern words
};

// Matches patterns around one verb occurrence, tokens [vb, ve), looking
// rightwards no further than `window_end`. Backtracking is bounded by a
// step budget per pattern.
class PatternMatcher {
 public:
  PatternMatcher(const SentenceView& s, const VerbDictionary& d, uint32_t vb, uint32_t ve, uint32_t window_end)
      : s_(s), d_(d), vb_(vb), ve_(ve), end_(window_end) {}

  // True when every element of `p` is found; *b gets what it bound.
  bool Match(const VerbPattern& p, Binding* b);

 private:
  using Kind = PatternElement::Kind;
  bool Spend() { return --budget_ > 0; }
  bool Bind(Kind k, int g);
  void Unbind(Kind k, int old);
  int Slot(Kind k) const;
  bool After(const std::vector<PatternElement>& el, size_t k, uint32_t pos);
  bool Before(const std::vector<PatternElement>& el, size_t k, int pos);

  const SentenceView& s_;
  const VerbDictionary& d_;
  uint32_t vb_, ve_, end_;
  int budget_ = 0;
  Binding b_;
};

}  // namespace entente::petrarch
