// verb_dict.h — a PETRARCH2/TABARI `.verbs` file (CAMEO.2.0 format) read
// into the structure the PETRARCH coder (coder.h) matches: verb forms →
// verb blocks, each block's patterns as word sequences around the verb.
//
// Syntax read (doc/formats/petrarch.md has the details):
//   --- ABANDON [345] ---           a block: its verb and default code
//   ABANDON {ABANDONED}             verb line: forms in { }, own [CODE] optional;
//   +CORDON_OFF {+CORDONED_OFF}     `+` marks the verb word of a multi-word verb
//   - INCHING &SYN * TO + [083]     pattern: `*` the verb; words before it must
//                                   occur before the verb, words after it after;
//                                   words joined by `_` are adjacent, words
//                                   separated by spaces may have others between;
//                                   `$` source, `+` target, `%` compound actor,
//                                   `^` skips a noun phrase; `( ) { }` group
//                                   (read as plain separators); [A:B] codes A for
//                                   source→target and B for target→source
//   &SYN / +MEMBER                  synsets (members are adjacent word runs,
//                                   may name other synsets)
// Every problem is reported (file, line, reason) and reading goes on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/diagnostics.h"

namespace entente::petrarch {

// One element of a pattern: a word, a synset or a marker.
struct PatternElement {
  enum class Kind : uint8_t { kWord, kSynset, kSource, kTarget, kCompound, kSkipPhrase };
  Kind kind = Kind::kWord;
  std::string text;     // lower-case word, or synset name ("&tietypes")
  bool adjacent = false;  // joined by `_` to its neighbour toward the verb
  int synset = -1;        // kSynset: its index for VerbDictionary::Runs, −1 if undefined
};

// A code pair: `code` for source→target, `reverse` (may be "") for
// target→source. "---" means "do not code".
struct VerbCode {
  std::string code, reverse;
  bool empty() const { return code.empty() && reverse.empty(); }
};

struct VerbPattern {
  std::vector<PatternElement> before;  // nearest-to-the-verb first
  std::vector<PatternElement> after;   // nearest-to-the-verb first
  VerbCode code;
  uint32_t line = 0;
  std::vector<std::string> words;  // its plain words: a sentence lacking one cannot match
};

struct VerbBlock {
  std::string name;  // the header verb, upper case as written
  std::string file;  // the file it was read from
  VerbCode code;
  std::vector<VerbPattern> patterns;
  uint32_t line = 0;
};

// A form of a verb: the block it belongs to, its own code (empty: the
// block's), and for a multi-word verb the words that must stand right
// before / after the verb word ("cordon OFF", "WIRE tap").
struct VerbForm {
  uint32_t block = 0;
  VerbCode code;
  std::vector<std::string> before, after;  // lower case; before is nearest-first
  uint32_t line = 0;
};

struct VerbDictStats {
  size_t blocks = 0, verbs = 0, forms = 0, patterns = 0, synsets = 0, problems = 0;
};

class VerbDictionary {
 public:
  // Reads (and adds) one .verbs file; `file` names it in diagnostics.
  void Read(std::string_view text, const std::string& file, DiagnosticSink* sink);

  // Forms whose verb word is `word` (lower case), or nullptr.
  const std::vector<VerbForm>* Find(std::string_view word) const;
  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  // Word runs a synset stands for (expanded through nested synsets), or nullptr.
  const std::vector<std::vector<std::string>>* Synset(const std::string& name) const;
  // The same by index (PatternElement::synset).
  const std::vector<std::vector<std::string>>& Runs(int i) const { return synset_runs_[static_cast<size_t>(i)]; }
  const VerbDictStats& stats() const { return stats_; }

 private:
  friend class VerbFileReader;
  std::vector<VerbBlock> blocks_;
  std::unordered_map<std::string, std::vector<VerbForm>> forms_;
  std::unordered_map<std::string, int> synsets_;                   // name → index into synset_runs_
  std::vector<std::vector<std::vector<std::string>>> synset_runs_;
  VerbDictStats stats_;
};

}  // namespace entente::petrarch
