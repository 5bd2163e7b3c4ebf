#include "parse/transition_beam.h"

#include <algorithm>

namespace entente {

BeamView::BeamView(const TransitionBeam& beam, int item) : beam_(&beam) {
  const BeamItem& it = beam.item(item);
  n_ = beam.n();
  buffer_ = static_cast<size_t>(it.buffer);
  depth_ = it.depth;
  top_ = it.top;
  int x = it.top;
  for (int k = 0; k < 3 && x >= 0; ++k) {
    st_[k] = &beam.node(x);
    x = st_[k]->below;
  }
  if (it.front >= 0) front_ = &beam.node(it.front);
}

bool BeamView::Legal(int t) const {
  int root = static_cast<int>(n_);
  switch (t) {
    case kShift:
      return buffer_ < n_;
    case kLeft:  // s0 <- b0; the root never takes a head
      return buffer_ < n_ && depth_ > 0 && S(0) != root;
    case kRight:  // s1 -> s0; the root takes its one child last
      if (depth_ < 2) return false;
      if (S(1) == root) return buffer_ == n_ && depth_ == 2;
      return true;
    default:
      return false;
  }
}

const BeamNode* BeamView::Find(int i) const {
  if (i < 0) return nullptr;
  if (st_[0] && st_[0]->word == i) return st_[0];
  if (st_[1] && st_[1]->word == i) return st_[1];
  if (front_ && front_->word == i) return front_;
  return nullptr;
}

bool BeamView::Child(int i) const {
  if (i < 0) return false;
  for (const BeamNode* x : {st_[0], st_[1], front_}) {
    if (x && (x->l1 == i || x->l2 == i || x->r1 == i || x->r2 == i)) return true;
  }
  return false;
}

uint16_t BeamView::label(int i) const {
  for (const BeamNode* x : {st_[0], st_[1], front_}) {
    if (!x) continue;
    if (x->l1 == i) return x->ll1;
    if (x->l2 == i) return x->ll2;
    if (x->r1 == i) return x->lr1;
    if (x->r2 == i) return x->lr2;
  }
  return 0;
}

void TransitionBeam::Reset(size_t n) {
  n_ = n;
  nodes_.clear();
  items_.clear();
  BeamNode root;
  root.word = static_cast<int>(n);
  BeamItem start;
  start.top = NewNode(root);
  start.depth = 1;
  items_.push_back(start);
}

int TransitionBeam::NewNode(const BeamNode& n) {
  nodes_.push_back(n);
  return static_cast<int>(nodes_.size()) - 1;
}

// As ArcHybridState::Attach: left children from the nearest outwards.
void TransitionBeam::Attach(BeamNode* h, int d, uint16_t label) const {
  uint64_t bit = label < 64 ? 1ULL << label : 0;
  if (d < h->word) {
    h->l2 = h->l1;
    h->ll2 = h->ll1;
    h->l1 = d;
    h->ll1 = label;
    ++h->nleft;
    h->lmask |= bit;
  } else {
    h->r2 = h->r1;
    h->lr2 = h->lr1;
    h->r1 = d;
    h->lr1 = label;
    ++h->nright;
    h->rmask |= bit;
  }
}

int TransitionBeam::HeadOf(int i, int t) const {
  const BeamItem& it = items_[i];
  if (t == kLeft) return it.buffer;
  if (t == kRight) return nodes_[nodes_[it.top].below].word;
  return -1;
}

int TransitionBeam::Apply(int parent, int t, uint16_t label, double score) {
  BeamItem it = items_[parent];
  it.parent = parent;
  it.action = static_cast<int8_t>(t);
  it.score = score;
  it.label = label;
  const BeamNode& top = nodes_[it.top];
  if (t == kShift) {
    BeamNode b;
    if (it.front >= 0) b = nodes_[it.front];
    b.word = it.buffer;
    b.below = it.top;
    it.top = NewNode(b);
    it.front = -1;
    ++it.buffer;
    ++it.depth;
    it.dep = it.head = -1;
  } else if (t == kLeft) {
    BeamNode b;
    if (it.front >= 0) b = nodes_[it.front];
    b.word = it.buffer;
    b.below = -1;
    it.dep = top.word;
    it.head = it.buffer;
    int below = top.below;
    Attach(&b, it.dep, label);
    it.front = NewNode(b);
    it.top = below;
    --it.depth;
  } else {
    BeamNode s1 = nodes_[top.below];
    it.dep = top.word;
    it.head = s1.word;
    Attach(&s1, it.dep, label);
    it.top = NewNode(s1);
    --it.depth;
  }
  items_.push_back(it);
  return static_cast<int>(items_.size()) - 1;
}

void TransitionBeam::Tree(int item, DependencyTree* out) const {
  int n = static_cast<int>(n_);
  out->head.assign(n_, -1);
  out->label.assign(n_, 0);
  for (int i = item; i >= 0; i = items_[i].parent) {
    const BeamItem& it = items_[i];
    if (it.dep < 0 || it.dep >= n) continue;
    out->head[it.dep] = it.head == n ? -1 : it.head;
    out->label[it.dep] = it.label;
  }
}

void TransitionBeam::Actions(int item, std::vector<int8_t>* out) const {
  out->clear();
  for (int i = item; i >= 0 && items_[i].parent >= 0; i = items_[i].parent) out->push_back(items_[i].action);
  std::reverse(out->begin(), out->end());
}

void KeepBest(std::vector<BeamCandidate>* c, int width) {
  auto better = [](const BeamCandidate& a, const BeamCandidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.parent != b.parent) return a.parent < b.parent;
    return a.t < b.t;
  };
  size_t k = std::min(c->size(), static_cast<size_t>(std::max(1, width)));
  std::partial_sort(c->begin(), c->begin() + static_cast<std::ptrdiff_t>(k), c->end(), better);
  c->resize(k);
}

void BeamParse(const DependencyParser& parser, std::span<const ParseWord> words, int width, DependencyTree* out) {
  thread_local TransitionBeam beam;
  thread_local std::vector<int> current, next;
  thread_local std::vector<BeamCandidate> cands;
  size_t n = words.size() - 1;
  beam.Reset(n);
  current.assign(1, 0);
  uint64_t feats[kMaxParseFeatures];
  while (!BeamView(beam, current[0]).Terminal()) {
    cands.clear();
    for (int i : current) {
      BeamView v(beam, i);
      size_t nf = TransitionFeatures(v, words, feats);
      float sc[kNumTransitions] = {};
      parser.transitions().AccumulateAll(feats, nf, sc);
      bool allowed[kNumTransitions];
      AllowedTransitions(v, words, allowed);
      for (int t = 0; t < kNumTransitions; ++t) {
        if (allowed[t]) cands.push_back({beam.item(i).score + sc[t], i, t, false});
      }
    }
    KeepBest(&cands, width);
    next.clear();
    for (const BeamCandidate& c : cands) {
      BeamView v(beam, c.parent);
      int head = beam.HeadOf(c.parent, c.t);
      uint16_t label = head >= 0 ? parser.ChooseLabel(v, words, head, v.S(0)) : 0;
      next.push_back(beam.Apply(c.parent, c.t, label, c.score));
    }
    current.swap(next);
  }
  beam.Tree(current[0], out);
}

}  // namespace entente
