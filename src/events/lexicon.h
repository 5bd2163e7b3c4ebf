// lexicon.h — the event lexicon: predicate patterns keyed on a trigger lemma
// (verb or noun), each giving a CAMEO code. Read from data/events/lexicon/*.lex
// (format in doc/formats/events.md), compiled once into a lemma-keyed hash
// index. Immutable after Load(); safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

// What a constraint looks at in the clause.
enum class RoleKind : uint8_t {
  kObject,      // first direct object
  kObject2,     // second object ("called the plan [an experiment]")
  kPrep,        // a prepositional phrase with `prep`
  kInfinitive,  // an infinitive complement clause ("pledged [to consult]")
  kThat,        // a that-/reported complement clause
  kSubject,     // the subject (used to constrain nominal triggers' owners)
};

struct Constraint {
  RoleKind kind = RoleKind::kObject;
  std::vector<std::string> preps;   // kPrep: any of "with", "out of" …
  std::vector<uint32_t> lemma_sets; // ids of allowed head-lemma sets; empty = any
  bool absent = false;              // "-obj": the role must not be there
  bool target = false;              // ">obj": the target comes from this role
};

struct Pattern {
  std::string code;        // CAMEO code
  std::string lemma;       // trigger lemma
  std::string particle;    // "" or "out", "for" …
  char pos = 0;            // 'v', 'n' or 0 for either
  int8_t voice = 0;        // 0 either, 1 active only, 2 passive only
  bool no_target = false;  // the event never has a target
  std::vector<Constraint> constraints;
  int specificity = 0;     // higher wins when several match
  std::string file;        // where it was written, for `why`
  uint32_t line = 0;
  std::string text;        // the line as written
};

class Lexicon {
 public:
  // Reads every *.lex file in `dir` (sorted by name). Bad lines are
  // reported and skipped; an unknown format version or no patterns at all
  // is an error.
  static Result<Lexicon> Load(const std::string& dir, DiagnosticSink* sink);
  // Parses one file's text (tests use this directly).
  Status AddFile(const std::string& text, const std::string& file, DiagnosticSink* sink);

  // The patterns whose trigger is `lemma` (most specific first), or nullptr.
  const std::vector<Pattern>* Find(const std::string& lemma) const;
  // True if `lemma` is in the lemma set `id`.
  bool InSet(uint32_t id, const std::string& lemma) const;
  // True if some pattern of `lemma` takes an infinitive complement
  // ("agree inf", "urge obj inf"), i.e. "to X" after it is not a purpose.
  bool TakesInfinitive(const std::string& lemma) const { return takes_inf_.count(lemma) > 0; }
  // Word lists declared with %name lines (light verbs, intent verbs, …).
  bool InList(const std::string& list, const std::string& word) const;
  // The word list `list`, or an empty set; the pointer stays valid for the
  // lexicon's lifetime (hot paths look lists up once).
  const std::unordered_set<std::string>* List(const std::string& list) const;

  // Every pattern, grouped by trigger (for validation and statistics).
  template <typename F>
  void ForEach(F&& f) const {
    for (const auto& [lemma, v] : index_) {
      for (const Pattern& p : v) f(p);
    }
  }

  size_t pattern_count() const { return pattern_count_; }
  size_t trigger_count() const { return index_.size(); }

 private:
  Status ParseLine(std::string_view line, const std::string& file, uint32_t line_no,
                   DiagnosticSink* sink);
  bool ParseConstraint(std::string_view tok, Constraint* c, std::string* error);
  bool ParseLemmaSet(std::string_view list, uint32_t* id, std::string* error);
  void Finish();

  std::unordered_map<std::string, std::vector<Pattern>> index_;
  std::vector<std::unordered_set<std::string>> sets_;
  std::unordered_map<std::string, std::unordered_set<std::string>> classes_;  // @name
  std::unordered_map<std::string, std::unordered_set<std::string>> lists_;    // %name
  std::unordered_set<std::string> takes_inf_;
  size_t pattern_count_ = 0;
};

}  // namespace entente
