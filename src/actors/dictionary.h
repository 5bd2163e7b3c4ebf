// dictionary.h — the actor dictionaries in memory: entries (countries,
// regions, places, organisations, people with dated roles, role nouns) and
// the phrases that name them. Loaded from the text formats documented in
// doc/formats/actors.md (entente-actors 1, entente-people 1), plus ISO 3166
// country names from the installed iso-codes package and cities from the
// installed libgeonames. Immutable once loaded.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/flat_map.h"
#include "entente/actor.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente::actors {

inline constexpr int kFormatVersionActors = 1;
inline constexpr int kFormatVersionPeople = 1;

// A day number (days since 1970-01-01, negative before) for date
// comparisons (util/civil_date.h).
using Day = int32_t;
inline constexpr Day kNoDay = std::numeric_limits<Day>::min();

// Parses "YYYY-MM-DD" (years 0001–9999) into a day number; false if
// malformed or not a calendar date.
bool ParseIsoDay(const std::string& s, Day* day);
// The inverse: "YYYY-MM-DD".
std::string FormatIsoDay(Day day);

// One dated role line: CODE FROM..TO title. Open ends are kNoDay / max.
struct Role {
  std::string code;       // e.g. "USAGOV"
  Day from = kNoDay;      // inclusive; kNoDay = open
  Day to = std::numeric_limits<Day>::max();  // exclusive
  bool any_date = false;  // the "*" default line
  std::string title;      // "president", "" if none
  uint32_t line = 0;
};

// An ethnic group or a religion ("Kurdish", "Shiite"): not an actor code
// but ActorMention::ethnic / ::religion (doc/codebook.md).
enum class Identity : uint8_t { kNone, kEthnic, kReligion };

// How precisely a place entry locates something (ActorMention::precision).
enum class Precision : uint8_t { kNone, kCity, kRegion, kCountry };
const char* PrecisionName(Precision p);  // "city", "region", "country", ""

// What an entry stands for. Agents are role nouns ("police" → COP) that
// combine with a country or organisation found next to them.
struct Entry {
  ActorKind kind = ActorKind::kCountry;
  bool demonym = false;       // adjective/demonym form ("Iraqi"): combines with agents
  bool city = false;          // a city (capitals and seats are not cities)
  bool capital = false;       // a `capital` line: the country's capital city
  bool weak = false;          // a weak role noun ("leader"): yields to a role noun before it
  bool bound = false;         // a role noun that is an actor only with a modifier ("missiles")
  bool prefix = false;        // a role noun whose code goes BEFORE the actor's (PETRARCH `[NGO~]`)
  bool preferred = false;     // from an overlay (PETRARCH) file: wins over built-in entries
  std::vector<std::string> also;  // more actors named at once ("A/B/C" code): B, C
  std::string code;           // fixed code; "" when `roles` decide
  std::vector<Role> roles;    // dated codes, tested in order (people, some groups)
  std::string name;           // canonical name (first name given)
  Identity identity = Identity::kNone;  // an ethnic group / religion (`code` is its code)
  Precision precision = Precision::kNone;  // places: city (capital, seat, city), region (place), country
  std::string region;         // places: first-level ISO 3166-2 code ("SY-02"), "" if unknown
  std::string iso;            // a `place` that ISO 3166-1 lists as a country of its own (a dependent
                              // territory: New Caledonia NCL, coded FRA as an actor): its alpha-3
  uint32_t population = 0;    // libgeonames' population of the city of this name and country, 0 if unknown
  bool has_coords = false;    // lat/lon known (geonames cities; capitals found in geonames)
  float lat = 0, lon = 0;
  std::string file;           // where it was defined, for `why` and diagnostics
  uint32_t line = 0;
};

// A phrase naming an entry, as words (original case, used for case rules).
struct PhraseDef {
  std::vector<std::string> words;
  uint32_t entry = 0;
  bool stem = false;  // the last word also matches longer words ("argentin*" → "Argentina")
};

using DictionaryStats = ActorDictionaryStats;  // entente/actor.h

// Closed classes of English words the resolver tests single tokens against,
// read from keyword lines (data/actors/resolver_words.txt; the keyword of
// each is in WordClassKeyword).
enum class WordClass : uint8_t {
  kFiller,           // filler-word: "senior", "new" between a country and its role noun
  kForeign,          // foreign-word: "foreign", "international" before a role noun
  kNameStop,         // name-stop: months, days, openers that never start or continue a name
  kNameParticle,     // name-particle: "de", "bin", "al" inside a person's name
  kLocative,         // locative-preposition: "in", "near": a place after it is where
  kCityLocative,     // city-locative-preposition: "to", "from": locative before a city only
  kDirection,        // direction-word: "northern", "downtown" before a place name
  kFormer,           // former-word: "former", "ousted" before an actor: out of office
  kFormerAfterThe,   // former-after-the: "late" right after "the"
  kMotionPreposition,  // motion-preposition: "to", "over" after a motion word: its object is where
  kCapitalNoun,      // capital-noun: "capital" ("the Algerian capital")
  kCapitalSuffix,    // capital-noun-suffix: "city" after it ("Burundi's capital city")
  kActingSubject,    // acting-subject: "country": a bound role noun that acts alone as a verb's subject
  kAreaNoun,         // area-noun: "north", "coast", "border" of a country ("Ecuador's border")
  kAreaNounByName,   // area-noun-by-name: "territory", "soil" after a country's name or demonym only
  kWithdrawal,       // withdrawal-word: "withdraw", "evacuation": "troops from X" names the place left
  kCityTerritory,    // city-territory: ISO alpha-3 codes ("hkg") of countries that are one city: located at city precision
  kOwnerActs,        // owner-acts: "side": a country or demonym before it is an actor ("the Turkish side")
  kNameArticle,      // name-article: "al", "el": an Arabic article joined to a name by a hyphen ("el-Arish")
  kNameArticleApart, // name-article-apart: "al", "ar": the same written apart ("Ar Raqqah"); not "el", also Spanish
  kSeizeWord,        // seize-word: "retake", "siege": a city that is their object is where ("retook Tabqa", "the siege of Homs")
  kLoneNameStop,     // lone-name-stop: "may": alone, never a surname (the month, the modal), though inside a name
  kCount
};
// The keyword of a word class ("filler-word"), and the class of a keyword
// (false if `keyword` names none).
const char* WordClassKeyword(WordClass c);
bool WordClassOf(std::string_view keyword, WordClass* c);

class Dictionary {
 public:
  // Reads every *.txt file under `dir` (recursively, sorted by path), then
  // adds ISO 3166 names and geonames cities unless disabled. Bad lines are
  // reported to `sink` and skipped. Fails only when `dir` cannot be read or a
  // file declares a format version newer than this build knows.
  struct Options {
    bool iso_codes = true;   // /usr/share/iso-codes/json/iso_3166-1.json
    bool geonames = true;    // libgeonames' city list
    bool agents = true;      // role-noun lines (agent, agent-weak, agent-bound, agent-prefix)
  };
  Status LoadDir(const std::string& dir, const Options& options, DiagnosticSink* sink);

  // Entries loaded while `on` are marked preferred (they win over the
  // others where both name the same words); once one is loaded the resolver
  // applies the PETRARCH composition rules (doc/formats/petrarch.md).
  void SetOverlay(bool on) { overlay_ = on; }
  bool has_overlay() const { return has_overlay_; }
  bool has_stems() const { return has_stems_; }
  // True if an overlay file defined role nouns.
  bool overlay_agents() const { return overlay_agents_; }

  // Parses one file's contents (either format, chosen by its @format line).
  // `file` names its entries in `why`; diagnostics and errors name
  // `report_as` (the path as the user gave it), or `file` if empty. Returns
  // an error only for an unsupported version or a missing @format line; bad
  // lines are diagnostics.
  Status LoadText(const std::string& file, const std::string& text, DiagnosticSink* sink,
                  const std::string& report_as = "");

  // Adds names of ISO 3166 countries from the iso-codes JSON file, for codes
  // that have no `country` entry of that name yet. Missing file: a warning.
  void AddIsoCountries(const std::string& path, DiagnosticSink* sink);
  // Adds the first-level ISO 3166-2 subdivisions (iso-codes) not already
  // named, as regions, chosen by the rules file (data/words/iso_subdivisions.txt),
  // each with its code (Entry::region); a region the files name in the same
  // country under the same name gets the code too.
  void AddIsoSubdivisions(const std::string& path, const std::string& rules_path, DiagnosticSink* sink);
  // Adds cities (from libgeonames when built with it) not already named.
  // A city whose geonames state name is, once the type word is dropped, the
  // name of exactly one first-level subdivision of its country in the ISO
  // 3166-2 list at `subdivisions_path` gets that subdivision's code (Entry::region).
  void AddGeonamesCities(const std::string& subdivisions_path, const std::string& rules_path, DiagnosticSink* sink);

  // A noun that names a kind of place before "of" ("the town of Afrin",
  // `place-noun` lines). Folded form.
  bool IsPlaceNoun(std::string_view folded) const { return place_nouns_.count(std::string(folded)) > 0; }
  // A place noun naming a first-level division after a city's name ("Kano
  // state", "Idlib province": `region-noun` lines; also place nouns).
  bool IsRegionNoun(std::string_view folded) const { return region_nouns_.count(std::string(folded)) > 0; }

  // The entry of country `alpha3`'s capital (its first `capital` line), or
  // null: "the Algerian capital" is Algiers.
  const Entry* CapitalOf(std::string_view alpha3) const;
  // A verb or noun of going somewhere whose object or to / from / for /
  // over phrase names where, not who ("flew to South Africa", "left the
  // Bahamas", "a visit to Afghanistan"; `motion-word` lines). Folded lemma.
  bool IsMotionWord(std::string_view folded) const { return motion_words_.count(std::string(folded)) > 0; }

  // True if `folded` is one of the words of class `c`.
  bool IsWord(WordClass c, std::string_view folded) const;
  bool IsFiller(std::string_view folded) const { return IsWord(WordClass::kFiller, folded); }
  bool IsNameStop(std::string_view folded) const { return IsWord(WordClass::kNameStop, folded); }
  bool IsDirectionWord(std::string_view folded) const { return IsWord(WordClass::kDirection, folded); }
  // A locative preposition; with `city`, also a city-locative one ("to").
  bool IsLocativePreposition(std::string_view folded, bool city) const {
    return IsWord(WordClass::kLocative, folded) || (city && IsWord(WordClass::kCityLocative, folded));
  }

  // The person entries whose canonical name has two words or more and ends
  // in `folded` ("johnson": Boris Johnson, …), or null; with `last` false,
  // those with `folded` as another word of that name ("jong": Kim Jong Un).
  // A last word that is no surname ("Jr.", "III": a full stop or no lower
  // case letter) is not indexed. For a surname named alone
  // (SentenceResolver::SurnameInOffice).
  const std::vector<uint32_t>* PeopleWithNameWord(std::string_view folded, bool last) const;

  const std::vector<Entry>& entries() const { return entries_; }
  const std::vector<PhraseDef>& phrases() const { return phrases_; }
  DictionaryStats Stats() const;

 private:
  // The ISO 3166 lists and the subdivision rules, read once per LoadDir and
  // shared by the subdivisions and the cities (dictionary.cc).
  struct IsoTables;
  void AddPlaceSources(const Options& options, DiagnosticSink* sink);
  void AddIsoSubdivisions(const IsoTables& iso, DiagnosticSink* sink);
  void AddGeonamesCities(const IsoTables& iso, DiagnosticSink* sink);

  uint32_t AddEntry(Entry e);
  void AddPhrase(uint32_t entry, const std::string& text);
  bool HasPhrase(const std::string& folded) const;

  std::vector<Entry> entries_;
  std::vector<PhraseDef> phrases_;
  bool NotePhrase(const std::string& folded);
  // Reads the words of a word-list line (`place-noun`, `filler-word` …);
  // false with `err` set if the line is malformed.
  bool AddWordLine(std::string_view keyword, std::string_view words, std::string* err);
  FlatMap64 folded_;  // hashes of folded phrases, for HasPhrase
  std::unordered_set<std::string> place_nouns_, region_nouns_;
  std::unordered_set<std::string> motion_words_;
  std::unordered_map<std::string, uint32_t> word_classes_;  // folded word → bit per WordClass
  std::unordered_map<std::string, std::vector<uint32_t>> surnames_;  // folded last name word → person entries
  std::unordered_map<std::string, std::vector<uint32_t>> forenames_;  // folded other name words → person entries
  void IndexPersonName(uint32_t id);
  uint32_t files_ = 0;
  bool overlay_ = false, has_overlay_ = false, has_stems_ = false, overlay_agents_ = false;
  bool skip_agents_ = false;  // Options::agents false while loading a directory
};

// The key a word is matched on: ASCII lower case, Latin-1/Latin Extended-A
// accents folded ("Élysée" → "elysee"), curly apostrophes straightened.
void FoldWord(std::string_view word, std::string* out);

// Splits "A; B ;C" into trimmed non-empty parts.
std::vector<std::string> SplitNames(const std::string& s);

}  // namespace entente::actors
