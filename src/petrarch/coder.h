// coder.h — the event coder used with PETRARCH dictionaries (`--dict
// petrarch:DIR`): PETRARCH's verb-pattern semantics over entente's tokens,
// clauses and actor mentions, in place of the events stage.
//
// For each verb (a token tagged VB*/MD, or a verb of the parser's clauses,
// whose written form is in the .verbs file — the tagger's lemma only for an
// irregular form) the patterns of its blocks are tried in file order; the
// first whose words are found around the verb gives the code, else the
// verb's own code. Words before `*` are looked for leftwards from the verb, words after
// it rightwards; `_`-joined words must be adjacent, others may have words
// between them. Actors:
//   - `$` / `+` / `%` in the pattern bind the source / target / both to the
//     actor found at that place;
//   - else the source is the actor group of the verb's subject (following
//     infinitive and coordinated clauses up); with no subject, the
//     sentence's first group before the verb;
//   - else the target is the first actor group after the verb, up to the
//     start of the next clause that is not part of the verb's clause and
//     is opened by punctuation, a conjunction or a wh-word;
//   - a passive's by-agent is the source and its subject the target;
//   - a pronoun subject ("it deplored") counts as no subject; participles
//     ("after leaving X", "after being hit by X"), a noun's infinitive
//     ("efforts to stop X") and relative clauses ("the envoy who met …")
//     are not coded;
//   - a group is a run of mentions joined by commas and and/or/nor
//     ("Mordor, Rohan and Bree", not the apposition "Osgiliath, the
//     state's foe"), or the actors of the members of a coordinated clause
//     argument: one event per (source, target) member pair.
// A code A:B also codes B from target to source, and makes a compound source
// without a target reciprocal (each member against the others), as `%`
// does. Verbs whose token a matched pattern used as one of its words
// ("SAID * …") are not coded themselves. Events need a source and a target
// unless require_dyad is off (PETRARCH's option; then a source alone makes
// an event without a target, unless the verb is within the target window
// of a verb coded with a target, into whose event PETRARCH folds it); negation and modality are not coded
// (PETRARCH has none: its patterns carry them, e.g. `NOT * [112]`). With
// new_actor_length N > 0 (PETRARCH's option), a subject or object phrase
// holding no known actor and at most N words is an actor named by its words:
// "Gryffindor's head Minerva McGonagall" → "GRYFFINDOR HEAD MINERVA MCGONAGALL";
// so is a member of a coordinated subject or object with no known actor.
// Built once, then const and safe to share between threads.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "entente/analysis.h"
#include "events/cameo_table.h"
#include "events/event_coder.h"
#include "petrarch/verb_dict.h"

namespace entente::petrarch {

// PETRARCH's configuration options the coder follows.
struct CoderOptions {
  bool require_dyad = true;     // an event needs a source and a target
  size_t new_actor_length = 0;  // 0: off; else the longest phrase made a new actor
};

class DiscardIndex;

class Coder : public EventCoder {
 public:
  Coder(VerbDictionary verbs, CameoTable cameo, CoderOptions options = {})
      : verbs_(std::move(verbs)), cameo_(std::move(cameo)), options_(options) {}

  // Fills doc->events from tokens, clauses and actor mentions, then drops
  // the events of sentences that hold a discard phrase.
  void Run(AnalyzedDocument* doc) const override;

  // Canonical dump: one block per event with the pattern that fired.
  std::string Dump(const AnalyzedDocument& doc) const override;
  const char* name() const override { return "petrarch"; }

  // PETRARCH's discards (loader.h), applied at the end of Run().
  void SetDiscards(std::shared_ptr<const DiscardIndex> discards) { discards_ = std::move(discards); }


 private:
  VerbDictionary verbs_;
  CameoTable cameo_;
  CoderOptions options_;
  std::shared_ptr<const DiscardIndex> discards_;
};

}  // namespace entente::petrarch
