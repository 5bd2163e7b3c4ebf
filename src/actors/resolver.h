// resolver.h — turns the matcher's phrase hits in one document into actor
// mentions: combines countries/organisations with role nouns ("Iraqi
// police" → IRQCOP, "Germany's army" → DEUMIL, "the foreign minister of
// Iraq" → IRQGOV), titles with names ("Defense Secretary Lloyd Austin"),
// picks a person's dated role by the document's date, marks "former"/"ex-",
// and resolves in-document coreference (repeated surnames, "the president",
// he/she with one clear antecedent). Each rule is documented in
// doc/formats/actors.md ("Resolution").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "entente/analysis.h"

namespace entente::actors {

// Limits per sentence; past them the rest of the sentence is skipped.
inline constexpr uint32_t kMaxTokensPerSentence = 400;
inline constexpr size_t kMaxMentionsPerDocument = 5000;

class Resolver {
 public:
  Resolver(const Dictionary& dict, const Matcher& matcher);

  // Fills doc->actors (cleared first).
  void Run(AnalyzedDocument* doc) const;

  // Picks the role of a dated entry for `day` (kNoDay = unknown date: the
  // most recent dated role, else the default). nullptr = not coded.
  static const Role* PickRole(const Entry& e, Day day);

 private:
  const Dictionary& dict_;
  const Matcher& matcher_;
  // Single-word country/organisation/region names, for "US-led" compounds.
  std::unordered_map<std::string, uint32_t> hyphen_heads_;
};

// Fills country / sectors / org from a CAMEO-style code.
void DescribeCode(const std::string& code, ActorMention* m);

}  // namespace entente::actors
