// word_shape.h — what the tagger needs to know about a token's spelling
// before any lookup: the canonical lookup form (curly quotes and Unicode
// dashes folded to the Penn Treebank's ASCII spellings) and letter tests.
#pragma once

#include <string>
#include <string_view>


namespace entente {

// Writes the Penn Treebank spelling of `word` into *out: ’ -> ', “ -> ``,
// ” -> '', — and – -> --, … -> ... . Other text is copied unchanged.
void LookupForm(std::string_view word, std::string* out);

// ASCII lower case of `c` (other bytes unchanged).
inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lower-cases the ASCII letters of *s in place.
inline void LowerAsciiInPlace(std::string* s) {
  for (char& c : *s) c = LowerAscii(c);
}

// True if the first byte is an ASCII upper-case letter.
inline bool IsCapitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// True if the word has an ASCII letter or digit.
bool HasAlnum(std::string_view w);

}  // namespace entente
