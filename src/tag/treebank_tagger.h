// treebank_tagger.h — the part-of-speech tagger trained on UD English EWT:
// Penn Treebank tags (XPOS) by a greedy left-to-right averaged perceptron,
// optionally a second left-to-right pass (the "refine" model) whose features
// add the first pass's tags of the following words, then the universal tag (UPOS) by a second one that chooses among the UPOS
// seen with that XPOS in training. Token facts (word, affixes, shape, the
// Lingua lexicon's ambiguity class) come from tag/features.h; the context
// features are built here, shared by tagging and training.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tag/features.h"
#include "tag/tagset.h"
#include "util/linear_model.h"

namespace entente {

// Universal part-of-speech tags, in the order the model's classes use.
inline constexpr int kNumUpos = 17;
std::string_view UposName(int upos);
int ParseUpos(std::string_view name);  // -1 if unknown

inline constexpr int kMaxTagFeatures = 64;
// The first features of XposFeatures: those of the word alone (its form,
// affixes, shape and lexicon class), the same wherever the word stands.
inline constexpr size_t kWordFeatures = 10;

// What the context features of a sentence read: the token facts, and the
// letter case of each word (web and news text capitalise unevenly, so a
// capital is weighed against the words around it).
enum class LetterCase : uint8_t { kNone, kLower, kTitle, kUpper, kMixed };
struct TagContext {
  std::span<const TokenInfo> toks;
  std::span<const LetterCase> cases;
  bool headline = false;  // most words capitalised ("Over Half Of Teachers Strike")
  bool contexts = false;  // the tokens carry a distributional table's facts (features.h)
};
LetterCase CaseOf(std::string_view word);
// Fills `cases` and returns whether the sentence is headline-cased.
bool AnalyzeCase(std::span<const std::string_view> words, std::vector<LetterCase>* cases);

class TreebankTagger {
 public:
  // `upos_allowed[xpos]` is a bit set of the UPOS tags that may follow an
  // XPOS (learned in training, stored in the UPOS model as class masks).
  // `refine` (may be null: one pass) is the second XPOS pass.
  TreebankTagger(const FeatureExtractor* features, const LinearModel* xpos, const LinearModel* upos,
                 const LinearModel* refine = nullptr);

  void Tag(std::span<const std::string_view> words, std::span<entente::Tag> xpos,
           std::span<uint8_t> upos) const;

  // Feature hashes of token i given the tags already chosen left of it; the
  // first kWordFeatures are WordFeatures(c.toks[i]).
  static size_t XposFeatures(const TagContext& c, size_t i, const int* tags, uint64_t* out);
  // The second pass's features: XposFeatures over its own tags so far, plus
  // the first pass's tags (`first`) around token i, right context included.
  static size_t RefineFeatures(const TagContext& c, size_t i, const int* first, const int* tags, uint64_t* out);
  // The kWordFeatures feature hashes of the word alone.
  static void WordFeatures(const TokenInfo& w, uint64_t* out);
  // One greedy left-to-right XPOS pass of `model` over a sentence into
  // `tags`: first-pass features if `first` is null, else refine features.
  // `word_scores` (may be null) holds per token the kNumTags scores of its
  // WordFeatures under `model`, summed from zero in feature order, which the
  // pass then starts from instead of looking them up: the same sums, bit for bit.
  static void GreedyXpos(const LinearModel& model, const TagContext& c, const int* first, int* tags,
                         const float* word_scores = nullptr);
  static size_t UposFeatures(std::span<const TokenInfo> toks, size_t i, const int* xpos, uint64_t* out);
  // The UPOS classes allowed after an XPOS: a mask feature of the UPOS model.
  static uint64_t AllowedFeature(int xpos) { return FeatureHash(900, static_cast<uint64_t>(xpos)); }

 private:
  const FeatureExtractor* features_;
  const LinearModel* xpos_;
  const LinearModel* upos_;
  const LinearModel* refine_;
  uint32_t allowed_[kNumTags] = {};
  uint64_t id_;  // tells this tagger's word memo (one per thread) from another's

  // The facts of a word and its word-feature scores under the XPOS model,
  // from this thread's memo of recent word types.
  void WordFacts(std::string_view word, TokenInfo* info, float* scores) const;
  void ComputeWordFacts(std::string_view word, TokenInfo* info, float* scores) const;
};

}  // namespace entente
