// actor.h — the output of the actors stage: mentions of political actors
// resolved to CAMEO-style codes. The dictionaries they come from are
// documented in doc/formats/actors.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/diagnostics.h"
#include "entente/document.h"
#include "entente/status.h"

namespace entente {

// What kind of dictionary entry (or rule) a mention resolved to.
enum class ActorKind : uint8_t {
  kCountry,       // a country by name or demonym ("Iraq", "Iraqi police")
  kRegion,        // a CAMEO region ("Europe", "the West")
  kPlace,         // a capital, seat of power or city standing for its country
  kOrganisation,  // an international or non-state organisation, armed group
  kPerson,        // a named person (dictionary, or title + name)
  kAgent,         // a role noun with no country found ("police", "the minister")
};

// "country", "region", "place", "org", "person", "agent".
const char* ActorKindName(ActorKind kind);

struct ActorMention {
  uint32_t sentence = 0;       // index into AnalyzedDocument::sentences
  uint32_t begin = 0;          // first token (absolute index)
  uint32_t end = 0;            // one past the last token
  Span span;                   // bytes in Document::text
  std::string text;            // the mention as written
  std::string code;            // CAMEO-style code, e.g. "USAGOV", "IGOWSTNAT";
                               // "---GOV" when only the role is known
  std::string country;         // ISO 3166 alpha-3 or region code; "" if none
  std::vector<std::string> sectors;  // "GOV", "MIL", … in code order
  std::string org;             // "NATO", "UN", … for organisations
  std::string name;            // canonical name of a person or organisation
  std::string why;             // dictionary entry / rule that produced it, for explain
  // Added with the real actors stage (defaults keep older code valid).
  ActorKind kind = ActorKind::kCountry;
  bool former = false;         // "former"/"ex-" or a past office: coded ELI
  std::string title;           // office title ("president", "defence minister"), "" if none
  int32_t antecedent = -1;     // for coreference: index of the mention in
                               // AnalyzedDocument::actors it refers back to
  // Ethnicity and religion when the text states them ("Kurdish fighters":
  // ethnic "KUR"; "Shiite militias": religion "SHI"), CAMEO three-letter
  // codes (doc/codebook.md); never part of `code`. "" if none.
  std::string ethnic;
  std::string religion;
  // The country was not written in the mention's words but taken from its
  // context: the attribution model, the document's country, a possessive
  // pronoun's owner ("its troops") or the event's place. Such a generic
  // target with its event's source code names no second party.
  bool country_from_context = false;
  // A place named only as where something is or happens ("in Baghdad",
  // "near the town of Afrin"): not an actor, but a candidate event location.
  bool location = false;
  // Tokens [place_begin, place_end) of the place a mention names or is
  // placed in ("rebels in Darfur": "Darfur"); equal when there is none.
  uint32_t place_begin = 0, place_end = 0;
  // For places (kind kPlace, kCountry, kRegion): the resolved place.
  std::string place_id;        // entente's stable place id ("city:SY:afrin", "country:SYR")
  std::string precision;       // "city", "region" or "country"; "" if not a place
  // The first-level ISO 3166-2 subdivision ("SY-02"): the region itself, or
  // the one holding a city when the place table knows it; "" if unknown.
  std::string region;
  double lat = 0, lon = 0;     // WGS84 degrees when has_coords
  bool has_coords = false;
};

// Counts of what an actor dictionary directory holds, by kind of entry.
struct ActorDictionaryStats {
  uint32_t files = 0;
  uint32_t countries = 0, demonyms = 0, regions = 0, places = 0, cities = 0,
           organisations = 0, people = 0, roles = 0, agents = 0, phrases = 0;
  uint32_t identities = 0;  // ethnic groups and religions
};

// Reads every dictionary file under `dir` (a data directory holding
// actors/, or an actors directory itself) as the actors stage would, and
// reports each problem (file, line, reason) to `sink`: format errors,
// and as warnings names given to two different entries. With
// `installed_sources`, also adds the ISO 3166 names and geonames cities the
// stage adds at start-up. Fails on an unreadable directory or a file in a
// newer format version.
Result<ActorDictionaryStats> CheckActorDictionary(const std::string& dir, bool installed_sources,
                                                  DiagnosticSink* sink);

}  // namespace entente
