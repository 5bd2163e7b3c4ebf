// resolver_petrarch.cc — PETRARCH's composition rules, used by the
// sentence resolver when an overlay (PETRARCH) dictionary is loaded:
// [NGO~] prefix role nouns, every role noun of a run, "former" as ELI,
// distribution over coordinated role nouns and actors, A/B codes, and
// "in" phrases the parse stage attached to the verb
// (doc/formats/petrarch.md "Actors under petrarch:").
#include <string>
#include <utility>
#include <vector>

#include "actors/sentence_resolver.h"

namespace entente::actors {

namespace {

bool ContainsBlock(const std::string& code, const std::string& block) {
  for (size_t i = 0; i + block.size() <= code.size(); i += 3) {
    if (code.compare(i, block.size(), block) == 0) return true;
  }
  return false;
}

}  // namespace

std::string SentenceResolver::ModCode(const Hit& h) const {
  const Entry& e = E(h);
  if (!e.code.empty()) return e.code;
  const Role* r = Resolver::PickRole(e, day_);
  return r ? r->code : "";
}

std::string SentenceResolver::TakePrefix(uint32_t begin, uint32_t* start) {
  if (prefix_code_.empty() || prefix_end_ != begin) return "";
  std::string code = std::move(prefix_code_);
  prefix_code_.clear();
  *start = prefix_begin_;
  return code;
}

void SentenceResolver::AppendAgents(size_t a, size_t b, bool former, ActorMention* m) const {
  if (m->code.empty()) m->code = "---";
  if (former) {
    if (!ContainsBlock(m->code, "ELI")) m->code += "ELI";
    m->former = true;
  } else {
    for (size_t i = a; i <= b && i < hits_->size(); ++i) {
      const Entry& ag = E((*hits_)[i]);
      if (ContainsBlock(m->code, ag.code)) continue;
      m->code = ag.prefix ? ag.code + m->code : m->code + ag.code;
    }
  }
  DescribeCode(m->code, m);
}

bool SentenceResolver::PossessiveFiller(uint32_t t) const {
  const Token& tok = toks_[t];
  if (tok.kind != TokenKind::kWord) return false;
  const std::string& tag = tok.tag;
  if (tag.empty()) return dict_.IsFiller(Folded(t)) || Folded(t) == "and";
  return tag.starts_with("JJ") || tag.starts_with("RB") || tag == "CC" || tag == "CD" || tag == "NNP" ||
         tag == "VBN" || tag == "VBG";
}

bool SentenceResolver::LocativeAdjunct(uint32_t t) const {
  for (const Clause& c : doc_->clauses) {
    if (c.sentence != sentence_) continue;
    for (const Phrase& o : c.objects) {
      if (o.end != t) continue;
      for (const PrepPhrase& p : c.preps) {
        if (p.prep == "in" && p.object.begin == t + 1) return true;
      }
    }
  }
  return false;
}

void SentenceResolver::PushAlso(const Entry& e, const ActorMention& m) {
  for (const std::string& alt : e.also) {
    ActorMention c = m;
    size_t at = c.code.find(e.code);
    if (e.code.empty() || at == std::string::npos) continue;
    c.code.replace(at, e.code.size(), alt);
    DescribeCode(c.code, &c);
    c.why += " +also " + alt;
    local_.push_back(std::move(c));
  }
}

bool SentenceResolver::AgentOfModifiers(size_t* kp) {
  const std::vector<Hit>& hits = *hits_;
  std::vector<std::pair<size_t, size_t>> chains;  // coordinated role nouns: [first, last] hits
  size_t last_hit;
  AgentChain(*kp, &last_hit);
  chains.emplace_back(*kp, last_hit);
  uint32_t t = hits[last_hit].end;
  while (chains.size() < 4) {  // "lawmakers and officials"
    uint32_t u = t;
    while (u < last_ && IsConj(Folded(u)) && u - t < 2) ++u;
    int a = u > t ? HitAt(u) : -1;
    if (a < 0 || !IsAgent(hits[a])) break;
    size_t l;
    AgentChain(static_cast<size_t>(a), &l);
    chains.emplace_back(static_cast<size_t>(a), l);
    t = hits[l].end;
  }
  if (t + 1 >= last_ || !(Folded(t) == "of" || Folded(t) == "in" || Folded(t) == "from")) return false;
  if (Folded(t) == "in" && LocativeAdjunct(t)) return false;
  if (Folded(t) == "from") {
    uint32_t u = t + 1 < last_ && Folded(t + 1) == "the" ? t + 2 : t + 1;
    int c = HitAt(u);
    if (c >= 0 && PlaceLeft(t - 1, hits[c])) return false;
  }
  std::vector<size_t> mods;  // "Arnor, Osgiliath and Gondor"
  for (uint32_t u = t + 1; mods.size() < 8;) {
    if (u < last_ && Folded(u) == "the") ++u;
    int c = HitAt(u);
    if (c < 0 || !IsModifier(hits[c]) || E(hits[c]).demonym || ModCode(hits[c]).empty()) break;
    mods.push_back(static_cast<size_t>(c));
    uint32_t v = hits[c].end, w = v;
    while (w < last_ && IsConj(Folded(w)) && w - v < 2) ++w;
    if (w == v) break;
    u = w;
  }
  if (mods.empty()) return false;
  bool distributed = chains.size() > 1 || mods.size() > 1;
  for (const auto& [c0, c1] : chains) {
    bool former = Former(hits[c0].begin, hits[c0]);
    for (size_t j = 0; j < mods.size(); ++j) {
      const Hit& mh = hits[mods[j]];
      const Entry& ce = E(mh);
      // Every role noun's mention of one actor spans the same words (the
      // first from the first role noun), so they read as one actor with
      // several codes, not as nested mentions.
      ActorMention m = Make(j == 0 ? hits[chains.front().first].begin : mh.begin, mh.end, ce.kind);
      m.code = ModCode(mh);
      if (ce.kind == ActorKind::kOrganisation) m.org = m.name = ce.name;
      m.title = E(hits[c1]).name;
      AppendAgents(c0, c1, former, &m);
      m.why = Why("agent+of+modifier", {&hits[c0], &mh}) + (distributed ? " +distributed" : "");
      ActorMention copy = m;
      local_.push_back(std::move(m));
      PushAlso(ce, copy);
    }
  }
  *kp = mods.back() + 1;
  return true;
}

}  // namespace entente::actors
