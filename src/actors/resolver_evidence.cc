// resolver_evidence.cc — the resolver's evidence rules (issue 16): whether a
// gazetteer place name is a place here, nested names ("US Senate"),
// appositions ("the US national security adviser, John Bolton"), ethnic and
// religion words, and the place fields of place mentions (where a place is
// named only as a location: "in northern Syria").
#include <algorithm>

#include "actors/resolve_util.h"
#include "actors/resolver.h"
#include "actors/sentence_resolver.h"

namespace entente::actors {

namespace {

bool Covered(const std::vector<Hit>& all, uint32_t t) {
  for (const Hit& h : all) {
    if (h.begin <= t && t < h.end) return true;
  }
  return false;
}

// A role noun hit starting (`starts`) or ending (else) at token t.
bool RoleNounAt(const Dictionary& dict, const std::vector<Hit>& all, uint32_t t, bool starts) {
  for (const Hit& h : all) {
    if ((starts ? h.begin : h.end) == t && dict.entries()[h.entry].kind == ActorKind::kAgent) return true;
  }
  return false;
}

// A town as a role noun's owner: "Portland authorities", "Portland's
// mayor", "the mayor of Melbourne" (an article may follow "of").
bool OwnsRoleNoun(const Dictionary& dict, const std::vector<std::string>& folded, uint32_t first, uint32_t last,
                  const std::vector<Hit>& all, const Hit& h) {
  uint32_t t = h.end;
  if (!h.possessive && t < last && (folded[t - first] == "'s" || folded[t - first] == "'")) ++t;
  if (t < last && RoleNounAt(dict, all, t, true)) return true;
  uint32_t u = h.begin;
  if (u > first && folded[u - 1 - first] == "the") --u;
  return u >= first + 2 && folded[u - 1 - first] == "of" && RoleNounAt(dict, all, u - 1, false);
}

// "afrin", "ras-al-ain": the folded name with '-' for spaces.
std::string Slug(const std::string& name) {
  std::string f;
  FoldWord(name, &f);
  std::replace(f.begin(), f.end(), ' ', '-');
  return f;
}

// The first token of the words that may stand between a locative
// preposition and its place, at most four back: "the", direction words,
// place nouns, adjectives and participles ("in the Kenyan capital Nairobi",
// "in the northern Syria", "in the occupied West Bank").
uint32_t BeforeDirections(const Dictionary& dict, const std::vector<Token>& toks,
                          const std::vector<std::string>& folded, uint32_t first, uint32_t t) {
  uint32_t u = t;
  while (u > first && t - u < 4) {
    std::string_view w = folded[u - 1 - first];
    const std::string& tag = toks[u - 1].tag;
    if (w != "the" && !dict.IsDirectionWord(w) && !dict.IsPlaceNoun(w) && tag != "JJ" && tag != "VBN") break;
    --u;
  }
  return u;
}

// A locative context before token t: "in", "near the town of", "to" for a city.
bool LocativeBefore(const Dictionary& dict, const std::vector<Token>& toks, const std::vector<std::string>& folded,
                    uint32_t first, uint32_t t, bool city) {
  uint32_t u = BeforeDirections(dict, toks, folded, first, t);
  if (u == first) return false;
  std::string_view p = folded[u - 1 - first];
  if (dict.IsLocativePreposition(p, city)) return true;
  if (u - 1 == first) return false;
  std::string_view before = folded[u - 2 - first];
  if (p == "with") return dict.IsPlaceNoun(before);  // "the border with Syria"
  if (p == ",") return dict.IsPlaceNoun(before);     // "the second-largest city, Gothenburg"
  // "the town of Afrin", "the coast of Haiti", "north of Rome"
  return p == "of" && (dict.IsPlaceNoun(before) || dict.IsDirectionWord(before));
}

// A place noun right before token t names what t is: "the coastal city
// Bloemfontein", "Samoa's capital Apia" (no "of", no comma).
bool PlaceNounBefore(const Dictionary& dict, const std::vector<std::string>& folded, uint32_t first, uint32_t t) {
  return t > first && dict.IsPlaceNoun(folded[t - 1 - first]);
}

// The first token of a conjunction run (",", "and", ", and") right before
// token t, or t when there is none.
uint32_t ConjunctionStart(const std::vector<std::string>& folded, uint32_t first, uint32_t t) {
  uint32_t u = t;
  while (u > first && t - u < 2 && IsConj(folded[u - 1 - first])) --u;
  return u;
}

// A city acted on where it lies: the object of a motion or seize word
// ("entered Tell Tamer", "retook Tabqa"), or after "of" a seize noun ("the
// liberation of Marawi City", "control of Baba Amr"). A country there may be
// a party ("invaded Kuwait"), so cities only.
bool CityActedOn(const Dictionary& dict, const std::vector<Token>& toks, const std::vector<std::string>& folded,
                 uint32_t first, uint32_t last, const Hit& h) {
  uint32_t top = h.end - 1;  // the name's own head: the word whose head lies outside it
  for (uint32_t t = h.begin; t < h.end; ++t) {
    if (toks[t].head < static_cast<int32_t>(h.begin) || toks[t].head >= static_cast<int32_t>(h.end)) top = t;
  }
  const Token& tail = toks[top];
  if (tail.head < 0 || static_cast<uint32_t>(tail.head) < first || static_cast<uint32_t>(tail.head) >= last) {
    return false;
  }
  uint32_t gov = static_cast<uint32_t>(tail.head);
  if (gov >= h.begin && gov < h.end) return false;
  std::string lemma;
  FoldWord(toks[gov].lemma.empty() ? toks[gov].text : toks[gov].lemma, &lemma);
  bool seize = dict.IsWord(WordClass::kSeizeWord, lemma);
  if (tail.deprel == "obj") return seize || dict.IsMotionWord(lemma);
  uint32_t u = h.begin;
  if (u > first && folded[u - 1 - first] == "the") --u;
  return seize && tail.deprel.starts_with("nmod") && u > first && folded[u - 1 - first] == "of" &&
         !toks[gov].tag.starts_with("VB");
}

// A city after the possessive of a place of its own country ("Istanbul's
// Taksim Square", "Syria's Afrin"): the wider place names where it lies.
bool CityOfPlaceOwner(const Dictionary& dict, const std::vector<std::string>& folded, uint32_t first,
                      const std::vector<Hit>& all, const Hit& h, const Entry& e) {
  bool split = h.begin > first + 1 && (folded[h.begin - 1 - first] == "'s" || folded[h.begin - 1 - first] == "'");
  for (const Hit& o : all) {
    const Entry& oe = dict.entries()[o.entry];
    bool owner = (o.end == h.begin && o.possessive) || (split && o.end == h.begin - 1);
    if (owner && oe.precision != Precision::kNone && oe.code.size() >= 3 && e.code.size() >= 3 &&
        oe.code.compare(0, 3, e.code, 0, 3) == 0) {
      return true;
    }
  }
  return false;
}

// A city of a million people is a place wherever it stands ("bombarding
// Aleppo", "Chicago protesters", "Istanbul's main building"), unless a
// name-like word stands beside it ("Whitney Houston", "Phoenix Suns").
bool MajorCityAlone(const std::vector<Token>& toks, uint32_t first, uint32_t last, const Hit& h, const Entry& e) {
  if (e.population < kMajorCityPopulation) return false;
  if (h.begin > first && LooksLikeName(toks[h.begin - 1])) return false;
  return !(h.end < last && LooksLikeName(toks[h.end]));
}

// "the Yokohama meeting", "their St. Louis residence": a city between a
// determiner or possessive pronoun and a common noun names where the thing
// is (the resolver then makes it a location: ModifiesThing).
bool CityBeforeThing(const std::vector<Token>& toks, uint32_t first, uint32_t last, const Hit& h) {
  if (h.begin <= first || h.end >= last) return false;
  const std::string& before = toks[h.begin - 1].tag;
  const std::string& after = toks[h.end].tag;
  return (before == "DT" || before == "PRP$") && (after == "NN" || after == "NNS");
}

}  // namespace

bool PlaceNameHolds(const Dictionary& dict, const AnalyzedDocument& doc, uint32_t first, uint32_t last,
                    const std::vector<std::string>& folded, const DocMemory& memory, const std::vector<Hit>& all,
                    const Hit& h) {
  const Entry& e = dict.entries()[h.entry];
  if (e.kind != ActorKind::kPlace) return true;
  const std::vector<Token>& toks = doc.tokens;
  if (h.begin > first) {
    std::string_view p = folded[h.begin - 1 - first];
    if (p == "operation") return false;  // "Operation Olive Branch"
    // "John Bolton", "Lloyd Austin": a capitalised word no entry explains.
    bool name_like = LooksLikeName(toks[h.begin - 1]) && !Covered(all, h.begin - 1);
    if (name_like && !dict.IsNameStop(p) && !dict.IsDirectionWord(p)) {
      return false;
    }
  }
  if (h.end - h.begin == 1) {  // "Bolton warned Turkey" after "John Bolton"
    std::string_view f = folded[h.begin - first];
    if (dict.IsNameStop(f)) return false;  // "in March", "on Monday"
    if (f.ends_with("'s")) f.remove_suffix(2);
    if (memory.surnames.count(std::string(f))) return false;
  }
  if (!e.city || MajorCityAlone(toks, first, last, h, e)) return true;
  if (LocativeBefore(dict, toks, folded, first, h.begin, true)) return true;
  // "in Aleppo and Mosul", "in Homs, Hama, and Aleppo": a place coordinated
  // with a place before it.
  if (uint32_t c = ConjunctionStart(folded, first, h.begin); c < h.begin && c > first) {
    for (const Hit& o : all) {
      if (o.end == c && dict.entries()[o.entry].precision != Precision::kNone) return true;
    }
  }
  if (PlaceNounBefore(dict, folded, first, h.begin)) return true;
  if (CityBeforeThing(toks, first, last, h)) return true;
  if (CityActedOn(dict, toks, folded, first, last, h)) return true;
  if (CityOfPlaceOwner(dict, folded, first, all, h, e)) return true;
  if (OwnsRoleNoun(dict, folded, first, last, all, h)) return true;
  if (h.begin == 0) return true;  // the story's first words: a dateline left in the text
  if (h.end < last && dict.IsPlaceNoun(folded[h.end - first])) return true;  // "Idlib province"
  if (h.end + 1 < last && folded[h.end - first] == ",") {  // "Austin, Texas"
    for (const Hit& o : all) {
      if (o.begin != h.end + 1) continue;
      const Entry& oe = dict.entries()[o.entry];
      return oe.precision == Precision::kCountry || oe.precision == Precision::kRegion;
    }
  }
  return false;
}

bool SentenceResolver::InIdentity(uint32_t t) const {
  if (!identities_) return false;
  for (const Hit& h : *identities_) {
    if (h.begin <= t && t < h.end) return true;
  }
  return false;
}

void SentenceResolver::SetText(uint32_t begin, uint32_t end, ActorMention* m) const {
  m->begin = begin;
  m->end = end;
  m->span = {toks_[begin].span.begin, toks_[end - 1].span.end};
  if (m->span.begin <= m->span.end && m->span.end <= doc_->doc.text.size()) {
    m->text = doc_->doc.text.substr(m->span.begin, m->span.size());
  }
}

bool SentenceResolver::ModifiesThing(const Hit& h) const {
  // Countries and demonyms: CountryModifiesThing, which keeps the owner
  // before event, person and time nouns ("Israeli strikes").
  ActorKind kind = E(h).kind;
  if (kind != ActorKind::kRegion && kind != ActorKind::kPlace) return false;
  const Token& last = toks_[h.end - 1];
  if (last.deprel != "amod" && last.deprel != "compound" && last.deprel != "nmod:poss") return false;
  int32_t noun = ThingHead(h.end);
  // "the Gibraltar territory": the place itself.
  return noun >= 0 && !dict_.IsPlaceNoun(Folded(static_cast<uint32_t>(noun)));
}

int32_t SentenceResolver::ThingHead(uint32_t end) const {
  const Token& last = toks_[end - 1];
  if (last.head < 0 || static_cast<uint32_t>(last.head) < end || static_cast<uint32_t>(last.head) >= last_) {
    return -1;
  }
  uint32_t noun = static_cast<uint32_t>(last.head);
  // A common noun only: before a proper one the words name an organisation
  // ("Tehran Times", "Western Railway", "Navy Seals").
  if (toks_[noun].tag != "NN" && toks_[noun].tag != "NNS") return -1;
  for (const Hit& o : *hits_) {
    if (o.begin <= noun && noun < o.end) return -1;  // "Iraqi police", "US Senate"
  }
  // "the Russian invasion": an event's source. Clauses are in sentence order.
  const std::vector<Clause>& clauses = doc_->clauses;
  auto c = std::lower_bound(clauses.begin(), clauses.end(), sentence_,
                            [](const Clause& x, uint32_t s) { return x.sentence < s; });
  for (; c != clauses.end() && c->sentence == sentence_; ++c) {
    if (c->link == ClauseLink::kNominal && c->verb == noun) return -1;
  }
  return static_cast<int32_t>(noun);
}

bool SentenceResolver::RoleModifiesThing(uint32_t begin, uint32_t end) const {
  // One word only: "the police department" is a body, whatever the parser
  // hangs it on.
  if (end != begin + 1) return false;
  const Token& last = toks_[end - 1];
  // An adjective only ("military facilities", "an official statement"): a
  // noun before a noun names a body as often as a thing ("youth groups",
  // "the school board", "militia groups" are the train split's event actors).
  if (last.deprel != "amod" || !last.tag.starts_with("JJ")) return false;
  for (uint32_t t = begin; t < end; ++t) {
    if (LooksLikeName(toks_[t])) return false;  // "Navy Yard", "Police Department": a name
  }
  int32_t noun = ThingHead(end);
  if (noun < 0 || KeepsThingOwner(static_cast<uint32_t>(noun))) return false;
  // "police director Vladimir Rebic": the noun is a title before a name.
  uint32_t next = static_cast<uint32_t>(noun) + 1;
  return !(next < last_ && LooksLikeName(toks_[next]));
}

bool SentenceResolver::KeepsThingOwner(uint32_t noun) const {
  const Token& n = toks_[noun];
  // "a police crackdown", "military officials", "a protester yesterday": an
  // event noun, a noun of people or a time noun of the parse stage's lists.
  constexpr uint32_t kKeep = parse::kEventNoun | parse::kPersonNoun | parse::kTime;
  if (clause_words_ && (clause_words_->Flags(n.lemma) & kKeep) != 0) return true;
  // "a gunman shot shoppers" read as three nouns: a chain is no thing.
  if (n.deprel == "compound") return true;
  // "shelled rebel positions", "wounded by police bullets": what a verb acts
  // on, or acts by, stands for its owner.
  if (n.deprel == "obj") return true;
  for (uint32_t t = first_; t < noun; ++t) {
    if (toks_[t].head == static_cast<int32_t>(noun) && toks_[t].deprel == "case" && Folded(t) == "by") return true;
  }
  return false;
}

bool SentenceResolver::CountryModifiesThing(const Hit& h) const {
  const Entry& e = E(h);
  if (!clause_words_ || e.kind != ActorKind::kCountry || e.identity != Identity::kNone) return false;
  const Token& last = toks_[h.end - 1];
  bool owner = last.deprel == "nmod:poss" || last.deprel == "compound" || (e.demonym && last.deprel == "amod");
  // A plural demonym names people ("the South Africans"), not a thing's owner.
  if (!owner || last.tag == "NNPS" || last.tag == "NNS") return false;
  int32_t head = ThingHead(h.end);
  if (head < 0) return false;
  uint32_t noun = static_cast<uint32_t>(head);
  // "Ukrainian nationalists", "Israeli measures", "Iranian oil exports": before
  // a plural a demonym is an event's source or target as often as not (the
  // corpus's dev split), as before a place noun ("Israeli cities").
  if (e.demonym && toks_[noun].tag == "NNS") return false;
  if (dict_.IsPlaceNoun(Folded(noun)) || dict_.IsWord(WordClass::kOwnerActs, Folded(noun))) return false;
  // "Indian Railways", "U.S. Route 2": a capitalised noun is a name's.
  const std::string& w = toks_[noun].text;
  if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') return false;
  if (KeepsThingOwner(noun)) return false;
  // "Israeli air and artillery strikes": a conjunct the owner keeps.
  for (uint32_t t = noun + 1; t < last_; ++t) {
    if (toks_[t].head == static_cast<int32_t>(noun) && toks_[t].deprel == "conj" && KeepsThingOwner(t)) return false;
  }
  return true;
}

bool SentenceResolver::RoleAsPredicate(uint32_t begin, uint32_t end) const {
  // Only adverbs may stand between the role noun and "as" / "for" / the
  // copula: "were male police officers" describes people who are actors.
  uint32_t t = begin;
  while (t > first_ && toks_[t - 1].tag.starts_with("RB")) --t;
  if (t == first_) return false;
  const Token& before = toks_[t - 1];
  uint32_t head = end - 1;
  if (before.deprel == "cop" && before.head == static_cast<int32_t>(head)) return true;  // "X is chairman"
  std::string_view w = Folded(t - 1);
  // An office is singular: "searching for demonstrators" names actors.
  if ((w != "as" && w != "for") || toks_[head].tag.ends_with("S")) return false;
  // "such as police", "as well as military officers" name actors.
  if (t - 1 > first_) {
    std::string_view p = Folded(t - 2);
    if (p == "such" || p == "well") return false;
  }
  const std::string& r = toks_[head].deprel;
  return r.starts_with("obl") || r.starts_with("nmod") || r == "advcl" || r == "xcomp";
}

bool SentenceResolver::NamedAsWhere(const Hit& h, const ActorMention& m) const {
  const Entry& e = E(h);
  if (e.demonym || e.identity != Identity::kNone) return false;
  if (e.kind == ActorKind::kRegion && e.precision == Precision::kNone) {
    return LocativeBefore(dict_, toks_, *folded_, first_, h.begin, false);
  }
  if (m.place_id.empty()) return false;
  if (MotionDestination(h)) return true;
  return e.city && (CityActedOn(dict_, toks_, *folded_, first_, last_, h) ||
                    CityOfPlaceOwner(dict_, *folded_, first_, *hits_, h, e));
}

bool SentenceResolver::MotionDestination(const Hit& h) const {
  const Token& last = toks_[h.end - 1];
  if (last.head < 0) return false;
  uint32_t gov = static_cast<uint32_t>(last.head);
  if (gov < first_ || gov >= last_ || (gov >= h.begin && gov < h.end)) return false;
  std::string lemma;
  FoldWord(toks_[gov].lemma.empty() ? toks_[gov].text : toks_[gov].lemma, &lemma);
  if (!dict_.IsMotionWord(lemma)) return false;
  if (last.deprel == "obj") return true;  // "left the Bahamas", "visited Belize"
  if (!last.deprel.starts_with("obl") && !last.deprel.starts_with("nmod")) return false;
  std::string_view prep;
  for (uint32_t t = first_; t < h.begin; ++t) {
    if (toks_[t].head == static_cast<int32_t>(h.end - 1) && toks_[t].deprel == "case") prep = Folded(t);
  }
  if (!dict_.IsWord(WordClass::kMotionPreposition, prep)) return false;
  if (!toks_[gov].tag.starts_with("VB")) return true;  // "a visit to Afghanistan"
  for (uint32_t t = first_; t < last_; ++t) {
    if (toks_[t].head == static_cast<int32_t>(gov) && toks_[t].deprel == "obj") return false;
  }
  return true;
}

bool SentenceResolver::InOtherScript(uint32_t begin, uint32_t end) const {
  uint32_t words = 0, other = 0;
  auto count = [&](uint32_t t) {
    const Token& tok = toks_[t];
    if (tok.kind != TokenKind::kWord || tok.text.empty()) return;
    ++words;
    // UTF-8 lead bytes from U+0380 (Greek) on; 0xE2 starts punctuation and symbols.
    unsigned char c = static_cast<unsigned char>(tok.text[0]);
    if (c >= 0xCE && c != 0xE2) ++other;
  };
  for (uint32_t t = begin > first_ + 4 ? begin - 4 : first_; t < begin; ++t) count(t);
  for (uint32_t t = end; t < last_ && t < end + 4; ++t) count(t);
  return words > 0 && 2 * other > words;
}

bool SentenceResolver::ModifiesPlace(const Hit& h) const {
  const Entry& e = E(h);
  if (e.kind != ActorKind::kCountry && e.kind != ActorKind::kRegion && e.kind != ActorKind::kPlace) return false;
  if (e.identity != Identity::kNone) return false;
  const Token& last = toks_[h.end - 1];
  bool owner = last.deprel == "nmod:poss" || (e.demonym && (last.deprel == "amod" || last.deprel == "compound"));
  if (!owner || last.head < 0 || static_cast<uint32_t>(last.head) < h.end ||
      static_cast<uint32_t>(last.head) >= last_) {
    return false;
  }
  uint32_t noun = static_cast<uint32_t>(last.head);
  // "the Serbian capital Belgrade": the place noun may be a compound of the
  // proper noun the demonym hangs on.
  if (toks_[noun].tag == "NNP" && noun > h.end && toks_[noun - 1].head == static_cast<int32_t>(noun) &&
      toks_[noun - 1].deprel == "compound") {
    --noun;
  }
  if (toks_[noun].tag != "NN" && toks_[noun].tag != "NNS") return false;
  // "Israeli cities" (plural) are an attack's target as often as a place
  // (train split's coded events); a demonym keeps them.
  if (e.demonym && toks_[noun].tag == "NNS") return false;
  if (!dict_.IsPlaceNoun(Folded(noun))) return false;
  for (const Hit& o : *hits_) {
    if (o.begin <= noun && noun < o.end) return false;  // "the Serbian state": a role noun
  }
  return true;
}

bool SentenceResolver::NestedOrganisation(size_t k) {
  const std::vector<Hit>& hits = *hits_;
  const Hit& h = hits[k];
  if (E(h).kind != ActorKind::kCountry || E(h).identity != Identity::kNone || k + 1 >= hits.size()) return false;
  const Hit& o = hits[k + 1];
  if (o.begin != h.end || E(o).kind != ActorKind::kOrganisation) return false;
  // "US Senate leaders": the organisation + role noun rule takes it.
  if (k + 2 < hits.size() && hits[k + 2].begin == o.end && IsAgent(hits[k + 2])) return false;
  std::string cc = ModCode(h), oc = ModCode(o);
  if (cc.size() < 3 || oc.size() < 3 || oc.compare(0, 3, cc, 0, 3) != 0) return false;
  ActorMention m = Make(h.begin, o.end, ActorKind::kOrganisation);
  m.code = oc;
  DescribeCode(m.code, &m);
  m.org = m.name = E(o).name;
  m.why = Why("country+organisation", {&h, &o});
  local_.push_back(std::move(m));
  return true;
}

void DescribePlaceEntry(const Entry& e, const std::string& cc, ActorMention* m) {
  bool territory = !e.iso.empty();  // a territory ISO 3166-1 lists: the place is that country
  m->precision = PrecisionName(territory ? Precision::kCountry : e.precision);
  m->place_id = territory ? "country:" + e.iso
                : e.precision == Precision::kCountry ? "country:" + cc
                                                     : std::string(m->precision) + ":" + cc + ":" + Slug(e.name);
  m->region = e.region;
  m->has_coords = e.has_coords;
  m->lat = e.lat;
  m->lon = e.lon;
}

// "Hong Kong": a territory that is one city is located at city precision
// (`city-territory` in the country file), its actor code unchanged.
void SentenceResolver::CityTerritory(const Entry& e, const std::string& cc, ActorMention* m) const {
  if (e.precision != Precision::kCountry) return;
  std::string folded;
  FoldWord(cc, &folded);
  if (!dict_.IsWord(WordClass::kCityTerritory, folded)) return;
  m->precision = PrecisionName(Precision::kCity);
  m->place_id = "city:" + cc + ":" + Slug(e.name);
}

void SentenceResolver::DescribePlace(const Entry& e, ActorMention* m) const {
  if (e.precision == Precision::kNone || m->code.size() < 3) return;
  std::string cc = m->code.substr(0, 3);
  DescribePlaceEntry(e, cc, m);
  CityTerritory(e, cc, m);
  m->place_begin = m->begin;
  m->place_end = m->end;
  bool coordinated = false;  // "in Aleppo and Mosul", "in Colorado, Utah, and California"
  if (uint32_t c = ConjunctionStart(*folded_, first_, m->begin); c < m->begin && c > first_) {
    for (const ActorMention& o : local_) coordinated = coordinated || (o.location && o.end == c);
  }
  // "Beaver Falls, Pennsylvania": a region after a town's name and a comma
  // is the town's address.
  bool address = e.precision == Precision::kRegion && m->begin >= first_ + 2 && Folded(m->begin - 1) == "," &&
                 LooksLikeName(toks_[m->begin - 2]);
  bool named = e.precision != Precision::kCountry && PlaceNounBefore(dict_, *folded_, first_, m->begin);
  if (!coordinated && !address && !named &&
      !LocativeBefore(dict_, toks_, *folded_, first_, m->begin, e.precision != Precision::kCountry)) {
    return;
  }
  m->location = true;
  // "in Kano state", "in Idlib province": the division named after the city.
  if (e.precision == Precision::kCity && m->end < last_ && dict_.IsRegionNoun(Folded(m->end))) {
    SetText(m->begin, m->end + 1, m);
    m->place_end = m->end;
    m->precision = PrecisionName(Precision::kRegion);
    m->place_id = "region:" + cc + ":" + Slug(e.name);
    m->region.clear();  // the city's division may be another of the same name
    m->has_coords = false;
  }
  // "northern Syria", "downtown Miami": the direction word is part of the place.
  uint32_t d = m->begin;
  while (d > first_ && m->begin - d < 2 && dict_.IsDirectionWord(Folded(d - 1))) --d;
  if (d == m->begin) return;
  std::string direction(Folded(d));
  SetText(d, m->end, m);
  m->place_begin = d;
  if (e.precision == Precision::kCountry) {
    m->precision = PrecisionName(Precision::kRegion);
    m->place_id = "region:" + cc + ":" + direction;
    m->region.clear();
    m->has_coords = false;
  }
}

void SentenceResolver::PlacedIn(const Hit& place, ActorMention* m) const {
  const Entry& e = E(place);
  std::string code = ModCode(place);
  if (e.precision == Precision::kNone || code.size() < 3) return;
  ActorMention p;
  p.begin = place.begin;
  p.end = place.end;
  p.code = code;
  DescribePlace(e, &p);
  m->place_id = p.place_id;
  m->precision = p.precision;
  m->region = p.region;
  m->has_coords = p.has_coords;
  m->lat = p.lat;
  m->lon = p.lon;
  m->place_begin = p.place_begin;
  m->place_end = p.place_end;  // "in Kano state": the division's noun too
}

void SentenceResolver::ApplyIdentities() {
  if (!identities_) return;
  for (const Hit& h : *identities_) {
    const Entry& e = E(h);
    ActorMention* host = nullptr;
    for (ActorMention& m : local_) {
      if (m.begin <= h.begin && h.begin < m.end) host = &m;
    }
    for (size_t i = 0; !host && i < local_.size(); ++i) {
      ActorMention& m = local_[i];
      if (m.begin == h.end && !m.location) {
        SetText(h.begin, m.end, &m);  // "Kurdish fighters"
        host = &m;
      }
    }
    if (!host) {
      // A plural noun is an actor on its own ("Kurds", "Shiites"): people
      // of that identity (CVL), as a plural demonym is ("Haitians"); an
      // adjective before anything else ("Kurdish town") is not.
      const Token& last = toks_[h.end - 1];
      bool plural = last.tag.empty() ? Folded(h.end - 1).ends_with("s") : (last.tag == "NNS" || last.tag == "NNPS");
      bool noun_next = h.end < last_ && toks_[h.end].tag.starts_with("NN");
      if (!plural || noun_next) continue;
      ActorMention m = Make(h.begin, h.end, ActorKind::kAgent);
      m.code = petrarch_ ? "---" : "---CVL";
      DescribeCode(m.code, &m);
      m.why = Why("identity", {&h});
      local_.push_back(std::move(m));
      host = &local_.back();
    }
    (e.identity == Identity::kEthnic ? host->ethnic : host->religion) = e.code;
    host->why += std::string(e.identity == Identity::kEthnic ? " +ethnic" : " +religion") + " '" + e.name + "'";
    if (!host->country.empty() || host->code.size() < 3 || host->code.compare(0, 3, "---") != 0) continue;
    // "Kurdish fighters near Afrin": the country where the sentence places them.
    for (const ActorMention& place : local_) {
      if (!place.location || place.country.empty()) continue;
      host->code = place.country + host->code.substr(3);
      DescribeCode(host->code, host);
      host->why += " +country of '" + place.text + "'";
      break;
    }
  }
}

void SentenceResolver::Appositions(std::vector<bool>* covered) {
  next_ = 0;
  for (size_t i = 0, n = local_.size(); i < n; ++i) {
    ActorMention m = local_[i];
    if (m.location || m.code.empty() || (m.sectors.empty() && m.kind != ActorKind::kPerson)) continue;
    uint32_t t = m.end;
    if (t + 2 >= last_ || toks_[t].text != ",") continue;
    uint32_t ne = NameRun(t + 1);
    if (ne < t + 3) continue;  // a name of two words at least
    bool free = true;
    for (uint32_t u = t + 1; u < ne; ++u) free = free && !(*covered)[u - first_];
    if (!free) continue;
    ActorMention p = Make(t + 1, ne, ActorKind::kPerson);
    CopyIdentity(m, &p);
    p.name.clear();
    for (uint32_t u = t + 1; u < ne; ++u) p.name += (p.name.empty() ? "" : " ") + toks_[u].text;
    p.why = "apposition -> '" + m.text + "'";
    for (uint32_t u = t + 1; u < ne; ++u) (*covered)[u - first_] = true;
    local_.push_back(std::move(p));
  }
}

namespace {

bool IsCountryNoun(std::string_view w) { return w == "country" || w == "nation"; }

}  // namespace

std::string SentenceResolver::SentenceCountry() const {
  std::string cc;
  for (const ActorMention& m : local_) {
    if (m.place_id.rfind("country:", 0) != 0) continue;
    std::string c = m.place_id.substr(8);
    if (!cc.empty() && c != cc) return "";
    cc = c;
  }
  return cc;
}

int SentenceResolver::CountryMention(uint32_t begin, uint32_t end) const {
  for (size_t i = 0; i < local_.size(); ++i) {
    const ActorMention& m = local_[i];
    if (m.place_id.rfind("country:", 0) == 0 && m.place_begin == m.begin && m.place_end == m.end &&
        (begin == kAny || m.begin == begin) && (end == kAny || m.end == end)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

uint32_t SentenceResolver::AreaModifiersBegin(uint32_t t) const {
  uint32_t b = t;
  while (b > first_ && t - b < kMaxAreaModifiers) {
    const std::string& tag = toks_[b - 1].tag;
    bool mod = dict_.IsDirectionWord(Folded(b - 1)) || tag.starts_with("JJ") || tag == "VBN" || tag == "NN" ||
               tag == "NNP" || tag == "NNPS";
    if (!mod || Folded(b - 1) == "'s") break;
    --b;
  }
  return b;
}

bool SentenceResolver::InCountryHit(uint32_t t) const {
  for (const Hit& h : *hits_) {
    const Entry& e = E(h);
    if (h.begin <= t && t < h.end && e.kind == ActorKind::kCountry && e.identity == Identity::kNone) return true;
  }
  return false;
}

SentenceResolver::AreaOwner SentenceResolver::AreaOwnerOf(uint32_t b, uint32_t t, bool by_name) const {
  AreaOwner o{b, t + 1, ""};
  if (by_name) return AreaOwnerByName(b, t, o);
  if (b >= first_ + 2 && Folded(b - 1) == "'s") {  // "the country's north", "Ecuador's eastern coast"
    if (IsCountryNoun(Folded(b - 2)) && b >= first_ + 3 && Folded(b - 3) == "the") {
      o.begin = b - 3, o.cc = SentenceCountry();
    } else if (int c = CountryMention(kAny, b - 1); c >= 0) {
      o.begin = local_[c].begin, o.cc = local_[c].place_id.substr(8);
    }
    return o;
  }
  if (b > first_ && Folded(b - 1) == "the" && t + 2 < last_ && Folded(t + 1) == "of") {  // "the coast of (the) X"
    uint32_t u = t + 2 + (Folded(t + 2) == "the" ? 1 : 0);
    o.begin = b - 1;
    if (u < last_ && IsCountryNoun(Folded(u)) && Folded(t + 2) == "the") {
      o.end = u + 1, o.cc = SentenceCountry();
    } else if (int c = CountryMention(u, kAny); c >= 0) {
      o.end = local_[c].end, o.cc = local_[c].place_id.substr(8);
    }
    return o;
  }
  return AreaOwnerByName(b, t, o);
}

SentenceResolver::AreaOwner SentenceResolver::AreaOwnerByName(uint32_t b, uint32_t t, AreaOwner o) const {
  // "the Thai border", "Yemeni territory", "the Laos border region": a
  // country or demonym among the modifiers, the area noun a common noun.
  if (!toks_[t].tag.starts_with("NN")) return o;
  // The country modifies the area in the tree.
  for (uint32_t u = b; u < t && o.cc.empty(); ++u) {
    for (uint32_t e = u + 1; e <= t && o.cc.empty(); ++e) {
      int32_t head = toks_[e - 1].head;
      if (head >= static_cast<int32_t>(e) && head <= static_cast<int32_t>(t)) o.cc = CountryHitAt(u, e);
    }
  }
  if (!o.cc.empty() && b > first_ && Folded(b - 1) == "the") o.begin = b - 1;
  return o;
}

void SentenceResolver::AreaPlaces() {
  std::vector<ActorMention> found;
  for (uint32_t t = first_ + 1; t < last_; ++t) {
    bool by_name = dict_.IsWord(WordClass::kAreaNounByName, Folded(t));
    if (!by_name && !dict_.IsWord(WordClass::kAreaNoun, Folded(t))) continue;
    // A noun modifying another ("border" of "the Laos border region", or
    // "Syria borders Turkey" read as nouns) is not the area's head.
    if (toks_[t].deprel == "compound") continue;
    uint32_t b = AreaModifiersBegin(t);
    AreaOwner o = AreaOwnerOf(b, t, by_name);
    if (o.cc.empty()) continue;
    // The area's words, less the country's own ("eastern-coast", "north").
    std::string area;
    for (uint32_t u = b; u <= t; ++u) {
      if (InCountryHit(u)) continue;
      area += (area.empty() ? "" : "-") + std::string(Folded(u));
    }
    ActorMention m = Make(o.begin, o.end, ActorKind::kPlace);
    m.code = o.cc;
    DescribeCode(o.cc, &m);
    m.precision = PrecisionName(Precision::kRegion);
    m.place_id = "region:" + o.cc + ":" + area;
    m.location = true;
    m.place_begin = o.begin;
    m.place_end = o.end;
    m.why = "area of a country";
    found.push_back(std::move(m));
  }
  for (ActorMention& m : found) {
    // The owner's own location mention ("Ecuador" of "Ecuador's border")
    // names the country, not the area: the description wins.
    std::erase_if(local_, [&](const ActorMention& o) {
      return o.location && o.begin >= m.begin && o.end <= m.end && o.place_id.rfind("country:", 0) == 0;
    });
    local_.push_back(std::move(m));
  }
}

std::string SentenceResolver::CountryHitAt(uint32_t begin, uint32_t end) const {
  for (const Hit& h : *hits_) {
    const Entry& e = E(h);
    bool country = e.kind == ActorKind::kCountry && e.identity == Identity::kNone && e.code.size() == 3;
    if (country && (begin == kAny || h.begin == begin) && (end == kAny || h.end == end)) return e.code;
  }
  return "";
}

void SentenceResolver::CapitalPlaces() {
  std::vector<ActorMention> found;
  for (uint32_t t = first_ + 1; t < last_; ++t) {
    if (!dict_.IsWord(WordClass::kCapitalNoun, Folded(t)) || toks_[t].tag != "NN") continue;
    uint32_t end = t + 1;
    if (end < last_ && dict_.IsWord(WordClass::kCapitalSuffix, Folded(end))) ++end;  // "Burundi's capital city"
    if (end < last_ && (toks_[end].tag == "NN" || toks_[end].tag == "NNS")) continue;  // "capital markets"
    uint32_t begin = t;
    // "the Algerian capital", "Cuba's capital": the owner's hit ends at
    // "capital" or at its "'s".
    uint32_t owner_end = Folded(t - 1) == "'s" && t >= first_ + 2 ? t - 1 : t;
    std::string cc = CountryHitAt(kAny, owner_end);
    if (!cc.empty()) {
      for (const Hit& h : *hits_) {
        if (h.end == owner_end) begin = std::min(begin, h.begin);
      }
    } else if (end == t + 1 && end + 1 < last_ && Folded(end) == "of") {  // "the capital of (the) Nepal"
      uint32_t u = end + 1 + (Folded(end + 1) == "the" ? 1 : 0);
      cc = CountryHitAt(u, kAny);
      for (const Hit& h : *hits_) {
        if (!cc.empty() && h.begin == u) end = std::max(end, h.end);
      }
    }
    const Entry* capital = cc.empty() ? nullptr : dict_.CapitalOf(cc);
    if (!capital) continue;
    ActorMention m = Make(begin, end, ActorKind::kPlace);
    m.code = cc;
    DescribeCode(cc, &m);
    DescribePlaceEntry(*capital, cc, &m);
    m.location = true;
    m.place_begin = begin;
    m.place_end = end;
    m.why = "capital of '" + cc + "'";
    // "the Belarusian capital, Minsk": the capital's name is the place.
    bool named = std::any_of(local_.begin(), local_.end(), [&](const ActorMention& o) { return o.place_id == m.place_id; });
    if (!named) found.push_back(std::move(m));
  }
  for (ActorMention& m : found) {
    // The owner's own location mention ("Madagascar" of "Madagascar's
    // capital") names the country, not the capital: the description wins.
    std::erase_if(local_, [&](const ActorMention& o) {
      return o.location && o.begin >= m.begin && o.end <= m.end && o.place_id.rfind("country:", 0) == 0;
    });
    local_.push_back(std::move(m));
  }
}

}  // namespace entente::actors

namespace entente::actors {

bool SentenceResolver::OwnedByPossessive(uint32_t begin, uint32_t head) const {
  if (!clause_words_ || begin <= first_) return false;
  auto possessive = [this](uint32_t t) { return (clause_words_->Flags(Folded(t)) & parse::kPossessive) != 0; };
  for (uint32_t u = first_; u < begin; ++u) {
    if (toks_[u].head == static_cast<int32_t>(head) && toks_[u].deprel == "nmod:poss" && possessive(u)) return true;
  }
  return possessive(begin - 1);
}

bool SentenceResolver::PointsBack(uint32_t begin, uint32_t end) const {
  const Token& n = toks_[end - 1];
  bool singular = n.tag.empty() ? !Folded(end - 1).ends_with("s") : n.tag == "NN";
  return begin > first_ && Folded(begin - 1) == "the" && singular &&
         dict_.IsWord(WordClass::kActingSubject, Folded(end - 1));
}

bool SentenceResolver::BoundActsAlone(uint32_t head) const {
  const Token& n = toks_[head];
  if (!dict_.IsWord(WordClass::kActingSubject, Folded(head)) || n.head < 0) return false;
  for (uint32_t u = first_; u < head; ++u) {
    if (toks_[u].head == static_cast<int32_t>(head) && toks_[u].deprel == "nummod") return true;  // "54 nations"
  }
  return n.deprel == "nsubj" && toks_[n.head].upos == "VERB";  // "The country launched strikes"
}

void SentenceResolver::PossessiveOwners() {
  if (!clause_words_) return;
  for (ActorMention& m : local_) {
    if (m.location || m.kind != ActorKind::kAgent || m.code.rfind("---", 0) != 0 || m.begin <= first_) continue;
    // The owner: the tree's possessive on the head noun ("its last troops"),
    // else the word right before the mention; or "the country" pointing back.
    bool back = PointsBack(m.begin, m.end);
    if (!back && !OwnedByPossessive(m.begin, m.end - 1)) continue;
    const ActorMention* owner = nullptr;
    for (const ActorMention& o : local_) {
      if (o.end <= m.begin && !o.country.empty() && !IsNonStateRoot(o.country) && (!owner || o.end > owner->end)) {
        owner = &o;
      }
    }
    if (!owner) continue;
    m.code = owner->country + m.code.substr(3);
    DescribeCode(m.code, &m);
    m.country_from_context = true;
    m.why += " +country of '" + owner->text + (back ? "' (points back)" : "' (possessive)");
  }
}

}  // namespace entente::actors
