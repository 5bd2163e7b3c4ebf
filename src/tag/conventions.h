// conventions.h — tag conventions of the newer treebanks (OntoNotes, EWT,
// GUM) that the Penn Treebank-era Lingua data predates, applied after
// decoding by every tagger (and to the trainer's silver labels).
#pragma once

#include <span>
#include <string_view>

#include "tag/tagset.h"

namespace entente {

// A bare "-" joining two words ("long - term", as tokenizers split
// compounds) is HYPH; "to" is TO only as the infinitive marker and IN as a
// preposition (the Penn Treebank tagged every "to" TO).
void ApplyConventions(std::span<const std::string_view> words, std::span<Tag> tags);

}  // namespace entente
