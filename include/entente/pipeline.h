// pipeline.h — the whole coder: text → tag → parse → actors → events →
// commitments, built
// once and then shared read-only between threads.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/provenance.h"
#include "entente/status.h"

namespace entente {

// How far to run the pipeline.
enum class Stage { kText, kTag, kParse, kActors, kEvents, kCommitments };

// "text", "tag", "parse", "actors", "events", "commitments".
const char* StageName(Stage stage);
// Parses a stage name; false if unknown.
bool ParseStageName(const std::string& name, Stage* stage);

struct PipelineOptions {
  Stage last_stage = Stage::kCommitments;
  std::string data_dir;          // "" = built-in dictionaries (DataDir())
  std::string syntax_model;      // "" = the shipped tagger and parser (DataDir()/syntax/en_ewt.model)
  std::string event_model;       // "" = the shipped event coder (DataDir()/events/model.bin)
  // "" = none; else a directory of PETRARCH2 dictionaries: its actors and
  // agents are added to the built-in ones (and win where both name the same
  // words), its verb patterns replace the built-in lexicon (src/petrarch/loader.h).
  std::string petrarch_dir;
  // With petrarch_dir: PETRARCH's require_dyad. True (its default): an event
  // needs a source and a target; false: events without a target are kept.
  bool petrarch_require_dyad = true;
  // With petrarch_dir: PETRARCH's new_actor_length (0: off); a subject or
  // object with no known actor and at most this many words is an actor
  // named by its words (src/petrarch/coder.h).
  int petrarch_new_actor_length = 0;
  // The actors stage's learned country attribution of bare role nouns
  // ("the government" in a sentence naming Iraq → IRQGOV when the model is
  // sure; data/actors/attribution.model). False: they stay "---GOV".
  bool actor_attribution = true;
  // True: a role noun still without a country ("Police said") takes the
  // document's main country (story context; doc/formats/actors.md,
  // "Document country"). Off by default: gold sets code each sentence alone.
  // Not applied with petrarch_dir.
  bool actor_document_country = false;
  // True: an event whose sentence names no location takes the place of the
  // story's dateline ("KABUL, Afghanistan -"), from_dateline set, unless its
  // actors put it elsewhere (events/event_location.h, LocateFromDateline).
  // False: sentence evidence only (--no-dateline-location).
  bool dateline_location = true;
  std::string date_override;     // used when a document has no date
  // Keep the mentions that are not counted as events (negated, denied,
  // hypothetical) in AnalyzedDocument::events, marked by `negated` and
  // `modality`.
  bool include_negated = false;
};

// Immutable after Create(); Analyze() may be called from many threads at
// once, each with its own AnalyzedDocument.
class Pipeline {
 public:
  virtual ~Pipeline() = default;

  // Loads and compiles every dictionary the chosen stages need. Problems in
  // dictionary files go to `sink`; an unusable setup is an error Status.
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options,
                                                  DiagnosticSink* sink);

  // Runs the stages over `doc`, replacing *out. Never throws; sentences past
  // the per-sentence limits are analysed by simpler fallbacks.
  virtual void Analyze(const Document& doc, AnalyzedDocument* out) const = 0;

  // The canonical text dump of what one stage found (golden tests compare
  // these). Empty if `stage` is past options().last_stage.
  virtual std::string Dump(const AnalyzedDocument& doc, Stage stage) const = 0;

  // The dumps of every stage that ran, each under a "## <stage>" heading,
  // with the dependency trees under "## tree" after the parse stage (what
  // `entente explain` prints).
  virtual std::string DumpAll(const AnalyzedDocument& doc) const = 0;

  // The dependency tree of each sentence in CoNLL-U (`entente parse`);
  // empty if the parse stage did not run.
  virtual std::string DumpTree(const AnalyzedDocument& doc) const = 0;

  virtual const PipelineOptions& options() const = 0;
  // The entente version and the fingerprints of the models and dictionaries
  // this pipeline loaded (include/entente/provenance.h).
  virtual const Provenance& provenance() const = 0;
};

}  // namespace entente
