// event.h — the output of the events stage, and the record entente writes.
// The JSON form is specified in DESIGN ("The event record") and
// doc/formats/events.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entente/actor.h"

namespace entente {

enum class Modality : uint8_t {
  kDone,          // asserted as happened or happening
  kIntended,      // future, plans to, agreed to, pledged to
  kDemanded,      // called for, urged, demanded
  kHypothetical,  // may, could, if
};

// "done", "intended", "demanded", "hypothetical": the name in every output
// format and in the store.
inline const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kDone: return "done";
    case Modality::kIntended: return "intended";
    case Modality::kDemanded: return "demanded";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "done";
}

struct Attribution {
  std::string text;        // "anonymous administration sources"
  bool anonymous = false;
  std::string actor;       // resolved code of the speaker, "" if unknown
};

// Where an event happened, when the sentence (or its dateline) says so.
struct EventLocation {
  std::string text;            // the place as written ("northern Syria", "Afrin")
  Span span;                   // bytes in Document::text
  std::string place_id;        // entente's stable place id (doc/formats/events.md)
  std::string name;            // the resolved place's canonical name
  std::string country;         // ISO 3166-1 alpha-3
  std::string precision;       // "city", "region" or "country"
  std::string region;          // first-level ISO 3166-2 code ("SY-02"), "" if unknown
  double lat = 0, lon = 0;
  bool has_coords = false;
  bool from_dateline = false;  // taken from the story's dateline, not the sentence
  bool empty() const { return text.empty(); }
};

struct Event {
  std::string doc_id;
  uint32_t sentence = 0;       // index into AnalyzedDocument::sentences
  std::string date;            // the document's (publication) date, "" if unknown
  // The date the sentence gives the event ("in 2016", "last week", "on
  // Tuesday"), "YYYY-MM-DD" (the first day of a week, month or year), and
  // its precision "day", "week", "month" or "year"; both "" when the text
  // does not date the event (its date is then the publication date). Filled
  // by the pipeline's date resolver (text/date_resolver.h).
  std::string event_date;
  std::string date_precision;
  // Several sources/targets for compound actors ("Germany, Italy and Spain");
  // CAMEO-style outputs write one record per (source, target) pair.
  std::vector<ActorMention> sources;
  std::vector<ActorMention> targets;  // empty: the event has no target
  std::string cameo;           // "030"
  std::string plover;          // "AGREE"
  std::string mode;            // PLOVER mode, "" if none
  std::vector<std::string> context;  // PLOVER contexts
  int quad = 0;                // 1..4, GDELT root-based quad class
  double goldstein = 0.0;      // GDELT Goldstein value
  std::string trigger;         // the words that triggered the event
  Span trigger_span;
  bool negated = false;
  Modality modality = Modality::kDone;
  Attribution attribution;
  std::string why;             // pattern and clause roles that produced it
  // How sure the learned coder is that the trigger is an event: its event
  // score (detector margin + pair weight x the best source-pair margin) less
  // the threshold the score had to pass (the model's trigger margin plus the
  // chosen type's own margin), so > 0 for every event it writes and on the
  // scale of the model it was coded with (doc/formats/events.md,
  // "confidence"). Empty for coders that score nothing (PETRARCH dictionaries).
  std::optional<double> confidence;
  EventLocation location;      // empty when the text does not say where
};

}  // namespace entente
