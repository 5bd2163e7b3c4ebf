#include "events/scope_features.h"

#include <string>
#include <vector>

#include "events/false_alarm_features.h"

namespace entente {

namespace {

std::string Lemma(const Token& t) { return t.lemma.empty() ? t.text : t.lemma; }

// "same" when every country on t's object, oblique or nominal modifiers is
// its subject's, "other" when one is not, "" when either side has none.
std::string_view TriggerDyad(const SentenceGraph& g, uint32_t t) {
  std::string subject;
  std::vector<std::string> others;
  for (uint32_t c : g.children(t)) {
    const std::string& rel = g.tok(c).deprel;
    if (rel == "nsubj") {
      subject = MentionCountryOn(g, c);
    } else if (IsRelation(rel, "obj") || IsRelation(rel, "iobj") || IsRelation(rel, "obl") || IsRelation(rel, "nmod")) {
      std::string country = MentionCountryOn(g, c);
      if (!country.empty()) others.push_back(std::move(country));
    }
  }
  if (subject.empty() || others.empty()) return "";
  for (const std::string& o : others) {
    if (o != subject) return "other";
  }
  return "same";
}

}  // namespace

std::string_view SentenceScope(const SentenceGraph& g) {
  std::string first;
  for (uint32_t m : g.mentions()) {
    const std::string& country = g.doc().actors[m].country;
    if (country.empty() || !g.Identified(m)) continue;
    if (first.empty()) first = country;
    else if (country != first) return "many";
  }
  return first.empty() ? "none" : "one";
}

void ScopeFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, FeatureSet* f) {
  std::string lem = Lemma(g.tok(t));
  std::string_view root = LexiconRoot(lexicon, lem);
  if (root.empty()) root = "none";
  std::string_view scope = SentenceScope(g);
  f->Add("sc", scope);
  f->Add("sc.lex", scope, root);
  if (std::string_view dyad = TriggerDyad(g, t); !dyad.empty()) f->Add("sc.so", dyad, root);
}

}  // namespace entente
