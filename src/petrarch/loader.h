// loader.h — reads a directory of PETRARCH2/Phoenix dictionaries (verbs:
// verb_dict.h; the rest: convert.h) and builds from them entente's actors
// stage and the PETRARCH coder that replaces the events stage.
// Files are recognised by name: `*verbs*` or `CAMEO*` (verbs), `*agents*`,
// `*actors*`, `*discards*`, `*Issue*`; others are reported and skipped.
//
// What the stages then use: actors = the PETRARCH actors OVER entente's
// built-in dictionaries (PETRARCH entries win where the same words name
// both; built-in ones fill the gaps) and the PETRARCH agents INSTEAD of the
// built-in role nouns, composed by PETRARCH's rules (ActorStage::Create
// with `extra`; doc/formats/petrarch.md "Actors under petrarch:");
// events = the PETRARCH verb patterns ALONE, coded by the PETRARCH coder
// (coder.h) in place of the events stage (entente's lexicon is left out;
// its CAMEO facts table is kept for PLOVER, quad, Goldstein).
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "actors/actor_stage.h"
#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"
#include "petrarch/coder.h"
#include "petrarch/convert.h"
#include "petrarch/verb_dict.h"

namespace entente::petrarch {

struct PetrarchDicts {
  VerbDictionary verbs;                                            // every verbs file read
  std::vector<std::pair<std::string, std::string>> actor_files;    // (name, entente-actors text)
  std::vector<std::string> discards;                               // lower-case phrases
  std::vector<std::string> files;                                  // every file read
  ConvertStats stats;
};

// Reads every recognised file in `dir`; when `dir` is not a directory, its
// last component is a file-name prefix ("…/dictionaries/PETR.Valid" reads
// every file whose name starts so). Several such sources may be given,
// separated by commas ("D/CAMEO.2.0,D/Phoenix." for the Phoenix set without
// the validation files beside it). Problems go to `sink` (file, line,
// reason); fails only when a source cannot be listed or no verbs file is read.
Status ReadPetrarchDir(const std::string& dir, PetrarchDicts* out, DiagnosticSink* sink);

// The stages over converted dictionaries; `data_dir` "" = built-in data.
Result<std::unique_ptr<ActorStage>> CreateActorStage(const std::string& data_dir,
                                                     const PetrarchDicts& dicts, DiagnosticSink* sink);
// The coder over the verbs read (moved out of `dicts`).
Result<std::unique_ptr<Coder>> CreateCoder(const std::string& data_dir, PetrarchDicts* dicts,
                                           const CoderOptions& options, DiagnosticSink* sink);

// PETRARCH's discards: a sentence holding one of the phrases (whole words,
// any case) yields no events.
class DiscardIndex {
 public:
  explicit DiscardIndex(const std::vector<std::string>& phrases);
  bool Matches(const std::string& sentence) const;
  // Drops the events of `doc`'s sentences that match.
  void Apply(AnalyzedDocument* doc) const;

 private:
  std::unordered_set<std::string> phrases_;  // words joined by single spaces
  size_t max_words_ = 0;                     // in the longest phrase
};

}  // namespace entente::petrarch
