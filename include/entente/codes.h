// codes.h — checks the codes a user types (actor codes of a dyad, event
// types, modalities) before a query runs, so a typo is an error that
// suggests near codes instead of an empty result.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "entente/diagnostics.h"
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

// Readable names for actor codes, from a data directory's actor
// dictionaries (<data dir>/actors, doc/formats/actors.md): a country,
// region or organisation by its canonical (first) name; a longer code by
// the longest such code at its front, then each three-letter sector block
// by <data dir>/codes/sectors.txt, else by the first role noun of
// agents.txt that gives it ("USAMIL" → "United States: military",
// "IGOUNOKID" → "UNICEF", "---COP" → "police (no country known)").
// Immutable once created; safe to share between threads.
class ActorNamer {
 public:
  // Reads the dictionaries (without the geonames cities) and the sector
  // names; bad dictionary lines go to `sink`. Fails when the actors
  // directory cannot be read or the sector names file is malformed or newer.
  static Result<ActorNamer> Create(const std::string& data_dir, DiagnosticSink* sink);
  // The name of `code`, or "" when its front is no known code.
  std::string Name(const std::string& code) const;

 private:
  std::map<std::string, std::string> bases_, sectors_;
};

// An actor code of a store with its name and how often it is mentioned.
struct ActorCodeName {
  std::string code, name;  // name = the code itself when the namer knows none
  int64_t mentions = 0;
};

// Every actor code in `store`, and the country of each (USA for USAGOV,
// with the mentions of its codes summed), in code order, named by `namer`.
Result<std::vector<ActorCodeName>> StoredActorNames(EventStore* store, const ActorNamer& namer);

}  // namespace entente
