// lemmatizer.h — verb and noun lemmas through WordNet's morphology: the
// exception lists (verb.exc, noun.exc), WordNet's detachment rules and a
// lookup of each candidate in the lemma index (index.verb, index.noun), all
// read at start-up from the Debian package wordnet-base.
//
// Lemmas are lower case. Words tagged neither verb nor noun get their
// lower-cased form (with a few contractions spelled out: "n't" -> "not",
// "wo" -> "will"). Immutable after Load(); safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "tag/string_table.h"
#include "tag/tagset.h"

namespace entente {

// Where wordnet-base installs its files; $ENTENTE_WORDNET_DIR overrides.
inline constexpr const char* kDefaultWordNetDir = "/usr/share/wordnet";
std::string WordNetDir();

class Lemmatizer {
 public:
  // Reads verb.exc, noun.exc, adj.exc and index.{verb,noun,adj,adv} from
  // `dir`.
  // NotFound (naming the Debian package) if a file is missing.
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& dir);

  // Writes the lemma of `word` tagged `tag` into *out (replacing it).
  void Lemmatize(std::string_view word, Tag tag, std::string* out) const;

  // The Penn Treebank tags WordNet allows for a lower-case word, as a bit
  // set (bit TagIndex(t)): NN if it is a noun lemma, NNS if it inflects one,
  // VB/VBP, VBZ, VBD/VBN, VBG for verb lemmas and their inflections, JJ,
  // JJR/JJS, RB. 0 if WordNet does not know the word. The taggers use it
  // for words missing from the Lingua lexicon ("iodine").
  uint64_t WordNetTags(std::string_view lower) const;

 private:
  enum class Pos { kNoun, kVerb, kAdj, kAdv };
  Status LoadExceptions(const std::string& path, Pos pos);
  Status LoadIndex(const std::string& path, Pos pos);
  bool InIndex(std::string_view lemma, Pos pos) const;
  // WordNet's rules for `pos`, restricted to the ones that fit `tag`; writes
  // the first candidate found in the index. False if none is.
  bool ApplyRules(const std::string& lower, Tag tag, Pos pos, std::string* out) const;
  // Last resort for words WordNet does not know ("tweeted").
  static void Guess(const std::string& lower, Tag tag, std::string* out);

  StringTable verb_exc_, noun_exc_;  // inflected form -> index into bases_
  std::vector<std::string> bases_;
  StringTable verb_index_, noun_index_, adj_index_, adv_index_;
  StringTable adj_exc_;  // "better" -> "good": comparatives and superlatives
};

}  // namespace entente
