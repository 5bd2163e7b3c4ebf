// sentence_splitter.h — groups the tokens of one line (paragraph) into
// sentences. A line always ends a sentence. Inside a line a sentence ends
// after . ! ? or an ellipsis (plus any closing quotes and brackets that
// follow without a space) when the next token does not continue it:
//   "... action," said an official.     one sentence (no full stop)
//   ... action." The minister said      splits after the closing quote
//   "Why?" he asked.                    one sentence (lower case follows)
//   Gen. / Mr. / Sen. + anything        never splits (titles)
//   U.S. / Feb. / Calif. / initials     split only before a typical
//                                       sentence starter ("The", "He", ...)
//   Inc. / Corp. / Co.                  ... or before "Shares", "Officials" ...
//   a.m. / p.m. / etc.                  split before a capitalised word
//   e.g. / i.e. / vs.                   never split
//   U.S." Trump / Inc. "Any             an abbreviation before a closing or
//                                       opening quote splits before a capital
//   posted on X. Militants said         an initial not after a first name
//                                       splits before Capital + lower case
//   <RTRS.L>                            a stop glued to the next word does not
//   1. Troops ... / A. The ...          a list number or letter opening a
//                                       line does not
// Decimals ("1.5") are single tokens, so they never split. Full stops of
// other scripts (danda, ideographic, Arabic) count as full stops.
// A sentence longer than max_tokens is cut there (bounded work).
#pragma once

#include <cstdint>
#include <vector>

#include "entente/token.h"

namespace entente {

inline constexpr uint32_t kMaxSentenceTokens = 500;

// Appends the sentences of tokens [first, last) to *out. When the whole line
// is one sentence with no final punctuation (nor a closing ':' ';' ',') and
// at most kMaxHeadlineTokens tokens, it gets `headline`.
void SplitLine(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
               std::vector<Sentence>* out, uint32_t max_tokens = kMaxSentenceTokens);

inline constexpr uint32_t kMaxHeadlineTokens = 60;

// True when the sentence [first, last) ends with . ! ? ... or an
// abbreviation's full stop, possibly followed by closing quotes/brackets.
bool EndsWithFinalPunctuation(const std::vector<Token>& tokens, uint32_t first, uint32_t last);

}  // namespace entente
