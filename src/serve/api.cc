// api.cc — routing, parameter checking and JSON rendering of the API
// (include/entente/server.h lists the endpoints).
#include "serve/api.h"

#include <cstdlib>
#include <set>

#include "analyze/json.h"
#include "entente/barometer.h"
#include "entente/output.h"

namespace entente::serve {

namespace {

constexpr size_t kMaxExplainBytes = 64 * 1024;
constexpr size_t kMaxClusterDocuments = 20;

// The query parameters of one request, checked against what the endpoint
// accepts: an unknown or repeated parameter is an error, not ignored.
class Params {
 public:
  Params(const ApiRequest& r, std::set<std::string> allowed) {
    for (const auto& [k, v] : r.params) {
      if (!allowed.count(k)) {
        error_ = "unknown parameter '" + k + "'";
      } else if (values_.count(k)) {
        error_ = "parameter '" + k + "' given twice";
      }
      values_[k] = v;
    }
  }
  const std::string& error() const { return error_; }
  std::string Get(const std::string& k) const {
    auto it = values_.find(k);
    return it == values_.end() ? "" : it->second;
  }
  // 0/1/true/false; sets error() on anything else.
  bool Flag(const std::string& k) {
    std::string v = Get(k);
    if (v.empty() || v == "0" || v == "false") return false;
    if (v == "1" || v == "true") return true;
    error_ = "parameter '" + k + "' must be 0 or 1";
    return false;
  }
  int Int(const std::string& k, int def, int lo, int hi) {
    std::string v = Get(k);
    if (v.empty()) return def;
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    if (*end != '\0' || n < lo || n > hi) {
      error_ = "parameter '" + k + "' must be a number from " + std::to_string(lo) + " to " +
               std::to_string(hi);
      return def;
    }
    return static_cast<int>(n);
  }

 private:
  std::map<std::string, std::string> values_;
  std::string error_;
};

// Fills the filters shared by /api/events and /api/barometer.
Status ReadFilters(Params& p, EventQuery* q) {
  if (!p.Get("dyad").empty()) {
    Status s = ParseDyad(p.Get("dyad"), q);
    if (!s.ok()) return s;
  }
  if (!p.Get("actor").empty()) {
    EventQuery a;
    Status s = ParseDyad(p.Get("actor") + ":", &a);
    if (!s.ok()) return Status::InvalidArgument("actor: " + s.message());
    q->actor = a.source;
  }
  std::string type = p.Get("type");
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') || type.size() > 32) {
      return Status::InvalidArgument("type is a CAMEO code prefix or a PLOVER type");
    }
  }
  q->type = type;
  q->from = p.Get("from");
  q->to = p.Get("to");
  q->undirected = p.Flag("undirected");
  return Status::Ok();
}

int HttpStatus(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    default: return 500;
  }
}

void WriteSide(json::Writer* w, const std::string& code, const std::string& text, Span span) {
  w->BeginObject();
  w->Key("code");
  w->String(code);
  w->Key("text");
  w->String(text);
  w->Key("span");
  if (span.empty()) {
    w->Null();
  } else {
    w->BeginArray();
    w->Int(span.begin);
    w->Int(span.end);
    w->EndArray();
  }
  w->EndObject();
}

ApiResponse Json(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

}  // namespace

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

ApiResponse Api::Handle(const ApiRequest& r) {
  struct Route {
    const char* method;
    const char* path;
    ApiResponse (Api::*handler)(const ApiRequest&);
  };
  static const Route kRoutes[] = {
      {"GET", "/api/events", &Api::Events},       {"GET", "/api/dyads", &Api::Dyads},
      {"GET", "/api/barometer", &Api::BarometerApi}, {"GET", "/api/document", &Api::DocumentApi},
      {"GET", "/doc", &Api::DocumentPage},        {"POST", "/api/explain", &Api::Explain},
      {"GET", "/api/commitments", &Api::CommitmentsApi},
  };
  bool path_known = false;
  for (const Route& route : kRoutes) {
    if (r.path != route.path) continue;
    path_known = true;
    if (r.method != route.method) continue;
    // Aggregates are worth caching; lists and documents are cheap lookups.
    if (route.handler == &Api::BarometerApi || route.handler == &Api::Dyads) {
      return Cached(r, route.handler);
    }
    return (this->*route.handler)(r);
  }
  if (path_known) return Error(405, "method " + r.method + " not allowed on " + r.path);
  return Error(404, "no such endpoint: " + r.path);
}

ApiResponse Api::Cached(const ApiRequest& r, ApiResponse (Api::*handler)(const ApiRequest&)) {
  if (cache_entries_ <= 0) return (this->*handler)(r);
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
  {
    std::lock_guard<std::mutex> lock(cache_mu_);
    auto it = cache_.find(key);
    if (it != cache_.end() && it->second.version == version) return it->second.response;
  }
  ApiResponse out = (this->*handler)(r);
  if (out.status == 200) {
    std::lock_guard<std::mutex> lock(cache_mu_);
    if (cache_.size() >= static_cast<size_t>(cache_entries_)) cache_.clear();
    cache_[key] = {version, out};
  }
  return out;
}

ApiResponse Api::Events(const ApiRequest& r) {
  Params p(r, {"actor", "dyad", "undirected", "type", "from", "to", "reports", "limit", "cursor"});
  EventQuery q;
  Status s = ReadFilters(p, &q);
  q.per_report = p.Flag("reports");
  q.limit = p.Int("limit", 50, 1, 1000);
  q.cursor = p.Get("cursor");
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
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
    w.Key("date");
    w.String(e.date);
    w.Key("sentence_index");
    w.Int(e.sentence_index);
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
    w.EndObject();
  }
  w.EndArray();
  w.Key("next_cursor");
  if (page->next_cursor.empty()) w.Null();
  else w.String(page->next_cursor);
  w.EndObject();
  return Json(w.Take());
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
    w.Key("source");
    w.String(d.source);
    w.Key("target");
    w.String(d.target);
    w.Key("events");
    w.Int(d.clusters);
    w.Key("reports");
    w.Int(d.reports);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Json(w.Take());
}

ApiResponse Api::BarometerApi(const ApiRequest& r) {
  Params p(r, {"dyad", "by", "from", "to", "type", "undirected", "reports", "normalize"});
  if (p.Get("dyad").empty() && p.error().empty()) return Error(400, "parameter 'dyad' is required");
  EventQuery q;
  Status s = ReadFilters(p, &q);
  BarometerOptions o;
  std::string by = p.Get("by").empty() ? "month" : p.Get("by");
  if (!ParsePeriod(by, &o.period)) return Error(400, "parameter 'by' must be day, week or month");
  o.count_reports = p.Flag("reports");
  o.normalize = p.Flag("normalize");
  if (!p.error().empty()) return Error(400, p.error());
  if (!s.ok()) return Error(400, s.message());
  auto lease = Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
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
  size_t start = 0;
  while (start <= d->text.size()) {
    size_t nl = d->text.find('\n', start);
    if (nl == std::string::npos) nl = d->text.size();
    if (nl > start) html += "<p>" + HtmlEscape(d->text.substr(start, nl - start)) + "</p>";
    start = nl + 1;
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
  auto pipeline = GetPipeline();
  if (!pipeline.ok()) return Error(503, "pipeline unavailable: " + pipeline.status().message());
  Document doc;
  doc.id = "explain";
  doc.date = p.Get("date");
  doc.text = r.body;
  AnalyzedDocument a;
  (*pipeline)->Analyze(doc, &a);
  std::string lines;
  EventWriter::Create(OutputFormat::kJsonl, OutputOptions{true})->Write(a, &lines);
  json::Writer w;
  w.BeginObject();
  w.Key("events");
  w.BeginArray();
  size_t start = 0;
  while (start < lines.size()) {
    size_t nl = lines.find('\n', start);
    if (nl == std::string::npos) nl = lines.size();
    if (nl > start) w.Raw(std::string_view(lines).substr(start, nl - start));
    start = nl + 1;
  }
  w.EndArray();
  w.Key("explain");
  w.String((*pipeline)->DumpAll(a));
  w.EndObject();
  return Json(w.Take());
}

}  // namespace entente::serve
