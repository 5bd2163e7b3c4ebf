#include "events/false_alarm_features.h"

#include <string>
#include <string_view>

namespace entente {

namespace {

std::string Lemma(const Token& t) { return t.lemma.empty() ? t.text : t.lemma; }

bool IsCommonNoun(const Token& t) { return t.tag == "NN" || t.tag == "NNS"; }

// Is child c of trigger t its patient: a verb's object, a noun's "of"
// complement or compound?
bool IsPatient(const SentenceGraph& g, uint32_t t, uint32_t c) {
  const std::string& rel = g.tok(c).deprel;
  if (g.tok(t).tag.rfind("VB", 0) == 0) return IsRelation(rel, "obj");
  if (g.tok(t).tag.rfind("NN", 0) != 0) return false;
  return IsRelation(rel, "compound") || (IsRelation(rel, "nmod") && g.CaseOf(c) == "of");
}

// Is token n negated by one of its own children ("not", "never"; "no" on a noun)?
bool NegatedHere(const SentenceGraph& g, uint32_t n, const Lexicon& lexicon) {
  for (uint32_t c : g.children(n)) {
    const Token& k = g.tok(c);
    if ((IsRelation(k.deprel, "advmod") || IsRelation(k.deprel, "det")) && lexicon.InList("negator", Lemma(k))) return true;
  }
  return false;
}

// "own" when t is negated itself, "gov" when the verb it complements is, "".
std::string_view Negation(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  if (NegatedHere(g, t, lexicon)) return "own";
  int32_t h = g.head(t);
  if (h >= 0 && IsRelation(g.tok(t).deprel, "xcomp") && NegatedHere(g, static_cast<uint32_t>(h), lexicon)) return "gov";
  return "";
}

// The country of trigger t's subject, when an actor mention heads it; "".
std::string SubjectCountry(const SentenceGraph& g, uint32_t t) {
  for (uint32_t c : g.children(t)) {
    if (g.tok(c).deprel == "nsubj") return MentionCountryOn(g, c);
  }
  return "";
}

}  // namespace

std::string MentionCountryOn(const SentenceGraph& g, uint32_t n) {
  for (uint32_t m : g.mentions()) {
    uint32_t h = g.MentionHead(m);
    int32_t up = g.head(h);
    if (h == n || up == static_cast<int32_t>(n)) {
      const std::string& country = g.doc().actors[m].country;
      if (!country.empty()) return country;
    }
  }
  return "";
}

int32_t NonPartyPatient(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* wc) {
  if (!wc) return -1;
  for (uint32_t c : g.children(t)) {
    if (!IsPatient(g, t, c) || !IsCommonNoun(g.tok(c))) continue;
    std::string lemma = Lemma(g.tok(c));
    if (lexicon.InList("nonparty_exceptions", lemma)) continue;
    const WordClasses::Classes* k = wc->Find(lemma, WordClasses::Pos::kNoun);
    if (k && k->lexfile[0] != 0xFF &&
        lexicon.InList("nonparty_kinds", std::string(WordClasses::LexfileName(k->lexfile[0])))) {
      return static_cast<int32_t>(c);
    }
  }
  return -1;
}

void FalseAlarmFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* wc,
                        FeatureSet* f) {
  std::string_view root = LexiconRoot(lexicon, Lemma(g.tok(t)));
  if (root.empty()) root = "none";
  if (NonPartyPatient(g, t, lexicon, wc) >= 0) {
    f->Add("ok", "own");
    f->Add("ok.lex", "own", root);
  }
  // "ordered the killing of pigs": the deed in the verb's object noun.
  for (uint32_t c : g.children(t)) {
    if (!IsRelation(g.tok(c).deprel, "obj") || !IsCommonNoun(g.tok(c)) || NonPartyPatient(g, c, lexicon, wc) < 0) continue;
    f->Add("ok", "obj");
    f->Add("ok.lex", "obj", root);
  }
  if (std::string_view neg = Negation(g, t, lexicon); !neg.empty()) {
    f->Add("neg.any", neg);
    f->Add("neg.lex", neg, root);
  }
  for (uint32_t c : g.children(t)) {
    const std::string& rel = g.tok(c).deprel;
    if (!(IsRelation(rel, "obj") || IsRelation(rel, "obl") || IsRelation(rel, "nmod")) || !lexicon.InList("population", Lemma(g.tok(c)))) {
      continue;
    }
    f->Add("pop.lex", root);
    std::string own = MentionCountryOn(g, c);
    if (!own.empty() && own == SubjectCountry(g, t)) f->Add("dom.lex", root);
  }
}

}  // namespace entente
