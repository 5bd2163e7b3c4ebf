// features.h — the perceptron tagger's features. Each token's context is
// reduced to a handful of 64-bit hashes once per sentence (word, suffixes,
// shape, Lingua lexicon class, neighbours); the features that depend on the
// previous tags are combined at decoding time. Shared by the tagger and its
// training program, so both see exactly the same features.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tag/lemmatizer.h"
#include "tag/lingua_lexicon.h"
#include "tag/tagset.h"

namespace entente {

// Static facts about one token, computed once.
struct TokenInfo {
  uint64_t word = 0;     // hash of the lower-cased lookup form
  uint64_t suffix[4] = {};  // hashes of the last 1..4 bytes (lower-cased)
  uint64_t shape = 0;    // hash of the character-class shape ("Xx", "d.d", "x-x")
  uint64_t lexclass = 0; // hash of the Lingua ambiguity class ("NN|VB", "UNK")
  uint64_t prefix = 0;   // hash of the first 2 bytes (lower-cased)
  int8_t fixed = -1;     // tag decided by form alone (punctuation), or -1
  int8_t lex_top = -1;   // the lexicon's most frequent tag, or -1
  bool unambiguous = false;  // frequent word with one dominant tag
};

// Number of hashes FeatureHashes() writes per token (static + dynamic).
inline constexpr int kNumFeatures = 26;

class FeatureExtractor {
 public:
  // `wordnet` (may be null) gives words the lexicon lacks a class from
  // WordNet's parts of speech.
  FeatureExtractor(const LinguaLexicon* lex, const Lemmatizer* wordnet);

  // Fills one TokenInfo per word of a sentence.
  void Analyze(std::span<const std::string_view> words, std::vector<TokenInfo>* out) const;

  // The feature hashes of token i given the two previous tags (-1 = none,
  // i.e. sentence start).
  static void FeatureHashes(std::span<const TokenInfo> toks, size_t i, int prev, int prev2,
                            uint64_t* out);

 private:
  const LinguaLexicon* lex_;
  const Lemmatizer* wordnet_;
  std::vector<uint64_t> lexclass_;  // per lexicon word id
  std::vector<int8_t> lextop_;
  std::vector<uint8_t> unambiguous_;
};

}  // namespace entente
