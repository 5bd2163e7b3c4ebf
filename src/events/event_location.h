// event_location.h — where an event happened (issue 16). The actors stage
// resolves every place mention (ActorMention::place_id, precision,
// coordinates) and marks those named as locations ("in Afrin", "near the
// town of Jarablus", "in northern Syria"); this picks, for one event, the
// place of its own sentence closest to its trigger in the dependency tree
// (then in words), or a city or region the trigger acts on ("shelled
// Afrin"), or, for the story's first sentence only, a place in the
// dateline. Rules and fields: doc/formats/events.md ("location").
#pragma once

#include <cstdint>

#include "entente/analysis.h"

namespace entente {

// Fills e->location (cleared first) for the event whose trigger is token
// `trigger` (absolute index) of sentence e->sentence. Reads doc.actors and
// the tree; never fails (no place: location stays empty).
void LocateEvent(const AnalyzedDocument& doc, uint32_t trigger, Event* e);

// The trigger token of an event from its trigger span, or -1.
int32_t TriggerToken(const AnalyzedDocument& doc, const Event& e);

// LocateEvent for every event of the document.
void LocateEvents(AnalyzedDocument* doc);

}  // namespace entente
