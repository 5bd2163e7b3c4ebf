// dependency_parser.h — entente's dependency parser: a greedy arc-hybrid
// transition parser (Kuhlmann et al. 2011) scored by an averaged perceptron
// over rich non-local features (Zhang & Nivre 2011), trained with a dynamic
// oracle (Goldberg & Nivre 2013) on UD English EWT. A second perceptron
// labels each arc when it is made, when the dependent's own children are
// all known. Linear in the sentence length; no allocation per word once the
// per-thread buffers have grown. A model trained with a beam decodes with a
// beam of that width instead (parse/transition_beam.h).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tag/tagset.h"
#include "util/linear_model.h"

namespace entente {

// A parsed sentence: head[i] is the index of word i's head (0-based), or -1
// for the root; label[i] indexes DependencyLabels.
struct DependencyTree {
  std::vector<int32_t> head;
  std::vector<uint16_t> label;
};

// What the parser reads of one word.
struct ParseWord {
  uint64_t word = 0;  // StringHash of the lower-cased form
  uint8_t tag = 0;    // TagIndex of the XPOS
};

enum Transition : int { kShift = 0, kLeft = 1, kRight = 2, kNumTransitions = 3 };

class BeamView;  // parse/transition_beam.h: a state of the beam search

// The parser state, exposed for the trainer (dynamic oracle) and tests.
class ArcHybridState {
 public:
  void Reset(size_t n);
  bool Terminal() const { return buffer_ == n_ && stack_.size() == 1; }
  bool Legal(int t) const;
  void Apply(int t, uint16_t label);

  // Stack from the top (0 = s0); -1 past the bottom. The root is word n.
  int S(size_t k) const { return k < stack_.size() ? stack_[stack_.size() - 1 - k] : -1; }
  int B(size_t k) const { return buffer_ + k < n_ ? static_cast<int>(buffer_ + k) : -1; }
  size_t n() const { return n_; }
  size_t stack_size() const { return stack_.size(); }
  size_t buffer() const { return buffer_; }
  const std::vector<int>& stack() const { return stack_; }
  // Calls f(word, is_top) for every word on the stack.
  template <class F>
  void ForEachStack(F&& f) const {
    for (size_t k = 0; k < stack_.size(); ++k) f(stack_[k], k + 1 == stack_.size());
  }

  int head(int i) const { return head_[i]; }
  uint16_t label(int i) const { return label_[i]; }
  // Leftmost / second leftmost / rightmost / second rightmost child, -1 if none.
  int L1(int i) const { return i < 0 ? -1 : left_[i][0]; }
  int L2(int i) const { return i < 0 ? -1 : left_[i][1]; }
  int R1(int i) const { return i < 0 ? -1 : right_[i][0]; }
  int R2(int i) const { return i < 0 ? -1 : right_[i][1]; }
  int LeftCount(int i) const { return i < 0 ? 0 : nleft_[i]; }
  int RightCount(int i) const { return i < 0 ? 0 : nright_[i]; }
  uint64_t LeftLabels(int i) const { return i < 0 ? 0 : lmask_[i]; }
  uint64_t RightLabels(int i) const { return i < 0 ? 0 : rmask_[i]; }

 private:
  void Attach(int h, int d, uint16_t label);

  size_t n_ = 0, buffer_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_;
  std::vector<uint16_t> label_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<int> nleft_, nright_;
  std::vector<uint64_t> lmask_, rmask_;
};

inline constexpr int kMaxParseFeatures = 96;
inline constexpr int kMaxLabelFeatures = 40;

// Feature hashes of a state (for the transition model) and of an arc about
// to be made (for the label model). `words` has n + 1 entries, the last
// standing for the root.
size_t TransitionFeatures(const ArcHybridState& s, std::span<const ParseWord> words, uint64_t* out);
size_t LabelFeatures(const ArcHybridState& s, std::span<const ParseWord> words, int head, int dep,
                     uint64_t* out);
size_t TransitionFeatures(const BeamView& s, std::span<const ParseWord> words, uint64_t* out);
size_t LabelFeatures(const BeamView& s, std::span<const ParseWord> words, int head, int dep, uint64_t* out);

class DependencyParser {
 public:
  // The models must outlive the parser; `labels` are the relation names;
  // `beam` the width of the beam search (1: greedy, the default).
  DependencyParser(const LinearModel* transitions, const LinearModel* labels, std::vector<std::string> names,
                   int beam = 1)
      : transitions_(transitions), labels_(labels), names_(std::move(names)), beam_(std::max(1, beam)) {}

  // Parses one sentence; `words` as above (n + 1 entries). Greedy at beam
  // width 1, else beam search (parse/transition_beam.h).
  void Parse(std::span<const ParseWord> words, DependencyTree* out) const;
  // The greedy parse whatever the width.
  void ParseGreedy(std::span<const ParseWord> words, DependencyTree* out) const;
  int beam() const { return beam_; }
  // The same models decoded with another beam width (for measuring).
  DependencyParser WithBeam(int width) const {
    DependencyParser p = *this;
    p.beam_ = std::max(1, width);
    return p;
  }
  const LinearModel& transitions() const { return *transitions_; }

  const std::vector<std::string>& label_names() const { return names_; }

  // The best legal transition of a state, and the label of its arc.
  int Choose(const ArcHybridState& s, std::span<const ParseWord> words) const;
  uint16_t ChooseLabel(const ArcHybridState& s, std::span<const ParseWord> words, int head, int dep) const;
  uint16_t ChooseLabel(const BeamView& s, std::span<const ParseWord> words, int head, int dep) const;

 private:
  const LinearModel* transitions_;
  const LinearModel* labels_;
  std::vector<std::string> names_;
  int beam_ = 1;
};

// True if transition t would make a punctuation mark the head of a word
// (UD never does); the parser takes such a move only when no other is legal.
bool PunctuationHead(const ArcHybridState& s, std::span<const ParseWord> words, int t);
// The transitions the parser may take: legal, and not a punctuation head
// unless nothing else is legal. Fills allowed[kNumTransitions].
void AllowedTransitions(const ArcHybridState& s, std::span<const ParseWord> words, bool* allowed);
void AllowedTransitions(const BeamView& s, std::span<const ParseWord> words, bool* allowed);

// Fills a ParseWord per word (lower-cased form hashed) plus the root entry.
void MakeParseWords(std::span<const std::string_view> forms, std::span<const Tag> tags,
                    std::vector<ParseWord>* out);

}  // namespace entente
