// features.h — the facts about each token that the tagger's features
// combine (tag/treebank_tagger.h): hashes of the word, its affixes and
// shape, and its Lingua lexicon ambiguity class, computed once per sentence.
// Shared by the tagger and its trainer, so both see exactly the same facts.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tag/lemmatizer.h"
#include "tag/lingua_lexicon.h"
#include "tag/tagset.h"
#include "tag/word_contexts.h"

namespace entente {

// Static facts about one token, computed once.
struct TokenInfo {
  uint64_t word = 0;     // hash of the lower-cased lookup form
  uint64_t suffix[4] = {};  // hashes of the last 1..4 bytes (lower-cased)
  uint64_t shape = 0;    // hash of the character-class shape ("Xx", "d.d", "x-x")
  uint64_t lexclass = 0; // hash of the Lingua ambiguity class ("NN|VB", "UNK")
  uint64_t prefix = 0;   // hash of the first 2 bytes (lower-cased)
  // hashes of the word's frequent left and right neighbours in a large text
  // (WordContexts; one "unlisted" value when it has none)
  WordContexts::Hashes context = {};
};

class FeatureExtractor {
 public:
  // `wordnet` (may be null) gives words the lexicon lacks a class from
  // WordNet's parts of speech.
  FeatureExtractor(const LinguaLexicon* lex, const Lemmatizer* wordnet);

  // Fills one TokenInfo per word of a sentence.
  void Analyze(std::span<const std::string_view> words, std::vector<TokenInfo>* out) const;
  // The facts of one word (they depend on the word alone).
  void AnalyzeWord(std::string_view word, TokenInfo* out) const;
  // The distributional table (may be null: no such facts); not owned.
  void set_contexts(const WordContexts* contexts) { contexts_ = contexts; }
  bool has_contexts() const { return contexts_ != nullptr; }

 private:
  // The Lingua ambiguity class of a word (`form` as looked up, `lower` lower-cased).
  uint64_t LexClass(const std::string& form, const std::string& lower) const;

  const LinguaLexicon* lex_;
  const Lemmatizer* wordnet_;
  const WordContexts* contexts_ = nullptr;
  std::vector<uint64_t> lexclass_;  // per lexicon word id
};

}  // namespace entente
