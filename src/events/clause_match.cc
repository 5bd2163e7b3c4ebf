// Clause views and pattern matching: which lexicon pattern a clause (or the
// object noun of its light verb) matches, and which role holds the target.
#include <algorithm>
#include <string>
#include <vector>

#include "events/assembler_internal.h"

namespace entente::assembly {

View Assembler::MakeView(size_t first, size_t end, int ci) const {
  const Clause& c = doc_.clauses[ci];
  View v;
  v.clause = &c;
  v.index = ci;
  v.trigger_tok = c.verb;
  v.lemma = c.lemma.empty() ? Lemma(c.verb) : c.lemma;
  v.particle = c.particle;
  v.pos = c.link == ClauseLink::kNominal ? 'n' : 'v';
  v.passive = Passive(c);
  for (const Phrase& o : c.objects) v.objects.push_back(&o);
  // "handed over [700 kg of medicine]" read as a preposition "over" with an
  // object: a particle and a direct object.
  if (c.objects.empty() && c.particle.empty()) {
    for (const PrepPhrase& pp : c.preps) {
      if (pp.object.begin == c.verb + 2 &&
          (pp.prep == "over" || pp.prep == "out" || pp.prep == "up" || pp.prep == "off" ||
           pp.prep == "back" || pp.prep == "down" || pp.prep == "away")) {
        v.particle = pp.prep;
        v.objects.push_back(&pp.object);
        break;
      }
    }
  }
  // The subject of a passive fills the object role, so "X was indicted by
  // Y" matches "indict obj" with Y as source and X as target.
  if (v.passive && v.objects.empty() && !c.subject.empty()) v.objects.push_back(&c.subject);
  // "called the plan [an ideological experiment]": a second noun phrase
  // right after the object (or after its prepositional phrases) that the
  // parser did not attach.
  if (c.objects.size() == 1 && !v.passive) {
    uint32_t p = c.objects[0].end;
    for (const PrepPhrase& pp : c.preps) {
      if (pp.object.begin <= p + 1 && pp.object.end > p) p = pp.object.end;
    }
    uint32_t sent_end = doc_.sentences[c.sentence].first_token + doc_.sentences[c.sentence].token_count;
    uint32_t b = p;
    while (b < sent_end && Tok(b).text == "\"") ++b;
    if (b < sent_end && (Tok(b).tag == "DT" || Tok(b).tag.starts_with("JJ")) &&
        Tok(b).lemma != "that") {
      uint32_t e = b;
      uint32_t head = b;
      while (e < sent_end && e - b < 8) {
        const std::string& tag = Tok(e).tag;
        if (tag.starts_with("NN")) head = e;
        else if (!(tag == "DT" || tag.starts_with("JJ") || tag == "CD" || tag == "PRP$")) break;
        ++e;
      }
      if (Tok(head).tag.starts_with("NN")) {
        Phrase obj2;
        obj2.begin = b;
        obj2.end = e;
        obj2.head = head;
        extra_.push_back(obj2);
        v.objects.push_back(&extra_.back());
      }
    }
  }
  v.preps = c.preps;
  // Split "out of" into particle + "of" when the verb has no particle, so
  // "pull_out of=" matches either analysis.
  for (const PrepPhrase& pp : c.preps) {
    size_t sp = pp.prep.find(' ');
    if (sp != std::string::npos && v.particle.empty()) {
      v.particle = pp.prep.substr(0, sp);
      v.preps.push_back({pp.prep.substr(sp + 1), pp.object});
    }
  }
  // Prepositional phrases the parser left inside an object or another
  // prepositional object ("troops from Germany", "out of the deal with
  // the United States").
  std::vector<Phrase> hosts(c.objects.begin(), c.objects.end());
  for (const PrepPhrase& pp : c.preps) hosts.push_back(pp.object);
  for (const Phrase& o : hosts) {
    for (uint32_t t = o.head + 1; t < o.end && t < doc_.tokens.size(); ++t) {
      const std::string& tag = Tok(t).tag;
      if ((tag == "IN" || tag == "TO") && t + 1 < o.end) {
        uint32_t e = t + 1;
        while (e < o.end && Tok(e).tag != "IN" && Tok(e).tag != "TO") ++e;
        Phrase p;
        p.begin = t + 1;
        p.end = e;
        p.head = e - 1;
        v.preps.push_back({Lemma(t), p});
        t = e - 1;
      }
    }
  }
  for (size_t k = first; k < end; ++k) {
    const Clause& ch = doc_.clauses[k];
    if (Abs(first, ch.parent) != ci) continue;
    if (ch.link == ClauseLink::kInfinitive) v.inf_children.push_back(static_cast<int>(k));
    if (ch.link == ClauseLink::kThat) v.that_children.push_back(static_cast<int>(k));
  }
  for (const Phrase* o : v.objects) v.object_nouns.push_back(NounsOf(*o));
  return v;
}

bool Assembler::RoleOk(const Constraint& c, const View& v, const Phrase** phrase,
                       int* prep_index) const {
  auto lemma_ok = [&](const std::string& lemma) {
    for (uint32_t id : c.lemma_sets) {
      if (!lex_.InSet(id, lemma)) return false;
    }
    return true;
  };
  *phrase = nullptr;
  switch (c.kind) {
    case RoleKind::kObject:
    case RoleKind::kObject2: {
      size_t k = c.kind == RoleKind::kObject ? 0 : 1;
      if (v.objects.size() <= k) return false;
      *phrase = v.objects[k];
      if (c.lemma_sets.empty()) return true;
      for (uint32_t t : v.object_nouns[k]) {
        if (lemma_ok(Lemma(t))) return true;
      }
      return false;
    }
    case RoleKind::kSubject: {
      const Phrase& s = v.passive ? v.clause->agent : v.clause->subject;
      if (s.empty()) return false;
      *phrase = &s;
      for (uint32_t t : NounsOf(s)) {
        if (lemma_ok(Lemma(t))) return true;
      }
      return false;
    }
    case RoleKind::kPrep:
      for (size_t i = 0; i < v.preps.size(); ++i) {
        if (std::find(c.preps.begin(), c.preps.end(), v.preps[i].prep) == c.preps.end()) continue;
        if (!lemma_ok(Lemma(v.preps[i].object.head))) continue;
        *phrase = &v.preps[i].object;
        *prep_index = static_cast<int>(i);
        return true;
      }
      return false;
    case RoleKind::kInfinitive:
    case RoleKind::kThat: {
      const auto& kids = c.kind == RoleKind::kInfinitive ? v.inf_children : v.that_children;
      for (int k : kids) {
        const Clause& ch = doc_.clauses[k];
        if (lemma_ok(ch.lemma.empty() ? Lemma(ch.verb) : ch.lemma)) return true;
      }
      return false;
    }
  }
  return false;
}

bool Assembler::Match(const Pattern& p, const View& v, Hit* hit) const {
  if (p.pos != 0 && p.pos != v.pos) return false;
  if (p.voice == 1 && v.passive) return false;
  if (p.voice == 2 && !v.passive) return false;
  int consumed = -1;
  if (p.particle != v.particle) {
    // A pattern particle may be analysed as a preposition ("call for").
    bool found = false;
    if (!p.particle.empty()) {
      for (size_t i = 0; i < v.preps.size(); ++i) {
        // Only a preposition right after the verb: "called [on] X", not
        // "called X [on] Tuesday".
        if (v.preps[i].prep == p.particle && v.preps[i].object.begin <= v.trigger_tok + 3 &&
            v.preps[i].object.begin > v.trigger_tok) {
          consumed = static_cast<int>(i);
          found = true;
          break;
        }
      }
    }
    if (!found) return false;
  }
  hit->target_phrase = nullptr;
  hit->target_prep = -1;
  hit->target_role.clear();
  for (const Constraint& c : p.constraints) {
    const Phrase* ph = nullptr;
    int pi = -1;
    bool ok = RoleOk(c, v, &ph, &pi);
    if (c.absent ? ok : !ok) return false;
    if (c.target && ph) {
      if (c.kind == RoleKind::kPrep) hit->target_prep = pi; else hit->target_phrase = ph;
      hit->target_role = c.kind == RoleKind::kPrep ? v.preps[pi].prep : c.kind == RoleKind::kObject2 ? "obj2" : "obj";
    }
  }
  hit->pattern = &p;
  hit->consumed_prep = consumed;
  hit->code = p.code;
  return true;
}

void Assembler::Best(const View& v, Hit* best) const {
  if (const auto* pats = lex_.Find(v.lemma)) {
    for (const Pattern& p : *pats) {
      Hit h;
      if (Match(p, v, &h)) {
        h.view = v;
        *best = std::move(h);
        break;  // sorted most specific first
      }
    }
  }
  // A nominal trigger as the object of a light verb ("held talks with",
  // "imposed sanctions on") usually says more than the verb.
  if (v.pos == 'v' && !v.objects.empty() && In(light_, v.lemma)) {
    for (uint32_t noun : NounsOf(*v.objects[0])) {
      View nv = v;
      nv.trigger_tok = noun;
      nv.lemma = Lemma(noun);
      nv.pos = 'n';
      nv.particle.clear();
      nv.objects.erase(nv.objects.begin());
      nv.object_nouns.erase(nv.object_nouns.begin());
      const auto* pats = lex_.Find(nv.lemma);
      if (!pats) continue;
      bool found = false;
      for (const Pattern& p : *pats) {
        Hit h;
        if (Match(p, nv, &h)) {
          bool head = noun == v.objects[0]->head;
          if (!best->pattern || (head && best->pattern->specificity <= p.specificity + 4)) {
            h.view = std::move(nv);
            *best = std::move(h);
          }
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
}

}  // namespace entente::assembly
