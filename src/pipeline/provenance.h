// provenance.h (pipeline) — computes the Provenance of a pipeline from the
// files it loads.
#pragma once

#include <string>
#include <vector>

#include "entente/provenance.h"

namespace entente {

// `models`: the model bundles loaded (their trailing checksums are their
// fingerprints); `dict_paths`: dictionary files or directories (read
// recursively, in path order) whose bytes make the dictionary fingerprint.
// Unreadable paths are skipped (the stages report those themselves).
Provenance ComputeProvenance(const std::vector<std::string>& models,
                             const std::vector<std::string>& dict_paths);

}  // namespace entente
