// provenance.h — what coded a record: the entente version and fingerprints
// of the trained models and the dictionaries. Written with every output
// record and stored with every document, so a data set says how it was made
// and two runs can be compared (doc/formats/events.md, "Provenance").
#pragma once

#include <string>

namespace entente {

struct Provenance {
  std::string version;       // entente's version, "0.1.0"
  std::string model;         // "syntax:<16 hex>,events:<16 hex>": the models' own checksums
  std::string dictionaries;  // 16 hex: FNV-1a of every dictionary and word-list file read
  // "entente 0.1.0; model …; dictionaries …" ("" if nothing is known).
  std::string Stamp() const {
    if (version.empty()) return "";
    return "entente " + version + "; model " + model + "; dictionaries " + dictionaries;
  }
};

}  // namespace entente
