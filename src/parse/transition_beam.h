// transition_beam.h — the states of a beam search over arc-hybrid
// transitions (Zhang & Nivre 2011), kept as a tree of small immutable items
// so that one transition costs O(1) whatever the sentence length: an item
// holds its score, its parent item, the transition that made it and the
// nodes of its stack; a node is one word on the stack (or the first word of
// the buffer) with what the features read of its children. Stack tails are
// shared between items. Both the beam decoder and the globally trained
// perceptron (src/parse/train) use it. The pools are cleared per sentence
// and keep their capacity: no allocation once they have grown.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/dependency_parser.h"

namespace entente {

// A word on the stack or at the front of the buffer and its children so far.
struct BeamNode {
  int word = -1;
  int below = -1;  // the node under this one on the stack, -1 at the bottom
  int l1 = -1, l2 = -1, r1 = -1, r2 = -1;
  uint16_t ll1 = 0, ll2 = 0, lr1 = 0, lr2 = 0;  // the labels of l1, l2, r1, r2
  int nleft = 0, nright = 0;
  uint64_t lmask = 0, rmask = 0;
};

struct BeamItem {
  double score = 0;   // sum of the transition scores (double: no ties from rounding)
  int parent = -1;    // -1 for the start item
  int top = -1;       // the stack's top node
  int front = -1;     // the node of the buffer's first word, -1 while it has no children
  int depth = 0;      // stack size
  int buffer = 0;     // index of the buffer's first word
  int8_t action = -1; // the transition that made this item
  int dep = -1, head = -1;  // the arc it made (word n is the root), -1 for a shift
  uint16_t label = 0;
  bool zero_cost = true;  // training: every transition so far costs 0 under the dynamic oracle
};

class TransitionBeam;

// The view of one item that the feature functions, the legality test and
// the dynamic oracle read; the same accessors as ArcHybridState.
class BeamView {
 public:
  BeamView(const TransitionBeam& beam, int item);

  bool Terminal() const { return buffer_ == n_ && depth_ == 1; }
  bool Legal(int t) const;
  int S(size_t k) const { return k < 3 && st_[k] ? st_[k]->word : -1; }
  int B(size_t k) const { return buffer_ + k < n_ ? static_cast<int>(buffer_ + k) : -1; }
  size_t n() const { return n_; }
  size_t stack_size() const { return static_cast<size_t>(depth_); }
  size_t buffer() const { return buffer_; }
  // Words with a head are the children the view knows; others have none.
  int head(int i) const { return Child(i) ? 0 : -1; }
  uint16_t label(int i) const;
  int L1(int i) const { const BeamNode* x = Find(i); return x ? x->l1 : -1; }
  int L2(int i) const { const BeamNode* x = Find(i); return x ? x->l2 : -1; }
  int R1(int i) const { const BeamNode* x = Find(i); return x ? x->r1 : -1; }
  int R2(int i) const { const BeamNode* x = Find(i); return x ? x->r2 : -1; }
  int LeftCount(int i) const { const BeamNode* x = Find(i); return x ? x->nleft : 0; }
  int RightCount(int i) const { const BeamNode* x = Find(i); return x ? x->nright : 0; }
  uint64_t LeftLabels(int i) const { const BeamNode* x = Find(i); return x ? x->lmask : 0; }
  uint64_t RightLabels(int i) const { const BeamNode* x = Find(i); return x ? x->rmask : 0; }
  // Calls f(word, is_top) for every word on the stack.
  template <class F>
  void ForEachStack(F&& f) const;

 private:
  const BeamNode* Find(int i) const;
  bool Child(int i) const;

  const TransitionBeam* beam_;
  size_t n_, buffer_;
  int depth_, top_;
  const BeamNode* st_[3] = {nullptr, nullptr, nullptr};  // s0, s1, s2
  const BeamNode* front_ = nullptr;                      // b0, if it has children
};

class TransitionBeam {
 public:
  // Starts a sentence of n words: one item, the root alone on the stack.
  void Reset(size_t n);
  size_t n() const { return n_; }

  // The item made by transition t (legal) from `parent`, with that label
  // for its arc and that score; returns its index.
  int Apply(int parent, int t, uint16_t label, double score);
  const BeamItem& item(int i) const { return items_[i]; }
  BeamItem& mutable_item(int i) { return items_[i]; }
  const BeamNode& node(int i) const { return nodes_[i]; }
  // The word that transition t from item i makes a head (-1 for a shift).
  int HeadOf(int i, int t) const;

  // Heads and labels of a terminal item's tree (the root as -1).
  void Tree(int item, DependencyTree* out) const;
  // The transitions from the start to item, in order.
  void Actions(int item, std::vector<int8_t>* out) const;

 private:
  int NewNode(const BeamNode& n);
  void Attach(BeamNode* h, int d, uint16_t label) const;

  size_t n_ = 0;
  std::vector<BeamNode> nodes_;
  std::vector<BeamItem> items_;
};

template <class F>
void BeamView::ForEachStack(F&& f) const {
  bool top = true;
  for (int x = top_; x >= 0; x = beam_->node(x).below) {
    f(beam_->node(x).word, top);
    top = false;
  }
}

// Beam search with the parser's models: the best terminal item's tree.
// Scratch space is per thread; width >= 1.
void BeamParse(const DependencyParser& parser, std::span<const ParseWord> words, int width, DependencyTree* out);

// One candidate of a beam step: the transition t from item `parent`.
struct BeamCandidate {
  double score;
  int parent;
  int t;
  bool zero = false;  // training: of least cost under the dynamic oracle
};
// Keeps the `width` best candidates (highest score first; ties to the
// earlier candidate), in that order.
void KeepBest(std::vector<BeamCandidate>* c, int width);

}  // namespace entente
