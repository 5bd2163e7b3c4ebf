// event_coder.h — the one interface of the events stage: a coder turns a
// document's tree and actor mentions into events. Two implementations:
// the learned coder (events/learned_coder.h, the default) and the PETRARCH
// dictionary coder (petrarch/coder.h, with --dict petrarch:…). The
// pipeline, the output and the store know only this interface.
#pragma once

#include <string>

#include "entente/analysis.h"

namespace entente {

class EventCoder {
 public:
  virtual ~EventCoder() = default;
  // Fills doc->events. Mentions that are not coded as events (negated,
  // denied, hypothetical) are included with `negated` set or modality
  // hypothetical; the pipeline drops them unless the user keeps them.
  virtual void Run(AnalyzedDocument* doc) const = 0;
  // Canonical text dump of the events and why each was coded (explain,
  // golden tests).
  virtual std::string Dump(const AnalyzedDocument& doc) const = 0;
  // "learned" or "petrarch": for provenance stamps and messages.
  virtual const char* name() const = 0;
};

}  // namespace entente
