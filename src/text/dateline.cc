#include "text/dateline.h"

#include <string>

namespace entente {

namespace {

constexpr uint32_t kMaxPlaceTokens = 5;
constexpr uint32_t kMaxDetailTokens = 8;
constexpr uint32_t kMaxAgencyTokens = 6;

bool StartsUpper(const Token& t) {
  if (t.kind != TokenKind::kWord || t.text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// All ASCII letters upper case, at least two of them ("WASHINGTON", "ST",
// "PORT-AU-PRINCE", "U.S.").
bool AllCaps(const Token& t) {
  int letters = 0;
  for (char c : t.text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 1;
}

bool IsPunct(const Token& t, const char* s) {
  return t.kind == TokenKind::kPunct && t.text == s;
}

bool IsDash(const Token& t) { return IsPunct(t, "-") || IsPunct(t, "--"); }

}  // namespace

uint32_t MatchDateline(const std::vector<Token>& tokens, uint32_t first, uint32_t last) {
  if (last > tokens.size()) last = static_cast<uint32_t>(tokens.size());
  uint32_t i = first;
  // Place: capitalised words, '.' allowed after a word ("ST. LOUIS"), '/'
  // between places ("BEIJING/HONG KONG").
  bool caps = true;
  int caps_letters = 0;
  while (i < last && i - first < kMaxPlaceTokens) {
    const Token& t = tokens[i];
    if (StartsUpper(t)) {
      caps = caps && AllCaps(t);
      caps_letters += static_cast<int>(t.text.size());
      ++i;
    } else if (IsPunct(t, ".") && i > first && !t.space_before) {
      ++i;
    } else if (IsPunct(t, "/") && i > first && i + 1 < last && StartsUpper(tokens[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  // A scraped story may keep only the agency: "(Reuters) - ...".
  const bool place = i > first;
  if (i >= last || (!place && !IsPunct(tokens[i], "("))) return 0;
  // Details after a comma: region, date ("Mali", "Feb. 16", "March 3, 2021").
  bool details = false;
  if (place && IsPunct(tokens[i], ",")) {
    uint32_t j = i + 1;
    while (j < last && j - i <= kMaxDetailTokens) {
      const Token& t = tokens[j];
      if (StartsUpper(t) || t.kind == TokenKind::kNumber || IsPunct(t, ",") ||
          (IsPunct(t, ".") && !t.space_before)) {
        ++j;
      } else {
        break;
      }
    }
    if (j == i + 1 || j >= last) return 0;
    details = true;
    i = j;
  }
  // Agency in brackets: (Reuters), (AFP), (Entente Wire).
  bool agency = false;
  if (IsPunct(tokens[i], "(")) {
    uint32_t j = i + 1;
    while (j < last && j - i <= kMaxAgencyTokens &&
           (StartsUpper(tokens[j]) || IsPunct(tokens[j], "-") ||
            (tokens[j].kind == TokenKind::kSymbol && tokens[j].text == "&") ||
            IsPunct(tokens[j], "/"))) {
      ++j;
    }
    if (j == i + 1 || j >= last || !IsPunct(tokens[j], ")")) return 0;
    // Alone, the agency must look like one ("(AP)", not a list's "(A)").
    if (!place && j == i + 2 && tokens[i + 1].text.size() < 2) return 0;
    agency = true;
    i = j + 1;
  }
  if (i >= last || !IsDash(tokens[i])) return 0;
  // Without an agency the place must be in capitals ("LONDON -").
  if (!agency && !caps) return 0;
  if (!agency && !details) {
    // "LONDON - Talks ...": a bare place needs at least three letters and
    // the story must go on after the dash (table rows end in "--").
    if (caps_letters < 3 || i + 1 >= last) return 0;
    const Token& next = tokens[i + 1];
    if (!StartsUpper(next) && !IsPunct(next, "\"")) return 0;
  }
  return i + 1 - first;
}

}  // namespace entente
