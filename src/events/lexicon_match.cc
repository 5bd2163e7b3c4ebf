#include "events/lexicon_match.h"

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

namespace {


std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string LemmaOf(const Token& t) { return Lower(t.lemma.empty() ? std::string_view(t.text) : t.lemma); }

bool IsVerb(const Token& t) { return t.tag.rfind("VB", 0) == 0; }
bool IsNoun(const Token& t) { return t.tag.rfind("NN", 0) == 0; }

bool Passive(const SentenceGraph& g, uint32_t t) {
  for (uint32_t c : g.children(t)) {
    if (g.tok(c).deprel == "aux:pass" || g.tok(c).deprel == "nsubj:pass") return true;
  }
  return false;
}

// The names a role's head word goes by in the lexicon's word sets: its
// lemma, with its compound ("state of emergency", "joint exercises", "phone
// call") and with its "of" complement ("state of emergency").
std::vector<std::string> NamesOf(const SentenceGraph& g, uint32_t n) {
  std::vector<std::string> names{LemmaOf(g.tok(n)), Lower(g.tok(n).text)};
  for (uint32_t k : g.children(n)) {
    std::string_view rel = g.tok(k).deprel;
    if (rel == "compound" || rel == "amod") names.push_back(LemmaOf(g.tok(k)) + " " + names[1]);
    if (BaseRelation(rel) == "nmod" && g.CaseOf(k) == "of") names.push_back(names[0] + " of " + LemmaOf(g.tok(k)));
  }
  return names;
}

bool InSets(const SentenceGraph& g, uint32_t n, const Constraint& c, const Lexicon& lexicon) {
  if (c.lemma_sets.empty()) return true;
  for (const std::string& name : NamesOf(g, n)) {
    for (uint32_t set : c.lemma_sets) {
      if (lexicon.InSet(set, name)) return true;
    }
  }
  return false;
}

// Does child k of t fill the constraint's role?
bool FillsRole(const SentenceGraph& g, uint32_t t, uint32_t k, const Constraint& c, bool passive, int* objects) {
  const Token& w = g.tok(k);
  std::string_view rel = w.deprel;
  switch (c.kind) {
    case RoleKind::kObject:
      return rel == "obj" || (passive && rel == "nsubj:pass");
    case RoleKind::kObject2:
      if (rel == "obj" && ++*objects == 2) return true;
      return rel == "iobj" || (rel == "xcomp" && !IsVerb(w));
    case RoleKind::kPrep: {
      if (BaseRelation(rel) != "obl" && BaseRelation(rel) != "nmod") return false;
      std::string cs = Lower(g.CaseOf(k));
      for (const std::string& p : c.preps) {
        if (p == cs || (p.size() > cs.size() && !cs.empty() && p.ends_with(" " + cs))) return true;
      }
      return false;
    }
    case RoleKind::kInfinitive:
      return (rel == "xcomp" || rel == "ccomp" || rel == "advcl") && IsVerb(w) && g.CaseOf(k) == "to";
    case RoleKind::kThat:
      return rel == "ccomp" || rel == "parataxis";
    case RoleKind::kSubject:
      return BaseRelation(rel) == "nsubj";
  }
  (void)t;
  return false;
}

// The words that may fill a role of t: its children, and for a
// prepositional role also its object's prepositional modifiers, since the
// parser often hangs a phrase after the object on the object ("attacked the
// minister [for his remarks]").
std::vector<uint32_t> RoleCandidates(const SentenceGraph& g, uint32_t t, const Constraint& c) {
  std::vector<uint32_t> out = g.children(t);
  if (c.kind != RoleKind::kPrep) return out;
  for (uint32_t k : g.children(t)) {
    if (g.tok(k).deprel != "obj") continue;
    for (uint32_t m : g.children(k)) {
      if (BaseRelation(g.tok(m).deprel) == "nmod") out.push_back(m);
    }
  }
  return out;
}

bool ConstraintMet(const SentenceGraph& g, uint32_t t, const Constraint& c, bool passive, const Lexicon& lexicon) {
  int objects = 0;
  bool filled = false;
  for (uint32_t k : RoleCandidates(g, t, c)) {
    if (!FillsRole(g, t, k, c, passive, &objects)) continue;
    filled = true;
    if (!c.absent && InSets(g, k, c, lexicon)) return true;
  }
  return c.absent && !filled;
}

// A particle ("call_for", "pull_out"): the verb's particle, the case of one
// of its obliques, or the next word.
bool ParticleMet(const SentenceGraph& g, uint32_t t, const std::string& particle) {
  if (particle.empty()) return true;
  std::string first = particle.substr(0, particle.find(' '));
  for (uint32_t k : g.children(t)) {
    if (g.tok(k).deprel == "compound:prt" && LemmaOf(g.tok(k)) == first) return true;
    std::string_view rel = BaseRelation(g.tok(k).deprel);
    if ((rel == "obl" || rel == "nmod") && Lower(g.CaseOf(k)) == first) return true;
  }
  return t + 1 < g.end() && LemmaOf(g.tok(t + 1)) == first;
}

bool PatternMet(const SentenceGraph& g, uint32_t t, const Pattern& p, bool passive, const Lexicon& lexicon) {
  const Token& w = g.tok(t);
  if ((p.pos == 'v' && !IsVerb(w)) || (p.pos == 'n' && !IsNoun(w))) return false;
  if ((p.voice == 1 && passive) || (p.voice == 2 && !passive)) return false;
  if (!ParticleMet(g, t, p.particle)) return false;
  for (const Constraint& c : p.constraints) {
    if (!ConstraintMet(g, t, c, passive, lexicon)) return false;
  }
  return true;
}

std::string_view Kind(const Pattern& p) {
  bool role = !p.particle.empty();
  for (const Constraint& c : p.constraints) {
    if (!c.absent && !c.lemma_sets.empty()) return "word";
    role |= !c.absent;
  }
  return role ? "role" : "bare";
}

}  // namespace

bool ConstrainsARole(const Pattern& p) { return Kind(p) != "bare"; }

const Pattern* MatchedPattern(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  const std::vector<Pattern>* pats = lexicon.Find(LemmaOf(g.tok(t)));
  if (!pats) return nullptr;
  const bool passive = Passive(g, t);
  for (const Pattern& p : *pats) {
    if (PatternMet(g, t, p, passive, lexicon)) return &p;
  }
  return nullptr;
}

void LexiconMatchFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, FeatureSet* out) {
  const std::string lem = LemmaOf(g.tok(t));
  const std::vector<Pattern>* pats = lexicon.Find(lem);
  if (!pats || pats->empty()) return;
  const std::string_view pos = IsVerb(g.tok(t)) ? "v" : IsNoun(g.tok(t)) ? "n" : "o";
  const Pattern* p = MatchedPattern(g, t, lexicon);
  if (!p) {
    out->Add("lm.none", std::string_view(pats->front().code).substr(0, 2), pos);
    return;
  }
  std::string_view root = std::string_view(p->code).substr(0, 2);
  out->Add("lm", root, pos, Kind(*p));
  out->Add("lm.lem", lem, root);
}

}  // namespace entente
