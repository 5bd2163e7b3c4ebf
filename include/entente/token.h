// token.h — the output of the text stage (sentences and tokens) and of the
// tag stage (part of speech and lemma), filled in place.
#pragma once

#include <cstdint>
#include <string>

#include "entente/document.h"

namespace entente {

enum class TokenKind : uint8_t {
  kWord,     // letters, possibly with inner hyphens/apostrophes/periods (U.S.)
  kNumber,   // 12,000  2%  1.5  1987
  kPunct,    // . , ; : ! ? " ' ( ) - …
  kSymbol,   // $ € % & # @ and other symbols
  kUrl,      // http://…, www.…, e-mail addresses
};

struct Token {
  Span span;            // bytes of the token in Document::text (original)
  std::string text;     // normalised surface form (straight quotes, ASCII dashes,
                        // entities decoded); what later stages read
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace precedes it in the original
  // Filled by the tag stage.
  std::string tag;      // Penn Treebank tag (NN, VBD, …)
  std::string upos;     // Universal Dependencies tag (NOUN, VERB, …)
  std::string lemma;    // lower-case lemma ("withdrew" -> "withdraw")
  // Filled by the parse stage: the dependency tree (Universal Dependencies).
  int32_t head = -1;    // absolute index of the head token; -1 for the sentence's root
  std::string deprel;   // relation to the head ("nsubj", "obl:agent", "root", …)
};

// A sentence: a contiguous run of tokens. Token indices are into
// AnalyzedDocument::tokens.
struct Sentence {
  Span span;                 // bytes in Document::text
  uint32_t first_token = 0;  // index into AnalyzedDocument::tokens
  uint32_t token_count = 0;
  bool boilerplate = false;  // page furniture ("Share this article"), not article text
  bool headline = false;     // the title, or a line with no final punctuation
};

}  // namespace entente
