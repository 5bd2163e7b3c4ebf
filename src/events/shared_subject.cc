// shared_subject.cc — see shared_subject.h.
#include "events/shared_subject.h"

#include <string_view>

namespace entente {
namespace {

std::string_view Lemma(const Token& t) { return t.lemma.empty() ? std::string_view(t.text) : t.lemma; }

bool IsSubject(const std::string& rel) { return rel == "nsubj" || rel == "nsubj:pass"; }

bool IsVerb(const Token& w) { return w.upos == "VERB" || (w.upos.empty() && w.tag.starts_with("VB")); }

// Word x's own subject (or its clausal subject), or -1.
int32_t OwnSubject(const SentenceGraph& g, uint32_t x, bool* clausal) {
  *clausal = false;
  for (uint32_t c : g.children(x)) {
    const std::string& rel = g.tok(c).deprel;
    if (IsSubject(rel)) return static_cast<int32_t>(c);
    if (rel.starts_with("csubj") || rel == "expl") *clausal = true;
  }
  return -1;
}

// A link through which a verb shares the subject of its head.
bool SharesSubject(const std::string& rel) { return rel == "conj" || rel == "advcl" || rel == "xcomp"; }

}  // namespace

int32_t SharedSubject(const SentenceGraph& g, uint32_t t) {
  if (!IsVerb(g.tok(t))) return -1;
  bool clausal = false;
  if (OwnSubject(g, t, &clausal) >= 0 || clausal) return -1;
  uint32_t x = t;
  for (int level = 0; level < 3; ++level) {
    int32_t h = g.head(x);
    if (h < 0 || !SharesSubject(g.tok(x).deprel) || !IsVerb(g.tok(static_cast<uint32_t>(h)))) return -1;
    x = static_cast<uint32_t>(h);
    int32_t s = OwnSubject(g, x, &clausal);
    if (s >= 0) return s;
    if (clausal) return -1;
  }
  return -1;
}

std::string SubjectPath(const SentenceGraph& g, uint32_t a, uint32_t t, bool shared_subject) {
  if (shared_subject && SharedSubject(g, t) == static_cast<int32_t>(a)) return g.tok(a).deprel + "^";
  return g.Path(a, t);
}

void SharedSubjectFeatures(const SentenceGraph& g, uint32_t t, FeatureSet* f) {
  int32_t s = SharedSubject(g, t);
  if (s < 0) return;
  std::string_view lem = Lemma(g.tok(t));
  std::string path = g.tok(static_cast<uint32_t>(s)).deprel + "^";
  for (uint32_t m : g.MentionsNear(t)) {
    if (g.MentionHead(m) != static_cast<uint32_t>(s)) continue;
    std::string_view known = g.Identified(m) ? "known" : "role";
    f->Add("actor.path", path);
    f->Add("actor.known.path", known, path);
    f->Add("lem.actor.path", lem, path);
    f->Add("ss", g.tok(t).deprel, known);
    return;
  }
  f->Add("ss", g.tok(t).deprel, "noun");
}

}  // namespace entente
