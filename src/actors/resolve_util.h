// resolve_util.h — small helpers the resolver shares: the shape of a name,
// CAMEO code splitting, and the per-document coreference memory. (The
// English word classes — fillers, name stops … — are Dictionary::IsWord.)
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "entente/actor.h"
#include "entente/token.h"

namespace entente::actors {

// True if the token can be part of a name: a word starting with an upper-case
// letter (or a non-ASCII letter), and tagged NNP/NNPS when tags exist.
bool LooksLikeName(const Token& t);

// CAMEO blocks: known sector codes, and roots that are not countries.
bool IsSectorCode(std::string_view block);
bool IsNonStateRoot(std::string_view block);

// What one document has said so far, for coreference.
struct DocMemory {
  std::unordered_map<std::string, size_t> surnames;  // folded surname → mention index
  // Country mentions of the sentences before (not those given by the
  // document's country themselves): country → count, and the total.
  std::unordered_map<std::string, uint32_t> countries;
  uint32_t country_mentions = 0;
};

}  // namespace entente::actors
