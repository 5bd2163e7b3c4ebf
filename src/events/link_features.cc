#include "events/link_features.h"

#include <string>
#include <string_view>

namespace entente {

namespace {

// The relations by which an event noun or clause hangs on the verb that
// carries it: "made [threats]", "entered into [an agreement]", "vowed [to
// retaliate]", "[talks] were held".
bool IsCarrierRelation(std::string_view rel) {
  std::string_view b = BaseRelation(rel);
  return b == "obj" || b == "obl" || b == "xcomp" || b == "ccomp" || rel == "nsubj:pass";
}

// The CAMEO root (two digits) of the lexicon's first pattern for token i's
// lemma, or "none".
std::string_view Root(const SentenceGraph& g, uint32_t i, const Lexicon& lexicon) {
  const auto* pats = lexicon.Find(std::string(LemmaOrText(g.tok(i))));
  return pats && !pats->empty() ? std::string_view(pats->front().code).substr(0, 2) : std::string_view("none");
}

std::string_view ClassOf(const SentenceGraph& g, uint32_t i, const WordClasses* classes) {
  return classes ? g.Lexfile(i, *classes) : std::string_view("none");
}

std::string_view InListName(const Lexicon& lexicon, const char* list, const Token& t) {
  return lexicon.InList(list, std::string(LemmaOrText(t))) ? "yes" : "no";
}

// The relation with the preposition of an oblique: "obl:into".
std::string RelWithCase(const SentenceGraph& g, uint32_t c) {
  std::string r(BaseRelation(g.tok(c).deprel));
  if (r == "obl" || r == "nmod") r += ":" + std::string(g.CaseOf(c));
  return r;
}

// Down from a verb to the event nouns and clauses it carries, and one level
// further through a noun's clausal or prepositional modifier ("signed [a
// decree] banning", "increased [cooperation] in trade").
void CarriedEvents(const SentenceGraph& g, uint32_t t, std::string_view own, const Lexicon& lexicon,
                   const WordClasses* classes, FeatureSet* f) {
  std::string_view light = InListName(lexicon, "light", g.tok(t));
  std::string_view intent = InListName(lexicon, "intent", g.tok(t));
  for (uint32_t c : g.children(t)) {
    if (!IsCarrierRelation(g.tok(c).deprel)) continue;
    std::string r = RelWithCase(g, c);
    std::string_view code = Root(g, c, lexicon);
    std::string_view cls = ClassOf(g, c, classes);
    f->Add("lk.down", own, r, code);
    f->Add("lk.down.light", light, BaseRelation(r), code);
    f->Add("lk.down.wn", own, BaseRelation(r), cls);
    if (intent == "yes") f->Add("lk.intent.comp", BaseRelation(r), code);
    if (BaseRelation(r) != "obj" && BaseRelation(r) != "nsubj") continue;
    for (uint32_t k : g.children(c)) {
      std::string_view kr = BaseRelation(g.tok(k).deprel);
      if (kr != "acl" && kr != "nmod") continue;
      std::string_view kcode = Root(g, k, lexicon);
      f->Add("lk.down2", own, kr, kcode);
      f->Add("lk.down2.noun", cls, kr, kcode);
    }
  }
}

// Up from an event noun or clause to the verb that carries it.
void CarrierAbove(const SentenceGraph& g, uint32_t t, std::string_view own, const Lexicon& lexicon,
                  const WordClasses* classes, FeatureSet* f) {
  int32_t h = g.head(t);
  const std::string& rel = g.tok(t).deprel;
  if (h < 0) return;
  const uint32_t v = static_cast<uint32_t>(h);
  std::string_view vcode = Root(g, v, lexicon);
  if (IsCarrierRelation(rel)) {
    std::string_view r = BaseRelation(rel);
    f->Add("lk.up", r, vcode, own);
    f->Add("lk.up.light", InListName(lexicon, "light", g.tok(v)), r, own);
    f->Add("lk.up.wn", r, ClassOf(g, v, classes), own);
    f->Add("lk.up.intent", InListName(lexicon, "intent", g.tok(v)), r, own);
    f->Add("lk.up.say", InListName(lexicon, "say", g.tok(v)), r, own);
    return;
  }
  // A clausal modifier of a carried noun: "banning" in "signed a decree banning".
  std::string_view b = BaseRelation(rel);
  int32_t hh = g.head(v);
  if ((b == "acl" || b == "nmod") && hh >= 0 && IsCarrierRelation(g.tok(v).deprel)) {
    f->Add("lk.up2", b, Root(g, static_cast<uint32_t>(hh), lexicon), own);
    f->Add("lk.up2.light", InListName(lexicon, "light", g.tok(static_cast<uint32_t>(hh))), own);
  }
}

// Whether word t sits in quoted speech, or under a verb of saying within
// three steps up the tree.
void SpeechContext(const SentenceGraph& g, uint32_t t, std::string_view own, const Lexicon& lexicon,
                   FeatureSet* f) {
  int quotes_before = 0, quotes = 0;
  for (uint32_t i = g.first(); i < g.end(); ++i) {
    const std::string& tag = g.tok(i).tag;
    if (tag != "``" && tag != "''") continue;
    ++quotes;
    if (i < t) ++quotes_before;
  }
  std::string_view quoted = quotes == 0 ? "none" : quotes_before % 2 == 1 ? "inside" : "outside";
  std::string_view said = "no";
  uint32_t x = t;
  for (int level = 0; level < 3; ++level) {
    int32_t h = g.head(x);
    if (h < 0) break;
    x = static_cast<uint32_t>(h);
    if (lexicon.InList("say", std::string(LemmaOrText(g.tok(x))))) {
      said = "yes";
      break;
    }
  }
  f->Add("lk.quote", own, quoted);
  f->Add("lk.said", own, said);
}

// The WordNet classes of the trigger's object and obliques with its own
// code: "attacked the policy" (noun.cognition) against "the town"
// (noun.location); "in a statement" (noun.communication).
void WhatIsActedOn(const SentenceGraph& g, uint32_t t, std::string_view own, const WordClasses* classes,
                   FeatureSet* f) {
  if (!classes) return;
  for (uint32_t c : g.children(t)) {
    std::string_view b = BaseRelation(g.tok(c).deprel);
    if (b != "obj" && b != "obl") continue;
    f->Add("lk.acted.on", own, RelWithCase(g, c), ClassOf(g, c, classes));
  }
}

}  // namespace

void EventLinkFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* classes,
                       FeatureSet* f) {
  std::string_view own = Root(g, t, lexicon);
  CarriedEvents(g, t, own, lexicon, classes, f);
  CarrierAbove(g, t, own, lexicon, classes, f);
  SpeechContext(g, t, own, lexicon, f);
  WhatIsActedOn(g, t, own, classes, f);
}

}  // namespace entente
