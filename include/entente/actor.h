// actor.h — the output of the actors stage: mentions of political actors
// resolved to CAMEO-style codes. See doc/formats/ for the dictionaries.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/document.h"

namespace entente {

struct ActorMention {
  uint32_t sentence = 0;       // index into AnalyzedDocument::sentences
  uint32_t begin = 0;          // first token (absolute index)
  uint32_t end = 0;            // one past the last token
  Span span;                   // bytes in Document::text
  std::string text;            // the mention as written
  std::string code;            // CAMEO-style code, e.g. "USAGOV", "IGOWSTNAT"
  std::string country;         // ISO 3166 alpha-3 or region code; "" if none
  std::vector<std::string> sectors;  // "GOV", "MIL", … in code order
  std::string org;             // "NATO", "UN", … for organisations
  std::string name;            // canonical name of a person or organisation
  std::string why;             // dictionary entry / rule that produced it, for explain
};

}  // namespace entente
