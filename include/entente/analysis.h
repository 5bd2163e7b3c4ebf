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
  // The dateline's tokens (text stage; not in `tokens`, no sentence holds them).
  std::vector<Token> dateline_tokens;
  // The dateline's first resolved place (actors stage; place_id "" if none;
  // begin/end index dateline_tokens, span is in Document::text): an event
  // whose sentence names no location can take it (events stage).
  ActorMention dateline_place;
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
