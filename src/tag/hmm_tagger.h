// hmm_tagger.h — the baseline tagger: a bigram hidden Markov model decoded
// with Viterbi, using the Lingua::EN::Tagger counts as emissions and its
// tag-bigram table as transitions. Unknown words get a TnT-style suffix
// model estimated from the lexicon's rare words. Kept as a reference and
// as a fallback; the stage uses the perceptron tagger when its model loads.
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "tag/conventions.h"
#include "tag/lemmatizer.h"
#include "tag/lingua_lexicon.h"
#include "tag/string_table.h"
#include "tag/tagset.h"

namespace entente {

// Per-tag log-probability vector.
using TagScores = std::array<float, kNumTags>;

// P(tag | suffix, capitalised) for unknown words, estimated from the
// lexicon's rare words (TnT's successive abstraction over suffixes of
// length 1..5).
class SuffixModel {
 public:
  explicit SuffixModel(const LinguaLexicon& lex);
  // log P(tag | word's suffix) / P(tag), for every tag (-inf where 0).
  void Score(std::string_view word, TagScores* out) const;

 private:
  StringTable table_;                  // key: cap flag + suffix
  static constexpr int kOpenTags = 17;   // the open-class tags unknown words may take
  std::vector<std::array<float, kOpenTags>> counts_;  // per suffix, by open-class slot
  std::array<float, kNumTags> prior_{};  // P(tag) over the rare words
  double theta_ = 0;                     // TnT's smoothing weight
};

class HmmTagger : public TagOptions {
 public:
  // `wordnet` (may be null) narrows the tags of words the lexicon lacks.
  HmmTagger(const LinguaLexicon* lex, const Lemmatizer* wordnet);

  // Tags one sentence. `words` are surface forms; writes one tag per word.
  void Tag(std::span<const std::string_view> words, std::span<entente::Tag> tags) const;

  // The tags the Lingua lexicon lists for `word` (as spelled, or with its
  // first letter lowered) and those WordNet allows (but JJ).
  uint64_t Possible(std::string_view word) const override;

  // Emission scores log P(word | tag) for every tag (-inf where impossible).
  // `first` says whether the word starts its sentence.
  void Emission(std::string_view form, bool first, TagScores* out) const;

 private:
  // WordNet's tags (but JJ) for lexicon word `id` spelled `form`, computed
  // once per word and kept: a pure function of the word, so threads may
  // race to fill an entry and still agree.
  uint64_t CachedWordNetTags(uint32_t id, std::string_view form) const;

  const LinguaLexicon* lex_;
  const Lemmatizer* wordnet_;
  SuffixModel suffix_;
  static constexpr uint64_t kNotComputed = ~uint64_t{0};
  std::unique_ptr<std::atomic<uint64_t>[]> wordnet_cache_;  // per lexicon word id
  std::array<std::array<float, kNumTags>, kNumTags> log_trans_;
  std::array<float, kNumTags> log_tag_total_;
};

}  // namespace entente
