// annotated_corpus.h — reading the annotated event corpus (the record
// format of the annotation guide, data/train/events/*.jsonl) and lining its
// code-point spans up with the pipeline's tokens and actor mentions.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
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
  // The record's story (`doc_id`; "" if the record does not say): a story's
  // sentences follow each other in the file, in their order.
  std::string doc_id;
};

// Reads every line of a corpus file; a bad line is reported (file:line) and
// skipped. False if the file cannot be read. Spans and factuality may be
// absent (gold files for scoring only, such as the PLOVER records: then
// factuality is "done"); training needs them.
bool ReadAnnotatedCorpus(const std::string& path, DiagnosticSink* sink, std::vector<GoldSentence>* out);

// The story of gold sentence s: its doc_id, or its own id when it has none
// (then it is a story of its own, as the PLOVER records are).
const std::string& DocumentOf(const GoldSentence& s);

// The gold sentences grouped by story: runs of consecutive sentences of one
// DocumentOf, as [begin, end) index pairs in file order.
std::vector<std::pair<size_t, size_t>> DocumentRuns(const std::vector<GoldSentence>& gold);

// The token heading the gold event's trigger bytes (of the tokens they
// overlap, the highest in the tree) and, in *sentence, its sentence; -1 if
// the trigger overlaps no token (or the file gave no trigger span).
int GoldTriggerToken(const AnalyzedDocument& a, const GoldEvent& g, uint32_t* sentence);

}  // namespace entente
