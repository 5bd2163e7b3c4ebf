// lexicon.h — the closed word lists the clause parser needs: verbs of saying,
// control and modality verbs, subordinators, nominalised event nouns. These
// are grammar, not event dictionaries; they are compiled in and shared
// read-only by every thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace entente::parse {

// Properties of a lemma (or a lower-case function word). Bit flags.
enum WordFlag : uint32_t {
  kSay = 1u << 0,           // verb of saying: its complement is reported speech
  kBridge = 1u << 1,        // takes a finite complement without "that" (say, think, …)
  kModalMatrix = 1u << 2,   // "plans to X": X gets modality = this lemma
  kAspectual = 1u << 3,     // "began to X": X is asserted
  kNegMatrix = 1u << 4,     // "refused to X": X is negated
  kObjControl = 1u << 5,    // "urged Iran to X": Iran is X's subject
  kEventNoun = 1u << 6,     // "withdrawal", "talks": a nominalised event
  kSubordinator = 1u << 7,  // if, when, after, because … (adverbial clause)
  kComplementizer = 1u << 8,// that, whether
  kRelPronoun = 1u << 9,    // who, which, whom, whose, where
  kNegation = 1u << 10,     // not, n't, never
  kAuxiliary = 1u << 11,    // be, have, do, get (before a participle)
  kParticle = 1u << 12,     // out, up, down, off, back, away (after a verb)
  kModalAdj = 1u << 13,     // "is likely to X": likely, ready, able, due, set …
  kQuantifier = 1u << 14,   // about, around, nearly … before a number
  kNegAdj = 1u << 15,       // unable, unwilling: "is unable to X" negates X
  kFuture = 1u << 16,       // will, shall, 'll
  kTellLike = 1u << 17,     // tell, inform, assure, warn: object before "that"
  kTime = 1u << 18,         // week, Tuesday, yesterday: a bare time noun phrase
  kPersonNoun = 1u << 19,   // official, spokesman: "officials in Kabul" keeps its PP
  kDitransitive = 1u << 20, // give, send: "gave Ukraine new loans" has two objects
  kTimeModifier = 1u << 21, // next, last, this, every: "next week"
  kBareInfGovernor = 1u << 22, // help, let, make: "helped rebuild" takes a bare verb
  kOfficialNoun = 1u << 23, // official, diplomat: "met officials from France" (origin)
  kAccuseLike = 1u << 24,   // "accused X of V-ing": X is the subject of V
  kMultiwordStart = 1u << 25, // may start a multi-word preposition ("according to")
  kPreventLike = 1u << 26,  // "prevented X from V-ing": X does not V
};

// Flags of a lower-case word or lemma; 0 if unknown. Thread-safe.
uint32_t WordFlags(std::string_view lower);

}  // namespace entente::parse
