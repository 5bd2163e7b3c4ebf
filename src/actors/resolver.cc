// resolver.cc — from phrase hits to actor mentions (see resolver.h). At each
// hit, in this order:
//   modifier (country, demonym, region, place, organisation) [+ 's]
//     [+ fillers: "senior", "new"…] + role noun(s) [+ person or name] → one mention;
//   role noun + of/in + country or place                             → one mention;
//   role noun(s) + person, or + a capitalised name                   → a person;
//   person                                                           → dated role;
//   "the" + role noun matching an earlier titled mention             → coreference;
//   otherwise the hit stands alone (a bare role noun is ---SECTOR).
// Then tokens no hit covered are checked for repeated surnames and he/she;
// role nouns still without a country are offered to the attribution model,
// then, when the option is on, to the document's country (DocumentCountry).
// Under a PETRARCH overlay some steps compose as PETRARCH does
// (resolver_petrarch.cc).
#include "actors/resolver.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "actors/resolve_util.h"
#include "actors/sentence_resolver.h"

namespace entente::actors {

Resolver::Resolver(const Dictionary& dict, const Matcher& matcher, const AttributionModel* attribution,
                   bool document_country)
    : dict_(dict), matcher_(matcher), attribution_(attribution), document_country_(document_country) {
  std::string folded;
  for (const PhraseDef& p : dict.phrases()) {
    const Entry& e = dict.entries()[p.entry];
    bool fixed = !e.code.empty() && !e.city &&
                 (e.kind == ActorKind::kCountry || e.kind == ActorKind::kOrganisation || e.kind == ActorKind::kRegion);
    if (p.words.size() != 1 || !fixed) continue;
    FoldWord(p.words[0], &folded);
    hyphen_heads_.emplace(folded, p.entry);
  }
}

void CopyIdentity(const ActorMention& from, ActorMention* to) {
  to->code = from.code;
  to->country = from.country;
  to->sectors = from.sectors;
  to->org = from.org;
  to->name = from.name;
  to->title = from.title;
  to->former = from.former;
  to->ethnic = from.ethnic;
  to->religion = from.religion;
}

ActorMention SentenceResolver::Make(uint32_t begin, uint32_t end, ActorKind kind) const {
  ActorMention m;
  m.sentence = sentence_;
  m.begin = begin;
  m.end = end;
  m.span = {toks_[begin].span.begin, toks_[end - 1].span.end};
  if (m.span.begin <= m.span.end && m.span.end <= doc_->doc.text.size()) {
    m.text = doc_->doc.text.substr(m.span.begin, m.span.size());
  }
  m.kind = kind;
  return m;
}

std::string SentenceResolver::Why(const std::string& rule, std::initializer_list<const Hit*> hits) const {
  std::string w = rule;
  for (const Hit* h : hits) {
    if (!h) continue;
    const Entry& e = E(*h);
    w += " '" + e.name + "'@" + e.file;
  }
  return w;
}

bool SentenceResolver::Former(uint32_t begin, const Hit& h) const {
  if (h.ex_prefix) return true;
  for (uint32_t t = begin; t > first_ && begin - t < 3;) {
    --t;
    std::string_view f = Folded(t);
    if (dict_.IsWord(WordClass::kFormer, f)) return true;
    // "the late US Senator …": dead, so out of office.
    if (dict_.IsWord(WordClass::kFormerAfterThe, f) && t > first_ && Folded(t - 1) == "the") return true;
    // "formerly the mayor of …", "formerly a deputy administrator".
    if (!dict_.IsFiller(f) && f != "the" && f != "a" && f != "an") break;
  }
  return false;
}

void SentenceResolver::AppendSector(const std::string& sector, ActorMention* m) const {
  if (m->code.size() >= sector.size() && m->code.compare(m->code.size() - sector.size(), sector.size(), sector) == 0) {
    return;  // "White House officials": USAGOV already ends in GOV
  }
  if (m->code.empty()) m->code = "---";
  m->code += sector;
  DescribeCode(m->code, m);
}

void SentenceResolver::ApplyFormer(ActorMention* m) const {
  if (m->code.size() < 3) return;
  std::vector<std::string> old = m->sectors;
  m->code = m->code.substr(0, 3) + "ELI";
  DescribeCode(m->code, m);
  for (const std::string& s : old) {
    if (s != "ELI") m->sectors.push_back(s);
  }
  m->former = true;
}

size_t SentenceResolver::AgentChain(size_t k, size_t* last_hit) const {
  size_t giver = k;
  *last_hit = k;
  for (size_t j = k + 1; j < hits_->size(); ++j) {
    const Hit& prev = (*hits_)[j - 1];
    const Hit& h = (*hits_)[j];
    if (h.begin != prev.end || prev.possessive || !IsAgent(h)) break;
    *last_hit = j;
    if (!E(h).weak) giver = j;  // "rebel leaders": the weak head yields
  }
  return giver;
}

uint32_t SentenceResolver::CapitalisedAgent(uint32_t t) const {
  uint32_t u = t;
  while (u < last_ && u - t < 3 && HitAt(u) < 0 && LooksLikeName(toks_[u]) && !dict_.IsNameStop(Folded(u))) ++u;
  if (u == t || u >= last_) return t;
  int a = HitAt(u);
  if (a < 0 || !IsAgent((*hits_)[a]) || !LooksLikeName(toks_[u])) return t;
  return u;
}

uint32_t SentenceResolver::NameRun(uint32_t t) const {
  uint32_t end = t;
  for (uint32_t i = t; i < last_ && i - t < 6; ++i) {
    const Token& tok = toks_[i];
    std::string_view f = Folded(i);
    if (dict_.IsNameStop(f)) break;
    if (HitAt(i) >= 0 && !IsPerson((*hits_)[HitAt(i)])) break;
    if (LooksLikeName(tok)) {
      end = i + 1;
      if (f.ends_with("'s")) break;
      continue;
    }
    if (i > t && dict_.IsWord(WordClass::kNameParticle, f) && i + 1 < last_ && LooksLikeName(toks_[i + 1])) continue;
    break;
  }
  return end;
}

void SentenceResolver::RememberName(const ActorMention& m, size_t index) {
  if (m.kind != ActorKind::kPerson || m.name.empty()) return;
  size_t sp = m.name.rfind(' ');
  if (sp == std::string::npos) return;
  std::string sur;
  FoldWord(m.name.substr(sp + 1), &sur);
  memory_->surnames[sur] = index;
}

void SentenceResolver::AgentAlone(const Hit& h, ActorMention* m) {
  // "the minister" after "Foreign Minister Cravinho": the same actor.
  if (h.begin > first_ && Folded(h.begin - 1) == "the") {
    std::string_view head = Folded(h.end - 1);
    size_t stop = doc_->actors.size() > 50 ? doc_->actors.size() - 50 : 0;
    for (size_t i = doc_->actors.size(); i > stop; --i) {
      const ActorMention& a = doc_->actors[i - 1];
      if (a.title.empty() || a.code.empty() || a.code[0] == '-') continue;
      size_t sp = a.title.rfind(' ');
      std::string last = sp == std::string::npos ? a.title : a.title.substr(sp + 1);
      std::string lf;
      FoldWord(last, &lf);
      if (lf != head) continue;
      CopyIdentity(a, m);
      m->antecedent = static_cast<int32_t>(i - 1);
      m->why = Why("coref:role", {&h}) + " -> #" + std::to_string(i - 1);
      return;
    }
  }
  m->code = (petrarch_ && E(h).prefix ? "" : "---") + E(h).code;  // [NGO~] alone: NGO
  DescribeCode(m->code, m);
  m->title = E(h).name;
  m->why = Why("agent", {&h});
}

namespace {

// Mentions in sentence order (ties keep their order).
void SortByBegin(std::vector<ActorMention>* mentions) {
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
}

// Whether token `t` (before `last`) is a common noun that starts a role
// noun's hit (`agents`: the tokens where one starts).
bool BeforeRoleNoun(const std::vector<Token>& toks, uint32_t t, uint32_t last, const std::vector<uint32_t>& agents) {
  return t < last && (toks[t].tag == "NN" || toks[t].tag == "NNS") &&
         std::find(agents.begin(), agents.end(), t) != agents.end();
}

// "several areas of Homs" (Homs/NNS): a capitalised one-word city inside
// the sentence that the tagger took for a common noun, right after a
// locative preposition or a place noun's "of", is the city.
bool MistaggedCity(const Dictionary& dict, const std::vector<Token>& toks, const std::vector<std::string>& folded,
                   uint32_t first, uint32_t t) {
  if (t < first + 2 || toks[t].text.empty() || !std::isupper(static_cast<unsigned char>(toks[t].text[0]))) return false;
  const std::string& tag = toks[t].tag;
  if (tag != "NN" && tag != "NNS") return false;
  std::string_view p = folded[t - 1 - first];
  if (dict.IsLocativePreposition(p, true)) return true;
  return p == "of" && dict.IsPlaceNoun(folded[t - 2 - first]);
}

}  // namespace

void SentenceResolver::Run(const std::vector<Hit>& hits) {
  hits_ = &hits;
  CountryChain chain;
  for (size_t k = 0; k < hits.size();) k = Step(k, &chain);
  Finish();
}

size_t SentenceResolver::Step(size_t k, CountryChain* chain) {
  next_ = k;
  const std::vector<Hit>& hits = *hits_;
  const Hit& h = hits[k];
  const Entry& e = E(h);
  if (IsModifier(h)) return ModifierStep(k, chain);
  chain->mentions.clear();
  if (IsAgent(h) && petrarch_ && e.prefix && k + 1 < hits.size() && hits[k + 1].begin == h.end &&
      IsModifier(hits[k + 1])) {
    prefix_code_ = e.code;  // "MSF Arnor": goes before the modifier's code
    prefix_why_ = " +prefix '" + e.name + "'@" + e.file;
    prefix_begin_ = h.begin;
    prefix_end_ = h.end;
    return k + 1;
  }
  if (IsAgent(h) && petrarch_ && AgentOfModifiers(&k)) return k;
  if (IsAgent(h)) return AgentStep(k);
  return PersonStep(k);
}

size_t SentenceResolver::ModifierStep(size_t k, CountryChain* chain) {
  const std::vector<Hit>& hits = *hits_;
  const Hit& h = hits[k];
  int a = HitAt(RoleNounAfter(h));
  if (a >= 0 && IsAgent(hits[a]) && (hits[a].begin == h.end || !E(h).city) && !ModCode(h).empty()) {
    return ModifierAgent(k, static_cast<size_t>(a), chain);
  }
  if (NestedOrganisation(k)) return k + 2;
  return ModifierAlone(k, chain);
}

uint32_t SentenceResolver::RoleNounAfter(const Hit& h) const {
  const std::vector<Hit>& hits = *hits_;
  uint32_t t = h.end;
  bool possessive = h.possessive;
  if (!h.possessive && t < last_ && (toks_[t].text == "'s" || toks_[t].text == "'")) {
    ++t;
    possessive = true;
  }
  // Fillers and identity words before the role noun; a role noun that
  // starts with a filler ("national security adviser") stops the skip.
  while (t < last_ && (dict_.IsFiller(Folded(t)) || InIdentity(t)) && t - h.end < 3 &&
         !(HitAt(t) >= 0 && IsAgent(hits[HitAt(t)]))) {
    ++t;
  }
  if (!petrarch_ && !possessive && HitAt(t) < 0) t = CapitalisedAgent(t);  // "Florida Highway Patrol"
  if (petrarch_ && possessive) {  // "Ithilen's awful and evil minister"
    uint32_t u = t;
    while (u < last_ && u - t < 5 && HitAt(u) < 0 && PossessiveFiller(u)) ++u;
    if (int b = HitAt(u); b >= 0 && IsAgent(hits[b])) t = u;
  }
  return t;
}

size_t SentenceResolver::ModifierAgent(size_t k, size_t a, CountryChain* chain) {
  const std::vector<Hit>& hits = *hits_;
  const Hit& h = hits[k];
  const Entry& e = E(h);
  size_t last_hit;
  size_t giver = AgentChain(a, &last_hit);
  const Hit& ag = hits[giver];
  uint32_t end = hits[last_hit].end;
  uint32_t start = h.begin;
  std::string prefix = petrarch_ ? TakePrefix(h.begin, &start) : "";
  ActorMention m = Make(start, end, e.kind);
  m.code = prefix + ModCode(h);
  if (e.kind == ActorKind::kOrganisation) m.org = m.name = e.name;
  m.title = E(hits[last_hit]).name;
  bool former = Former(h.begin, h) || Former(hits[a].begin, hits[a]);
  if (petrarch_) AppendAgents(a, last_hit, former, &m);
  else AppendSector(E(ag).code, &m);
  m.why = Why("modifier+agent", {&h, &ag}) + (prefix.empty() ? "" : prefix_why_);
  // "Tokyo Mayor", "Syria's president": the place the actor belongs to
  // (a demonym names no place).
  if (!e.demonym) PlacedIn(h, &m);
  // "Iraqi President Saddam Hussein", "British Foreign Secretary Jack Straw".
  size_t after = last_hit + 1;
  next_ = after;
  int p = HitAt(end);
  if (p >= 0 && IsPerson(hits[p])) {
    ActorMention pm = Make(h.begin, hits[p].end, ActorKind::kPerson);
    pm.name = E(hits[p]).name;
    pm.why = Why("modifier+title+person", {&h, &ag, &hits[p]});
    if (CodePerson(E(hits[p]), former, HintIn(h.begin, end), &pm)) {
      if (pm.title.empty()) pm.title = m.title;
      if (!e.demonym) PlacedIn(h, &pm);
      m = std::move(pm);
    } else {
      ExtendTo(hits[p].end, &m);
      m.name = pm.name;
      m.kind = ActorKind::kPerson;
    }
    after = static_cast<size_t>(p) + 1;
  } else if (uint32_t ne = NameRun(end); ne > end) {
    ExtendTo(ne, &m);
    m.name = NameOfRun(end, ne);
    m.kind = ActorKind::kPerson;
    m.why += " +name";
    if (former) ApplyFormer(&m);
    while (after < hits.size() && hits[after].begin < ne) ++after;
  } else if (former && !petrarch_) {
    ApplyFormer(&m);
  } else if (petrarch_) {
    after = CoordinatedHead(h, a, last_hit, former, prefix, after);
  } else {
    after = BoundConjunct(h, last_hit, after);
  }
  JoinChain(*chain, h, m, E(ag));
  chain->mentions.clear();
  ActorMention copy = petrarch_ ? m : ActorMention();
  local_.push_back(std::move(m));
  if (petrarch_) PushAlso(e, copy);
  return after;
}

size_t SentenceResolver::CoordinatedHead(const Hit& h, size_t a, size_t last_hit, bool former,
                                         const std::string& prefix, size_t after) {
  const std::vector<Hit>& hits = *hits_;
  const Entry& e = E(h);
  // "Danish Islamist media and government": the words before the
  // first head noun apply to the coordinated one too.
  uint32_t v = hits[last_hit].end, w = v;
  while (w < last_ && IsConj(Folded(w)) && w - v < 2) ++w;
  int b = w > v ? HitAt(w) : -1;
  if (b < 0 || !IsAgent(hits[b])) return after;
  size_t bl;
  AgentChain(static_cast<size_t>(b), &bl);
  ActorMention c = Make(hits[b].begin, hits[bl].end, e.kind);
  c.code = prefix + ModCode(h);
  if (e.kind == ActorKind::kOrganisation) c.org = c.name = e.name;
  c.title = E(hits[bl]).name;
  if (last_hit > a) AppendAgents(a, last_hit - 1, former, &c);
  AppendAgents(static_cast<size_t>(b), bl, former, &c);
  c.why = Why("modifier+agent", {&h, &hits[b]}) + " +coordinated head";
  ActorMention copy = c;
  local_.push_back(std::move(c));
  PushAlso(e, copy);
  return bl + 1;
}

size_t SentenceResolver::BoundConjunct(const Hit& h, size_t last_hit, size_t after) {
  const std::vector<Hit>& hits = *hits_;
  uint32_t v = hits[last_hit].end, w = v;
  while (w < last_ && IsConj(Folded(w)) && w - v < 2) ++w;
  int b = w > v ? HitAt(w) : -1;
  if (b < 0 || !IsAgent(hits[b]) || !E(hits[b]).bound) return after;
  size_t bl;
  size_t giver = AgentChain(static_cast<size_t>(b), &bl);
  if (!E(hits[giver]).bound || !E(hits[bl]).bound) return after;
  const Entry& e = E(h);
  ActorMention c = Make(hits[b].begin, hits[bl].end, e.kind);
  c.code = ModCode(h);
  if (e.kind == ActorKind::kOrganisation) c.org = c.name = e.name;
  c.title = E(hits[bl]).name;
  AppendSector(E(hits[giver]).code, &c);
  c.why = Why("modifier+agent", {&h, &hits[giver]}) + " +coordinated bound head";
  local_.push_back(std::move(c));
  return bl + 1;
}

void SentenceResolver::JoinChain(const CountryChain& chain, const Hit& h, const ActorMention& m,
                                 const Entry& agent) {
  // "Hungarian and Romanian officials": the role noun applies to each.
  bool joined = E(h).kind == ActorKind::kCountry && !chain.mentions.empty() && chain.end < h.begin;
  for (uint32_t i = chain.end; joined && i < h.begin; ++i) joined = IsConj(Folded(i));
  if (!joined) return;
  for (size_t ci : chain.mentions) {
    ActorMention& c = local_[ci];
    c.title = m.title;
    AppendSector(agent.code, &c);
    c.why += " +coordinated '" + agent.name + "'";
  }
}

size_t SentenceResolver::ModifierAlone(size_t k, CountryChain* chain) {
  const Hit& h = (*hits_)[k];
  const Entry& e = E(h);
  uint32_t start = h.begin;
  std::string prefix = petrarch_ ? TakePrefix(h.begin, &start) : "";
  ActorMention m = Make(start, h.end, e.kind);
  m.code = e.code;
  DescribeCode(m.code, &m);
  if (e.kind == ActorKind::kOrganisation) m.org = m.name = e.name;
  if (e.code.empty()) {  // an organisation with dated codes
    const Role* r = Resolver::PickRole(e, day_);
    if (!r) return k + 1;
    m.code = r->code;
    DescribeCode(m.code, &m);
  }
  DescribePlace(e, &m);
  bool owns_place = !petrarch_ && !m.location && ModifiesPlace(h);  // "Serbia's western region"
  if (owns_place && m.place_id.empty()) {  // a demonym: no place to give
    chain->mentions.clear();
    return k + 1;
  }
  // "flew to South Africa", "left the Bahamas", "transactions in Africa".
  bool where = !petrarch_ && !m.location && !owns_place && NamedAsWhere(h, m);
  m.location = m.location || owns_place || where;
  bool thing_place = false;  // "a Kabul car bombing", "a Baghdad airport": where the thing is, not who acts
  bool thing_owner = !petrarch_ && !m.location && CountryModifiesThing(h);  // "Britain's rail network"
  if (thing_owner && m.place_id.empty()) {  // "the Russian economy": a demonym, no place to give
    chain->mentions.clear();
    return k + 1;
  }
  m.location = m.location || thing_owner;
  if (!petrarch_ && !m.location && ModifiesThing(h)) {  // "African economies"
    thing_place = e.precision == Precision::kCity && !m.place_id.empty();
    if (!thing_place) {
      chain->mentions.clear();
      return k + 1;
    }
    m.location = true;
  }
  if (!prefix.empty()) {  // "MSF Arnor": NGO + ARN
    m.code = prefix + m.code;
    DescribeCode(m.code, &m);
  }
  m.why = Why(e.city ? "city" : e.demonym ? "demonym" : ActorKindName(e.kind), {&h}) +
          (prefix.empty() ? "" : prefix_why_);
  if (owns_place) m.why += " +owner of a place noun";
  if (thing_owner) m.why += " +owner of a thing";
  if (thing_place) m.why += " +place of a thing";
  if (where) m.why += " +named as where";
  // "Haitians", "the South Africans": a plural demonym alone names the
  // country's people.
  if (e.demonym && e.kind == ActorKind::kCountry && toks_[h.end - 1].tag == "NNPS") {
    AppendSector("CVL", &m);
  }
  if (Former(h.begin, h)) ApplyFormer(&m);
  // Extend a coordination chain of demonyms.
  bool joins = false;
  if (!chain->mentions.empty() && e.kind == ActorKind::kCountry) {
    joins = true;
    for (uint32_t i = chain->end; i < h.begin; ++i) joins = joins && IsConj(Folded(i));
  }
  if (!joins) chain->mentions.clear();
  if (e.kind == ActorKind::kCountry && !owns_place) {
    chain->mentions.push_back(local_.size());
    chain->end = h.end;
    // The next token must be a conjunction or the role noun for the chain to go on.
  }
  ActorMention copy = petrarch_ ? m : ActorMention();
  local_.push_back(std::move(m));
  if (petrarch_) PushAlso(e, copy);
  return k + 1;
}

int SentenceResolver::OwnerAfterRole(uint32_t t) const {
  const std::vector<Hit>& hits = *hits_;
  // "a deputy administrator at FEMA": "at" before an organisation only.
  bool at = !petrarch_ && t + 1 < last_ && Folded(t) == "at";
  if (!(t + 1 < last_ && (Folded(t) == "of" || Folded(t) == "in" || Folded(t) == "from" || at) &&
        !(petrarch_ && Folded(t) == "in" && LocativeAdjunct(t)))) {
    return -1;
  }
  uint32_t u = t + 1;
  if (u < last_ && Folded(u) == "the") ++u;
  int c = HitAt(u);
  if (c >= 0 && at && E(hits[c]).kind != ActorKind::kOrganisation) c = -1;
  if (c >= 0 && Folded(t) == "from" && PlaceLeft(t - 1, hits[c])) return -1;
  if (c >= 0 && IsModifier(hits[c]) && !E(hits[c]).demonym && !ModCode(hits[c]).empty()) return c;
  return -1;
}

bool SentenceResolver::PlaceLeft(uint32_t role_head, const Hit& place) const {
  auto withdrawal = [&](uint32_t t) {
    int32_t gov = toks_[t].head;
    if (gov < static_cast<int32_t>(first_) || gov >= static_cast<int32_t>(last_)) return false;
    const Token& g = toks_[static_cast<uint32_t>(gov)];
    std::string lemma;
    FoldWord(g.lemma.empty() ? g.text : g.lemma, &lemma);
    return dict_.IsWord(WordClass::kWithdrawal, lemma);
  };
  return withdrawal(role_head) || withdrawal(place.end - 1);
}

size_t SentenceResolver::AgentStep(size_t k) {
  const std::vector<Hit>& hits = *hits_;
  const Hit& h = hits[k];
  size_t last_hit;
  size_t giver = AgentChain(k, &last_hit);
  const Hit& ag = hits[giver];
  uint32_t end = hits[last_hit].end;
  bool former = Former(h.begin, h);
  next_ = last_hit + 1;
  // "the foreign minister of Iraq", "security forces in Guinea".
  if (int c = OwnerAfterRole(end); c >= 0) {
    const Entry& ce = E(hits[c]);
    ActorMention m = Make(h.begin, hits[c].end, ce.kind);
    m.code = ModCode(hits[c]);
    if (ce.kind == ActorKind::kOrganisation) m.org = m.name = ce.name;
    m.title = E(hits[last_hit]).name;
    AppendSector(E(ag).code, &m);
    m.why = Why("agent+of+modifier", {&ag, &hits[c]});
    PlacedIn(hits[c], &m);  // "security forces in Guinea", "residents of Bogota"
    if (former) ApplyFormer(&m);
    local_.push_back(std::move(m));
    return static_cast<size_t>(c) + 1;
  }
  // Title + person from the dictionary: "President Biden".
  int p = HitAt(end);
  if (p >= 0 && IsPerson(hits[p])) {
    ActorMention m = Make(h.begin, hits[p].end, ActorKind::kPerson);
    m.name = E(hits[p]).name;
    m.why = Why("title+person", {&ag, &hits[p]});
    if (CodePerson(E(hits[p]), former, HintIn(h.begin, end), &m)) {
      if (m.title.empty()) m.title = E(hits[last_hit]).name;
      local_.push_back(std::move(m));
    }
    return static_cast<size_t>(p) + 1;
  }
  // Title + a name the dictionary does not know: "Foreign Minister João Cravinho".
  if (uint32_t ne = NameRun(end); ne > end && LooksLikeName(toks_[h.begin]) ) {
    ActorMention m = Make(h.begin, ne, ActorKind::kPerson);
    m.name = NameOfRun(end, ne);
    m.code = "---" + E(ag).code;
    DescribeCode(m.code, &m);
    m.title = E(hits[last_hit]).name;
    m.why = Why("title+name", {&ag});
    if (former) ApplyFormer(&m);
    local_.push_back(std::move(m));
    k = last_hit + 1;
    while (k < hits.size() && hits[k].begin < ne) ++k;
    return k;
  }
  // "missiles", "the community" with no owner: not an actor ("church
  // officials": a head that is not bound keeps the chain).
  if (E(ag).bound && E(h).bound && E(hits[last_hit]).bound && !BoundActsAlone(end - 1)) return last_hit + 1;
  if (!petrarch_ && !former && (RoleModifiesThing(h.begin, end) || RoleAsPredicate(h.begin, end))) {
    return last_hit + 1;  // "navy manoeuvres", "as president": no actor
  }
  ActorMention m = Make(h.begin, end, ActorKind::kAgent);
  AgentAlone(ag, &m);
  m.title = E(hits[last_hit]).name;
  if (former) ApplyFormer(&m);
  local_.push_back(std::move(m));
  return last_hit + 1;
}

size_t SentenceResolver::PersonStep(size_t k) {
  const std::vector<Hit>& hits = *hits_;
  const Hit& h = hits[k];
  const Entry& e = E(h);
  ActorMention m = Make(h.begin, h.end, ActorKind::kPerson);
  m.name = e.name;
  m.why = Why("person", {&h});
  if (!CodePerson(e, Former(h.begin, h), AppositionHint(h), &m)) return k + 1;
  // "the Bush administration", "Putin's government": the person's country + role noun.
  uint32_t t = h.end;
  if (!h.possessive && t < last_ && toks_[t].text == "'s") ++t;
  next_ = k + 1;
  int a = HitAt(t);
  if (a >= 0 && IsAgent(hits[a]) && !m.country.empty() && !IsPersonTitle(hits[a])) {
    size_t last_hit;
    size_t giver = AgentChain(static_cast<size_t>(a), &last_hit);
    ActorMention c = Make(h.begin, hits[last_hit].end, ActorKind::kCountry);
    c.code = m.country;
    c.title = E(hits[last_hit]).name;
    AppendSector(E(hits[giver]).code, &c);
    c.why = Why("person+agent", {&h, &hits[giver]});
    local_.push_back(std::move(c));
    return last_hit + 1;
  }
  local_.push_back(std::move(m));
  return k + 1;
}

std::string SentenceResolver::NameOfRun(uint32_t begin, uint32_t end) const {
  std::string name;
  for (uint32_t i = begin; i < end; ++i) {
    std::string w = toks_[i].text;
    if (w.ends_with("'s")) w.resize(w.size() - 2);
    name += (name.empty() ? "" : " ") + w;
  }
  return name;
}

void SentenceResolver::ExtendTo(uint32_t end, ActorMention* m) const {
  m->end = end;
  m->span.end = toks_[end - 1].span.end;
  m->text = doc_->doc.text.substr(m->span.begin, m->span.size());
}

void SentenceResolver::Finish() {
  ApplyIdentities();
  std::vector<bool> covered(last_ - first_, false);
  for (const ActorMention& m : local_) {
    for (uint32_t i = m.begin; i < m.end; ++i) covered[i - first_] = true;
  }
  Appositions(&covered);
  Coreference(&covered);
  SortByBegin(&local_);
  // PETRARCH codes bare role nouns as ---SECTOR.
  if (attribution_ && !petrarch_) {
    std::vector<bool> held(local_.size());
    for (size_t i = 0; i < local_.size(); ++i) held[i] = ForeignModified(local_[i]);
    AttributeCountries(*attribution_, toks_, first_, last_, &local_, &held);
  }
  if (!petrarch_) PossessiveOwners();
  if (document_country_ && !petrarch_) DocumentCountry();
  if (!petrarch_) {  // after the attribution, which reads location mentions
    size_t before = local_.size();
    AreaPlaces();
    CapitalPlaces();
    if (local_.size() != before) SortByBegin(&local_);
  }
  // English role nouns inside a quotation in another script name no actor
  // of the story ("sex worker" amid Devanagari words).
  if (!petrarch_) std::erase_if(local_, [&](const ActorMention& m) { return InOtherScript(m.begin, m.end); });
  for (ActorMention& m : local_) {
    if (doc_->actors.size() >= kMaxMentionsPerDocument) break;
    doc_->actors.push_back(std::move(m));
    RememberName(doc_->actors.back(), doc_->actors.size() - 1);
  }
}

void SentenceResolver::DocumentCountry() {
  auto counts = [](const ActorMention& m) { return !m.country.empty() && !IsNonStateRoot(m.country); };
  std::vector<std::string> found;  // this sentence's own countries, counted after
  for (const ActorMention& m : local_) {
    if (counts(m)) found.push_back(m.country);
  }
  const std::string* best = nullptr;
  uint32_t most = 0;
  bool tied = false;
  for (const auto& [country, n] : memory_->countries) {
    tied = n == most ? true : n > most ? false : tied;
    if (n > most) best = &country, most = n;
  }
  // With this sentence's countries the attribution model has already
  // declined: the document breaks a tie among several of them that include
  // its country, but does not overrule a "no" to its country alone.
  bool has_best = best && std::find(found.begin(), found.end(), *best) != found.end();
  bool has_other = best && std::any_of(found.begin(), found.end(), [&](const std::string& c) { return c != *best; });
  bool open = found.empty() || (has_best && has_other);
  if (best && !tied && open && 2 * most >= memory_->country_mentions) {
    for (ActorMention& m : local_) {
      if (!IsAttributionTarget(m) || ForeignModified(m)) continue;
      m.code = *best + m.code.substr(3);
      m.country = *best;
      m.country_from_context = true;
      m.why += " +document country (" + std::to_string(most) + " of " + std::to_string(memory_->country_mentions) +
               " earlier mentions)";
    }
  }
  for (const std::string& c : found) ++memory_->countries[c];
  memory_->country_mentions += static_cast<uint32_t>(found.size());
}

bool SentenceResolver::ForeignModified(const ActorMention& m) const {
  // Up to three modifiers back: "unspecified foreign security forces".
  for (uint32_t t = m.begin; t > first_ && t + 3 > m.begin; --t) {
    const Token& before = toks_[t - 1];
    if (dict_.IsWord(WordClass::kForeign, Folded(t - 1))) return true;
    bool modifier = before.tag.starts_with("JJ") || before.tag == "NN" || before.tag == "VBN";
    if (!modifier) return false;
  }
  return false;
}

void SentenceResolver::HyphenMention(uint32_t t, uint32_t entry) {
  const Entry& e = dict_.entries()[entry];
  ActorMention m = Make(t, t + 1, e.kind);
  m.code = e.code;
  DescribeCode(m.code, &m);
  if (e.kind == ActorKind::kOrganisation) m.org = m.name = e.name;
  m.why = "hyphen-compound '" + e.name + "'@" + e.file;
  local_.push_back(std::move(m));
}

void SentenceResolver::Coreference(std::vector<bool>* covered) {
  for (uint32_t t = first_; t < last_; ++t) {
    if ((*covered)[t - first_]) continue;
    const Token& tok = toks_[t];
    std::string_view f = Folded(t);
    // "US-led", "Russian-backed": the country before the hyphen. (A second
    // mention for "US-Cuba" on the same token was tried: the retrained event
    // coder lost 0.009 type F1 on the corpus's dev split.)
    if (size_t dash = f.find('-'); dash != std::string::npos && dash > 0 && hyphen_heads_ &&
                                   tok.text[0] >= 'A' && tok.text[0] <= 'Z') {
      auto it = hyphen_heads_->find(std::string(f.substr(0, dash)));
      if (it != hyphen_heads_->end()) {
        HyphenMention(t, it->second);
        continue;
      }
    }
    // A surname seen earlier in the document ("Cravinho").
    if (LooksLikeName(tok)) {
      std::string key(f.ends_with("'s") ? f.substr(0, f.size() - 2) : f);
      auto it = memory_->surnames.find(key);
      if (it != memory_->surnames.end() && it->second < doc_->actors.size()) {
        ActorMention m = Make(t, t + 1, ActorKind::kPerson);
        CopyIdentity(doc_->actors[it->second], &m);
        m.antecedent = static_cast<int32_t>(it->second);
        m.why = "coref:surname -> #" + std::to_string(it->second);
        local_.push_back(std::move(m));
        continue;
      }
      // Else the surname of one office holder of the day ("Barr said").
      if (!petrarch_ && SurnameInOffice(t)) continue;
    }
    // he / she with exactly one person in this or the previous sentence.
    if ((f == "he" || f == "she") && (tok.tag.empty() || tok.tag == "PRP")) {
      const ActorMention* only = nullptr;
      int32_t index = -1;
      bool ambiguous = false;
      auto consider = [&](const ActorMention& a, int32_t i) {
        if (a.kind != ActorKind::kPerson || a.name.empty()) return;
        if (only && only->name != a.name) ambiguous = true;
        only = &a;
        index = i;
      };
      for (size_t i = doc_->actors.size(); i > 0; --i) {
        const ActorMention& a = doc_->actors[i - 1];
        if (a.sentence + 1 < sentence_) break;
        consider(a, static_cast<int32_t>(i - 1));
      }
      const ActorMention* local_only = nullptr;
      for (const ActorMention& a : local_) {
        if (a.begin < t && a.kind == ActorKind::kPerson && !a.name.empty()) {
          if (local_only && local_only->name != a.name) ambiguous = true;
          local_only = &a;
        }
      }
      if (local_only) {
        if (only && only->name != local_only->name) ambiguous = true;
        only = local_only;
        index = -1;
      }
      if (only && !ambiguous) {
        ActorMention m = Make(t, t + 1, ActorKind::kPerson);
        CopyIdentity(*only, &m);
        m.antecedent = index;
        m.why = "coref:pronoun -> " + (index >= 0 ? "#" + std::to_string(index) : "'" + only->name + "' in this sentence");
        local_.push_back(std::move(m));
      }
    }
  }
}

void Resolver::Run(AnalyzedDocument* doc) const {
  doc->actors.clear();
  Day day = kNoDay;
  if (!doc->doc.date.empty() && !ParseIsoDay(doc->doc.date.substr(0, 10), &day)) day = kNoDay;
  DocMemory memory;
  MatchScratch scratch;
  std::vector<Hit> hits;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    const Sentence& sent = doc->sentences[s];
    uint32_t first = sent.first_token;
    uint32_t last = std::min<uint32_t>(first + std::min(sent.token_count, kMaxTokensPerSentence),
                                       static_cast<uint32_t>(doc->tokens.size()));
    if (first >= last) continue;
    hits.clear();
    matcher_.Match(doc->tokens, first, last, &scratch, &hits);
    // Tags refine single-word names that are also common words ("May", "Nice").
    std::vector<uint32_t> agent_starts;
    for (const Hit& h : hits) {
      if (dict_.entries()[h.entry].kind == ActorKind::kAgent) agent_starts.push_back(h.begin);
    }
    std::erase_if(hits, [&](const Hit& h) {
      const Entry& e = dict_.entries()[h.entry];
      if (h.end - h.begin != 1) return false;
      const std::string& tag = doc->tokens[h.begin].tag;
      if (tag.empty()) return false;
      if (e.kind == ActorKind::kPerson || e.city) {
        // "the Bay of Belfalas": a one-word city after a determiner is a common
        // noun, unless a role noun follows it ("the Curitiba police", "the
        // Chicago mayor": the city owns it). Before any common noun ("the
        // Geneva talks") it gave the train CV 21 more places where the gold
        // has none and no more right ones (benchmarks, fifteenth session).
        if (e.city && h.begin > first && doc->tokens[h.begin - 1].tag == "DT" &&
            !BeforeRoleNoun(doc->tokens, h.end, last, agent_starts)) {
          return true;
        }
        if (e.city && MistaggedCity(dict_, doc->tokens, scratch.folded, first, h.begin)) return false;
        return tag.rfind("NNP", 0) != 0 && !h.article;  // "el-Arish" is tagged JJ
      }
      return tag == "PRP" || tag == "MD";  // "us", "may"
    });
    std::vector<Hit> identities;
    for (const Hit& h : hits) {
      if (dict_.entries()[h.entry].identity != Identity::kNone) identities.push_back(h);
    }
    const std::vector<Hit> all = hits;
    std::erase_if(hits, [&](const Hit& h) {
      return dict_.entries()[h.entry].identity != Identity::kNone ||
             !PlaceNameHolds(dict_, *doc, first, last, scratch.folded, memory, all, h);
    });
    SentenceResolver r(dict_, doc, &memory, day, s, first, last, &hyphen_heads_, &scratch.folded);
    r.set_identities(&identities);
    r.set_attribution(attribution_);
    r.set_document_country(document_country_);
    r.set_clause_words(clause_words_);
    r.Run(hits);
  }
  ResolveDateline(doc, &scratch);
}

void Resolver::ResolveDateline(AnalyzedDocument* doc, MatchScratch* scratch) const {
  doc->dateline_place = ActorMention();
  const std::vector<Token>& toks = doc->dateline_tokens;
  if (toks.empty()) return;
  std::vector<Hit> hits;
  matcher_.Match(toks, 0, static_cast<uint32_t>(toks.size()), scratch, &hits);
  // The first place named ("KABUL, Afghanistan": Kabul), the longest at a word.
  const Hit* best = nullptr;
  for (const Hit& h : hits) {
    const Entry& e = dict_.entries()[h.entry];
    if (e.precision == Precision::kNone || e.code.size() < 3 || e.identity != Identity::kNone) continue;
    if (!best || h.begin < best->begin || (h.begin == best->begin && h.end > best->end)) best = &h;
  }
  if (!best) return;
  const Entry& e = dict_.entries()[best->entry];
  ActorMention& m = doc->dateline_place;
  m.begin = m.place_begin = best->begin;
  m.end = m.place_end = best->end;
  m.kind = e.kind;
  m.code = e.code;
  m.name = e.name;
  m.country = e.code.substr(0, 3);
  m.span = {toks[best->begin].span.begin, toks[best->end - 1].span.end};
  if (m.span.end <= doc->doc.text.size()) m.text = doc->doc.text.substr(m.span.begin, m.span.size());
  m.location = true;
  m.why = "dateline place";
  DescribePlaceEntry(e, m.country, &m);
}

}  // namespace entente::actors
