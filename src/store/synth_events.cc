// entente_synth — fills an event store with synthetic documents and events
// through the store's real write path (batched transactions, clustering),
// for load measurements and the dashboard's browser test. The stories are
// generated, not news: "<Source> <verb> <target> in story N." with a CAMEO
// code, quad class and Goldstein value from a small table, dates spread over
// a range, and a share of events reported again by later stories. With
// --markup-sample, the first story also carries sentences with HTML markup
// (one of them an intended act, located at a place whose name has markup)
// for the dashboard's escaping tests. Two events in three happen at a place
// named in the sentence ("… in Aleppo"), from a small table of cities,
// regions and countries.
//
//   entente_synth --db PATH|postgresql://… [--events N] [--seed S]
//                 [--per-doc K] [--repeat P] [--start 2022-01-01] [--days D]
//                 [--markup-sample]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "entente/store.h"
#include "store/dates.h"

namespace {

using namespace entente;

struct Verb {
  const char* words;  // as written in the sentence
  const char* cameo;
  const char* plover;
  int quad;
  double goldstein;
};

// CAMEO facts: code, quad class, Goldstein value.
constexpr Verb kVerbs[] = {
    {"praised", "051", "AGREE", 1, 3.4},        {"met with", "040", "CONSULT", 1, 1.0},
    {"pledged support to", "030", "AGREE", 1, 4.0}, {"called", "042", "CONSULT", 1, 1.9},
    {"signed a deal with", "057", "AGREE", 1, 8.0}, {"sent aid to", "073", "AID", 2, 7.4},
    {"deployed troops to help", "074", "AID", 2, 8.3},
    {"shared intelligence with", "064", "COOPERATE", 2, 6.4},
    {"criticised", "111", "DISAPPROVE", 3, -2.0},   {"accused", "112", "DISAPPROVE", 3, -2.0},
    {"threatened", "130", "THREATEN", 3, -4.4},     {"imposed sanctions on", "163", "SANCTION", 4, -8.0},
    {"expelled diplomats of", "161", "REDUCE", 4, -4.0},
    {"attacked", "190", "ASSAULT", 4, -10.0},
};

struct Actor {
  const char* code;
  const char* name;
};
constexpr Actor kActors[] = {
    {"USAGOV", "Washington"}, {"USAMIL", "The Pentagon"}, {"IGOWSTNAT", "NATO"},
    {"RUSGOV", "Moscow"},     {"RUSMIL", "Russian forces"}, {"UKRGOV", "Kyiv"},
    {"CHNGOV", "Beijing"},    {"DEUGOV", "Berlin"},      {"FRAGOV", "Paris"},
    {"GBRGOV", "London"},     {"IRNGOV", "Tehran"},      {"ISRGOV", "Israel"},
    {"IGOUNO", "The United Nations"}, {"TURGOV", "Ankara"}, {"POLGOV", "Warsaw"},
};
constexpr int kNumActors = sizeof(kActors) / sizeof(kActors[0]);

// Where events happen: a place of each precision, with and without an ISO
// region code and coordinates.
struct Place {
  const char* name;
  const char* id;
  const char* country;
  const char* region;
  const char* precision;
  double lat, lon;  // both 0: none
};
constexpr Place kPlaces[] = {
    {"Kyiv", "city:UKR:kyiv", "UKR", "UA-30", "city", 50.4501, 30.5234},
    {"Brussels", "city:BEL:brussels", "BEL", "BE-BRU", "city", 50.8505, 4.3488},
    {"Aleppo", "city:SYR:aleppo", "SYR", "", "city", 36.2021, 37.1343},
    {"northern Syria", "region:SYR:northern", "SYR", "", "region", 0, 0},
    {"Bavaria", "region:DEU:bavaria", "DEU", "DE-BY", "region", 0, 0},
    {"Poland", "country:POL", "POL", "", "country", 0, 0},
    {"Washington", "city:USA:washington", "USA", "US-DC", "city", 38.8951, -77.0364},
    {"Donetsk", "city:UKR:donetsk", "UKR", "UA-14", "city", 48.0159, 37.8028},
};
constexpr int kNumPlaces = sizeof(kPlaces) / sizeof(kPlaces[0]);
constexpr int kNumVerbs = sizeof(kVerbs) / sizeof(kVerbs[0]);

struct Planned {
  int src, tgt, verb;
  int64_t day;
};

ActorMention Mention(const Actor& a, uint32_t sentence, uint32_t begin) {
  ActorMention m;
  m.sentence = sentence;
  m.code = a.code;
  m.text = a.name;
  m.span = Span{begin, begin + static_cast<uint32_t>(std::strlen(a.name))};
  if (std::strncmp(a.code, "IGO", 3) == 0) {
    m.org = a.code + 3;
    m.sectors.push_back("IGO");
  } else {
    m.country = std::string(a.code, 3);
    m.sectors.push_back(std::string(a.code + 3));
  }
  m.name = a.name;
  return m;
}

// The place of a planned event, or nullptr (one event in three has none):
// a function of the event, so every report of it names the same place.
const Place* PlaceOf(const Planned& p) {
  int k = (p.src * 5 + p.tgt * 3 + p.verb) % (kNumPlaces + kNumPlaces / 2);
  return k < kNumPlaces ? &kPlaces[k] : nullptr;
}

void SetLocation(const Place& place, Span span, EventLocation* l) {
  l->text = place.name;
  l->span = span;
  l->place_id = place.id;
  l->name = place.name;
  l->country = place.country;
  l->region = place.region;
  l->precision = place.precision;
  l->has_coords = place.lat != 0 || place.lon != 0;
  l->lat = place.lat;
  l->lon = place.lon;
}

// Appends one sentence with its event to `a`; with `locate`, its place.
void AddSentence(AnalyzedDocument* a, const Planned& p, const std::string& tail, bool locate = true) {
  const Actor& s = kActors[p.src];
  const Actor& t = kActors[p.tgt];
  const Verb& v = kVerbs[p.verb];
  std::string& text = a->doc.text;
  if (!text.empty()) text += ' ';
  uint32_t begin = static_cast<uint32_t>(text.size());
  uint32_t index = static_cast<uint32_t>(a->sentences.size());
  Event e;
  e.doc_id = a->doc.id;
  e.sentence = index;
  e.date = a->doc.date;
  e.sources.push_back(Mention(s, index, begin));
  text += s.name;
  text += ' ';
  e.trigger_span.begin = static_cast<uint32_t>(text.size());
  text += v.words;
  e.trigger_span.end = static_cast<uint32_t>(text.size());
  text += ' ';
  e.targets.push_back(Mention(t, index, static_cast<uint32_t>(text.size())));
  text += t.name;
  if (const Place* place = locate ? PlaceOf(p) : nullptr) {
    text += " in ";
    uint32_t at = static_cast<uint32_t>(text.size());
    text += place->name;
    SetLocation(*place, Span{at, static_cast<uint32_t>(text.size())}, &e.location);
  }
  text += tail;
  Sentence sent;
  sent.span = Span{begin, static_cast<uint32_t>(text.size())};
  a->sentences.push_back(sent);
  a->actors.push_back(e.sources[0]);
  a->actors.push_back(e.targets[0]);
  e.trigger = v.words;
  e.cameo = v.cameo;
  e.plover = v.plover;
  e.quad = v.quad;
  e.goldstein = v.goldstein;
  e.why = std::string("synthetic: trigger '") + v.words + "' coded " + v.cameo + " " + v.plover;
  a->events.push_back(std::move(e));
}

int Usage() {
  std::fprintf(stderr,
               "usage: entente_synth --db PATH|postgresql://… [--events N] [--seed S] "
               "[--per-doc K] [--repeat P] [--start YYYY-MM-DD] [--days D] [--markup-sample]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, start = "2022-01-01";
  long events = 10000, seed = 1, per_doc = 5, days = 1096;
  double repeat = 0.2;
  bool markup = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--markup-sample") { markup = true; continue; }
    if (!(v = next())) return Usage();
    if (a == "--db") db = v;
    else if (a == "--events") events = std::atol(v);
    else if (a == "--seed") seed = std::atol(v);
    else if (a == "--per-doc") per_doc = std::atol(v);
    else if (a == "--repeat") repeat = std::atof(v);
    else if (a == "--start") start = v;
    else if (a == "--days") days = std::atol(v);
    else return Usage();
  }
  std::optional<int64_t> first_day = store::DayNumber(start);
  if (db.empty() || events < 1 || per_doc < 1 || days < 1 || !first_day || repeat < 0 || repeat > 1) {
    return Usage();
  }
  auto opened = EventStore::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "entente_synth: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  EventStore* out = opened->get();
  std::mt19937_64 rng(static_cast<uint64_t>(seed));
  auto uniform = [&](int n) { return static_cast<int>(rng() % static_cast<uint64_t>(n)); };
  std::vector<Planned> recent;  // events a later story may report again
  long written = 0, docs = 0;
  auto t0 = std::chrono::steady_clock::now();
  Status s = out->Begin();
  AnalyzedDocument a;
  while (s.ok() && written < events) {
    a.Clear();
    // Stories run forward in time, as a news feed does.
    int64_t day = *first_day + (days * written) / events;
    a.doc.id = "synth-" + std::to_string(seed) + "-" + std::to_string(docs);
    a.doc.date = store::DateOfDay(day);
    a.doc.title = "Synthetic story " + std::to_string(docs);
    for (long k = 0; k < per_doc && written < events; ++k, ++written) {
      Planned p;
      if (!recent.empty() && std::uniform_real_distribution<double>(0, 1)(rng) < repeat) {
        p = recent[static_cast<size_t>(uniform(static_cast<int>(recent.size())))];
      } else {
        p.src = uniform(kNumActors);
        p.tgt = (p.src + 1 + uniform(kNumActors - 1)) % kNumActors;
        p.verb = uniform(kNumVerbs);
        p.day = day;
        if (recent.size() < 64) recent.push_back(p);
        else recent[static_cast<size_t>(uniform(64))] = p;
      }
      AddSentence(&a, p, " in story " + std::to_string(docs) + ".");
    }
    if (markup && docs == 0) {
      Planned p{3, 5, 9, day};  // Moscow accused Kyiv …
      AddSentence(&a, p, " of plotting <script>alert(1)</script> & \"worse\".", false);
      // An intended act whose sentence and `why` carry markup, for the
      // dashboard's modality filter and escaping: Washington … NATO.
      AddSentence(&a, Planned{0, 2, 4, day}, " \"><img src=x onerror=alert(3)> soon.", false);
      a.events.back().modality = Modality::kIntended;
      a.events.back().why += " \"><img src=x onerror=alert(2)>";
      // A dateline place whose name carries markup, for the location column.
      EventLocation& l = a.events.back().location;
      SetLocation(kPlaces[0], Span{}, &l);
      l.text = l.name = "Kyiv \"><img src=x onerror=alert(4)>";
      l.from_dateline = true;
    }
    auto r = out->Write(a);
    if (!r.ok()) s = r.status();
    ++docs;
    if (s.ok() && docs % 500 == 0) {
      s = out->Commit();
      if (s.ok()) s = out->Begin();
    }
  }
  if (s.ok()) s = out->Commit();
  if (!s.ok()) {
    std::fprintf(stderr, "entente_synth: %s\n", s.ToString().c_str());
    return 1;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "entente_synth: %ld events in %ld documents written to %s in %.1f s (%.0f events/s)\n",
               written, docs, out->backend(), secs, static_cast<double>(written) / secs);
  return 0;
}
