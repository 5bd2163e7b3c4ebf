// word_classes.h — WordNet's semantic classes of nouns and verbs, read at
// start-up from the Debian package wordnet-base (the lemmatizer's files): for
// a lemma, the lexicographer files of its first two senses
// ("verb.communication", "noun.act") and, of its first sense, the synset and
// up to three levels of hypernyms. The learned coder's `wordnet` feature group
// reads them so that a verb or event noun the training corpus never had can
// borrow from known words of its class. Immutable after Load(); safe to share
// between threads.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "tag/string_table.h"

namespace entente {

class WordClasses {
 public:
  enum class Pos : uint8_t { kNoun, kVerb };
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr int kLevels = 3;
  struct Classes {
    std::array<uint8_t, 2> lexfile = {0xFF, 0xFF};  // of senses 1 and 2 (0xFF: none)
    uint32_t synset = kNone;                         // the first sense's synset
    std::array<uint32_t, kLevels> hypernyms = {kNone, kNone, kNone};  // its ancestors, nearest first
  };

  // Reads index.{noun,verb} and data.{noun,verb} from `dir` (WordNetDir()).
  // NotFound naming the package if a file is missing.
  static Result<std::unique_ptr<const WordClasses>> Load(const std::string& dir);

  // The classes of a lower-case lemma, or nullptr if WordNet does not know it.
  const Classes* Find(std::string_view lemma, Pos pos) const;
  // "verb.communication"; "" for 0xFF.
  static std::string_view LexfileName(uint8_t lexfile);
  // A synset's readable name: its first word and part of speech ("assail.v").
  // (Both arms are string_views: `names_[i] : ""` would copy the name into a
  // temporary std::string and return a view of it.)
  std::string_view SynsetName(uint32_t synset) const {
    return synset < names_.size() ? std::string_view(names_[synset]) : std::string_view();
  }

 private:
  Status LoadPos(const std::string& dir, Pos pos);
  StringTable index_[2];           // lemma -> index into classes_
  std::vector<Classes> classes_;
  std::vector<std::string> names_;  // synset id -> name
};

}  // namespace entente
