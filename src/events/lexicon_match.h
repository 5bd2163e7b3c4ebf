// lexicon_match.h — the lexicon's pattern that a clause meets, and the
// lexicon-match feature group of the learned coder (`entente train
// --features …,lexicon-match`).
//
// The default features read the lexicon as a bag: the CAMEO roots of a
// lemma's first patterns whatever its clause holds ("lex", "lex.top"), so
// "signed a decree" reads as "signed an agreement" (057) and "attacked the
// senator for his remarks" as an armed attack. A pattern's constraints are
// the lexicon's own sense restrictions: "sign obj=@agreement", "attack obj
// for|over" (111), "declare obj=@ceasefire". The group adds, for a trigger
// candidate:
//   lm      the root of the most specific pattern whose constraints the
//           clause meets, with the part of speech, and whether that pattern
//           constrains a role's words ("word"), only a role's presence
//           ("role") or nothing ("bare");
//   lm.lem  the same root with the trigger's lemma;
//   lm.none the lemma has patterns but the clause meets none of them (the
//           word in a sense the lexicon does not list), with the root of the
//           lemma's most specific pattern.
// Pooled over lemmas, so that the few examples of each verb sense teach one
// weight per CAMEO root.
#pragma once

#include <cstdint>

#include "events/coder_features.h"
#include "events/lexicon.h"

namespace entente {

// The most specific pattern of word t's lemma whose part of speech, voice,
// particle and constraints the clause around t meets, or nullptr (a lemma
// the lexicon does not know, or a clause that meets none of its patterns).
const Pattern* MatchedPattern(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon);

// True if pattern p asks for a role (a word set, a present role or a
// particle), not only for the lemma.
bool ConstrainsARole(const Pattern& p);

// Adds the group's features of trigger candidate t (see above).
void LexiconMatchFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, FeatureSet* out);

}  // namespace entente
