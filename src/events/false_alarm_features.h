// false_alarm_features.h — the false-alarm feature group of the learned coder
// (`entente train --features …,false-alarm`) and the patient check of the
// ordered-act rule: what tells a political-sounding word from a political
// event when the word itself does not.
//
//   the patient's kind: the trigger's object (a verb's), or a noun trigger's
//     "of" complement or compound ("the cull of pigs", "the pig cull"), when
//     WordNet's first sense puts it in a class of the lexicon's
//     %nonparty_kinds list (animals, plants, food) and it is no word of
//     %nonparty_exceptions ("drone", "female"): a killing of animals is no
//     assault on a party. Pooled over the classes and the words, so that
//     the few such cases of the corpus teach one weight ("ok=own"), also
//     with the lexicon's CAMEO root of the trigger ("ok.lex"); and for a verb
//     whose object noun is such a deed ("ordered the killing of pigs":
//     "ok=obj");
//   negation: the trigger negated by its own "not"/"never" (or, for a noun,
//     "no"), or through the verb it complements ("did not agree to meet"),
//     alone and with the lexicon's root ("neg.any", "neg.lex"), where the
//     default features have only the negated lemma;
//   a domestic measure: the trigger's object or oblique is a population
//     noun of the lexicon's %population list ("residents", "citizens") —
//     "pop.lex" with the root — and "dom.lex" when that noun's own country
//     (a mention on it or on its modifier: "Italian residents") is the
//     country of the trigger's subject mention.
#pragma once

#include <cstdint>
#include <string>

#include "events/coder_features.h"
#include "events/lexicon.h"
#include "events/word_classes.h"

namespace entente {

// The patient of trigger t whose first WordNet sense is in a class of the
// lexicon's %nonparty_kinds list, or -1 if it has none (or `wc` is null).
int32_t NonPartyPatient(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* wc);

// The country of an actor mention whose head is token n or one of n's
// modifiers ("Italian residents"); "" if none.
std::string MentionCountryOn(const SentenceGraph& g, uint32_t n);

// Adds the group's features of trigger candidate t (see above).
void FalseAlarmFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const WordClasses* wc,
                        FeatureSet* out);

}  // namespace entente
