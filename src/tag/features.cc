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
  std::string sig;
  for (uint32_t id = 0; id < n; ++id) {
    auto counts = lex->Entry(id);
    uint64_t total = 0;
    for (const TagCount& c : counts) total += c.count;
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
  }
}

void FeatureExtractor::Analyze(std::span<const std::string_view> words, std::vector<TokenInfo>* out) const {
  out->resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) AnalyzeWord(words[i], &(*out)[i]);
}

void FeatureExtractor::AnalyzeWord(std::string_view word, TokenInfo* out) const {
  thread_local std::string form, lower, shape;
  TokenInfo& t = *out;
  t = TokenInfo();
  LookupForm(word, &form);
  lower = form;
  LowerAsciiInPlace(&lower);
  t.word = HashBytes(lower);
  for (size_t k = 0; k < 4; ++k) t.suffix[k] = HashBytes(Tail(lower, k + 1));
  t.prefix = HashBytes(lower.substr(0, std::min<size_t>(2, lower.size())));
  Shape(form, &shape);
  t.shape = HashBytes(shape);
  static const WordContexts::Hashes kUnlisted = {1, 2, 3, 4};
  const WordContexts::Hashes* ctx = contexts_ ? contexts_->Find(lower) : nullptr;
  t.context = ctx ? *ctx : kUnlisted;
  t.lexclass = LexClass(form, lower);
}

uint64_t FeatureExtractor::LexClass(const std::string& form, const std::string& lower) const {
  static const uint64_t kUnknownClass = HashBytes("UNK");
  static const uint64_t kUnknownCapClass = HashBytes("UNK-cap");
  uint32_t id = lex_->Id(form);
  bool lowered = false;
  if (id == StringTable::kMissing && IsCapitalized(form)) {
    std::string first_lower = form;
    first_lower[0] = lower[0];
    id = lex_->Id(first_lower);
    if (id == StringTable::kMissing) id = lex_->Id(lower);
    lowered = id != StringTable::kMissing;
  }
  if (id != StringTable::kMissing) return lowered ? Mix(99, lexclass_[id]) : lexclass_[id];
  uint64_t unknown = IsCapitalized(form) ? kUnknownCapClass : kUnknownClass;
  return wordnet_ ? Mix(98, unknown ^ wordnet_->WordNetTags(lower)) : unknown;
}

}  // namespace entente
