// event_location.cc — the event's place (see event_location.h).
#include "events/event_location.h"

#include <limits>

namespace entente {

namespace {

constexpr int kMaxDepth = 12;  // tree walks stop here (a tree may be broken)

// Steps from `a` up and then down to `b` in the dependency tree; a large
// number when they do not meet within kMaxDepth.
int TreeDistance(const std::vector<Token>& toks, uint32_t a, uint32_t b) {
  int32_t up[kMaxDepth];
  int n = 0;
  for (int32_t t = static_cast<int32_t>(a); t >= 0 && n < kMaxDepth; t = toks[t].head) up[n++] = t;
  int32_t t = static_cast<int32_t>(b);
  for (int d = 0; t >= 0 && d < kMaxDepth; ++d, t = toks[t].head) {
    for (int k = 0; k < n; ++k) {
      if (up[k] == t) return k + d;
    }
  }
  return 1000;
}

bool IsPlace(const ActorMention& m) {
  return !m.place_id.empty() && !m.country.empty() && m.place_end > m.place_begin;
}

// An actor placed somewhere ("rebels in Darfur"): its place is not the
// mention itself.
bool PlacedActor(const ActorMention& m) { return m.place_begin != m.begin || m.place_end != m.end; }

void Fill(const AnalyzedDocument& doc, const ActorMention& m, EventLocation* l) {
  l->span = {doc.tokens[m.place_begin].span.begin, doc.tokens[m.place_end - 1].span.end};
  if (l->span.end <= doc.doc.text.size() && l->span.begin <= l->span.end) {
    l->text = doc.doc.text.substr(l->span.begin, l->span.size());
  }
  l->place_id = m.place_id;
  l->name = l->text;
  l->country = m.country.substr(0, 3);
  l->precision = m.precision;
  l->has_coords = m.has_coords;
  l->lat = m.lat;
  l->lon = m.lon;
}

}  // namespace

int32_t TriggerToken(const AnalyzedDocument& doc, const Event& e) {
  if (e.sentence >= doc.sentences.size()) return -1;
  const Sentence& s = doc.sentences[e.sentence];
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count && t < doc.tokens.size(); ++t) {
    const Span& sp = doc.tokens[t].span;
    if (sp.begin < e.trigger_span.end && e.trigger_span.begin < sp.end) return static_cast<int32_t>(t);
  }
  return -1;
}

void LocateEvent(const AnalyzedDocument& doc, uint32_t trigger, Event* e) {
  e->location = EventLocation();
  const ActorMention* best = nullptr;
  int best_score = std::numeric_limits<int>::max();
  for (const ActorMention& m : doc.actors) {
    if (m.sentence != e->sentence || !IsPlace(m)) continue;
    uint32_t head = m.place_end - 1;
    int tree = TreeDistance(doc.tokens, head, trigger);
    // A place the trigger acts on ("shelled Afrin") counts as a location
    // when it is a city or region, not a country ("attacked Syria" names
    // an actor).
    bool object = !m.location && m.precision != "country" && doc.tokens[head].head == static_cast<int32_t>(trigger) &&
                  doc.tokens[head].deprel == "obj";
    if (!m.location && !object && !PlacedActor(m)) continue;
    int words = head > trigger ? static_cast<int>(head - trigger) : static_cast<int>(trigger - head);
    int score = tree * 100 + words;
    if (score < best_score) {
      best_score = score;
      best = &m;
    }
  }
  if (best) Fill(doc, *best, &e->location);
}

void LocateEvents(AnalyzedDocument* doc) {
  for (Event& e : doc->events) {
    int32_t t = TriggerToken(*doc, e);
    if (t >= 0) LocateEvent(*doc, static_cast<uint32_t>(t), &e);
  }
}

}  // namespace entente
