// resolve_util.h — small word lists and helpers the resolver shares:
// fillers that may stand between a country and a role noun, words that end a
// name, CAMEO code splitting, and the per-document coreference memory.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "entente/actor.h"
#include "entente/token.h"

namespace entente::actors {

// Adjectives allowed between a modifier and its role noun ("Iraqi senior
// officials", "Lebanon's new president"). Folded form.
bool IsFiller(std::string_view folded);
// Words that put a role noun outside the story's country ("foreign
// forces", "international observers"). Folded form.
bool IsForeignWord(std::string_view folded);
// Capitalised words that never start or continue a person's name (months,
// days, sentence openers). Folded form.
bool IsNameStop(std::string_view folded);
// Lower-case particles allowed inside names ("de", "bin", "al").
bool IsNameParticle(std::string_view folded);
// True if the token can be part of a name: a word starting with an upper-case
// letter (or a non-ASCII letter), and tagged NNP/NNPS when tags exist.
bool LooksLikeName(const Token& t);

// Prepositions that put a place as where something is or happens ("in",
// "near", "outside"); with `city`, also "to"/"from" ("flew to Lisbon"),
// which before a country usually name an actor ("aid to Syria"). Folded.
bool IsLocativePreposition(std::string_view folded, bool city);
// Compass and area words before a place name ("northern Syria", "downtown
// Miami"): part of the place, and the place becomes a region.
bool IsDirectionWord(std::string_view folded);

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
