// resolve_util.cc — CAMEO code splitting and name-shape tests for the
// resolver (see resolve_util.h). The English word classes are data
// (Dictionary::IsWord, data/actors/resolver_words.txt).
#include "actors/resolve_util.h"

#include <array>

#include "actors/resolver.h"

namespace entente::actors {

namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 37> kSectors = {
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF", "OPP", "PTY", "PKO",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF",
    "REL", "SET", "MOD", "RAD", "JRN", "PRM", "SOC", "PRE", "UNK", "IRC", "AMN"};

constexpr std::array<std::string_view, 8> kNonState = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "---"};

}  // namespace

bool IsSectorCode(std::string_view b) { return In(kSectors, b); }
bool IsNonStateRoot(std::string_view b) { return In(kNonState, b); }

bool LooksLikeName(const Token& t) {
  if (t.kind != TokenKind::kWord || t.text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  if (!((c >= 'A' && c <= 'Z') || c >= 0xC0)) return false;
  if (!t.tag.empty() && t.tag.rfind("NNP", 0) != 0) return false;
  return true;
}

void DescribeCode(const std::string& code, ActorMention* m) {
  if (!m) return;
  m->country.clear();
  m->sectors.clear();
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string_view b(code.data() + i, 3);
    if (i == 0) {
      if (!IsNonStateRoot(b)) m->country = std::string(b);
      continue;
    }
    if (IsSectorCode(b)) m->sectors.emplace_back(b);
  }
}

}  // namespace entente::actors
