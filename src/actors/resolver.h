// resolver.h — turns the matcher's phrase hits in one document into actor
// mentions: combines countries/organisations with role nouns ("Iraqi
// police" → IRQCOP, "Germany's army" → DEUMIL, "the foreign minister of
// Iraq" → IRQGOV), titles with names ("Defense Secretary Lloyd Austin"),
// picks a person's dated role by the document's date, marks "former"/"ex-",
// and resolves in-document coreference (repeated surnames, "the president",
// he/she with one clear antecedent). Each rule is documented in
// doc/formats/actors.md ("Resolution").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "actors/attribution.h"
#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "actors/resolve_util.h"
#include "entente/analysis.h"
#include "parse/clause_words.h"

namespace entente::actors {

// Limits per sentence; past them the rest of the sentence is skipped.
inline constexpr uint32_t kMaxTokensPerSentence = 400;
inline constexpr size_t kMaxMentionsPerDocument = 5000;
// A gazetteer city of at least this many people (libgeonames) needs no place
// context to be a place (doc/formats/actors.md, "Before these rules").
inline constexpr uint32_t kMajorCityPopulation = 1000000;

// What a mention writes about which of a person's roles it names ("NATO
// Secretary General Jens Stoltenberg", "Stoltenberg, Norway's finance
// minister"): the code of the owner written with the title ("IGOWSTNAT",
// "NOR"; "" if none), which a named role's code starts with; the title's
// folded words ("secretary", "general"), each of which a named role's
// description holds; and the title's sector ("MIL" for "General"), one of
// a named role's code blocks.
struct RoleHint {
  std::string owner;
  std::vector<std::string> words;
  std::string sector;
  bool empty() const { return owner.empty() && words.empty() && sector.empty(); }
};

class Resolver {
 public:
  // `attribution`: the learned country attribution of bare role nouns
  // (attribution.h), or nullptr for none; not owned, outlives the resolver.
  // `document_country`: role nouns still without a country take the
  // document's main country (SentenceResolver::DocumentCountry).
  Resolver(const Dictionary& dict, const Matcher& matcher, const AttributionModel* attribution = nullptr,
           bool document_country = false);

  // The parse stage's word lists (its event nouns keep "police" in "a
  // police crackdown" an actor); nullptr for none. Not owned.
  void set_clause_words(const parse::ClauseWords* words) { clause_words_ = words; }

  // Fills doc->actors (cleared first).
  void Run(AnalyzedDocument* doc) const;

  // Picks the role of a dated entry for `day` (kNoDay = unknown date: the
  // most recent dated role, else the default). nullptr = not coded.
  static const Role* PickRole(const Entry& e, Day day);
  // The same, but a role the mention names wins: when the date's role does
  // not match all of `hint`, the role matching most of it (the owner
  // counting more than the words, the words more than the sector) is taken
  // instead: the one holding `day` first, then the latest begun by `day`
  // (any, undated), then the earliest, then the default. A hint no role
  // matches better than the date's changes nothing, nor does the title's
  // sector alone when the date gives a dated role.
  static const Role* PickRole(const Entry& e, Day day, const RoleHint& hint);

 private:
  // Fills doc->dateline_place with the first place the dateline names.
  void ResolveDateline(AnalyzedDocument* doc, MatchScratch* scratch) const;

  const Dictionary& dict_;
  const Matcher& matcher_;
  const AttributionModel* attribution_;
  bool document_country_;
  const parse::ClauseWords* clause_words_ = nullptr;
  // Single-word country/organisation/region names, for "US-led" compounds.
  std::unordered_map<std::string, uint32_t> hyphen_heads_;
};

// Evidence for a place name from the gazetteer (a geonames/file `city`, or
// any place) being a place here: false for a name in a person's name ("John
// Bolton", "Lloyd Austin"), a surname already seen in the document, a word
// of "Operation …"; and, for a city, false unless a place context holds (a
// locative preposition, "the town of", "Austin, Texas", the story's opening
// words). `all` is the sentence's hits, `folded` its folded tokens from `first`.
bool PlaceNameHolds(const Dictionary& dict, const AnalyzedDocument& doc, uint32_t first, uint32_t last,
                    const std::vector<std::string>& folded, const DocMemory& memory,
                    const std::vector<Hit>& all, const Hit& h);

// The place fields of a mention of place entry `e` in country `cc`
// (alpha-3): precision, place_id, region, coordinates.
void DescribePlaceEntry(const Entry& e, const std::string& cc, ActorMention* m);

// Coreference: `to` stands for the same actor as `from` (code, sectors,
// name, title, ethnic and religion copied).
void CopyIdentity(const ActorMention& from, ActorMention* to);

// Fills country / sectors / org from a CAMEO-style code.
void DescribeCode(const std::string& code, ActorMention* m);

}  // namespace entente::actors
