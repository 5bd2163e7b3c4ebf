// paragraphs.h — cuts normalised text into the line ranges that end
// sentences. Every newline ends a paragraph (JSON Lines text has one
// paragraph per line; headlines stand on lines of their own), except
//  - before a line that starts in lower case when the line before does not
//    end in final punctuation (a sentence broken by a stray newline);
//  - in plain-text files that are hard-wrapped (e.g. at 72 columns), after a
//    long line that does not end in final punctuation.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace entente {

struct ParagraphRange {
  size_t begin = 0;  // bytes in the normalised text; may contain '\n' when
  size_t end = 0;    // hard-wrapped lines were joined
};

// Appends the non-blank paragraphs of `text` to *out. `may_be_wrapped`:
// the text is a whole file (not a JSON Lines field), so hard wrapping is
// detected and undone.
void SplitParagraphs(std::string_view text, bool may_be_wrapped,
                     std::vector<ParagraphRange>* out);

}  // namespace entente
