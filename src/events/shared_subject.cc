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

bool IsQuote(const Token& w) { return w.text == "\"" || w.text == "\u201c" || w.text == "\u201d"; }

// True if token t stands between an odd number of quotation marks before it.
bool InsideQuotation(const SentenceGraph& g, uint32_t t) {
  int marks = 0;
  for (uint32_t i = g.first(); i < t; ++i) marks += IsQuote(g.tok(i)) ? 1 : 0;
  return marks % 2 == 1;
}

bool FirstPerson(const Token& w) {
  std::string_view l = Lemma(w);
  return w.upos == "PRON" && (l == "I" || l == "i" || l == "we" || l == "We");
}

}  // namespace

int32_t QuotedSpeaker(const SentenceGraph& g, uint32_t t) {
  if (!IsVerb(g.tok(t))) return -1;
  bool clausal = false;
  int32_t own = OwnSubject(g, t, &clausal);
  if (own < 0 || !FirstPerson(g.tok(static_cast<uint32_t>(own))) || !InsideQuotation(g, t)) return -1;
  const std::string& rel = g.tok(t).deprel;
  int32_t h = g.head(t);
  if (h >= 0 && (rel == "ccomp" || rel == "parataxis")) {
    int32_t s = OwnSubject(g, static_cast<uint32_t>(h), &clausal);
    if (s >= 0 && !FirstPerson(g.tok(static_cast<uint32_t>(s)))) return s;
  }
  for (uint32_t c : g.children(t)) {
    const std::string& r = g.tok(c).deprel;
    if (c < t || !(r == "conj" || r == "parataxis") || !IsVerb(g.tok(c)) || InsideQuotation(g, c)) continue;
    int32_t s = OwnSubject(g, c, &clausal);
    if (s >= 0 && !FirstPerson(g.tok(static_cast<uint32_t>(s)))) return s;
  }
  return -1;
}

int32_t UnderstoodSubject(const SentenceGraph& g, uint32_t t, bool shared_subject, bool quoted_speaker) {
  int32_t s = shared_subject ? SharedSubject(g, t) : -1;
  return s < 0 && quoted_speaker ? QuotedSpeaker(g, t) : s;
}

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

std::string SubjectPath(const SentenceGraph& g, uint32_t a, uint32_t t, bool shared_subject,
                        bool quoted_speaker) {
  if ((shared_subject || quoted_speaker) &&
      UnderstoodSubject(g, t, shared_subject, quoted_speaker) == static_cast<int32_t>(a)) {
    return g.tok(a).deprel + "^";
  }
  return g.Path(a, t);
}

void SharedSubjectFeatures(const SentenceGraph& g, uint32_t t, bool shared_subject, bool quoted_speaker,
                           FeatureSet* f) {
  int32_t s = shared_subject ? SharedSubject(g, t) : -1;
  std::string_view kind = g.tok(t).deprel;
  if (s < 0 && quoted_speaker) s = QuotedSpeaker(g, t), kind = "quote";
  if (s < 0) return;
  std::string_view lem = Lemma(g.tok(t));
  std::string path = g.tok(static_cast<uint32_t>(s)).deprel + "^";
  for (uint32_t m : g.MentionsNear(t)) {
    if (g.MentionHead(m) != static_cast<uint32_t>(s)) continue;
    std::string_view known = g.Identified(m) ? "known" : "role";
    f->Add("actor.path", path);
    f->Add("actor.known.path", known, path);
    f->Add("lem.actor.path", lem, path);
    f->Add("ss", kind, known);
    return;
  }
  f->Add("ss", kind, "noun");
}

}  // namespace entente
