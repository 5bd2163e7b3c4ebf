// places_api.cc — GET /api/places: where the events matching the filters
// happened, counted by place, region or country (EventStore::Places).
//   dyad=SRC:TGT  undirected=1  actor=CODE  type=T  modality= (default done)
//   from=, to=  location_country=SYR  location_region=SY-02
//   by=place|region|country (place)  reports=1  limit=1..1000 (100)
// Answers {"by", "modality", "places": [{place_id, name, country, region,
// precision, lat, lon, events, reports}], "unlocated": {events, reports}}.
#include "analyze/json.h"
#include "entente/codes.h"
#include "serve/api.h"
#include "serve/params.h"

namespace entente::serve {

namespace {

bool ParsePlaceLevel(const std::string& s, PlaceLevel* level) {
  if (s.empty() || s == "place") *level = PlaceLevel::kPlace;
  else if (s == "region") *level = PlaceLevel::kRegion;
  else if (s == "country") *level = PlaceLevel::kCountry;
  else return false;
  return true;
}

void WritePlace(json::Writer* w, const PlaceCount& p) {
  w->BeginObject();
  WritePlaceFields(w,
                   {{"place_id", &p.place_id}, {"name", &p.name}, {"country", &p.country}, {"region", &p.region},
                    {"precision", &p.precision}},
                   p.has_coords, p.lat, p.lon);
  w->Key("events");
  w->Int(p.clusters);
  w->Key("reports");
  w->Int(p.reports);
  w->EndObject();
}

}  // namespace

ApiResponse Api::PlacesApi(const ApiRequest& r) {
  Params p(r, {"actor", "dyad", "undirected", "type", "modality", "from", "to", "by", "reports",
               "limit", "location_country", "location_region", "min_confidence"});
  EventQuery q;
  Status s = ReadFilters(p, &q);
  // Like the barometer and the network, places count acts done unless told otherwise.
  q.modality = p.Get("modality").empty() ? "done" : q.modality;
  q.per_report = p.Flag("reports");
  q.limit = p.Int("limit", 100, 1, 1000);
  PlaceLevel level;
  if (!ParsePlaceLevel(p.Get("by"), &level)) {
    return Error(400, "parameter 'by' must be place, region or country");
  }
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  if (Status c = CheckQueryCodes(lease->get(), q); !c.ok()) return Error(400, c.message());
  auto counts = lease->get()->Places(q, level);
  if (!counts.ok()) return Error(HttpStatus(counts.status()), counts.status().message());
  json::Writer w;
  w.BeginObject();
  w.Key("by");
  w.String(p.Get("by").empty() ? "place" : p.Get("by"));
  w.Key("modality");
  w.String(q.modality);
  w.Key("places");
  w.BeginArray();
  for (const PlaceCount& place : counts->places) WritePlace(&w, place);
  w.EndArray();
  w.Key("unlocated");
  w.BeginObject();
  w.Key("events");
  w.Int(counts->unlocated_clusters);
  w.Key("reports");
  w.Int(counts->unlocated_reports);
  w.EndObject();
  w.EndObject();
  ApiResponse out;
  out.body = w.Take();
  return out;
}

}  // namespace entente::serve
