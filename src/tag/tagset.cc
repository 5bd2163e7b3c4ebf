#include "tag/tagset.h"

#include <array>

namespace entente {

namespace {

constexpr std::array<std::string_view, kNumTags> kNames = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
    "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
    "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", "#",
    "``", "''", "-LRB-", "-RRB-", ",", ".", ":", "HYPH", "NFP",
    "ADD", "GW", "XX", "AFX",
};

}  // namespace

std::string_view TagName(Tag t) { return kNames[static_cast<int>(t)]; }

bool ParseTagName(std::string_view name, Tag* t) {
  for (int i = 0; i < kNumTags; ++i) {
    if (kNames[i] == name) {
      *t = static_cast<Tag>(i);
      return true;
    }
  }
  return false;
}

bool ParseLinguaTagName(std::string_view name, Tag* t) {
  // Lingua renames the tags whose PTB names are punctuation or contain '$'.
  struct Alias { std::string_view lingua; Tag tag; };
  static constexpr Alias kAliases[] = {
      {"det", Tag::kDT},        {"ppc", Tag::kComma},      {"pp", Tag::kPeriod},
      {"pps", Tag::kColon},     {"ppl", Tag::kOpenQuote},  {"ppr", Tag::kCloseQuote},
      {"ppd", Tag::kDollar},    {"lrb", Tag::kLRB},        {"rrb", Tag::kRRB},
      {"prps", Tag::kPRPS},     {"wps", Tag::kWPS},
  };
  for (const Alias& a : kAliases) {
    if (a.lingua == name) {
      *t = a.tag;
      return true;
    }
  }
  if (name.size() > 5) return false;
  char upper[6];
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    upper[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return ParseTagName(std::string_view(upper, name.size()), t);
}

}  // namespace entente
