// topic_features.h — the topic feature group of the learned coder
// (`entente train --features …,topic`): what a sentence is about, read from
// WordNet, so that a political-sounding verb in a routine story of an
// epidemic, a disaster, a sport, an election, a court or science
// ("quarantined cities", "suspended its season", "held a rally") is weighed
// with its story's topic, and so that the weight learned from one disease or
// one sport carries to the others.
//
// The domains and their anchor synsets are data: the lexicon's lists
// "%topics" (the domain names) and "%topic_NAME" (the anchors: a noun whose
// first sense is the anchor, or "noun^N", N hypernyms above it), in
// data/events/lexicon/00_topics.lex. A noun belongs to a domain when the
// hypernym chain of one of its first two senses reaches one of the domain's
// anchors (WordClasses::Ancestors, read once per lemma). An entry "=word"
// names a word of the domain itself, for words younger than WordNet 3.0
// ("coronavirus") or whose newer sense it lacks; it is matched in any case
// and on proper nouns too ("COVID-19").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/coder_features.h"
#include "events/lexicon.h"
#include "events/word_classes.h"

namespace entente {

// The anchors of the lexicon's topic lists, resolved to synsets.
class TopicAnchors {
 public:
  // Reads the lists of `lexicon`; anchors WordNet does not know are left out.
  TopicAnchors(const Lexicon& lexicon, const WordClasses& wc);
  // The domain names, sorted; bit d of a mask is domains()[d] (at most 32).
  const std::vector<std::string>& domains() const { return domains_; }
  // The domains of a common noun's lemma, as a bit mask (0: none, or unknown).
  uint32_t NounDomains(std::string_view lemma) const;
  // The domains whose "=word" entries name this word (any case).
  uint32_t WordDomains(std::string_view word) const;

 private:
  const WordClasses& wc_;
  std::vector<std::string> domains_;
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;  // (synset, domain bit), sorted
  std::vector<std::pair<std::string, uint32_t>> words_;  // ("=word" lower-cased, domain bit)
};

// Adds the group's features of trigger candidate t: the domains of the
// sentence's nouns other than t ("tp"), each with t's lemma and with
// the lexicon's CAMEO root of t; the domains of t's own arguments with the
// relation and with t's lemma ("tp.arg"); and t's own domain when it is a
// noun ("tp.self").
void TopicFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses& wc,
                   FeatureSet* out);

}  // namespace entente
