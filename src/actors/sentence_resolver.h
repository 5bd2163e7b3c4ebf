// sentence_resolver.h — the per-sentence resolver behind Resolver::Run
// (internal to src/actors): its rules are in resolver.cc, the PETRARCH
// composition rules, applied when an overlay dictionary is loaded, in
// resolver_petrarch.cc (doc/formats/petrarch.md "Actors under petrarch:").
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "actors/resolve_util.h"
#include "actors/resolver.h"
#include "entente/analysis.h"

namespace entente::actors {

// A folded token that joins coordinated actors or role nouns.
inline bool IsConj(std::string_view t) { return t == "," || t == "and" || t == "or" || t == "&"; }

// Resolves the phrase hits of one sentence into mentions appended to the
// document (rules: resolver.cc's head comment and doc/formats/actors.md).
class SentenceResolver {
 public:
  SentenceResolver(const Dictionary& dict, AnalyzedDocument* doc, DocMemory* memory, Day day,
                   uint32_t sentence, uint32_t first, uint32_t last,
                   const std::unordered_map<std::string, uint32_t>* hyphen_heads,
                   const std::vector<std::string>* folded)
      : hyphen_heads_(hyphen_heads), folded_(folded), dict_(dict), doc_(doc), toks_(doc->tokens), memory_(memory), day_(day),
        sentence_(sentence), first_(first), last_(last), petrarch_(dict.has_overlay()) {}

  void Run(const std::vector<Hit>& hits);
  // The sentence's ethnic / religion hits, taken out of the phrase hits
  // (resolver_evidence.cc).
  void set_identities(const std::vector<Hit>* identities) { identities_ = identities; }
  // The country attribution of bare role nouns (nullptr: none).
  void set_attribution(const AttributionModel* attribution) { attribution_ = attribution; }
  // Whether role nouns still without a country take the document's (off: none).
  void set_document_country(bool on) { document_country_ = on; }
  // The parse stage's word lists (event nouns), or nullptr.
  void set_clause_words(const parse::ClauseWords* words) { clause_words_ = words; }

 private:
  // Run's steps (resolver.cc). Each resolves the hits from hits_[k] on and
  // returns the index of the first hit it did not use.
  // Standalone country mentions joined by "and" / "," ("Hungarian and
  // Romanian officials"): their indexes into local_, and the token after
  // the last one.
  struct CountryChain {
    std::vector<size_t> mentions;
    uint32_t end = 0;
  };
  size_t Step(size_t k, CountryChain* chain);
  // A country, region, place or organisation hit: with its role noun, as
  // part of a nested organisation, or alone.
  size_t ModifierStep(size_t k, CountryChain* chain);
  // The token where the role noun of modifier hit `h` would start ("Syria's
  // president", "Florida Highway Patrol"), past fillers and identity words.
  uint32_t RoleNounAfter(const Hit& h) const;
  // Modifier hit k + the role nouns from hit a ("Iraqi President Saddam
  // Hussein" when a person or a name follows).
  size_t ModifierAgent(size_t k, size_t a, CountryChain* chain);
  // PETRARCH: "Danish Islamist media and government": a role noun
  // coordinated after hits [a, last_hit] takes modifier h too, as a mention
  // of its own. Returns the hit after it, or `after` when there is none.
  // "American bombers and spyplanes", "Iranian missiles and drones": a bound
  // role noun right after the conjunction, an actor only with an owner,
  // takes modifier hit h as its owner too (not a noun that stands alone:
  // "Russian troops and rebels" keeps the rebels' own reading). Returns the
  // hit after the conjunct, or `after` if there is none.
  size_t BoundConjunct(const Hit& h, size_t last_hit, size_t after);
  size_t CoordinatedHead(const Hit& h, size_t a, size_t last_hit, bool former,
                         const std::string& prefix, size_t after);
  // "Hungarian and Romanian officials": when `chain` ends in conjunctions
  // right before country hit h, its mentions take m's role noun `agent`.
  void JoinChain(const CountryChain& chain, const Hit& h, const ActorMention& m, const Entry& agent);
  // A modifier hit with no role noun: a mention of its own, maybe a link
  // of a country chain.
  size_t ModifierAlone(size_t k, CountryChain* chain);
  // Role nouns from hit k: with an owner after of/in/from/at, a person, a
  // name, or alone.
  size_t AgentStep(size_t k);
  // "the foreign minister of Iraq": the coded modifier hit after the
  // preposition at token t, or -1.
  int OwnerAfterRole(uint32_t t) const;
  // "the withdrawal of troops from Germany", "pulled its forces from
  // Syria": the role noun ending at token `role_head`, or the place hit
  // after its "from", is governed by a `withdrawal-word` lemma, so the
  // place is the one left, not the owner. False without a tree.
  bool PlaceLeft(uint32_t role_head, const Hit& place) const;
  // A person hit, or its country with a role noun ("Putin's government").
  size_t PersonStep(size_t k);
  // After the steps: identities, appositions, coreference, countries and
  // direction places; then the mentions go to the document.
  void Finish();
  // Tokens [begin, end) as a name, each without a final "'s".
  std::string NameOfRun(uint32_t begin, uint32_t end) const;
  // Moves m's end to token `end` (text and span follow).
  void ExtendTo(uint32_t end, ActorMention* m) const;

  // resolver_evidence.cc: identities, nested names, appositions, places.
  bool InIdentity(uint32_t t) const;
  // "African economies", "the Western Hemisphere", "Washington's streets": a
  // region or place hit (not a country) that only modifies a noun naming a thing
  // (the tree's amod / compound / nmod:poss on a common noun no hit covers
  // and no nominal clause makes an event) is not an actor. False without a
  // tree.
  bool ModifiesThing(const Hit& h) const;
  // "the Russian economy", "Paraguay's penal system", "U.S. dollars": a
  // country or its demonym that only modifies a common noun naming a thing
  // (ThingHead) is not an actor; kept before an event, person or time noun of
  // the parse stage's lists ("Israeli strikes", "Greenland's decision"), a
  // verb's direct object, a by-phrase and a noun in a chain (KeepsThingOwner).
  // False without a tree.
  bool CountryModifiesThing(const Hit& h) const;
  // The exceptions RoleModifiesThing and CountryModifiesThing share for the
  // thing noun at token `noun`.
  bool KeepsThingOwner(uint32_t noun) const;
  // The common noun that the token before `end` modifies, when no hit covers
  // it and no nominal clause makes it an event ("navy manoeuvres",
  // "Palestinian hopes"); -1 otherwise or without a tree.
  int32_t ThingHead(uint32_t end) const;
  // "military facilities", "no official statement": a bare one-word
  // lower-case role noun used as an adjective (amod, JJ) of a thing
  // (ThingHead) names no actor; not before an event, person or time noun of
  // the parse stage's lists, a verb's direct object, a by-phrase, a noun in
  // a chain, or a name. False without a tree.
  bool RoleModifiesThing(uint32_t begin, uint32_t end) const;
  // "As president, …", "nominated for President", "Collins is currently
  // chairman of …": a role noun right after "as" / "for" or its own copula
  // (adverbs between) names an office, not an actor. False without a tree.
  bool RoleAsPredicate(uint32_t begin, uint32_t end) const;
  // "Serbia's western region", "the Serbian capital", "Namibian soil": a
  // country, region or place named as the owner of a place noun (the tree's
  // nmod:poss, or a demonym's amod / compound on a singular one, on a common
  // noun of the dictionaries' place nouns that no hit covers) names where,
  // not who ("Israeli cities" stays an actor).
  // False without a tree.
  bool ModifiesPlace(const Hit& h) const;
  // A country or place named as where, not who: the object of a verb of
  // going, or after its "to" / "for" / "over" ("flew to South Africa",
  // "left the Bahamas", "a visit to Afghanistan"; not "returned the islands
  // to China": with an object, "to" names a recipient), by the dictionaries'
  // `motion-word` lemmas; or a region after a locative preposition
  // ("transactions in Africa"). `m` is the mention with its place fields.
  // False without a tree.
  bool NamedAsWhere(const Hit& h, const ActorMention& m) const;
  // Hit h is the object, or the to / for / over phrase, of a motion word
  // (NamedAsWhere's first case).
  bool MotionDestination(const Hit& h) const;
  // Most of the four words on each side of [begin, end) are written in a
  // non-Latin script (Greek and beyond): an English word inside a quotation
  // in another language.
  bool InOtherScript(uint32_t begin, uint32_t end) const;
  // "US Senate": a country hit right before an organisation of that country
  // is one mention, the organisation's. True if it applied (two hits used).
  bool NestedOrganisation(size_t k);
  // Fills the place fields of a place/country mention, and `location` when
  // a locative context puts it as where something is ("in northern Syria").
  void DescribePlace(const Entry& e, ActorMention* m) const;
  void CityTerritory(const Entry& e, const std::string& cc, ActorMention* m) const;
  // "rebels in Darfur": the actor is placed in `place`; its place fields
  // and place tokens are set (it stays an actor, not a location).
  void PlacedIn(const Hit& place, ActorMention* m) const;
  // "the country's north", "Nigeria's north", "the south of the country",
  // "Ecuador's eastern coast", "the northern border of Brunei", "the Thai
  // border", "Yemeni territory": an area (an `area-noun`, after up to three
  // modifiers) of a country named in the sentence ("the country": the one
  // country the sentence names as a place), as a location mention of region
  // precision, in place of the country's own location mention there.
  void AreaPlaces();
  // The first of the up to kMaxAreaModifiers modifiers right before area
  // noun t (adjectives, direction words, nouns: "eastern oil", "Black
  // Sea"); t if none.
  static constexpr uint32_t kMaxAreaModifiers = 3;
  uint32_t AreaModifiersBegin(uint32_t t) const;
  // The description an area noun t with modifiers from b belongs to, and
  // the country that owns it (cc empty: none); `by_name`: an
  // `area-noun-by-name` ("Yemeni territory", not "the territory of
  // Moldova"), owned only by a country or demonym among the modifiers
  // (AreaOwnerByName, which starts from `o`).
  struct AreaOwner {
    uint32_t begin, end;
    std::string cc;
  };
  AreaOwner AreaOwnerOf(uint32_t b, uint32_t t, bool by_name) const;
  AreaOwner AreaOwnerByName(uint32_t b, uint32_t t, AreaOwner o) const;
  // Token t lies inside a country or demonym hit.
  bool InCountryHit(uint32_t t) const;
  // "the Algerian capital", "Madagascar's capital", "the capital of
  // Nepal": the country's capital (Dictionary::CapitalOf) as a location
  // mention over the description, in place of the country's own location
  // mention there. Not "capital" before a common noun ("capital markets"),
  // nor when the sentence names the capital ("the Belarusian capital, Minsk").
  void CapitalPlaces();
  // The country (alpha-3) of a country or demonym hit at [begin, end), or "".
  std::string CountryHitAt(uint32_t begin, uint32_t end) const;
  // The one country the sentence's mentions name as places ("Sierra
  // Leone", "Venezuela's president", "troops in Jordan"), or "".
  std::string SentenceCountry() const;
  // The index into local_ of a country place mention at [begin, end)
  // (kAny: either end free), or -1.
  static constexpr uint32_t kAny = ~0u;
  int CountryMention(uint32_t begin, uint32_t end) const;
  // Ethnic / religion hits: into the mention they stand in or before
  // ("Syrian Kurdish forces", "Kurdish fighters"), or a mention of their own
  // for a plural noun ("Kurds", "Shiites").
  void ApplyIdentities();
  // "the US national security adviser, John Bolton": the name after the
  // comma is the same actor (and its surname is remembered).
  void Appositions(std::vector<bool>* covered);
  // Role nouns still without a country ("Police said", "the commission")
  // take the country of at least half the document's earlier country
  // mentions, when this sentence names no country, or names that one among
  // others, and no word such as "foreign" stands before them; not when two
  // countries tie. Then this sentence's countries are counted. Only with
  // set_document_country(true).
  void DocumentCountry();
  // "unspecified foreign security forces", "foreign car companies": a
  // foreign-word (resolver_words.txt) among the adjectives and nouns right
  // before the mention says it is not the country of the sentence or story.
  bool ForeignModified(const ActorMention& m) const;
  // "South Africa said its troops …": a role noun still without a country
  // whose owner is a possessive of the parse stage's list ("its", "their":
  // the tree's nmod:poss, else the token before it) takes the country of
  // the nearest mention before it in the sentence that has one
  // (resolver_evidence.cc). Nothing without the clause words.
  void PossessiveOwners();
  // Whether a possessive of the parse stage's list owns the noun at `head`
  // (the tree's nmod:poss, else the token right before `begin`).
  bool OwnedByPossessive(uint32_t begin, uint32_t head) const;
  // Whether "the country" / "the nation" at [begin, end) points back to a
  // country named before it: singular, after "the", an acting-subject noun.
  bool PointsBack(uint32_t begin, uint32_t end) const;
  // A bound role noun (head token `head`) with no owner that still names an actor: an
  // acting-subject noun ("country") that is a verb's active subject or
  // carries a number ("The country launched strikes", "the two countries
  // said"). Not for a possessive owner alone: "their relatives", "his
  // family" are no actors. False without a tree.
  bool BoundActsAlone(uint32_t head) const;
  void SetText(uint32_t begin, uint32_t end, ActorMention* m) const;
  const Entry& E(const Hit& h) const { return dict_.entries()[h.entry]; }
  bool IsModifier(const Hit& h) const {
    ActorKind k = E(h).kind;
    return k == ActorKind::kCountry || k == ActorKind::kRegion || k == ActorKind::kPlace ||
           k == ActorKind::kOrganisation;
  }
  bool IsAgent(const Hit& h) const { return E(h).kind == ActorKind::kAgent; }
  bool IsPerson(const Hit& h) const { return E(h).kind == ActorKind::kPerson; }
  // A role noun that reads as a title before a name ("President"), not as
  // the head of "the Bush administration": a capitalised word.
  bool IsPersonTitle(const Hit& h) const { return LooksLikeName(toks_[h.begin]); }
  // The token folded by the matcher for this sentence (tokens outside the
  // sentence, never asked for today, are folded into a spare buffer).
  std::string_view Folded(uint32_t t) const {
    if (t >= first_ && t < last_ && t - first_ < folded_->size()) return (*folded_)[t - first_];
    FoldWord(toks_[t].text, &spare_);
    return spare_;
  }
  // The hit starting exactly at token t, or -1.
  int HitAt(uint32_t t) const {
    for (size_t k = next_; k < hits_->size(); ++k) {
      if ((*hits_)[k].begin == t) return static_cast<int>(k);
      if ((*hits_)[k].begin > t) break;
    }
    return -1;
  }
  bool Former(uint32_t begin, const Hit& h) const;
  // Role nouns from hit k on ("rebel leaders"): returns the hit giving the
  // sector (a weak noun such as "leader" yields to the one before it).
  size_t AgentChain(size_t k, size_t* last_hit) const;
  // "Florida Highway Patrol", "Kenya Human Rights Commission": up to three
  // capitalised words no hit covers, from t, then a capitalised role noun:
  // the role noun's token (t if there is none), which the modifier before t
  // takes as its role (one named body, not a place and a bare role noun).
  uint32_t CapitalisedAgent(uint32_t t) const;
  // A run of capitalised name tokens starting at t: its end (t if none).
  uint32_t NameRun(uint32_t t) const;
  ActorMention Make(uint32_t begin, uint32_t end, ActorKind kind) const;
  // Codes person entry e into m by its role for the document's day, or the
  // one `hint` names (resolver_roles.cc); `former`: the office held before.
  bool CodePerson(const Entry& e, bool former, const RoleHint& hint, ActorMention* m) const;
  // What hits within tokens [begin, end) say of a role: the first
  // modifier's code and the role nouns' words (resolver_roles.cc).
  RoleHint HintIn(uint32_t begin, uint32_t end) const;
  // A title in an apposition right before or after person hit `person`
  // ("NATO's secretary general, Jens Stoltenberg", "Stoltenberg, NATO's
  // secretary general"); empty when there is none or it is a former one.
  RoleHint AppositionHint(const Hit& person) const;
  std::string Why(const std::string& rule, std::initializer_list<const Hit*> hits) const;
  void ApplyFormer(ActorMention* m) const;
  void AppendSector(const std::string& sector, ActorMention* m) const;
  void AgentAlone(const Hit& h, ActorMention* m);
  void Coreference(std::vector<bool>* covered);
  // "Johnson said": a capitalised word standing alone (no capitalised word
  // beside it) that is the surname of exactly one person of the
  // dictionaries holding a dated office on the document's day is that
  // person (resolver_roles.cc). Adds the mention; false when not so.
  bool SurnameInOffice(uint32_t t);
  // The one person of the dictionaries in office on the document's day
  // whose name ends in folded word `key` (of several, the one whose country
  // the sentence's mentions name), or null.
  const Entry* InOffice(const std::string& key) const;
  // A mention of `entry` on the hyphenated token t ("US-led").
  void HyphenMention(uint32_t t, uint32_t entry);
  void RememberName(const ActorMention& m, size_t index);

  // PETRARCH composition (an overlay dictionary is loaded; see
  // doc/formats/petrarch.md "Actors under petrarch:").
  // The code of a modifier hit: fixed, or its dated role ("" = not coded).
  std::string ModCode(const Hit& h) const;
  // A pending `[NGO~]` role noun right before the modifier at `begin`: its
  // code (cleared), and *start moved to it; "" if none.
  std::string TakePrefix(uint32_t begin, uint32_t* start);
  // Every role noun of hits [a, b] added in order (a prefix one before the
  // code); "former" adds ELI instead. A block already present is not added.
  void AppendAgents(size_t a, size_t b, bool former, ActorMention* m) const;
  // A word PETRARCH's noun phrase holds between "X's" and its role noun
  // ("Ithilen's awful and evil minister").
  bool PossessiveFiller(uint32_t t) const;
  // "in" at token t opens a phrase the parse stage attached to the verb
  // after an object ("arrested students [in Moscow]").
  bool LocativeAdjunct(uint32_t t) const;
  // Role nouns (coordinated) + of/in/from + modifiers (coordinated): one
  // mention per pair. True if it applied (*k moved past it).
  bool AgentOfModifiers(size_t* k);
  // The other codes of an "A/B/C" entry: copies of m.
  void PushAlso(const Entry& e, const ActorMention& m);

  const std::unordered_map<std::string, uint32_t>* hyphen_heads_;
  const std::vector<std::string>* folded_;
  mutable std::string spare_;
  const Dictionary& dict_;
  AnalyzedDocument* doc_;
  const std::vector<Token>& toks_;
  DocMemory* memory_;
  Day day_;
  uint32_t sentence_, first_, last_;
  const std::vector<Hit>* hits_ = nullptr;
  const std::vector<Hit>* identities_ = nullptr;
  const AttributionModel* attribution_ = nullptr;
  bool document_country_ = false;
  const parse::ClauseWords* clause_words_ = nullptr;
  size_t next_ = 0;
  std::vector<ActorMention> local_;
  bool petrarch_ = false;
  std::string prefix_code_;           // a pending [NGO~] role noun
  std::string prefix_why_;            // its part of `why`
  uint32_t prefix_begin_ = 0, prefix_end_ = 0;
};

}  // namespace entente::actors
