// conventions.h — tag conventions of the newer treebanks (OntoNotes, EWT,
// GUM) that the Penn Treebank-era Lingua data predates, applied after
// decoding by every tagger (and to the trainer's silver labels).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "tag/tagset.h"

namespace entente {

// What the lexicons allow for a word, so that a rule never gives a word a
// tag it cannot have ("Look at this": may "Look" be a verb?).
class TagOptions {
 public:
  virtual ~TagOptions() = default;
  // Bit set of the tags `word` may take (bit TagIndex(t)); 0 if unknown.
  virtual uint64_t Possible(std::string_view word) const = 0;
};

// A bare "-" joining two words ("long - term", as tokenizers split
// compounds) is HYPH; "to" is TO only as the infinitive marker and IN as a
// preposition (the Penn Treebank tagged every "to" TO).
// With `options` (may be null) a few more rules apply: imperatives at the
// start ("Look at ..."), base forms after modals and "do" ("'ll wake you").
void ApplyConventions(std::span<const std::string_view> words, std::span<Tag> tags,
                      const TagOptions* options = nullptr);

}  // namespace entente
