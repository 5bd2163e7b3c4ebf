// resolve_util.cc — word lists for the resolver (see resolve_util.h). They
// are closed grammatical classes, not dictionary facts, so they live in code.
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

constexpr std::array<std::string_view, 42> kFillers = {
    "senior", "top", "former", "new", "interim", "local", "provincial", "federal", "regional",
    "national", "state", "acting", "ousted", "outgoing", "incoming", "then", "leading", "visiting",
    "current", "exiled", "deposed", "elected", "newly", "several", "many", "some", "two", "three",
    "hardline", "moderate", "radical", "armed", "rival", "loyalist", "retired", "veteran", "powerful",
    "influential", "prominent", "unnamed", "other", "young"};

constexpr std::array<std::string_view, 5> kForeign = {"foreign", "overseas", "international", "outside",
                                                       "external"};

constexpr std::array<std::string_view, 40> kNameStops = {
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "said",
    "says", "told", "he", "she", "it", "they", "we", "i", "this"};

constexpr std::array<std::string_view, 16> kParticles = {
    "de", "da", "di", "du", "del", "della", "dos", "van", "von", "der", "bin", "ibn", "al", "el", "la", "le"};

constexpr std::array<std::string_view, 37> kSectors = {
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF", "OPP", "PTY", "PKO",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF",
    "REL", "SET", "MOD", "RAD", "JRN", "PRM", "SOC", "PRE", "UNK", "IRC", "AMN"};

constexpr std::array<std::string_view, 8> kNonState = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "---"};

constexpr std::array<std::string_view, 15> kLocatives = {
    "in", "at", "near", "outside", "inside", "across", "around", "through", "throughout", "within", "into",
    "towards", "toward", "via", "along"};

constexpr std::array<std::string_view, 21> kDirections = {
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
    "southeast", "southwest", "downtown", "rural", "upper", "lower"};

}  // namespace

bool IsLocativePreposition(std::string_view w, bool city) {
  return In(kLocatives, w) || (city && (w == "to" || w == "from"));
}
bool IsDirectionWord(std::string_view w) { return In(kDirections, w); }

bool IsFiller(std::string_view w) { return In(kFillers, w); }
bool IsNameStop(std::string_view w) { return In(kNameStops, w); }
bool IsForeignWord(std::string_view w) { return In(kForeign, w); }
bool IsNameParticle(std::string_view w) { return In(kParticles, w); }
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
