// codes.h — checks the codes a user types (actor codes of a dyad, event
// types, modalities) before a query runs, so a typo is an error that
// suggests near codes instead of an empty result.
#pragma once

#include <string>
#include <vector>

#include "entente/status.h"
#include "entente/store.h"

namespace entente {

// kInvalidArgument naming the first unknown code of `query`, with up to five
// near codes ("unknown actor code 'XYZ' (no actor in the store starts with it
// or has it as its country); near codes: …"). An actor side is known when a
// stored actor's code starts with it or its country is it; a type when it is
// a prefix of a CAMEO code or a PLOVER type of data/events/cameo_codes.tsv;
// a modality when it is done, intended, demanded or hypothetical.
Status CheckQueryCodes(EventStore* store, const EventQuery& query);

// The CAMEO codes and names, and the PLOVER types, of the shipped CAMEO
// table: rows of {code, name} ("042", "Make a visit"; "AGREE", "PLOVER").
Result<std::vector<std::pair<std::string, std::string>>> EventTypeNames();

}  // namespace entente
