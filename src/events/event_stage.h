// event_stage.h — the events stage: clauses + actor mentions → events.
// Each clause's verb (or nominal trigger) is looked up in the lexicon; the
// most specific matching pattern gives the CAMEO code and says which clause
// role holds the target. Infinitive complements of agree/appeal/demand/
// threaten verbs are folded into their governor ("pledged to consult" is
// one AGREE-to-meet event); modality, negation and attribution (reported
// speech) come from the clause structure.
// Built once by Create(), then const and safe to share between threads.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"
#include "events/cameo_table.h"
#include "events/lexicon.h"

namespace entente {

class EventStage {
 public:
  // Loads data_dir/events/cameo_codes.tsv and data_dir/events/lexicon/*.lex.
  static Result<std::unique_ptr<EventStage>> Create(const std::string& data_dir, DiagnosticSink* sink);
  // For tests: a stage over an already loaded table and lexicon.
  EventStage(CameoTable cameo, Lexicon lexicon);

  // Fills AnalyzedDocument::events from clauses and actors (negated events
  // included, with negated = true).
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump: one block per event with the pattern that fired
  // and the clause roles it used.
  std::string Dump(const AnalyzedDocument& doc) const;

  const Lexicon& lexicon() const { return lexicon_; }
  const CameoTable& cameo() const { return cameo_; }

 private:
  CameoTable cameo_;
  Lexicon lexicon_;
};

}  // namespace entente
