#include "events/topic_features.h"

#include <algorithm>
#include <charconv>

namespace entente {

namespace {

bool IsCommonNoun(const Token& t) { return t.tag == "NN" || t.tag == "NNS"; }
bool IsProperNoun(const Token& t) { return t.tag == "NNP" || t.tag == "NNPS"; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The synset an anchor entry names: "noun" its first sense, "noun^N" the
// N-th hypernym above it; kNone if WordNet does not know it.
uint32_t AnchorSynset(std::string_view entry, const WordClasses& wc) {
  size_t caret = entry.find('^');
  int up = 0;
  if (caret != std::string_view::npos) {
    std::from_chars(entry.data() + caret + 1, entry.data() + entry.size(), up);
    entry = entry.substr(0, caret);
  }
  // Ancestors() lists the first sense's chain first, its own synset at 0.
  std::vector<uint32_t> chain = wc.Ancestors(entry, WordClasses::Pos::kNoun);
  if (up < 0 || static_cast<size_t>(up) >= chain.size()) return WordClasses::kNone;
  return chain[static_cast<size_t>(up)];
}

// "obl:in" -> "obl".

bool IsArgumentRelation(std::string_view rel) {
  std::string_view b = BaseRelation(rel);
  return b == "obj" || b == "nsubj" || b == "obl" || b == "nmod" || b == "compound";
}

}  // namespace

TopicAnchors::TopicAnchors(const Lexicon& lexicon, const WordClasses& wc) : wc_(wc) {
  const auto* names = lexicon.List("topics");
  domains_.assign(names->begin(), names->end());
  std::sort(domains_.begin(), domains_.end());
  if (domains_.size() > 32) domains_.resize(32);
  for (uint32_t d = 0; d < domains_.size(); ++d) {
    for (const std::string& entry : *lexicon.List("topic_" + domains_[d])) {
      if (entry.size() > 1 && entry[0] == '=') {
        words_.emplace_back(Lower(std::string_view(entry).substr(1)), 1u << d);
        continue;
      }
      uint32_t synset = AnchorSynset(entry, wc);
      if (synset != WordClasses::kNone) anchors_.emplace_back(synset, 1u << d);
    }
  }
  std::sort(anchors_.begin(), anchors_.end());
}

uint32_t TopicAnchors::WordDomains(std::string_view word) const {
  uint32_t mask = 0;
  if (words_.empty()) return mask;
  std::string lower = Lower(word);
  for (const auto& [w, bit] : words_) {
    if (w == lower) mask |= bit;
  }
  return mask;
}

uint32_t TopicAnchors::NounDomains(std::string_view lemma) const {
  uint32_t mask = WordDomains(lemma);
  if (anchors_.empty()) return mask;
  for (uint32_t synset : wc_.Ancestors(lemma, WordClasses::Pos::kNoun)) {
    auto it = std::lower_bound(anchors_.begin(), anchors_.end(), std::pair<uint32_t, uint32_t>(synset, 0));
    for (; it != anchors_.end() && it->first == synset; ++it) mask |= it->second;
  }
  return mask;
}

void TopicFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses& wc,
                   FeatureSet* f) {
  TopicAnchors anchors(lexicon, wc);
  const std::vector<std::string>& names = anchors.domains();
  auto each = [&](uint32_t mask, auto fn) {
    for (uint32_t d = 0; d < names.size(); ++d) {
      if (mask & (1u << d)) fn(names[d]);
    }
  };
  std::string_view lem = LemmaOrText(g.tok(t));
  uint32_t sentence = 0;
  for (uint32_t i = g.first(); i < g.end(); ++i) {
    if (i == t) continue;
    if (IsCommonNoun(g.tok(i))) sentence |= anchors.NounDomains(LemmaOrText(g.tok(i)));
    if (IsProperNoun(g.tok(i))) sentence |= anchors.WordDomains(LemmaOrText(g.tok(i)));
  }
  std::string_view root = LexiconRoot(lexicon, lem);
  if (root.empty()) root = "none";
  each(sentence, [&](const std::string& d) {
    f->Add("tp", d);
    f->Add("tp.lem", d, lem);
    f->Add("tp.lex", d, root);
  });
  for (uint32_t c : g.children(t)) {
    const Token& k = g.tok(c);
    if (!IsCommonNoun(k) || !IsArgumentRelation(k.deprel)) continue;
    each(anchors.NounDomains(LemmaOrText(k)), [&](const std::string& d) {
      f->Add("tp.arg", d, BaseRelation(k.deprel));
      f->Add("tp.arg.lem", d, lem);
    });
  }
  if (IsCommonNoun(g.tok(t))) each(anchors.NounDomains(lem), [&](const std::string& d) { f->Add("tp.self", d); });
}

}  // namespace entente
