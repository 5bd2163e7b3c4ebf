// test_sentence.h — for the events stage's unit tests only: a one-sentence
// document built from hand-written tokens (form, Penn tag, UPOS, head,
// relation), so a test states the tree it means instead of parsing.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>

#include <gtest/gtest.h>

#include "entente/analysis.h"
#include "events/lexicon.h"

namespace entente::testing_support {

struct Tok {
  const char* text;
  const char* tag;
  const char* upos;
  int32_t head;
  const char* rel;
};

// Each token's lemma is its form; PUNCT tokens are punctuation. With
// `france_first`, the first token is the actor mention FRA.
inline AnalyzedDocument OneSentence(std::initializer_list<Tok> toks, bool france_first) {
  AnalyzedDocument d;
  for (const Tok& k : toks) {
    Token t;
    t.text = t.lemma = k.text;
    t.tag = k.tag;
    t.upos = k.upos;
    t.head = k.head;
    t.deprel = k.rel;
    t.kind = k.upos == std::string("PUNCT") ? TokenKind::kPunct : TokenKind::kWord;
    d.tokens.push_back(t);
  }
  Sentence s;
  s.token_count = static_cast<uint32_t>(d.tokens.size());
  d.sentences.push_back(s);
  if (france_first) {
    ActorMention m;
    m.begin = 0;
    m.end = 1;
    m.text = "France";
    m.code = m.country = "FRA";
    d.actors.push_back(m);
  }
  return d;
}

// A one-sentence document whose first token is the actor mention FRA.
inline AnalyzedDocument FranceFirst(std::initializer_list<Tok> toks) { return OneSentence(toks, true); }

// A lexicon read from the test's own text (a test failure if it does not read).
inline Lexicon LexiconOf(const char* text) {
  Lexicon lexicon;
  EXPECT_TRUE(lexicon.AddFile(text, "test.lex", nullptr).ok());
  return lexicon;
}

}  // namespace entente::testing_support
