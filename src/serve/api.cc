// api.cc — routing, parameter checking and JSON rendering of the API
// (include/entente/server.h lists the endpoints).
#include "serve/api.h"

#include <cmath>
#include <cstdio>

#include "analyze/json.h"
#include "entente/barometer.h"
#include "entente/codes.h"
#include "entente/follow_up.h"
#include "entente/output.h"
#include "serve/explain_input.h"
#include "serve/params.h"
#include "util/data_dir.h"
#include "util/lines.h"

namespace entente::serve {

namespace {

constexpr size_t kMaxExplainBytes = 64 * 1024;
constexpr size_t kMaxClusterDocuments = 20;

void WriteCoordinate(json::Writer* w, bool known, double v) {
  char buf[32];
  if (!known || !std::isfinite(v)) {
    w->Null();
    return;
  }
  std::snprintf(buf, sizeof buf, "%.4f", v);
  w->Raw(buf);
}

void WriteSpan(json::Writer* w, Span span) {
  if (span.empty()) {
    w->Null();
    return;
  }
  w->BeginArray();
  w->Int(span.begin);
  w->Int(span.end);
  w->EndArray();
}

void WriteSide(json::Writer* w, const std::string& code, const std::string& text, Span span) {
  w->BeginObject();
  w->Key("code");
  w->String(code);
  w->Key("text");
  w->String(text);
  w->Key("span");
  WriteSpan(w, span);
  w->EndObject();
}

// The event's location as the JSON Lines record writes it (doc/formats/
// events.md) plus its span in the sentence, or null.
void WriteLocation(json::Writer* w, const EventLocation& l) {
  if (l.empty()) {
    w->Null();
    return;
  }
  w->BeginObject();
  WritePlaceFields(w,
                   {{"text", &l.text}, {"place_id", &l.place_id}, {"name", &l.name}, {"country", &l.country},
                    {"precision", &l.precision}, {"region", &l.region}},
                   l.has_coords, l.lat, l.lon);
  w->Key("from_dateline");
  w->Bool(l.from_dateline);
  w->Key("span");
  WriteSpan(w, l.span);
  w->EndObject();
}

ApiResponse Json(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

}  // namespace

void WritePlaceFields(json::Writer* w,
                      std::initializer_list<std::pair<const char*, const std::string*>> strings,
                      bool has_coords, double lat, double lon) {
  for (const auto& [key, value] : strings) {
    w->Key(key);
    w->String(*value);
  }
  w->Key("lat");
  WriteCoordinate(w, has_coords, lat);
  w->Key("lon");
  WriteCoordinate(w, has_coords, lon);
}

int HttpStatus(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    default: return 500;
  }
}

ApiResponse Error(int status, const std::string& message) {
  json::Writer w;
  w.BeginObject();
  w.Key("error");
  w.String(message);
  w.EndObject();
  ApiResponse r;
  r.status = status;
  r.body = w.Take();
  return r;
}

Status Api::Init() {
  auto lease = Acquire();
  return lease.ok() ? Status::Ok() : lease.status();
}

Api::Lease::~Lease() {
  if (!store_) return;
  std::lock_guard<std::mutex> lock(api_->mu_);
  api_->idle_.push_back(std::move(store_));
}

Result<Api::Lease> Api::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      auto s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(s));
    }
  }
  StoreOptions o;
  o.read_only = true;
  auto s = EventStore::Open(db_, o);
  if (!s.ok()) return s.status();
  return Lease(this, std::move(s).value());
}

// The route table: every endpoint of the API (doc/openapi.json describes
// each; GET /api lists them so the description's test can see none is missing).
struct Api::Route {
  const char* method;
  const char* path;
  ApiResponse (Api::*handler)(const ApiRequest&);
  bool cached;  // aggregates are worth caching; lists and documents are cheap lookups
};

const std::vector<Api::Route>& Api::Routes() {
  static const std::vector<Route> kRoutes = {
      {"GET", "/api", &Api::RouteList, false},
      {"GET", "/api/events", &Api::Events, false},
      {"GET", "/api/dyads", &Api::Dyads, true},
      {"GET", "/api/network", &Api::Network, true},
      {"GET", "/api/barometer", &Api::BarometerApi, true},
      {"GET", "/api/document", &Api::DocumentApi, false},
      {"GET", "/doc", &Api::DocumentPage, false},
      {"POST", "/api/explain", &Api::Explain, false},
      {"GET", "/api/commitments", &Api::CommitmentsApi, true},
      {"GET", "/api/codes", &Api::Codes, true},
      {"GET", "/api/places", &Api::PlacesApi, true},
  };
  return kRoutes;
}

ApiResponse Api::Handle(const ApiRequest& r) {
  bool path_known = false;
  for (const Route& route : Routes()) {
    if (r.path != route.path) continue;
    path_known = true;
    if (r.method != route.method) continue;
    if (!route.cached) return (this->*route.handler)(r);
    // Commitments are judged against later events, so the same store gives
    // other statuses on another day: the day they are judged on is in the key.
    if (route.handler == &Api::CommitmentsApi && !r.params.count("as_of")) {
      ApiRequest dated = r;
      dated.params.emplace("as_of", AsOfDay(FollowUpOptions{}));
      return Cached(dated, route.handler);
    }
    return Cached(r, route.handler);
  }
  if (path_known) return Error(405, "method " + r.method + " not allowed on " + r.path);
  return Error(404, "no such endpoint: " + r.path);
}

ApiResponse Api::RouteList(const ApiRequest& r) {
  Params p(r, {});
  if (!p.error().empty()) return Error(400, p.error());
  json::Writer w;
  w.BeginObject();
  w.Key("routes");
  w.BeginArray();
  for (const Route& route : Routes()) {
    w.BeginObject();
    w.Key("method");
    w.String(route.method);
    w.Key("path");
    w.String(route.path);
    w.EndObject();
  }
  w.EndArray();
  w.Key("description");
  w.String("doc/openapi.json");
  w.EndObject();
  return Json(w.Take());
}

ApiResponse Api::Cached(const ApiRequest& r, ApiResponse (Api::*handler)(const ApiRequest&)) {
  int64_t version = 0;
  {
    auto lease = Acquire();
    if (!lease.ok()) return Error(500, lease.status().message());
    auto v = lease->get()->DataVersion();
    if (!v.ok()) return Error(500, v.status().message());
    version = *v;
  }
  // The key: path and parameters (a multimap, so in a canonical order).
  std::string key = r.path;
  for (const auto& [k, v] : r.params) key += '\x1f' + k + '=' + v;
  if (auto hit = cache_.Find(key, version)) return *std::move(hit);
  ApiResponse out = (this->*handler)(r);
  if (out.status == 200) cache_.Put(key, version, out);
  return out;
}

ApiResponse Api::Events(const ApiRequest& r) {
  Params p(r, {"actor", "dyad", "undirected", "type", "modality", "from", "to", "reports", "limit",
               "cursor", "doc", "location_country", "location_region", "min_confidence"});
  EventQuery q;
  Status s = ReadFilters(p, &q);
  q.doc_id = p.Get("doc");
  // A document's events are every report in it, not the clusters it began.
  q.per_report = p.Flag("reports") || !q.doc_id.empty();
  q.limit = p.Int("limit", 50, 1, 1000);
  q.cursor = p.Get("cursor");
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  if (Status c = CheckQueryCodes(lease->get(), q); !c.ok()) return Error(400, c.message());
  auto page = lease->get()->Events(q);
  if (!page.ok()) return Error(HttpStatus(page.status()), page.status().message());
  json::Writer w;
  w.BeginObject();
  w.Key("events");
  w.BeginArray();
  for (const StoredEvent& e : page->events) {
    w.BeginObject();
    w.Key("id");
    w.Int(e.id);
    w.Key("cluster");
    w.Int(e.cluster);
    w.Key("reports");
    w.Int(e.reports);
    w.Key("documents");
    w.Int(e.documents);
    if (e.documents > 1) {
      auto docs = lease->get()->ClusterDocuments(e.cluster);
      if (!docs.ok()) return Error(500, docs.status().message());
      w.Key("reported_by");
      w.BeginArray();
      for (size_t i = 0; i < docs->size() && i < kMaxClusterDocuments; ++i) w.String((*docs)[i]);
      w.EndArray();
    }
    w.Key("doc_id");
    w.String(e.doc_id);
    w.Key("title");
    w.String(e.title);
    w.Key("url");
    w.String(e.url);
    w.Key("publisher");
    w.String(e.publisher);
    w.Key("date");
    w.String(e.date);
    w.Key("date_precision");
    w.String(e.date_precision);
    w.Key("published");
    w.String(e.published);
    w.Key("sentence_index");
    w.Int(e.sentence_index);
    w.Key("sentence_begin");
    w.Int(e.sentence_begin);
    w.Key("sentence");
    w.String(e.sentence);
    w.Key("source");
    WriteSide(&w, e.source, e.source_text, e.source_span);
    w.Key("target");
    WriteSide(&w, e.target, e.target_text, e.target_span);
    w.Key("trigger");
    WriteSide(&w, "", e.trigger, e.trigger_span);
    w.Key("cameo");
    w.String(e.cameo);
    w.Key("plover");
    w.String(e.plover);
    w.Key("quad");
    w.Int(e.quad);
    w.Key("goldstein");
    w.Double(e.goldstein);
    w.Key("modality");
    w.String(e.modality);
    w.Key("negated");
    w.Bool(e.negated);
    w.Key("confidence");
    if (e.confidence) w.Double(*e.confidence);
    else w.Null();
    w.Key("attribution");
    w.String(e.attribution);
    w.Key("why");
    w.String(e.why);
    w.Key("location");
    WriteLocation(&w, e.location);
    w.EndObject();
  }
  w.EndArray();
  w.Key("next_cursor");
  if (page->next_cursor.empty()) w.Null();
  else w.String(page->next_cursor);
  w.EndObject();
  return Json(w.Take());
}

// The fields every dyad row of the API has: its two codes and its counts of
// events (clusters) and reports.
static void DyadFields(const std::string& source, const std::string& target, int64_t events, int64_t reports,
                       json::Writer* w) {
  w->Key("source");
  w->String(source);
  w->Key("target");
  w->String(target);
  w->Key("events");
  w->Int(events);
  w->Key("reports");
  w->Int(reports);
}

ApiResponse Api::Dyads(const ApiRequest& r) {
  Params p(r, {"limit"});
  int limit = p.Int("limit", 100, 1, 1000);
  if (!p.error().empty()) return Error(400, p.error());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  auto dyads = lease->get()->Dyads(limit);
  if (!dyads.ok()) return Error(HttpStatus(dyads.status()), dyads.status().message());
  json::Writer w;
  w.BeginObject();
  w.Key("dyads");
  w.BeginArray();
  for (const DyadCount& d : *dyads) {
    w.BeginObject();
    DyadFields(d.source, d.target, d.clusters, d.reports, &w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Json(w.Take());
}

ApiResponse Api::Network(const ApiRequest& r) {
  Params p(r, {"actor", "type", "modality", "from", "to", "limit", "location_country",
               "location_region", "min_confidence"});
  EventQuery q;
  Status s = ReadFilters(p, &q);
  // Like the barometer, the network counts acts done unless told otherwise.
  q.modality = p.Get("modality").empty() ? "done" : q.modality;
  q.limit = p.Int("limit", 200, 1, 1000);
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  if (Status c = CheckQueryCodes(lease->get(), q); !c.ok()) return Error(400, c.message());
  auto edges = lease->get()->Network(q);
  if (!edges.ok()) return Error(HttpStatus(edges.status()), edges.status().message());
  static const char* kQuadKeys[] = {"verbal_coop", "material_coop", "verbal_conflict",
                                    "material_conflict"};
  json::Writer w;
  w.BeginObject();
  w.Key("edges");
  w.BeginArray();
  for (const DyadQuads& d : *edges) {
    w.BeginObject();
    DyadFields(d.source, d.target, d.clusters, d.reports, &w);
    for (int i = 0; i < 4; ++i) {
      w.Key(kQuadKeys[i]);
      w.Int(d.quads[i]);
    }
    w.Key("goldstein_mean");
    w.Double(d.clusters > 0 ? d.goldstein / static_cast<double>(d.clusters) : 0.0);
    w.EndObject();
  }
  w.EndArray();
  w.Key("modality");
  w.String(q.modality);
  w.EndObject();
  return Json(w.Take());
}

ApiResponse Api::BarometerApi(const ApiRequest& r) {
  Params p(r, {"dyad", "by", "from", "to", "type", "modality", "undirected", "reports",
               "normalize", "max_periods", "location_country", "location_region",
               "min_confidence"});
  if (p.Get("dyad").empty() && p.error().empty()) return Error(400, "parameter 'dyad' is required");
  EventQuery q;
  Status s = ReadFilters(p, &q);
  BarometerOptions o;
  std::string by = p.Get("by").empty() ? "month" : p.Get("by");
  if (!ParsePeriod(by, &o.period)) {
    return Error(400, "parameter 'by' must be day, week, month, quarter or year");
  }
  o.modality = p.Get("modality").empty() ? "done" : q.modality;
  q.modality = o.modality;
  o.max_periods = p.Int("max_periods", 5000, 1, 100000);
  o.count_reports = p.Flag("reports");
  o.normalize = p.Flag("normalize");
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  if (Status c = CheckQueryCodes(lease->get(), q); !c.ok()) return Error(400, c.message());
  auto b = ComputeBarometer(lease->get(), q, o);
  if (!b.ok()) return Error(HttpStatus(b.status()), b.status().message());
  return Json(BarometerJson(*b));
}

Result<StoredDocument> Api::FetchDocument(const ApiRequest& r) {
  Params p(r, {"id"});
  if (!p.error().empty()) return Status::InvalidArgument(p.error());
  if (p.Get("id").empty()) return Status::InvalidArgument("parameter 'id' is required");
  auto lease = Acquire();
  if (!lease.ok()) return lease.status();
  return lease->get()->GetDocument(p.Get("id"));
}

ApiResponse Api::DocumentApi(const ApiRequest& r) {
  auto d = FetchDocument(r);
  if (!d.ok()) return Error(HttpStatus(d.status()), d.status().message());
  json::Writer w;
  w.BeginObject();
  for (auto [k, v] : {std::pair<const char*, const std::string*>{"id", &d->id},
                      {"date", &d->date}, {"title", &d->title}, {"url", &d->url},
                      {"text", &d->text}}) {
    w.Key(k);
    w.String(*v);
  }
  w.EndObject();
  return Json(w.Take());
}

ApiResponse Api::DocumentPage(const ApiRequest& r) {
  auto d = FetchDocument(r);
  if (!d.ok()) return Error(HttpStatus(d.status()), d.status().message());
  std::string html =
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + HtmlEscape(d->title) +
      "</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body class=\"doc\">"
      "<p><a href=\"/\">&larr; dashboard</a></p><h1>" +
      HtmlEscape(d->title.empty() ? d->id : d->title) + "</h1><p class=\"meta\">" +
      HtmlEscape(d->date) + " &middot; " + HtmlEscape(d->id);
  // Only web links become links: a stored "javascript:" URL stays text.
  if (d->url.rfind("https://", 0) == 0 || d->url.rfind("http://", 0) == 0) {
    html += " &middot; <a rel=\"noreferrer\" href=\"" + HtmlEscape(d->url) + "\">" +
            HtmlEscape(d->url) + "</a>";
  }
  html += "</p>";
  std::string_view rest = d->text, line;
  while (NextLine(&rest, &line)) {
    if (!line.empty()) html += "<p>" + HtmlEscape(std::string(line)) + "</p>";
  }
  html += "</body></html>";
  ApiResponse out;
  out.content_type = "text/html; charset=utf-8";
  out.body = std::move(html);
  return out;
}

Result<const Pipeline*> Api::GetPipeline() {
  std::lock_guard<std::mutex> lock(pipeline_mu_);
  if (!pipeline_ && pipeline_status_.ok()) {
    PipelineOptions o;
    o.data_dir = data_dir_;
    auto p = Pipeline::Create(o, sink_);
    if (p.ok()) pipeline_ = std::move(p).value();
    else pipeline_status_ = p.status();
  }
  if (!pipeline_) return pipeline_status_;
  return static_cast<const Pipeline*>(pipeline_.get());
}

ApiResponse Api::Explain(const ApiRequest& r) {
  Params p(r, {"date"});
  if (!p.error().empty()) return Error(400, p.error());
  if (r.body.empty()) return Error(400, "post the text to explain as the request body");
  if (r.body.size() > kMaxExplainBytes) return Error(413, "text longer than 64 KiB");
  ExplainInput in{r.body, p.Get("date")};
  if (r.content_type.rfind("application/json", 0) == 0) {
    if (Status s = ParseExplainJson(r.body, &in); !s.ok()) return Error(400, s.message());
  }
  auto pipeline = GetPipeline();
  if (!pipeline.ok()) return Error(503, "pipeline unavailable: " + pipeline.status().message());
  Document doc;
  doc.id = "explain";
  doc.date = in.date;
  doc.text = in.text;
  AnalyzedDocument a;
  (*pipeline)->Analyze(doc, &a);
  std::string lines;
  OutputOptions oopts;
  oopts.include_why = true;
  oopts.provenance = (*pipeline)->provenance();
  EventWriter::Create(OutputFormat::kJsonl, oopts)->Write(a, &lines);
  json::Writer w;
  w.BeginObject();
  w.Key("events");
  w.BeginArray();
  std::string_view rest = lines, line;
  while (NextLine(&rest, &line)) {
    if (!line.empty()) w.Raw(line);
  }
  w.EndArray();
  w.Key("explain");
  w.String((*pipeline)->DumpAll(a));
  w.EndObject();
  return Json(w.Take());
}

Result<const ActorNamer*> Api::GetNamer() {
  std::lock_guard<std::mutex> lock(namer_mu_);
  if (!namer_ && namer_status_.ok()) {
    auto n = ActorNamer::Create(DataDir(), sink_);
    if (n.ok()) namer_ = std::make_unique<ActorNamer>(std::move(n).value());
    else namer_status_ = n.status();
  }
  if (!namer_) return namer_status_;
  return static_cast<const ActorNamer*>(namer_.get());
}

ApiResponse Api::Codes(const ApiRequest& r) {
  Params p(r, {});
  if (!p.error().empty()) return Error(400, p.error());
  auto namer = GetNamer();
  if (!namer.ok()) return Error(503, "actor dictionaries unavailable: " + namer.status().message());
  auto types = EventTypeNames();
  if (!types.ok()) return Error(503, types.status().message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  auto actors = StoredActorNames(lease->get(), **namer);
  if (!actors.ok()) return Error(HttpStatus(actors.status()), actors.status().message());
  json::Writer w;
  w.BeginObject();
  w.Key("actors");
  w.BeginArray();
  for (const ActorCodeName& a : *actors) {
    w.BeginObject();
    w.Key("code");
    w.String(a.code);
    w.Key("name");
    w.String(a.name);
    w.Key("mentions");
    w.Int(a.mentions);
    w.EndObject();
  }
  w.EndArray();
  w.Key("types");
  w.BeginArray();
  for (const auto& [code, name] : *types) {
    w.BeginObject();
    w.Key("code");
    w.String(code);
    w.Key("name");
    w.String(name);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Json(w.Take());
}

}  // namespace entente::serve
