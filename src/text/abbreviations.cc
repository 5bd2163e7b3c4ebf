#include "text/abbreviations.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace entente {

namespace {

using Map = std::unordered_map<std::string_view, AbbrevClass>;

const Map& Abbreviations() {
  static const Map map = [] {
    Map table;
    Map* m = &table;
    for (std::string_view w :
         {"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Sen", "Sens",
          "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
          "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb",
          "Atty", "Sec", "Secs", "Fr", "Msgr", "Sr", "Sra", "Mme", "Mlle", "St", "Ste", "Mt",
          "Ft"}) {
      (*m)[w] = AbbrevClass::kTitle;
    }
    for (std::string_view w : {"No", "Nos", "Vol", "Vols", "Art", "Arts", "Fig", "Figs",
                               "Ch", "Sec", "pp", "Para", "Nr", "no", "nos", "vol", "art"}) {
      if (!m->count(w)) (*m)[w] = AbbrevClass::kBeforeNumber;
    }
    for (std::string_view w : {"e.g", "i.e", "vs", "v", "cf", "viz", "ca", "approx",
                               "incl", "esp", "al", "E.g", "I.e", "Vs"}) {
      (*m)[w] = AbbrevClass::kNeverEnds;
    }
    for (std::string_view w : {"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Cie"}) {
      (*m)[w] = AbbrevClass::kCompany;
    }
    for (std::string_view w : {"a.m", "p.m", "A.M", "P.M", "etc"}) {
      (*m)[w] = AbbrevClass::kEndsBeforeCapital;
    }
    for (std::string_view w :
         {// months (May, June, July are never abbreviated in AP style)
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
          // organisations
          "Assn", "Dept", "Univ", "Inst", "Govt", "Intl", "Natl", "Mfg",
          // places
          "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl", "Bldg",
          // U.S. states, AP style
          "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
          "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
          "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
          // other
          "Jr", "Esq", "Ph.D"}) {
      if (!m->count(w)) (*m)[w] = AbbrevClass::kOther;
    }
    return table;
  }();
  return map;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlphaAscii(char c) { return (c >= 'a' && c <= 'z') || IsUpperAscii(c); }

}  // namespace

AbbrevClass AbbreviationClass(std::string_view word) {
  if (word.empty()) return AbbrevClass::kNone;
  if (word.size() == 1 && IsUpperAscii(word[0])) return AbbrevClass::kOther;  // initial
  const Map& m = Abbreviations();
  auto it = m.find(word);
  if (it != m.end()) return it->second;
  // Dotted forms: U.S, U.N, U.K, Ph.D, a.k.a — short letter groups joined by
  // full stops.
  if (word.find('.') != std::string_view::npos) {
    size_t run = 0;
    for (char c : word) {
      if (c == '.') {
        if (run == 0 || run > 3) return AbbrevClass::kNone;
        run = 0;
      } else if (IsAlphaAscii(c)) {
        ++run;
      } else {
        return AbbrevClass::kNone;
      }
    }
    if (run == 0 || run > 3) return AbbrevClass::kNone;
    return AbbrevClass::kOther;
  }
  return AbbrevClass::kNone;
}

AbbrevClass TokenAbbreviationClass(std::string_view t) {
  if (t.size() < 2 || t.back() != '.') return AbbrevClass::kNone;
  // "U.S.-led" and the like do not end in '.', so only bare abbreviations
  // get here.
  return AbbreviationClass(t.substr(0, t.size() - 1));
}

bool IsSentenceStarter(std::string_view w) {
  static const std::unordered_set<std::string_view> set{
          "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
          "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your",
          "In", "On", "At", "For", "From", "By", "With", "Without", "To", "Of", "But", "And",
          "Or", "So", "Yet", "If", "When", "While", "After", "Before", "Although", "Though",
          "As", "Since", "Because", "Meanwhile", "However", "Still", "Also", "Some", "Many",
          "Most", "Several", "Both", "All", "Each", "No", "Not", "None", "One", "Two", "Three",
          "Earlier", "Later", "Last", "Next", "Then", "Now", "Today", "Yesterday", "Tomorrow",
          "What", "Who", "Why", "How", "Where", "Which", "Whether", "Despite", "During",
          "Under", "Over", "Among", "Instead", "Such", "Other", "Another", "Any", "Every",
          "Neither", "Either", "Nor", "Only", "Even", "Just", "Thus", "Hence", "Nevertheless",
          "Nonetheless", "Further", "Furthermore", "Moreover", "Indeed", "Overall",
          "Separately", "Elsewhere", "According", "Asked", "Speaking", "Following", "Until",
          "Once", "Unlike", "Like", "More", "Few", "Everyone", "Nobody", "Nothing",
          "Someone", "Something"};
  return set.count(w) > 0;
}

bool IsSentenceStarterNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> set{
      "Officials", "Police", "Authorities", "Witnesses", "Analysts", "Critics", "Shares",
      "Sources", "Troops", "Forces", "Investors", "Traders", "Prices", "Sales", "Profits",
      "Earnings", "Revenue", "Net", "Shareholders", "Executives", "Employees", "Workers"};
  return set.count(w) > 0;
}

bool IsTopLevelDomain(std::string_view s) {
  static const std::unordered_set<std::string_view> set{
          "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "uk",
          "us", "ca", "de", "fr", "ru", "cn", "jp", "au", "in", "eu", "tv", "news", "int",
          "ch", "nl", "it", "es", "be", "se", "no", "pl", "ua", "il", "ir", "af", "pk", "za",
          "ng", "ke", "br", "mx", "ar", "kr", "tw", "hk", "sg", "nz", "ie", "at", "gr", "tr"};
  return set.count(s) > 0;
}

}  // namespace entente
