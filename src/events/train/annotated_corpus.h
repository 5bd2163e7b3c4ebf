// annotated_corpus.h — reading the annotated event corpus (the record
// format of the annotation guide, data/train/events/*.jsonl) and lining its
// code-point spans up with the pipeline's tokens and actor mentions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/diagnostics.h"

namespace entente {

struct GoldActor {
  uint32_t begin = 0, end = 0;  // bytes in the sentence text (0, 0 when the file gives no span)
  std::string code;
};

// The guide's `location` of an event ("location": {"text", "span",
// "country", "precision"}); empty text = none given.
struct GoldLocation {
  std::string text, country, precision;
  uint32_t begin = 0, end = 0;  // bytes in the sentence text
  bool from_dateline = false;
};

struct GoldEvent {
  std::string type, cameo, factuality;  // factuality: done/intended/negated/hypothetical/denied
  uint32_t trigger_begin = 0, trigger_end = 0;  // bytes; both 0 when the file gives no trigger span
  std::vector<GoldActor> sources, targets;
  bool optional = false;
  GoldLocation location;
};

struct GoldSentence {
  std::string id, text, date, split;
  std::string source;  // where the sentence comes from ("wikinews", "ngec"); "" if the record does not say
  std::vector<GoldEvent> events;  // coded and non-factual mentions together
};

// Reads every line of a corpus file; a bad line is reported (file:line) and
// skipped. False if the file cannot be read. Spans and factuality may be
// absent (gold files for scoring only, such as the PLOVER records: then
// factuality is "done"); training needs them.
bool ReadAnnotatedCorpus(const std::string& path, DiagnosticSink* sink, std::vector<GoldSentence>* out);

// The token heading the gold event's trigger bytes (of the tokens they
// overlap, the highest in the tree) and, in *sentence, its sentence; -1 if
// the trigger overlaps no token (or the file gave no trigger span).
int GoldTriggerToken(const AnalyzedDocument& a, const GoldEvent& g, uint32_t* sentence);

}  // namespace entente
