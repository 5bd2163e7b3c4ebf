// analysis.h — one document and everything the pipeline found in it. Each
// stage reads the fields of the stages before it and fills its own.
#pragma once

#include <string>
#include <vector>

#include "entente/actor.h"
#include "entente/clause.h"
#include "entente/commitment.h"
#include "entente/document.h"
#include "entente/event.h"
#include "entente/token.h"

namespace entente {

struct AnalyzedDocument {
  Document doc;
  Span dateline;                     // "WASHINGTON (Reuters) -", empty if none
  std::vector<Token> tokens;         // text stage; tag stage fills tag/lemma
  std::vector<Sentence> sentences;   // text stage
  std::vector<Clause> clauses;       // parse stage, in sentence order
  std::vector<ActorMention> actors;  // actors stage, in sentence then token order
  std::vector<Event> events;         // events stage
  std::vector<Commitment> commitments;  // commitments stage

  // Clears everything but keeps capacity (per-thread reuse).
  void Clear();
};

}  // namespace entente
