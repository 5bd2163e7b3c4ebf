// word_contexts.h — distributional facts about words for the tagger: for
// each word (lower-cased), the two most frequent words just before it and
// just after it in a large text (scripts/word_contexts.py writes the table,
// data/syntax/word_contexts.tsv; the trainer stores it in the syntax model,
// part "word_contexts", so a model always reads the table it was trained
// with). They tell a noun from a verb for words the treebank lacks.
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

class WordContexts {
 public:
  static constexpr int kContexts = 4;  // left1, left2, right1, right2
  using Hashes = std::array<uint64_t, kContexts>;

  // Lines "word<TAB>left1<TAB>left2<TAB>right1<TAB>right2"; "#" lines are
  // comments. Corrupt (naming `name` and the line) on any other shape.
  static Result<std::unique_ptr<WordContexts>> Parse(std::string_view text, const std::string& name);

  // The contexts' hashes of a lower-cased word, or null if it is not listed.
  const Hashes* Find(std::string_view lower) const;
  size_t size() const { return contexts_.size(); }

 private:
  StringTable table_;
  std::vector<Hashes> contexts_;
};

}  // namespace entente
