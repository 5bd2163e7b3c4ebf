// commitment.h — the output of the commitments stage: promises with terms.
// A commitment is made from an event the coder found `intended` (a pledge,
// "vowed to", "will", an announced plan) or from a promise noun with its
// owner ("the U.S. commitment"), with what is promised, the amount, and the
// deadline as written and resolved against the document's date. The record
// is specified in doc/formats/commitments.md; the rules in doc/codebook.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/actor.h"
#include "entente/document.h"
#include "entente/event.h"

namespace entente {

struct Deadline {
  std::string text;   // "by 2031", "within days"; "" when none is stated
  // Resolved against the document's date: "YYYY", "YYYY-MM" or
  // "YYYY-MM-DD"; "" when the text names no date, or names one relative to
  // a document date that is unknown.
  std::string date;
  Span span;          // bytes of `text` in Document::text
};

struct Commitment {
  uint32_t sentence = 0;        // index into AnalyzedDocument::sentences
  int32_t event = -1;           // index into AnalyzedDocument::events; -1 for a promise noun or clause
  std::vector<ActorMention> promisers;     // who promises (the event's sources)
  std::vector<ActorMention> counterparts;  // to whom: the target, or the beneficiary named
  std::string type;             // PLOVER type of what is promised ("AGREE", "RETREAT")
  std::string cameo;            // CAMEO code of the event, "" for a promise noun
  std::string cue;              // the promise word ("pledged", "will", "commitment")
  std::string action;           // lemma of the promised verb ("meet", "withdraw"), "" if none
  // PLOVER type of the promised act by the event lexicon ("send" + troops:
  // MOBILIZE), when it differs from `type` ("pledged to send troops" is an
  // AGREE event); "" if the lexicon has no type for it.
  std::string act_type;
  std::string object;           // what is promised ("NATO's spending target of 2% of economic output")
  std::string quantity;         // "2%", "12,000 troops", "$1 billion"; "" if none
  Deadline deadline;
  std::string trigger;          // the event's trigger words
  Span trigger_span;
  Attribution attribution;      // who reported it (the event's)
  std::string why;              // how it was found, for explain
};

}  // namespace entente
