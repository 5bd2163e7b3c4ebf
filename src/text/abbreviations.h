// abbreviations.h — the word lists the tokenizer and sentence splitter use:
// abbreviations that keep their full stop ("Gen.", "Feb.", "Inc."), how each
// behaves at a possible sentence end, and the capitalised words that usually
// start a sentence (used to decide whether "... the U.S. The ..." ends one).
// The lists are written for English news (AP/Reuters conventions).
#pragma once

#include <string_view>

namespace entente {

enum class AbbrevClass : uint8_t {
  kNone,         // not an abbreviation: a full stop after it is punctuation
  kTitle,        // Mr. Gen. Sen. Dr. St. — never ends a sentence
  kBeforeNumber, // No. Nos. Vol. Art. — an abbreviation only before a number
  kNeverEnds,    // e.g. i.e. vs. cf. — never ends a sentence
  kEndsBeforeCapital,  // a.m. p.m. etc. — ends one before a capitalised word
  kCompany,      // Inc. Corp. Co. Ltd. — ends one before a sentence starter
                 // or a plural noun that often opens one ("Shares", "Officials")
  kOther,        // U.S. Feb. Calif. initials — ends one before a typical
                 // sentence starter ("The", "He", "But" ...)
};

// Class of `word` (without its final '.') when it is followed by a full stop.
// Case-sensitive ("Gen" is a title, "gen" is not). Dotted forms such as
// "U.S" (i.e. "U.S." minus the final stop) and single capital letters
// (initials) are kOther unless listed otherwise.
AbbrevClass AbbreviationClass(std::string_view word);

// Class of a finished token whose text ends in '.' ("Gen.", "U.S.", "F.").
AbbrevClass TokenAbbreviationClass(std::string_view token_text);

// True for capitalised function words that typically begin a sentence
// ("The", "He", "But"), and not a following proper noun ("U.S. Army").
bool IsSentenceStarter(std::string_view word);

// True for capitalised plural nouns that often begin a news sentence
// ("Officials", "Shares", "Police"); they may also follow "U.S." as a
// modifier, so only company abbreviations split before them.
bool IsSentenceStarterNoun(std::string_view word);

// True for a lower-case top-level domain that makes "name.tld" a web address.
bool IsTopLevelDomain(std::string_view s);

}  // namespace entente
