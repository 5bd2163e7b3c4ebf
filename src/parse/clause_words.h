// clause_words.h — the closed word lists the clause builder reads
// (data/syntax/clause_words.txt): verbs of saying, control and modality
// verbs, negation, relative pronouns, time nouns, locative prepositions,
// event nouns. Grammar, not event dictionaries. Loaded once, then const and
// shared by every thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::parse {

// What a word does to the clause around it. Bit flags.
enum WordFlag : uint32_t {
  kSay = 1u << 0,            // verb of saying: its complement is reported speech
  kModalMatrix = 1u << 1,    // "plans to X": X gets modality = this lemma
  kAspectual = 1u << 2,      // "began to X": X is asserted
  kNegMatrix = 1u << 3,      // "refused to X": X is negated
  kObjControl = 1u << 4,     // "urged Iran to X": Iran is X's subject
  kModalAdj = 1u << 5,       // "is likely to X"
  kNegAdj = 1u << 6,         // "is unable to X" negates X
  kRelPronoun = 1u << 7,     // who, which, that …
  kNegation = 1u << 8,       // not, n't, never
  kFuture = 1u << 9,         // will, shall
  kAccuseLike = 1u << 10,    // "accused X of V-ing": X is the subject of V
  kPreventLike = 1u << 11,   // "prevented X from V-ing": X does not V
  kTime = 1u << 12,          // Wednesday, week: never a subject or object
  kPersonNoun = 1u << 13,    // "officials in Kabul" keeps its place
  kLocative = 1u << 14,      // in, near: a place, not part of an object
  kPartitive = 1u << 15,     // "some of whom"
  kEventNoun = 1u << 16,     // "withdrawal": a nominalised event
  kPossessive = 1u << 17,    // its, their: a role noun's owner named before
};

class ClauseWords {
 public:
  // Reads `path` ("entente-clause-words 1"). Errors name the file and line:
  // a missing file, an unknown list name, a newer format.
  static Result<ClauseWords> Load(const std::string& path);
  // The default file under `data_dir`.
  static std::string DefaultPath(const std::string& data_dir);

  // Flags of a lower-case word or lemma; 0 if unknown. No allocation.
  uint32_t Flags(std::string_view lower) const;

 private:
  void Add(std::string_view word, uint32_t flags);

  struct Slot {
    std::string word;
    uint32_t flags = 0;
  };
  std::vector<Slot> slots_;  // open addressing, power-of-two size
  size_t mask_ = 0;
  size_t used_ = 0;
};

}  // namespace entente::parse
