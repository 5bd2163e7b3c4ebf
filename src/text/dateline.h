// dateline.h — recognises the wire dateline that opens a story:
//   WASHINGTON (Reuters) -          place (capitals), agency, dash
//   KABUL, Feb. 16 (AFP) --         place, date, agency, dash
//   BAMAKO, Mali (Entente Wire) -   place, region, agency, dash
//   NEW YORK, March 3 -             place, date, dash
//   Washington (CNN) --             place in any case when an agency follows
//   BEIJING/HONG KONG (Reuters) -   several places
//   (Reuters) -                     the agency alone (scraped copies)
// The dateline's tokens are not part of any sentence; its span is stored in
// AnalyzedDocument::dateline.
#pragma once

#include <cstdint>
#include <vector>

#include "entente/token.h"

namespace entente {

// Number of tokens at the start of [first, last) that form a dateline
// (ending with its dash), or 0. Looks at no more than ~20 tokens.
uint32_t MatchDateline(const std::vector<Token>& tokens, uint32_t first, uint32_t last);

}  // namespace entente
