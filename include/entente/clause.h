// clause.h — the output of the parse stage: for each sentence, the clauses
// with their verb group and arguments. Token indices are absolute indices
// into AnalyzedDocument::tokens.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace entente {

// A contiguous run of tokens [begin, end) with a head token. Coordinated
// noun phrases ("Germany, Italy and Spain") keep the whole run here and
// each member in `conjuncts` (empty when not coordinated). A noun phrase's
// span includes its "of" complements ("the leaders of Germany and France");
// an apposition ("Jens Stoltenberg, NATO's secretary general,") is not part
// of the span but listed in `appositions`.
struct Phrase {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t head = 0;
  std::vector<Phrase> conjuncts;
  std::vector<Phrase> appositions;
  bool empty() const { return end <= begin; }
};

struct PrepPhrase {
  std::string prep;   // lower-case preposition ("with", "against", "out of")
  Phrase object;
};

enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };
enum class Voice : uint8_t { kActive, kPassive };

// How a clause hangs off its parent.
enum class ClauseLink : uint8_t {
  kMain,         // the root clause of the sentence
  kInfinitive,   // "pledged [to hit the target]"
  kThat,         // "said [that ...]" / reported speech complement
  kRelative,     // "the troops [who withdrew]"
  kCoordinated,  // "met X and [signed Y]"
  kAdverbial,    // "after [meeting X]", "if [...]"
  kNominal,      // a nominalised event ("the withdrawal of troops from Germany")
};

struct Clause {
  // Verb group. For a nominal clause `verb` is the trigger noun.
  uint32_t verb = 0;
  std::string lemma;              // main verb lemma
  std::string particle;           // "out" in "pull out", "" if none
  std::vector<uint32_t> auxiliaries;
  Tense tense = Tense::kNone;     // of the first verb: "will" future; "would", "could"
                                  // past; other modals present; none when non-finite
  Voice voice = Voice::kActive;
  bool perfect = false;           // have + past participle ("has withdrawn")
  bool progressive = false;       // be + -ing ("is withdrawing")
  bool negated = false;           // not / never / n't / refused to / failed to
  std::string modality;           // "" (asserted) or the marker: a modal ("may",
                                  // "could", "must" — also for "has to" —, "should",
                                  // "would", "can", "might"); for an infinitive or
                                  // gerund complement the governing lemma ("plan",
                                  // "intend", "agree", "pledge", "threaten", "expect",
                                  // "urge", "deny", an adjective: "likely", "ready");
                                  // "plan" for "is to"; "if" in a condition; "to" for
                                  // a purpose infinitive ("sent troops to protect")
  // Arguments.
  Phrase subject;                 // empty when none
  std::vector<Phrase> objects;    // direct (and indirect) objects in order
  std::vector<PrepPhrase> preps;
  Phrase agent;                   // by-agent of a passive, empty when none
  // Structure.
  ClauseLink link = ClauseLink::kMain;
  int parent = -1;                // index of the governing clause among this sentence's
                                  // clauses (0 = the sentence's first clause in
                                  // AnalyzedDocument::clauses), -1 for none
  std::string marker;             // word introducing the clause, lower case:
                                  // "that", "to", "if", "after", "who", "" if none
  // Reported speech: the clause that says this one ("X said", "according to X").
  Phrase speaker;                 // empty when not reported
  uint32_t sentence = 0;          // index of the sentence this clause belongs to
};

}  // namespace entente
