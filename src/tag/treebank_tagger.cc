#include "tag/treebank_tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

#include "tag/string_table.h"

namespace entente {

namespace {

constexpr std::array<std::string_view, kNumUpos> kUpos = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr uint64_t kNone = 0xB0B0B0B0ULL;  // a word or tag outside the sentence

uint64_t Word(std::span<const TokenInfo> t, long i) {
  return i < 0 || i >= static_cast<long>(t.size()) ? kNone : t[i].word;
}
uint64_t Suffix3(std::span<const TokenInfo> t, long i) {
  return i < 0 || i >= static_cast<long>(t.size()) ? kNone : t[i].suffix[2];
}
uint64_t LexClass(std::span<const TokenInfo> t, long i) {
  return i < 0 || i >= static_cast<long>(t.size()) ? kNone : t[i].lexclass;
}
uint64_t Shape(std::span<const TokenInfo> t, long i) {
  return i < 0 || i >= static_cast<long>(t.size()) ? kNone : t[i].shape;
}

// A thread's memo of word types for one tagger: direct-mapped by the hash of
// the word, an entry replaced by the next word that maps to it. News repeats
// its frequent words, so most tokens are found here and need neither string
// work nor the ten weight lookups of their word features.
constexpr size_t kMemoEntries = 4096;
constexpr size_t kMaxMemoWord = 23;  // longer words are not kept
struct MemoEntry {
  uint8_t length = 0xFF;  // 0xFF: empty
  char word[kMaxMemoWord];
  TokenInfo info;
  float scores[kNumTags];
};
struct WordMemo {
  uint64_t tagger = 0;
  std::vector<MemoEntry> entries;
};

std::atomic<uint64_t> next_tagger_id{1};

}  // namespace

std::string_view UposName(int upos) {
  return upos >= 0 && upos < kNumUpos ? kUpos[upos] : std::string_view("X");
}

int ParseUpos(std::string_view name) {
  for (int i = 0; i < kNumUpos; ++i) {
    if (kUpos[i] == name) return i;
  }
  return -1;
}

LetterCase CaseOf(std::string_view w) {
  int upper = 0, lower = 0;
  for (unsigned char ch : w) {
    upper += ch >= 'A' && ch <= 'Z';
    lower += ch >= 'a' && ch <= 'z';
  }
  if (upper + lower == 0) return LetterCase::kNone;
  if (upper == 0) return LetterCase::kLower;
  if (lower == 0) return LetterCase::kUpper;
  unsigned char first = static_cast<unsigned char>(w[0]);
  return first >= 'A' && first <= 'Z' && upper == 1 ? LetterCase::kTitle : LetterCase::kMixed;
}

bool AnalyzeCase(std::span<const std::string_view> words, std::vector<LetterCase>* cases) {
  cases->resize(words.size());
  int alpha = 0, capital = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    LetterCase c = CaseOf(words[i]);
    (*cases)[i] = c;
    if (c == LetterCase::kNone) continue;
    ++alpha;
    capital += c == LetterCase::kTitle || c == LetterCase::kUpper;
  }
  return alpha >= 3 && capital * 4 >= alpha * 3;
}

void TreebankTagger::WordFeatures(const TokenInfo& w, uint64_t* out) {
  size_t n = 0;
  out[n++] = FeatureHash(1, 0);
  out[n++] = FeatureHash(2, w.word);
  for (int s = 0; s < 4; ++s) out[n++] = FeatureHash(3 + s, w.suffix[s]);
  out[n++] = FeatureHash(7, w.prefix);
  out[n++] = FeatureHash(8, w.shape);
  out[n++] = FeatureHash(9, w.lexclass);
  out[n++] = FeatureHash(10, w.lexclass, w.shape);
}

size_t TreebankTagger::XposFeatures(const TagContext& c, size_t i, const int* tags, uint64_t* out) {
  std::span<const TokenInfo> t = c.toks;
  long k = static_cast<long>(i);
  auto C = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(t.size()) ? 9 : static_cast<uint64_t>(c.cases[j]);
  };
  uint64_t p1 = i >= 1 ? static_cast<uint64_t>(tags[i - 1]) : kNone;
  uint64_t p2 = i >= 2 ? static_cast<uint64_t>(tags[i - 2]) : kNone;
  const TokenInfo& w = t[i];
  WordFeatures(w, out);
  size_t n = kWordFeatures;
  out[n++] = FeatureHash(11, p1);
  out[n++] = FeatureHash(12, p1, p2);
  out[n++] = FeatureHash(13, p1, w.word);
  out[n++] = FeatureHash(14, p1, w.lexclass);
  out[n++] = FeatureHash(15, Word(t, k - 1));
  out[n++] = FeatureHash(16, Word(t, k - 2));
  out[n++] = FeatureHash(17, Word(t, k + 1));
  out[n++] = FeatureHash(18, Word(t, k + 2));
  out[n++] = FeatureHash(19, Suffix3(t, k - 1));
  out[n++] = FeatureHash(20, Suffix3(t, k + 1));
  out[n++] = FeatureHash(21, LexClass(t, k + 1));
  out[n++] = FeatureHash(22, LexClass(t, k + 2));
  out[n++] = FeatureHash(23, LexClass(t, k - 1));
  out[n++] = FeatureHash(24, Word(t, k - 1), w.word);
  out[n++] = FeatureHash(25, w.word, Word(t, k + 1));
  out[n++] = FeatureHash(26, w.lexclass, LexClass(t, k + 1));
  out[n++] = FeatureHash(27, p1, w.lexclass, LexClass(t, k + 1));
  out[n++] = FeatureHash(28, Shape(t, k + 1));
  out[n++] = FeatureHash(29, w.shape, i == 0 ? 1 : 0);
  out[n++] = FeatureHash(30, p1, Word(t, k + 1));
  out[n++] = FeatureHash(31, w.suffix[2], LexClass(t, k + 1));
  // Letter case against the context.
  uint64_t first = i == 0 ? 1 : 0, head = c.headline ? 1 : 0;
  out[n++] = FeatureHash(32, C(k), first, head);
  out[n++] = FeatureHash(33, C(k), C(k - 1), C(k + 1));
  out[n++] = FeatureHash(34, C(k), w.lexclass, first * 2 + head);
  out[n++] = FeatureHash(35, C(k), w.word, head);
  out[n++] = FeatureHash(36, C(k), p1, C(k + 1));
  out[n++] = FeatureHash(37, C(k), w.suffix[1], head);
  // The word's frequent neighbours in a large text (features.h); a model
  // trained without the table has none of these features.
  if (!c.contexts) return n;
  const WordContexts::Hashes& x = w.context;
  out[n++] = FeatureHash(40, x[0]);
  out[n++] = FeatureHash(41, x[2]);
  out[n++] = FeatureHash(42, x[0], x[2]);
  out[n++] = FeatureHash(43, x[0], x[1]);
  out[n++] = FeatureHash(44, x[2], x[3]);
  out[n++] = FeatureHash(45, w.lexclass, x[2]);
  return n;
}

size_t TreebankTagger::RefineFeatures(const TagContext& c, size_t i, const int* first, const int* tags,
                                      uint64_t* out) {
  std::span<const TokenInfo> t = c.toks;
  long k = static_cast<long>(i);
  auto F = [&](long j) { return j < 0 || j >= static_cast<long>(t.size()) ? kNone : static_cast<uint64_t>(first[j]); };
  size_t n = XposFeatures(c, i, tags, out);
  const TokenInfo& w = t[i];
  uint64_t p1 = i >= 1 ? static_cast<uint64_t>(tags[i - 1]) : kNone;
  uint64_t f0 = F(k), n1 = F(k + 1), n2 = F(k + 2);
  uint64_t cs = static_cast<uint64_t>(c.cases[i]);
  out[n++] = FeatureHash(200, f0);
  out[n++] = FeatureHash(201, n1);
  out[n++] = FeatureHash(202, n1, n2);
  out[n++] = FeatureHash(203, f0, n1);
  out[n++] = FeatureHash(204, p1, n1);
  out[n++] = FeatureHash(205, p1, f0, n1);
  out[n++] = FeatureHash(206, w.word, n1);
  out[n++] = FeatureHash(207, w.lexclass, n1);
  out[n++] = FeatureHash(208, w.suffix[2], n1);
  out[n++] = FeatureHash(209, w.word, f0);
  out[n++] = FeatureHash(210, n1, Word(t, k + 1));
  out[n++] = FeatureHash(211, w.lexclass, n1, n2);
  out[n++] = FeatureHash(212, w.shape, n1);
  out[n++] = FeatureHash(213, cs, n1, c.headline ? 1 : 0);
  return n;
}

void TreebankTagger::GreedyXpos(const LinearModel& model, const TagContext& c, const int* first, int* tags,
                                const float* word_scores) {
  uint64_t f[kMaxTagFeatures];
  float scores[kNumTags];
  const size_t skip = word_scores ? kWordFeatures : 0;
  for (size_t i = 0; i < c.toks.size(); ++i) {
    size_t n = first ? RefineFeatures(c, i, first, tags, f) : XposFeatures(c, i, tags, f);
    if (word_scores) {
      std::copy(word_scores + i * kNumTags, word_scores + (i + 1) * kNumTags, scores);
    } else {
      std::fill(scores, scores + kNumTags, 0.0f);
    }
    model.AccumulateAll(f + skip, n - skip, scores);
    tags[i] = ArgMax(scores, kNumTags);
  }
}

size_t TreebankTagger::UposFeatures(std::span<const TokenInfo> t, size_t i, const int* xpos, uint64_t* out) {
  long k = static_cast<long>(i);
  auto X = [&](long j) { return j < 0 || j >= static_cast<long>(t.size()) ? kNone : static_cast<uint64_t>(xpos[j]); };
  const TokenInfo& w = t[i];
  uint64_t x = X(k);
  size_t n = 0;
  out[n++] = FeatureHash(101, x);
  out[n++] = FeatureHash(102, x, w.word);
  out[n++] = FeatureHash(103, x, X(k - 1));
  out[n++] = FeatureHash(104, x, X(k + 1));
  out[n++] = FeatureHash(105, x, X(k - 1), X(k + 1));
  out[n++] = FeatureHash(106, x, w.word, Word(t, k + 1));
  out[n++] = FeatureHash(107, x, w.word, X(k + 1));
  out[n++] = FeatureHash(108, x, Word(t, k - 1), w.word);
  out[n++] = FeatureHash(109, x, w.word, X(k - 1));
  out[n++] = FeatureHash(110, x, w.shape);
  out[n++] = FeatureHash(111, x, X(k + 1), X(k + 2));
  out[n++] = FeatureHash(112, x, w.suffix[2]);
  return n;
}

TreebankTagger::TreebankTagger(const FeatureExtractor* features, const LinearModel* xpos, const LinearModel* upos,
                               const LinearModel* refine)
    : features_(features), xpos_(xpos), upos_(upos), refine_(refine), id_(next_tagger_id++) {
  for (int x = 0; x < kNumTags; ++x) {
    for (int u = 0; u < kNumUpos; ++u) {
      if (upos_->Weight(AllowedFeature(x), u) != 0) allowed_[x] |= 1u << u;
    }
  }
}

void TreebankTagger::ComputeWordFacts(std::string_view word, TokenInfo* info, float* scores) const {
  features_->AnalyzeWord(word, info);
  uint64_t f[kWordFeatures];
  WordFeatures(*info, f);
  std::fill(scores, scores + kNumTags, 0.0f);
  xpos_->AccumulateAll(f, kWordFeatures, scores);
}

void TreebankTagger::WordFacts(std::string_view word, TokenInfo* info, float* scores) const {
  thread_local WordMemo memo;
  if (word.size() > kMaxMemoWord) return ComputeWordFacts(word, info, scores);
  if (memo.tagger != id_) {
    memo.tagger = id_;
    memo.entries.assign(kMemoEntries, MemoEntry{});
  }
  MemoEntry& e = memo.entries[HashBytes(word) & (kMemoEntries - 1)];
  if (e.length != word.size() || std::memcmp(e.word, word.data(), word.size()) != 0) {
    ComputeWordFacts(word, &e.info, e.scores);
    e.length = static_cast<uint8_t>(word.size());
    std::memcpy(e.word, word.data(), word.size());
  }
  *info = e.info;
  std::copy(e.scores, e.scores + kNumTags, scores);
}

void TreebankTagger::Tag(std::span<const std::string_view> words, std::span<entente::Tag> xpos,
                         std::span<uint8_t> upos) const {
  thread_local std::vector<TokenInfo> toks;
  thread_local std::vector<int> tags, first;
  thread_local std::vector<LetterCase> cases;
  thread_local std::vector<float> word_scores;
  toks.resize(words.size());
  word_scores.resize(words.size() * kNumTags);
  for (size_t i = 0; i < words.size(); ++i) WordFacts(words[i], &toks[i], &word_scores[i * kNumTags]);
  TagContext ctx{toks, {}, AnalyzeCase(words, &cases), features_->has_contexts()};
  ctx.cases = cases;
  tags.assign(toks.size(), 0);
  GreedyXpos(*xpos_, ctx, nullptr, tags.data(), word_scores.data());
  if (refine_) {
    first = tags;
    GreedyXpos(*refine_, ctx, first.data(), tags.data());
  }
  for (size_t i = 0; i < toks.size(); ++i) xpos[i] = static_cast<entente::Tag>(tags[i]);
  uint64_t f[kMaxTagFeatures];
  float us[kNumUpos];
  for (size_t i = 0; i < toks.size(); ++i) {
    size_t n = UposFeatures(toks, i, tags.data(), f);
    std::fill(us, us + kNumUpos, 0.0f);
    upos_->AccumulateAll(f, n, us);
    uint32_t mask = allowed_[tags[i]];
    int best = -1;
    for (int u = 0; u < kNumUpos; ++u) {
      if (mask && !(mask >> u & 1)) continue;
      if (best < 0 || us[u] > us[best]) best = u;
    }
    upos[i] = static_cast<uint8_t>(best);
  }
}

}  // namespace entente
