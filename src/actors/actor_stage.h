// actor_stage.h — the actors stage: finds mentions of political actors in
// each sentence and resolves them to CAMEO-style codes, using the built-in
// dictionaries under <data_dir>/actors (doc/formats/actors.md).
// Built once by Create(), then const and safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

// How the actors stage codes bare role nouns ("the government", "Police").
struct ActorOptions {
  // False: they keep no country even when <data_dir>/actors/attribution.model
  // is there (`entente train-actors` reads them so); true: the model, when
  // present, gives them one of the sentence's countries (attribution.h).
  bool attribution = true;
  // True: one still without a country takes the document's main country
  // (story context, doc/formats/actors.md "Document country"). Off by
  // default: the annotation guide codes each sentence alone.
  bool document_country = false;
};

class ActorStage {
 public:
  // Loads <data_dir>/actors/**/*.txt plus the installed ISO 3166 and
  // geonames lists. Bad dictionary lines go to `sink`; a file in a newer
  // format version than this build reads is an error.
  static Result<std::unique_ptr<ActorStage>> Create(const std::string& data_dir, DiagnosticSink* sink);
  // The same with an overlay: the `extra` files given as (name, text) in the
  // entente-actors/people formats (the PETRARCH reader converts into them)
  // are read first and their entries win where both name the same words;
  // when they define role nouns the built-in role nouns are not loaded; and
  // the resolver applies PETRARCH's composition rules (doc/formats/petrarch.md),
  // which leave bare role nouns without a country whatever `options` say.
  static Result<std::unique_ptr<ActorStage>> Create(
      const std::string& data_dir, const std::vector<std::pair<std::string, std::string>>& extra,
      DiagnosticSink* sink, const ActorOptions& options = ActorOptions());
  ~ActorStage();

  // Fills AnalyzedDocument::actors, using doc.date to pick dated roles.
  // Works on tokens alone; uses tags when present to refine.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests):
  // one line per mention with its code and fields, then "why:" with the
  // dictionary entries (file:line) and the rule that produced it.
  std::string Dump(const AnalyzedDocument& doc) const;

 private:
  ActorStage();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The dump format of ActorStage::Dump, usable without a stage.
std::string DumpActors(const AnalyzedDocument& doc);

}  // namespace entente
