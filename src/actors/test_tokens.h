// test_tokens.h — a tiny tokenizer for the actors unit tests, so they do not
// depend on the text stage: splits on spaces, splits off leading/trailing
// punctuation and "'s", one sentence per line. Not used by the pipeline
// (the golden tests, the benchmark and the gold test use the real stages).
#pragma once

#include <string>

#include "entente/analysis.h"

namespace entente::actors {

inline void SimpleTokenize(AnalyzedDocument* doc) {
  const std::string& s = doc->doc.text;
  doc->tokens.clear();
  doc->sentences.clear();
  auto is_punct = [](char c) { return std::string_view(",.;:!?\"()[]").find(c) != std::string_view::npos; };
  size_t i = 0;
  Sentence sent;
  auto close_sentence = [&] {
    sent.token_count = static_cast<uint32_t>(doc->tokens.size()) - sent.first_token;
    if (sent.token_count) doc->sentences.push_back(sent);
    sent = Sentence();
    sent.first_token = static_cast<uint32_t>(doc->tokens.size());
  };
  auto push = [&](size_t b, size_t e, TokenKind kind) {
    Token t;
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.text = s.substr(b, e - b);
    t.kind = kind;
    doc->tokens.push_back(std::move(t));
  };
  while (i < s.size()) {
    if (s[i] == '\n') { close_sentence(); ++i; continue; }
    if (s[i] == ' ') { ++i; continue; }
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\n') ++j;
    size_t b = i, e = j;
    while (b < e && is_punct(s[b])) { push(b, b + 1, TokenKind::kPunct); ++b; }
    size_t tail = e;
    while (tail > b && is_punct(s[tail - 1])) {
      // Keep the period of an abbreviation such as "U.S." or "Gen.".
      if (s[tail - 1] == '.' && tail - b >= 2 && (s.substr(b, tail - b).find('.') < tail - b - 1 ||
                                                  (tail - b <= 4 && std::isupper(static_cast<unsigned char>(s[b]))))) break;
      --tail;
    }
    if (tail > b) {
      size_t word_end = tail;
      if (tail - b > 2 && s.compare(tail - 2, 2, "'s") == 0) word_end = tail - 2;
      bool digit = std::isdigit(static_cast<unsigned char>(s[b]));
      push(b, word_end, digit ? TokenKind::kNumber : TokenKind::kWord);
      if (word_end < tail) push(word_end, tail, TokenKind::kWord);
    }
    for (size_t k = tail; k < e; ++k) push(k, k + 1, TokenKind::kPunct);
    i = j;
  }
  close_sentence();
}

}  // namespace entente::actors
