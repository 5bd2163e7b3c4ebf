#include "parse/dependency_parser.h"

#include <algorithm>

#include "parse/transition_beam.h"

namespace entente {

namespace {

constexpr uint64_t kNoWord = 0xDEADBEEFULL;  // a position past the stack or buffer
constexpr uint64_t kNoTag = 255;
constexpr uint64_t kNoLabel = 0xFFFF;
constexpr uint64_t kRootWord = 0xC0FFEEULL;
constexpr uint8_t kRootTag = 254;

uint64_t Distance(int a, int b) {
  if (a < 0 || b < 0) return 99;
  int d = std::abs(b - a);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

uint64_t Valency(int v) { return std::min(v, 4); }

// Feature values of one position (word index or -1).
struct Pos {
  uint64_t w, p, l;
};

}  // namespace

void ArcHybridState::Reset(size_t n) {
  n_ = n;
  buffer_ = 0;
  stack_.clear();
  stack_.push_back(static_cast<int>(n));  // the root
  head_.assign(n + 1, -1);
  label_.assign(n + 1, 0);
  left_.assign(n + 1, {-1, -1});
  right_.assign(n + 1, {-1, -1});
  nleft_.assign(n + 1, 0);
  nright_.assign(n + 1, 0);
  lmask_.assign(n + 1, 0);
  rmask_.assign(n + 1, 0);
}

bool ArcHybridState::Legal(int t) const {
  switch (t) {
    case kShift:
      return buffer_ < n_;
    case kLeft:  // s0 <- b0; the root never takes a head
      return buffer_ < n_ && !stack_.empty() && stack_.back() != static_cast<int>(n_);
    case kRight:  // s1 -> s0; the root takes its one child last
      if (stack_.size() < 2) return false;
      if (stack_[stack_.size() - 2] == static_cast<int>(n_)) return buffer_ == n_ && stack_.size() == 2;
      return true;
    default:
      return false;
  }
}

void ArcHybridState::Attach(int h, int d, uint16_t label) {
  head_[d] = h;
  label_[d] = label;
  uint64_t bit = label < 64 ? 1ULL << label : 0;
  if (d < h) {
    // Left children are attached from the nearest outwards.
    left_[h][1] = left_[h][0];
    left_[h][0] = d;
    ++nleft_[h];
    lmask_[h] |= bit;
  } else {
    right_[h][1] = right_[h][0];
    right_[h][0] = d;
    ++nright_[h];
    rmask_[h] |= bit;
  }
}

void ArcHybridState::Apply(int t, uint16_t label) {
  if (t == kShift) {
    stack_.push_back(static_cast<int>(buffer_++));
  } else if (t == kLeft) {
    int d = stack_.back();
    stack_.pop_back();
    Attach(static_cast<int>(buffer_), d, label);
  } else {
    int d = stack_.back();
    stack_.pop_back();
    Attach(stack_.back(), d, label);
  }
}

void MakeParseWords(std::span<const std::string_view> forms, std::span<const Tag> tags,
                    std::vector<ParseWord>* out) {
  out->resize(forms.size() + 1);
  std::string lower;
  for (size_t i = 0; i < forms.size(); ++i) {
    lower.assign(forms[i]);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    (*out)[i] = {StringHash(lower), static_cast<uint8_t>(TagIndex(tags[i]))};
  }
  (*out)[forms.size()] = {kRootWord, kRootTag};
}

namespace {

template <class State>
size_t TransitionFeaturesOf(const State& s, std::span<const ParseWord> words, uint64_t* out) {
  auto at = [&](int i) -> Pos {
    if (i < 0) return {kNoWord, kNoTag, kNoLabel};
    return {words[i].word, words[i].tag, s.head(i) >= 0 ? s.label(i) : kNoLabel};
  };
  int is0 = s.S(0), is1 = s.S(1), ib0 = s.B(0);
  Pos s0 = at(is0), s1 = at(is1), s2 = at(s.S(2));
  Pos b0 = at(ib0), b1 = at(s.B(1)), b2 = at(s.B(2));
  Pos s0l = at(s.L1(is0)), s0l2 = at(s.L2(is0)), s0r = at(s.R1(is0)), s0r2 = at(s.R2(is0));
  Pos s1l = at(s.L1(is1)), s1r = at(s.R1(is1)), s1r2 = at(s.R2(is1));
  Pos b0l = at(s.L1(ib0)), b0l2 = at(s.L2(ib0));
  int root = static_cast<int>(s.n());
  uint64_t d = is0 == root ? 98 : Distance(is0, ib0);
  uint64_t d1 = is1 == root ? 98 : Distance(is1, is0);
  size_t n = 0;
  auto f = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out[n++] = FeatureHash(t, a, b, c); };
  // Single positions.
  f(1, s0.w); f(2, s0.p); f(3, s0.w, s0.p);
  f(4, s1.w); f(5, s1.p); f(6, s1.w, s1.p);
  f(7, b0.w); f(8, b0.p); f(9, b0.w, b0.p);
  f(10, b1.w); f(11, b1.p); f(12, b1.w, b1.p);
  f(13, b2.w); f(14, b2.p); f(15, s2.p); f(16, s2.w);
  // Pairs.
  f(20, s0.w, s0.p, b0.w * 31 + b0.p); f(21, s0.w, s0.p, b0.w); f(22, s0.w, b0.w, b0.p);
  f(23, s0.w, s0.p, b0.p); f(24, s0.p, b0.w, b0.p); f(25, s0.w, b0.w); f(26, s0.p, b0.p);
  f(27, b0.p, b1.p); f(28, s1.w, s1.p, s0.w * 31 + s0.p); f(29, s1.p, s0.p); f(30, s1.w, s0.w);
  f(31, s1.p, s0.w); f(32, s1.w, s0.p); f(33, s1.p, b0.p); f(34, b0.w, b1.w); f(35, b0.w, b1.p);
  f(36, s0.w, b1.p); f(37, s0.p, b1.w);
  // Three tags.
  f(40, b0.p, b1.p, b2.p); f(41, s0.p, b0.p, b1.p); f(42, s1.p, s0.p, b0.p);
  f(43, s0.p, s0l.p, b0.p); f(44, s0.p, s0r.p, b0.p); f(45, s0.p, b0.p, b0l.p);
  f(46, s1.p, s0.p, s0l.p); f(47, s1.p, s0.p, s0r.p); f(48, s1.p, s1r.p, s0.p); f(49, s1.p, s1l.p, s0.p);
  f(50, s2.p, s1.p, s0.p); f(51, s0.p, s0l.p, s0l2.p); f(52, s0.p, s0r.p, s0r2.p);
  f(53, b0.p, b0l.p, b0l2.p); f(54, s1.p, s1r.p, s1r2.p);
  // Distance.
  f(60, s0.w, d); f(61, s0.p, d); f(62, b0.w, d); f(63, b0.p, d); f(64, s0.p, b0.p, d);
  f(65, s0.w, b0.w, d); f(66, s1.p, s0.p, d1); f(67, s1.w, s0.w, d1);
  // Valency.
  f(70, s0.w, Valency(s.LeftCount(is0))); f(71, s0.p, Valency(s.LeftCount(is0)));
  f(72, s0.w, Valency(s.RightCount(is0))); f(73, s0.p, Valency(s.RightCount(is0)));
  f(74, b0.w, Valency(s.LeftCount(ib0))); f(75, b0.p, Valency(s.LeftCount(ib0)));
  f(76, s1.p, Valency(s.RightCount(is1)));
  // Children.
  f(80, s0l.w); f(81, s0l.p); f(82, s0l.l); f(83, s0r.w); f(84, s0r.p); f(85, s0r.l);
  f(86, s0l2.p, s0l2.l); f(87, s0r2.p, s0r2.l); f(88, b0l.w); f(89, b0l.p); f(90, b0l.l);
  f(91, b0l2.p, b0l2.l); f(92, s1l.p, s1l.l); f(93, s1r.p, s1r.l); f(94, s1r.w);
  f(95, s0.p, s0l.l, s0l2.l); f(96, s0.p, s0r.l, s0r2.l); f(97, b0.p, b0l.l, b0l2.l);
  // Label sets.
  f(100, s0.w, s.LeftLabels(is0)); f(101, s0.p, s.LeftLabels(is0)); f(102, s0.w, s.RightLabels(is0));
  f(103, s0.p, s.RightLabels(is0)); f(104, b0.w, s.LeftLabels(ib0)); f(105, b0.p, s.LeftLabels(ib0));
  f(106, s1.p, s.RightLabels(is1));
  return n;
}

template <class State>
size_t LabelFeaturesOf(const State& s, std::span<const ParseWord> words, int head, int dep, uint64_t* out) {
  auto w = [&](int i) { return i < 0 || i > static_cast<int>(s.n()) ? kNoWord : words[i].word; };
  auto p = [&](int i) { return i < 0 || i > static_cast<int>(s.n()) ? kNoTag : static_cast<uint64_t>(words[i].tag); };
  auto l = [&](int i) { return i < 0 ? kNoLabel : static_cast<uint64_t>(s.label(i)); };
  uint64_t dir = head > dep ? 1 : 2;
  uint64_t dist = Distance(head, dep);
  int dl = s.L1(dep), dr = s.R1(dep);
  size_t n = 0;
  auto f = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out[n++] = FeatureHash(200 + t, a, b, c); };
  f(1, dir); f(2, p(dep), dir); f(3, p(head), dir); f(4, p(dep), p(head), dir);
  f(5, w(dep), dir); f(6, w(head), dir); f(7, w(dep), p(head), dir); f(8, p(dep), w(head), dir);
  f(9, w(dep), w(head), dir); f(10, p(dep), p(head), dist * 4 + dir);
  f(11, p(dep), l(dl), dir); f(12, p(dep), l(dr), dir); f(13, w(dep), l(dl)); f(14, w(dep), l(dr));
  f(15, p(dep), s.LeftLabels(dep), dir); f(16, p(dep), s.RightLabels(dep), dir);
  f(17, p(dep), p(dep + 1), dir); f(18, p(dep), p(dep - 1), dir); f(19, p(head), p(head + 1), dir);
  f(20, p(head), s.LeftLabels(head), dir); f(21, p(head), s.RightLabels(head), dir);
  f(22, p(dep), p(head), w(dl)); f(23, p(dep), p(head), p(dl)); f(24, p(dep), p(head), p(dr));
  f(25, w(dep), p(head), p(dl)); f(26, head == static_cast<int>(s.n()) ? 1 : 0, p(dep));
  f(27, p(dep), p(head), l(s.L1(head)));
  return n;
}

template <class State>
bool PunctuationHeadOf(const State& s, std::span<const ParseWord> words, int t) {
  int h = t == kLeft ? s.B(0) : t == kRight ? s.S(1) : -1;
  if (h < 0 || h >= static_cast<int>(s.n())) return false;
  switch (static_cast<Tag>(words[h].tag)) {
    case Tag::kComma: case Tag::kPeriod: case Tag::kColon: case Tag::kOpenQuote: case Tag::kCloseQuote:
    case Tag::kLRB: case Tag::kRRB: case Tag::kHYPH: case Tag::kNFP:
      return true;
    default:
      return false;
  }
}

template <class State>
void AllowedTransitionsOf(const State& s, std::span<const ParseWord> words, bool* allowed) {
  bool any = false;
  for (int t = 0; t < kNumTransitions; ++t) {
    allowed[t] = s.Legal(t) && !PunctuationHeadOf(s, words, t);
    any |= allowed[t];
  }
  if (!any) {
    for (int t = 0; t < kNumTransitions; ++t) allowed[t] = s.Legal(t);
  }
}


template <class State>
uint16_t ChooseLabelOf(const LinearModel& labels, const State& s, std::span<const ParseWord> words, int head,
                       int dep) {
  uint64_t feats[kMaxLabelFeatures];
  size_t n = LabelFeaturesOf(s, words, head, dep, feats);
  thread_local std::vector<float> scores;
  scores.assign(labels.classes(), 0.0f);
  labels.AccumulateAll(feats, n, scores.data());
  return static_cast<uint16_t>(std::max(0, ArgMax(scores.data(), labels.classes())));
}

}  // namespace

size_t TransitionFeatures(const ArcHybridState& s, std::span<const ParseWord> words, uint64_t* out) {
  return TransitionFeaturesOf(s, words, out);
}
size_t TransitionFeatures(const BeamView& s, std::span<const ParseWord> words, uint64_t* out) {
  return TransitionFeaturesOf(s, words, out);
}
size_t LabelFeatures(const ArcHybridState& s, std::span<const ParseWord> words, int head, int dep, uint64_t* out) {
  return LabelFeaturesOf(s, words, head, dep, out);
}
size_t LabelFeatures(const BeamView& s, std::span<const ParseWord> words, int head, int dep, uint64_t* out) {
  return LabelFeaturesOf(s, words, head, dep, out);
}
bool PunctuationHead(const ArcHybridState& s, std::span<const ParseWord> words, int t) {
  return PunctuationHeadOf(s, words, t);
}
void AllowedTransitions(const ArcHybridState& s, std::span<const ParseWord> words, bool* allowed) {
  AllowedTransitionsOf(s, words, allowed);
}
void AllowedTransitions(const BeamView& s, std::span<const ParseWord> words, bool* allowed) {
  AllowedTransitionsOf(s, words, allowed);
}

int DependencyParser::Choose(const ArcHybridState& s, std::span<const ParseWord> words) const {
  uint64_t feats[kMaxParseFeatures];
  size_t n = TransitionFeatures(s, words, feats);
  float scores[kNumTransitions] = {};
  transitions_->AccumulateAll(feats, n, scores);
  bool allowed[kNumTransitions];
  AllowedTransitions(s, words, allowed);
  int best = -1;
  for (int t = 0; t < kNumTransitions; ++t) {
    if (allowed[t] && (best < 0 || scores[t] > scores[best])) best = t;
  }
  return best;
}

uint16_t DependencyParser::ChooseLabel(const ArcHybridState& s, std::span<const ParseWord> words, int head,
                                       int dep) const {
  return ChooseLabelOf(*labels_, s, words, head, dep);
}

uint16_t DependencyParser::ChooseLabel(const BeamView& s, std::span<const ParseWord> words, int head, int dep) const {
  return ChooseLabelOf(*labels_, s, words, head, dep);
}

void DependencyParser::Parse(std::span<const ParseWord> words, DependencyTree* out) const {
  if (beam_ > 1) {
    BeamParse(*this, words, beam_, out);
  } else {
    ParseGreedy(words, out);
  }
}

void DependencyParser::ParseGreedy(std::span<const ParseWord> words, DependencyTree* out) const {
  size_t n = words.size() - 1;
  thread_local ArcHybridState s;
  s.Reset(n);
  while (!s.Terminal()) {
    int t = Choose(s, words);
    int dep = s.S(0);
    int head = t == kLeft ? s.B(0) : t == kRight ? s.S(1) : -1;
    uint16_t label = head >= 0 ? ChooseLabel(s, words, head, dep) : 0;
    s.Apply(t, label);
  }
  out->head.resize(n);
  out->label.resize(n);
  for (size_t i = 0; i < n; ++i) {
    int h = s.head(static_cast<int>(i));
    out->head[i] = h == static_cast<int>(n) ? -1 : h;
    out->label[i] = s.label(static_cast<int>(i));
  }
}

}  // namespace entente
