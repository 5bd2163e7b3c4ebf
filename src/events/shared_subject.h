// shared_subject.h — the understood subject of a verb that has none of its
// own, and the shared-subject feature group of the learned coder (`entente
// train --features …,shared-subject`).
//
// The coder's strongest evidence for an event is an actor standing as the
// trigger's subject ("actor.known.path=known=nsubj^"). A verb that shares its
// subject with another has no subject edge in the basic tree, so the path
// from the actor is one the train split holds fewer events on: "Kenyan police
// sealed off the area and [arrested] twelve militants" (nsubj^ vconj),
// "Turkey responded, [accusing] Greece …" (nsubj^ vadvcl). On the real-news
// folds such events are mostly found only below the trigger margin. Measured
// in the sixteenth session (doc/benchmarks.md): no gain on the CV, so opt-in. The group reads the shared subject
// as the trigger's own, the way enhanced Universal Dependencies add the edge:
// the trigger features get the actor's features with the path "nsubj^" (or
// "nsubj:pass^") beside the basic path's, with "ss" naming the clause kind,
// and the source-pair and argument features read that path instead of the
// basic one.
#pragma once

#include <cstdint>
#include <string>

#include "events/coder_features.h"

namespace entente {

// The token that stands as verb t's subject when t has none of its own: the
// subject of the verb it is conjoined to, or of the verb whose adverbial or
// open clausal complement it heads (climbing such links up to three times),
// or -1 (t has a subject, is no verb, or none is found).
int32_t SharedSubject(const SentenceGraph& g, uint32_t t);

// The path from token a (a mention's head) to trigger t as the group reads
// it: the subject relation with "^" when a is t's shared subject, else
// g.Path(a, t).
std::string SubjectPath(const SentenceGraph& g, uint32_t a, uint32_t t, bool shared_subject);

// Adds the group's trigger features of candidate t (see above).
void SharedSubjectFeatures(const SentenceGraph& g, uint32_t t, FeatureSet* f);

}  // namespace entente
