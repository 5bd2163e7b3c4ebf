#include "tag/hmm_tagger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "tag/word_shape.h"

namespace entente {

namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();
constexpr int kMaxSuffix = 5;
constexpr uint32_t kRareCount = 10;
constexpr Tag kOpenClass[] = {Tag::kNN,  Tag::kNNS, Tag::kNNP, Tag::kNNPS, Tag::kJJ,  Tag::kJJR,
                              Tag::kJJS, Tag::kRB,  Tag::kVB,  Tag::kVBD,  Tag::kVBG, Tag::kVBN,
                              Tag::kVBP, Tag::kVBZ, Tag::kCD,  Tag::kFW,   Tag::kUH};

// Slot of `t` in kOpenClass, or -1.
int OpenSlot(Tag t) {
  for (size_t k = 0; k < std::size(kOpenClass); ++k) {
    if (kOpenClass[k] == t) return static_cast<int>(k);
  }
  return -1;
}
bool IsOpenClass(Tag t) { return OpenSlot(t) >= 0; }

char ClassFlag(std::string_view w) {
  bool hyphen = w.find('-') != std::string_view::npos;
  bool cap = IsCapitalized(w);
  return hyphen ? (cap ? 'H' : 'h') : (cap ? 'C' : 'l');
}

// Suffix of at most `n` bytes, not starting inside a UTF-8 sequence.
std::string_view Suffix(std::string_view w, size_t n) {
  if (n >= w.size()) return w;
  size_t start = w.size() - n;
  while (start > 0 && (static_cast<unsigned char>(w[start]) & 0xC0) == 0x80) --start;
  return w.substr(start);
}

// std::log of a lexicon count. Small counts come from a table filled by the
// same std::log call once, so the values are identical; the call per count
// per token was about 1% of coding (callgrind).
float LogCount(uint32_t count) {
  static const std::array<float, 4096> table = [] {
    std::array<float, 4096> t{};
    for (size_t k = 0; k < t.size(); ++k) t[k] = std::log(static_cast<float>(k));
    return t;
  }();
  return count < table.size() ? table[count] : std::log(static_cast<float>(count));
}

}  // namespace

SuffixModel::SuffixModel(const LinguaLexicon& lex) {
  static_assert(std::size(kOpenClass) == kOpenTags);
  table_.Reserve(120000);
  counts_.reserve(120000);
  std::string key;
  std::array<double, kNumTags> total{};
  double all = 0;
  // Iterate the lexicon's words through their ids; the table keeps no
  // reverse map, so the words come from a scan of ids and spans below.
  lex.ForEachWord([&](std::string_view word, std::span<const TagCount> counts) {
    uint32_t sum = 0;
    for (const TagCount& c : counts) sum += c.count;
    if (sum > kRareCount) return;
    char flag = ClassFlag(word);
    for (size_t len = 0; len <= kMaxSuffix && len <= word.size(); ++len) {
      key.assign(1, flag);
      key.append(Suffix(word, len));
      uint32_t id = table_.Insert(key, static_cast<uint32_t>(counts_.size()));
      if (id == counts_.size()) counts_.push_back({});
      for (const TagCount& c : counts) {
        if (int k = OpenSlot(c.tag); k >= 0) counts_[id][k] += static_cast<float>(c.count);
      }
      if (Suffix(word, len).size() == word.size()) break;
    }
    for (const TagCount& c : counts) {
      if (!IsOpenClass(c.tag)) continue;
      total[TagIndex(c.tag)] += c.count;
      all += c.count;
    }
  });
  for (int t = 0; t < kNumTags; ++t) prior_[t] = all > 0 ? static_cast<float>(total[t] / all) : 0.f;
  // TnT: theta is the standard deviation of the unconditioned tag
  // probabilities.
  double mean = 1.0 / std::size(kOpenClass);
  double var = 0;
  for (Tag t : kOpenClass) var += (prior_[TagIndex(t)] - mean) * (prior_[TagIndex(t)] - mean);
  theta_ = std::sqrt(var / (std::size(kOpenClass) - 1));
}

void SuffixModel::Score(std::string_view word, TagScores* out) const {
  // Each longer suffix refines the shorter one's estimate.
  double theta = theta_;
  std::array<double, kNumTags> p{};
  for (Tag t : kOpenClass) p[TagIndex(t)] = prior_[TagIndex(t)];
  thread_local std::string key;
  char flag = ClassFlag(word);
  for (size_t len = 0; len <= kMaxSuffix; ++len) {
    key.assign(1, flag);
    std::string_view suf = Suffix(word, len);
    key.append(suf);
    uint32_t id = table_.Find(key);
    if (id == StringTable::kMissing) break;
    double sum = 0;
    for (float c : counts_[id]) sum += c;
    if (sum > 0) {
      for (size_t k = 0; k < std::size(kOpenClass); ++k) {
        int i = TagIndex(kOpenClass[k]);
        p[i] = (counts_[id][k] / sum + theta * p[i]) / (1 + theta);
      }
    }
    if (suf.size() == word.size()) break;
  }
  out->fill(kNegInf);
  for (Tag t : kOpenClass) {
    int i = TagIndex(t);
    if (p[i] > 0 && prior_[i] > 0) (*out)[i] = static_cast<float>(std::log(p[i] / prior_[i]));
  }
}

HmmTagger::HmmTagger(const LinguaLexicon* lex, const Lemmatizer* wordnet)
    : lex_(lex), wordnet_(wordnet), suffix_(*lex),
      wordnet_cache_(std::make_unique<std::atomic<uint64_t>[]>(lex->size())) {
  for (size_t i = 0; i < lex->size(); ++i) wordnet_cache_[i].store(kNotComputed, std::memory_order_relaxed);
  for (int a = 0; a < kNumTags; ++a) {
    for (int b = 0; b < kNumTags; ++b) {
      float p = lex->Transition(static_cast<entente::Tag>(a), static_cast<entente::Tag>(b));
      log_trans_[a][b] = std::log(p > 0 ? p : 1e-7f);
    }
    uint64_t total = lex->TagTotal(static_cast<entente::Tag>(a));
    log_tag_total_[a] = total > 0 ? std::log(static_cast<float>(total)) : 0.f;
  }
}

uint64_t HmmTagger::CachedWordNetTags(uint32_t id, std::string_view form) const {
  uint64_t v = wordnet_cache_[id].load(std::memory_order_relaxed);
  if (v == kNotComputed) {
    v = wordnet_->WordNetTags(form) & ~(uint64_t{1} << TagIndex(Tag::kJJ));
    wordnet_cache_[id].store(v, std::memory_order_relaxed);
  }
  return v;
}

uint64_t HmmTagger::Possible(std::string_view word) const {
  thread_local std::string form;
  LookupForm(word, &form);
  uint64_t mask = 0;
  std::span<const TagCount> counts = lex_->Find(form);
  if (counts.empty() && IsCapitalized(form)) {
    std::string lower = form;
    lower[0] = LowerAscii(lower[0]);
    counts = lex_->Find(lower);
  }
  for (const TagCount& c : counts) mask |= uint64_t{1} << TagIndex(c.tag);
  if (wordnet_) {
    LowerAsciiInPlace(&form);
    mask |= wordnet_->WordNetTags(form) & ~(uint64_t{1} << TagIndex(Tag::kJJ));
  }
  return mask;
}

void HmmTagger::Emission(std::string_view form, bool first, TagScores* out) const {
  out->fill(kNegInf);
  uint32_t id = lex_->Id(form);
  std::span<const TagCount> counts;
  if (id != StringTable::kMissing) counts = lex_->Entry(id);
  bool lowered = false;
  if (counts.empty() && IsCapitalized(form)) {
    thread_local std::string lower;
    lower.assign(form);
    lower[0] = LowerAscii(lower[0]);
    counts = lex_->Find(lower);
    lowered = !counts.empty();
  }
  if (!counts.empty()) {
    for (const TagCount& c : counts) {
      int i = TagIndex(c.tag);
      (*out)[i] = LogCount(c.count) - log_tag_total_[i];
    }
    if (first && !lowered && IsCapitalized(form)) {
      // A capitalised first word may be a common word: "Peace talks
      // resumed". Add the lower-case spelling's counts.
      thread_local std::string lower;
      lower.assign(form);
      lower[0] = LowerAscii(lower[0]);
      for (const TagCount& c : lex_->Find(lower)) {
        int i = TagIndex(c.tag);
        float v = LogCount(c.count) - log_tag_total_[i];
        (*out)[i] = (*out)[i] == kNegInf ? v : std::log(std::exp((*out)[i]) + std::exp(v));
      }
    }
    uint32_t total = 0;
    for (const TagCount& c : counts) total += c.count;
    if (wordnet_ && total < kRareCount * 2 && !lowered && !IsCapitalized(form)) {
      // A rare word's few Treebank counts miss uses that WordNet lists
      // ("wake" and "fling" as verbs): give those a half count. Not JJ:
      // WordNet allows it for every participle, the Treebank rarely.
      uint64_t allowed = CachedWordNetTags(id, form);
      for (int i = 0; i < kNumTags; ++i) {
        if (((allowed >> i) & 1) && (*out)[i] == kNegInf) (*out)[i] = std::log(0.5f) - log_tag_total_[i];
      }
    }
    if (lowered && !first) {  // a capitalised unknown inside a sentence may be a name
      int i = TagIndex(Tag::kNNP);
      (*out)[i] = std::max((*out)[i], -log_tag_total_[i]);
    }
    return;
  }
  // Unknown words: P(w|t) = P(t|w) P(w) / P(t); P(w) is the same for every
  // tag of this position, so log P(t|suffix)/P(t) ranks the tags.
  suffix_.Score(form, out);
  if (!wordnet_) return;
  thread_local std::string lower;
  lower.assign(form);
  LowerAsciiInPlace(&lower);
  uint64_t allowed = wordnet_->WordNetTags(lower);
  if (allowed == 0) return;
  // WordNet knows the word: tags it does not allow become unlikely (names
  // stay possible for capitalised words inside a sentence; at its start
  // the capital says nothing).
  if (IsCapitalized(form) && !first) {
    allowed |= (uint64_t{1} << TagIndex(Tag::kNNP)) | (uint64_t{1} << TagIndex(Tag::kNNPS));
  }
  for (int i = 0; i < kNumTags; ++i) {
    if ((allowed >> i) & 1) {
      if ((*out)[i] == kNegInf) (*out)[i] = -4.0f;
    } else if ((*out)[i] != kNegInf) {
      (*out)[i] -= 6.0f;
    }
  }
}

void HmmTagger::Tag(std::span<const std::string_view> words, std::span<entente::Tag> tags) const {
  size_t n = words.size();
  if (n == 0) return;
  thread_local std::vector<TagScores> delta;
  thread_local std::vector<std::array<uint8_t, kNumTags>> back;
  thread_local std::string form;
  delta.resize(n);
  back.resize(n);
  bool open_quote = true;
  uint8_t prev_cand[kNumTags];
  int n_prev = 0;
  for (size_t i = 0; i < n; ++i) {
    LookupForm(words[i], &form);
    TagScores emit;
    entente::Tag fixed;
    if (ClosedClassTag(form, form == "\"" ? QuoteOpens(words, i, open_quote) : open_quote, &fixed)) {
      emit.fill(kNegInf);
      emit[TagIndex(fixed)] = 0;
      if (form == "\"") open_quote = fixed != Tag::kOpenQuote;
    } else if (IsNumberLike(form) && lex_->Find(form).empty()) {
      emit.fill(kNegInf);
      emit[TagIndex(Tag::kCD)] = 0;
    } else {
      bool first = i == 0 || words[i - 1] == "\"" || words[i - 1] == "(" || words[i - 1] == "``";
      Emission(form, first, &emit);
    }
    // Only this position's possible tags (usually one to three) are scored,
    // each against the previous position's possible tags.
    uint8_t cand[kNumTags];
    int n_cand = 0;
    for (int t = 0; t < kNumTags; ++t) {
      if (emit[t] != kNegInf) cand[n_cand++] = static_cast<uint8_t>(t);
    }
    delta[i].fill(kNegInf);
    for (int c = 0; c < n_cand; ++c) {
      int t = cand[c];
      if (i == 0) {
        delta[i][t] = emit[t] + log_trans_[TagIndex(Tag::kPeriod)][t];
        continue;
      }
      float best = kNegInf;
      int arg = 0;
      for (int k = 0; k < n_prev; ++k) {
        int s = prev_cand[k];
        float v = delta[i - 1][s] + log_trans_[s][t];
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      delta[i][t] = best + emit[t];
      back[i][t] = static_cast<uint8_t>(arg);
    }
    std::copy(cand, cand + n_cand, prev_cand);
    n_prev = n_cand;
  }
  int arg = 0;
  float best = kNegInf;
  for (int t = 0; t < kNumTags; ++t) {
    if (delta[n - 1][t] > best) {
      best = delta[n - 1][t];
      arg = t;
    }
  }
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<entente::Tag>(arg);
    if (i > 0) arg = back[i][arg];
  }
}

}  // namespace entente
