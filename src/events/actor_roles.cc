// Actors in clause roles: the actors of a phrase, an event's sources
// (with inheritance from governing clauses) and targets, and the fallbacks
// for clauses the parser left incomplete.
#include <algorithm>
#include <string>
#include <vector>

#include "events/assembler_internal.h"

namespace entente::assembly {

std::vector<ActorMention> Assembler::ActorsIn(const Phrase& p, uint32_t sentence) const {
  std::vector<ActorMention> out;
  if (p.empty()) return out;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), p.begin,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  // A mention may start before the phrase ("[embassy in Tehran]" against
  // the phrase "Tehran"): step back over mentions that overlap it.
  while (it != doc_.actors.begin() && std::prev(it)->end > p.begin) --it;
  uint32_t last_end = p.begin;
  for (; it != doc_.actors.end() && it->begin < p.end; ++it) {
    if (it->end <= p.begin || it->code.empty()) continue;
    // Stop at a clause boundary or a preposition other than "of" between
    // mentions: "the troops [who left Iraq]", "envoy [to Syria]".
    bool blocked = false;
    for (uint32_t t = last_end; t < it->begin && !out.empty(); ++t) {
      const Token& tk = Tok(t);
      if ((tk.tag == "IN" && tk.lemma != "of") || tk.tag == "TO" || tk.tag.starts_with("VB") ||
          tk.tag == "WDT" || tk.tag == "WP") {
        blocked = true;
      }
    }
    if (blocked) break;
    bool dup = false;
    for (const ActorMention& m : out) dup |= m.code == it->code;
    if (!dup) {
      out.push_back(*it);
      OwnPlace(&out.back(), p.end);
    }
    last_end = it->end;
  }
  // "Jens Stoltenberg, NATO's secretary general,": the apposition says who.
  if (out.empty()) {
    for (const Phrase& a : p.appositions) {
      if (a.appositions.empty()) out = ActorsIn(a, sentence);
      if (!out.empty()) break;
    }
  }
  return out;
}

// A role noun with no country followed by its own locative, "rebels [in
// northern Syria]", "demonstrators [in Nairobi]", is of that place's country.
// The locative must follow the mention at once and name the place within
// a few tokens, before `limit` (the end of the phrase).
void Assembler::OwnPlace(ActorMention* m, uint32_t limit) const {
  if (!m->country.empty() || !m->code.starts_with("---") || m->end >= limit) return;
  const std::string& l = Tok(m->end).lemma;
  if (l != "in" && l != "at") return;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), m->end + 1,
                             [](const ActorMention& a, uint32_t b) { return a.begin < b; });
  if (it == doc_.actors.end() || it->begin >= limit || it->begin > m->end + 4) return;
  for (uint32_t t = m->end + 1; t < it->begin; ++t) {
    const Token& tk = Tok(t);
    if (tk.kind == TokenKind::kPunct || tk.tag.starts_with("VB") || tk.tag == "IN") return;
  }
  if (it->country.size() != 3 || it->code.starts_with("IGO") || it->code.starts_with("NGO")) return;
  m->country = it->country;
  m->code = it->country + m->code.substr(3);
  m->why += " +country from its place";
}

Modality Assembler::ModalityOf(const Clause& c) const {
  const std::string& m = c.modality;
  if (m.empty()) return c.tense == Tense::kFuture ? Modality::kIntended : Modality::kDone;
  if (In(hypothetical_, m)) return Modality::kHypothetical;
  if (In(demanded_, m)) return Modality::kDemanded;
  if (In(intended_, m)) return Modality::kIntended;
  return Modality::kDone;
}
// A passive needs an auxiliary ("was/got expelled") unless it is a reduced
// relative hanging off a noun ("troops deployed in X"). A main or that-
// clause, or a "relative" with nothing to hang off, that has no by-agent and
// no auxiliary between its subject and verb is a past tense: "The
// Georgian parliament threatened on Monday to break relations …",
// "witnesses said students rioted at a university".
bool Assembler::Passive(const Clause& c) const {
  if (c.voice != Voice::kPassive) return false;
  bool finite = c.link == ClauseLink::kMain || c.link == ClauseLink::kThat ||
                (c.link == ClauseLink::kRelative && c.parent < 0);
  if (!c.agent.empty() || !finite) return true;
  if (c.subject.empty() || c.subject.end > c.verb) return true;
  for (uint32_t t = c.subject.end; t < c.verb; ++t) {
    const std::string& l = Tok(t).lemma;
    if (l == "be" || l == "get" || l == "have") return true;
  }
  return false;
}

// The source of clause `ci`: the actors of its subject (or of the by-agent
// of a passive); a clause with no subject actor — an infinitive, a
// coordinated verb, "after meeting X" — takes its governor's source, or for
// an infinitive under an appeal/order ("urged NATO to …") the governor's
// object.
std::vector<ActorMention> Assembler::Sources(const std::vector<Hit>& hits, size_t first, int ci,
                                             int depth) const {
  const Clause& c = doc_.clauses[ci];
  const Phrase& s = Passive(c) ? c.agent : c.subject;
  std::vector<ActorMention> out = ActorsIn(s, c.sentence);
  if (s.empty() && c.link == ClauseLink::kMain && c.voice == Voice::kActive) {
    out = FrontActor(c, doc_.sentences[c.sentence].first_token);
  } else if (out.empty() && !s.empty() && s.end < c.verb && Tok(s.end).text == ",") {
    // An apposition the parser did not attach: "Kenzo Oshima, the UN
    // relief coordinator, demanded …".
    out = FrontActor(c, s.end);
  }
  if (out.empty() && Passive(c) && c.agent.empty() && c.link == ClauseLink::kMain) {
    out = DetachedAgent(c);
  }
  if (!out.empty() || depth >= kMaxDepth) return out;
  if (Passive(c) && !c.subject.empty()) return out;  // agentless passive
  int parent = Abs(first, c.parent);
  if (parent < 0 || parent == ci) return out;
  // "Syria says it will …": an unresolved pronoun subject is taken to be
  // the governing clause's source.
  bool pronoun = !s.empty() && s.head < doc_.tokens.size() && Tok(s.head).tag.starts_with("PRP");
  if (pronoun) return Sources(hits, first, parent, depth + 1);
  if (c.link == ClauseLink::kInfinitive || c.link == ClauseLink::kCoordinated ||
      c.link == ClauseLink::kAdverbial || c.link == ClauseLink::kNominal) {
    const Clause& pc = doc_.clauses[parent];
    if (c.link == ClauseLink::kInfinitive && !pc.objects.empty() &&
        In(object_control_, pc.lemma)) {
      return ActorsIn(pc.objects[0], c.sentence);
    }
    return Sources(hits, first, parent, depth + 1);
  }
  return out;
}

// A passive whose by-agent the parser could not attach because a comma
// phrase stands between: "X has been accused of taking bribes worth
// millions, [by Kenyan prosecutors]". The first actor
// right after a ", by" later in the sentence, with no verb between.
std::vector<ActorMention> Assembler::DetachedAgent(const Clause& c) const {
  std::vector<ActorMention> out;
  if (c.sentence >= doc_.sentences.size()) return out;
  const entente::Sentence& s = doc_.sentences[c.sentence];
  uint32_t end = s.first_token + s.token_count;
  for (uint32_t t = c.verb + 1; t + 2 < end; ++t) {
    if (Tok(t).text != "," || Tok(t + 1).lemma != "by") continue;
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), t + 2,
                               [](const ActorMention& m, uint32_t b) { return m.begin < b; });
    if (it == doc_.actors.end() || it->begin > t + 5 || it->begin >= end || it->code.empty()) {
      continue;
    }
    bool clear = true;
    for (uint32_t k = t + 2; k < it->begin; ++k) {
      clear &= !Tok(k).tag.starts_with("VB") && Tok(k).kind != TokenKind::kPunct;
    }
    if (clear) out.push_back(*it);
    break;
  }
  return out;
}

// A main clause the parser left without a subject ("The US on Thursday
// rejected …", "The Red Cross operating in Iraq said …"): the first actor
// before the verb that is not the object of a preposition.
std::vector<ActorMention> Assembler::FrontActor(const Clause& c, uint32_t begin) const {
  std::vector<ActorMention> out;
  if (c.sentence >= doc_.sentences.size()) return out;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), begin,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  for (; it != doc_.actors.end(); ++it) {
    const ActorMention& m = *it;
    if (m.code.empty()) continue;
    if (m.begin >= c.verb) break;
    bool in_pp = m.begin > begin && (Tok(m.begin - 1).tag == "IN" || Tok(m.begin - 1).tag == "TO");
    if (!in_pp) {
      out.push_back(m);
      break;
    }
  }
  return out;
}

// A role noun with no country where the sentence says where it acts takes
// that place's country: "Demonstrators [in Baghdad] blocked a road",
// "Students rioted [at a university in Yerevan]": an "in"/"at" phrase of the
// event's clause (a mention's own locative is OwnPlace, in ActorsIn). Used
// before the one-country sentence guess, for sentences that name several
// countries.
void Assembler::PlaceCountry(const Clause& c, std::vector<ActorMention>* actors) const {
  auto place_in = [&](uint32_t begin, uint32_t end) -> std::string {
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), begin,
                               [](const ActorMention& m, uint32_t b) { return m.begin < b; });
    for (; it != doc_.actors.end() && it->begin < end; ++it) {
      if (it->country.size() == 3 && !it->code.starts_with("IGO") &&
          !it->code.starts_with("NGO")) {
        return it->country;
      }
    }
    return "";
  };
  for (ActorMention& m : *actors) {
    if (!m.country.empty() || !m.code.starts_with("---")) continue;
    std::string country;
    for (const PrepPhrase& pp : c.preps) {
      if (!country.empty()) break;
      if (pp.prep == "in" || pp.prep == "at") country = place_in(pp.object.begin, pp.object.end);
    }
    if (country.empty()) continue;
    m.country = country;
    m.code = country + m.code.substr(3);
    m.why += " +country from its place";
  }
}

// Actors with no country ("rebels", "President X" unknown to the people
// dictionaries) in a sentence that names exactly one country (or, when it
// names several, only one before the mention) are taken to be of that
// country ("the Sudanese government accused Darfur rebels");
// the change is noted in the mention's `why`.
void Assembler::ContextCountry(uint32_t sentence, std::vector<ActorMention>* actors) const {
  if (sentence >= doc_.sentences.size()) return;
  bool missing = false;
  for (const ActorMention& m : *actors) missing |= m.country.empty() && m.code.starts_with("---");
  if (!missing) return;
  const entente::Sentence& s = doc_.sentences[sentence];
  // The one country of the actors in [begin, end), "" for none or several.
  auto only_country = [&](uint32_t begin, uint32_t end) -> std::string {
    std::string country;
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), begin,
                               [](const ActorMention& m, uint32_t b) { return m.begin < b; });
    for (; it != doc_.actors.end() && it->begin < end; ++it) {
      const ActorMention& m = *it;
      if (m.country.size() != 3 || m.code.starts_with("IGO") || m.code.starts_with("NGO")) continue;
      if (!country.empty() && country != m.country) return "";
      country = m.country;
    }
    return country;
  };
  uint32_t first = s.first_token;
  std::string whole = only_country(first, first + s.token_count);
  for (ActorMention& m : *actors) {
    if (!m.country.empty() || !m.code.starts_with("---")) continue;
    // A sentence naming several countries: the one country named before
    // the mention, "A Kenyan court ordered the former minister to appear
    // in an inquiry into arms sales to Somalia and Sudan".
    std::string country = whole.empty() ? only_country(first, m.begin) : whole;
    if (country.empty()) continue;
    m.country = country;
    m.code = country + m.code.substr(3);
    m.why += " +country from sentence context";
  }
}

std::vector<ActorMention> Assembler::TrailingActor(const Clause& c, uint32_t trigger) const {
  std::vector<ActorMention> out;
  if (c.sentence >= doc_.sentences.size()) return out;
  const entente::Sentence& s = doc_.sentences[c.sentence];
  uint32_t end = s.first_token + s.token_count;
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), trigger + 1,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  for (uint32_t t = trigger + 1; t < end; ++t) {
    const Token& tk = Tok(t);
    if (tk.kind == TokenKind::kPunct || tk.tag == "WDT" || tk.tag == "WP") break;
    if (it != doc_.actors.end() && it->begin == t) {
      if (!it->code.starts_with("---")) out.push_back(*it);
      break;
    }
  }
  return out;
}

// A protest is always against someone (PLOVER codes a target for every
// PROTEST), yet its purpose often sits outside the trigger's clause: "began
// a hunger strike [to demand the release of colleagues detained by
// Ugandan police]", "rallies against abuses by the Kenyan army". The
// target is then the first actor with a country or organisation after the
// trigger in the sentence, outside the attribution ("…, officials said"),
// other than the sources and not the place of the protest ("in Yerevan"). A
// protest "in X" (where the lexicon allows a locative) against a later
// named party is against that party.
std::vector<ActorMention> Assembler::ProtestTarget(const Clause& c, uint32_t trigger,
                                                   const std::vector<ActorMention>& sources) const {
  std::vector<ActorMention> out;
  if (c.sentence >= doc_.sentences.size()) return out;
  const entente::Sentence& s = doc_.sentences[c.sentence];
  uint32_t end = s.first_token + s.token_count;
  if (!c.speaker.empty() && c.speaker.begin > trigger) end = std::min(end, c.speaker.begin);
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), trigger + 1,
                             [](const ActorMention& m, uint32_t b) { return m.begin < b; });
  for (; it != doc_.actors.end() && it->begin < end; ++it) {
    const ActorMention& m = *it;
    if (m.code.empty() || m.code.starts_with("---")) continue;
    bool source = false;
    for (const ActorMention& src : sources) source |= src.code == m.code;
    // Where the protest happens is not whom it is against.
    for (const PrepPhrase& pp : c.preps) {
      source |= (pp.prep == "in" || pp.prep == "at") && m.begin >= pp.object.begin &&
                m.begin < pp.object.end;
    }
    if (source) continue;
    out.push_back(m);
    break;
  }
  return out;
}

// Target: the role the pattern names; else the passive subject, the
// object, or a prepositional object (in kTargetPreps order) — the first
// that holds an actor with a country or organisation, else the first that
// holds any actor.
std::vector<ActorMention> Assembler::Targets(const Hit& h, std::string* role) const {
  const Clause& c = *h.view.clause;
  if (h.target_prep >= 0 && h.target_prep < static_cast<int>(h.view.preps.size())) {
    *role = h.view.preps[h.target_prep].prep;
    return ActorsIn(h.view.preps[h.target_prep].object, c.sentence);
  }
  if (h.target_phrase) {
    *role = h.target_role;
    return ActorsIn(*h.target_phrase, c.sentence);
  }
  std::vector<std::pair<const Phrase*, std::string>> cands;
  if (h.view.passive) cands.emplace_back(&c.subject, "subject(passive)");
  if (!h.view.passive) {
    for (const Phrase* o : h.view.objects) cands.emplace_back(o, "obj");
  }
  if (h.consumed_prep >= 0) {
    cands.emplace_back(&h.view.preps[h.consumed_prep].object, h.view.preps[h.consumed_prep].prep);
  }
  for (const char* prep : kTargetPreps) {
    for (size_t i = 0; i < h.view.preps.size(); ++i) {
      if (h.view.preps[i].prep == prep) cands.emplace_back(&h.view.preps[i].object, prep);
    }
  }
  std::vector<ActorMention> weak;
  std::string weak_role;
  for (const auto& [phrase, r] : cands) {
    std::vector<ActorMention> a = ActorsIn(*phrase, c.sentence);
    if (a.empty()) continue;
    if (Strong(a)) {
      *role = r;
      return a;
    }
    if (weak.empty()) {
      weak = std::move(a);
      weak_role = r;
    }
  }
  *role = weak_role;
  return weak;
}

}  // namespace entente::assembly
