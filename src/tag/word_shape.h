// word_shape.h — what the taggers need to know about a token's spelling
// before any lookup: the canonical lookup form (curly quotes and Unicode
// dashes folded to the Penn Treebank's ASCII spellings) and tags that
// follow from the characters alone (brackets, quotes, numbers).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "tag/tagset.h"

namespace entente {

// Writes the Penn Treebank spelling of `word` into *out: ’ -> ', “ -> ``,
// ” -> '', — and – -> --, … -> ... . Other text is copied unchanged.
void LookupForm(std::string_view word, std::string* out);

// True if `word` looks like a number: digits with , . : / - and an optional
// leading sign or trailing "s" ("1990s"), or a spelled fraction like "1/2".
bool IsNumberLike(std::string_view word);

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

// Whether the straight double quote at words[i] opens a quotation, from its
// neighbours ("said , \" We" opens; ", \" he said" and ". \"" close), else
// from `parity_open` (no quote open yet in this sentence).
bool QuoteOpens(std::span<const std::string_view> words, size_t i, bool parity_open);

// Tags decided by the form alone, or false. `open_quote` says whether a
// straight double quote here opens a quotation (the caller tracks parity).
bool ClosedClassTag(std::string_view form, bool open_quote, Tag* tag);

}  // namespace entente
