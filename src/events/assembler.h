// assembler.h — event assembly: matches each clause against the lexicon and
// builds Event records (sources, targets, modality, negation, attribution).
// Internal to the events stage.
#pragma once

#include "entente/analysis.h"
#include "events/cameo_table.h"
#include "events/lexicon.h"

namespace entente {

// Appends the events of every sentence of `doc` to doc->events.
void AssembleEvents(const Lexicon& lexicon, const CameoTable& cameo, AnalyzedDocument* doc);

// The CAMEO code that an act of root `child` (e.g. "04x" consult) becomes
// when it is the content of an act coded `parent` (agree 03, appeal 02,
// demand 10, threaten 13): "pledged to meet" 036, "urged talks" 106.
// Returns "" when the child does not refine the parent.
std::string FoldCode(const std::string& parent, const std::string& child);

}  // namespace entente
