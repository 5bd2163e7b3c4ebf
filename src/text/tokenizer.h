// tokenizer.h — splits one line of normalised text into Penn-Treebank-style
// tokens, each with its span in the ORIGINAL document text.
//
// Conventions (see token.h for the kinds):
//   possessives and clitics split off: "Iraq's" -> Iraq 's, "don't" -> do n't,
//     "won't" -> wo n't, "can't" -> ca n't, "cannot" -> can not, "I'm" -> I 'm
//   hyphenated words whole: "U.S.-led", "COVID-19", "five-year-old"
//   abbreviations keep their full stop: "U.S." "Gen." "Feb." "p.m." "F."
//   numbers: "12,000" "1.5" "10:30" "1990-95"; "2%" -> 2 %; "$1.5" -> $ 1.5
//   URLs (http://, www., name.com) and e-mail addresses whole
//   ".." or more -> one token; "--" (and "---") -> one token "--";
//   `` and '' -> "
// Tokens longer than kMaxTokenBytes are cut there (at a UTF-8 boundary).
// Work is linear in the line length; any byte sequence is safe.
#pragma once

#include <cstddef>
#include <vector>

#include "entente/token.h"
#include "text/normalize.h"

namespace entente {

inline constexpr size_t kMaxTokenBytes = 256;

// Appends the tokens of normalised bytes [begin, end) of `norm` (one line:
// no '\n' inside) to *out.
void TokenizeLine(const NormalizedText& norm, size_t begin, size_t end,
                  std::vector<Token>* out);

}  // namespace entente
