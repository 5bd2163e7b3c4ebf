#include "tag/word_shape.h"

namespace entente {

void LookupForm(std::string_view word, std::string* out) {
  out->clear();
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(word[i + 2]);
      const char* rep = nullptr;
      switch (d) {
        case 0x98: rep = "`"; break;    // ‘
        case 0x99: rep = "'"; break;    // ’
        case 0x9C: rep = "``"; break;   // “
        case 0x9D: rep = "''"; break;   // ”
        case 0x93: rep = "--"; break;   // –
        case 0x94: rep = "--"; break;   // —
        case 0xA6: rep = "..."; break;  // …
        default: break;
      }
      if (rep) {
        out->append(rep);
        i += 3;
        continue;
      }
    }
    out->push_back(static_cast<char>(c));
    ++i;
  }
}

bool QuoteOpens(std::span<const std::string_view> words, size_t i, bool parity_open) {
  size_t n = words.size();
  if (i == 0) return true;
  if (i + 1 >= n) return false;
  std::string_view prev = words[i - 1], next = words[i + 1];
  auto is = [](std::string_view w, std::initializer_list<std::string_view> set) {
    for (std::string_view s : set) {
      if (w == s) return true;
    }
    return false;
  };
  if (is(next, {",", ".", "!", "?", ";", ":", ")"})) return false;
  if (is(prev, {".", "!", "?"})) return false;
  if (is(prev, {",", ":", ";", "--", "-"})) {
    // ", \" Professor Eastman said": a quotation closing before its
    // attribution.
    for (size_t k = i + 1; k < n && k <= i + 4; ++k) {
      if (is(words[k], {"said", "says", "told", "added", "asked", "wrote", "explained", "stated"})) return false;
    }
    return IsCapitalized(next) || next == "\"";
  }
  if (is(prev, {"(", "["})) return true;
  return parity_open;
}

bool HasAlnum(std::string_view w) {
  for (char c : w) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

bool IsNumberLike(std::string_view w) {
  if (w.empty()) return false;
  size_t i = 0;
  if (w[0] == '-' || w[0] == '+' || w[0] == '$') i = 1;
  if (w.size() > 1 && w.back() == 's' && w[w.size() - 2] >= '0' && w[w.size() - 2] <= '9') {
    w.remove_suffix(1);
  }
  bool digit = false;
  for (; i < w.size(); ++i) {
    char c = w[i];
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ',' && c != '.' && c != ':' && c != '/' && c != '-') {
      return false;
    }
  }
  return digit;
}

bool ClosedClassTag(std::string_view f, bool open_quote, Tag* tag) {
  if (f.empty()) return false;
  if (f == "(" || f == "[" || f == "{") { *tag = Tag::kLRB; return true; }
  if (f == ")" || f == "]" || f == "}") { *tag = Tag::kRRB; return true; }
  if (f == "``" || f == "`") { *tag = Tag::kOpenQuote; return true; }
  if (f == "''") { *tag = Tag::kCloseQuote; return true; }
  if (f == "\"") { *tag = open_quote ? Tag::kOpenQuote : Tag::kCloseQuote; return true; }
  if (f == "," ) { *tag = Tag::kComma; return true; }
  if (f == "." || f == "!" || f == "?" || f == "?!" || f == "!!" || f == "??") { *tag = Tag::kPeriod; return true; }
  if (f == ";" || f == ":" || f == "--" || f == "...") { *tag = Tag::kColon; return true; }
  if (f == "#") { *tag = Tag::kHash; return true; }
  if (f == "$" || f == "US$" || f == "€" || f == "£" || f == "¥" || f == "C$" || f == "A$") {
    *tag = Tag::kDollar;
    return true;
  }
  if (f == "%" || f == "&" || f == "@" || f == "*" || f == "/" || f == "+" || f == "=" ||
      f == "<" || f == ">" || f == "|" || f == "~" || f == "^") {
    if (f == "%") *tag = Tag::kNN;
    else if (f == "&") *tag = Tag::kCC;
    else *tag = Tag::kSYM;
    return true;
  }
  return false;
}

}  // namespace entente
