#include "tag/features.h"

#include <algorithm>

#include "tag/string_table.h"
#include "tag/word_shape.h"

namespace entente {

namespace {

// splitmix64's finaliser: spreads a template id and a value over 64 bits.
inline uint64_t Mix(uint64_t tmpl, uint64_t value) {
  uint64_t z = value ^ (tmpl * 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

constexpr uint64_t kBoundary = 0x5A5A5A5A5A5A5A5AULL;  // word hash of "before/after the sentence"

// Words seen this often whose most frequent tag has this share are tagged
// from the lexicon without scoring.
constexpr uint32_t kUnambiguousCount = 100;
constexpr double kUnambiguousShare = 0.995;

void Shape(std::string_view w, std::string* out) {
  out->clear();
  for (unsigned char c : w) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = 'u';
    else k = static_cast<char>(c);
    if (out->empty() || out->back() != k) out->push_back(k);
    if (out->size() >= 6) break;
  }
}

std::string_view Tail(std::string_view w, size_t n) { return n >= w.size() ? w : w.substr(w.size() - n); }

}  // namespace

FeatureExtractor::FeatureExtractor(const LinguaLexicon* lex, const Lemmatizer* wordnet)
    : lex_(lex), wordnet_(wordnet) {
  size_t n = lex->size();
  lexclass_.resize(n);
  lextop_.resize(n);
  unambiguous_.resize(n);
  std::string sig;
  for (uint32_t id = 0; id < n; ++id) {
    auto counts = lex->Entry(id);
    uint64_t total = 0;
    const TagCount* top = nullptr;
    for (const TagCount& c : counts) {
      total += c.count;
      if (!top || c.count > top->count) top = &c;
    }
    // The ambiguity class: every tag with at least 10% of the word's count,
    // in tag order.
    bool keep[kNumTags] = {};
    for (const TagCount& c : counts) {
      if (c.count * 10 >= total) keep[TagIndex(c.tag)] = true;
    }
    sig.clear();
    for (int t = 0; t < kNumTags; ++t) {
      if (!keep[t]) continue;
      sig.append(TagName(static_cast<Tag>(t)));
      sig.push_back('|');
    }
    lexclass_[id] = HashBytes(sig);
    lextop_[id] = top ? static_cast<int8_t>(TagIndex(top->tag)) : -1;
    unambiguous_[id] = top && total >= kUnambiguousCount && top->count >= kUnambiguousShare * total;
  }
}

void FeatureExtractor::Analyze(std::span<const std::string_view> words, std::vector<TokenInfo>* out) const {
  out->resize(words.size());
  thread_local std::string form, lower, shape;
  bool open_quote = true;
  static const uint64_t kUnknownClass = HashBytes("UNK");
  static const uint64_t kUnknownCapClass = HashBytes("UNK-cap");
  for (size_t i = 0; i < words.size(); ++i) {
    TokenInfo& t = (*out)[i];
    t = TokenInfo();
    LookupForm(words[i], &form);
    lower = form;
    LowerAsciiInPlace(&lower);
    t.word = HashBytes(lower);
    for (size_t k = 0; k < 4; ++k) t.suffix[k] = HashBytes(Tail(lower, k + 1));
    t.prefix = HashBytes(lower.substr(0, std::min<size_t>(2, lower.size())));
    Shape(form, &shape);
    t.shape = HashBytes(shape);
    Tag fixed;
    if (ClosedClassTag(form, form == "\"" ? QuoteOpens(words, i, open_quote) : open_quote, &fixed)) {
      t.fixed = static_cast<int8_t>(TagIndex(fixed));
      if (form == "\"") open_quote = fixed != Tag::kOpenQuote;
    }
    uint32_t id = lex_->Id(form);
    bool lowered = false;
    if (id == StringTable::kMissing && IsCapitalized(form)) {
      std::string_view lc = lower;
      std::string first_lower = form;
      first_lower[0] = lower[0];
      id = lex_->Id(first_lower);
      if (id == StringTable::kMissing) id = lex_->Id(lc);
      lowered = id != StringTable::kMissing;
    }
    if (id == StringTable::kMissing) {
      t.lexclass = IsCapitalized(form) ? kUnknownCapClass : kUnknownClass;
      if (wordnet_) t.lexclass = Mix(98, t.lexclass ^ wordnet_->WordNetTags(lower));
    } else {
      t.lexclass = lowered ? Mix(99, lexclass_[id]) : lexclass_[id];
      t.lex_top = lextop_[id];
      t.unambiguous = !lowered && unambiguous_[id];
    }
  }
}

void FeatureExtractor::FeatureHashes(std::span<const TokenInfo> toks, size_t i, int prev, int prev2,
                                     uint64_t* f) {
  const TokenInfo& t = toks[i];
  size_t n = toks.size();
  uint64_t w_m1 = i >= 1 ? toks[i - 1].word : kBoundary;
  uint64_t w_m2 = i >= 2 ? toks[i - 2].word : kBoundary;
  uint64_t w_p1 = i + 1 < n ? toks[i + 1].word : kBoundary;
  uint64_t w_p2 = i + 2 < n ? toks[i + 2].word : kBoundary;
  uint64_t c_m1 = i >= 1 ? toks[i - 1].lexclass : kBoundary;
  uint64_t c_p1 = i + 1 < n ? toks[i + 1].lexclass : kBoundary;
  uint64_t c_p2 = i + 2 < n ? toks[i + 2].lexclass : kBoundary;
  uint64_t s_m1 = i >= 1 ? toks[i - 1].suffix[2] : kBoundary;
  uint64_t s_p1 = i + 1 < n ? toks[i + 1].suffix[2] : kBoundary;
  uint64_t sh_p1 = i + 1 < n ? toks[i + 1].shape : kBoundary;
  uint64_t p1 = static_cast<uint64_t>(prev + 1);
  uint64_t p2 = static_cast<uint64_t>(prev2 + 1);
  f[0] = Mix(0, 0);
  f[1] = Mix(1, t.word);
  f[2] = Mix(2, t.suffix[0]);
  f[3] = Mix(3, t.suffix[1]);
  f[4] = Mix(4, t.suffix[2]);
  f[5] = Mix(5, t.suffix[3]);
  f[6] = Mix(6, t.prefix);
  f[7] = Mix(7, t.shape + (i == 0 ? 1 : 0));
  f[8] = Mix(8, t.lexclass);
  f[9] = Mix(9, w_m1);
  f[10] = Mix(10, w_p1);
  f[11] = Mix(11, w_m2);
  f[12] = Mix(12, w_p2);
  f[13] = Mix(13, c_p1);
  f[14] = Mix(14, c_m1);
  f[15] = Mix(15, s_m1);
  f[16] = Mix(16, s_p1);
  f[17] = Mix(17, sh_p1);
  f[18] = Mix(18, c_p2);
  f[19] = Mix(19, p1);
  f[20] = Mix(20, p1 * 64 + p2);
  f[21] = Mix(21, t.word ^ (p1 * 0x100000001B3ULL));
  f[22] = Mix(22, t.lexclass ^ (p1 * 0x100000001B3ULL));
  f[23] = Mix(23, w_p1 ^ (p1 * 0x100000001B3ULL));
  f[24] = Mix(24, t.lexclass * 31 + c_p1);
  f[25] = Mix(25, t.word * 31 + c_p1);
}

}  // namespace entente
