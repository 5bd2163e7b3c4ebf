// event_coder.h — the one interface of the events stage: a coder turns a
// document's tree and actor mentions into events. Two implementations:
// the learned coder (events/learned_coder.h, the default) and the PETRARCH
// dictionary coder (petrarch/coder.h, with --dict petrarch:…). The
// pipeline, the output and the store know only this interface.
#pragma once

#include <string>
#include <vector>

#include "entente/analysis.h"

namespace entente {

class EventCoder {
 public:
  virtual ~EventCoder() = default;
  // Fills doc->events. Mentions that are not coded as events (negated,
  // denied, hypothetical) are included with `negated` set or modality
  // hypothetical; the pipeline drops them unless the user keeps them.
  virtual void Run(AnalyzedDocument* doc) const = 0;
  // Codes one document given as parts analysed apart, in order (`entente
  // eval`: a story's gold sentences, each analysed alone): each part's
  // events as Run writes them, read in the whole document's context by a
  // coder that has one (the learned coder's docrel group); the others code
  // each part alone.
  virtual void RunParts(const std::vector<AnalyzedDocument*>& parts) const {
    for (AnalyzedDocument* part : parts) Run(part);
  }
  // Canonical text dump of the events and why each was coded (explain,
  // golden tests).
  virtual std::string Dump(const AnalyzedDocument& doc) const = 0;
  // "learned" or "petrarch": for provenance stamps and messages.
  virtual const char* name() const = 0;
};

}  // namespace entente
