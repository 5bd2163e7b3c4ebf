// export.cc — the store's event clusters as CSV, JSON Lines or GDELT rows
// (include/entente/export.h, doc/formats/export.md).
#include "entente/export.h"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "analyze/json.h"
#include "output/gdelt_row.h"

namespace entente {

namespace {

// The columns of the CSV and the keys of the JSON Lines records, in order.
const char* const kColumns[] = {
    "event_id", "date", "date_precision", "published", "source", "source_country", "target",
    "target_country", "cameo", "plover", "quad", "goldstein", "modality", "negated", "reports",
    "documents", "sources", "doc_id", "title", "url", "publisher", "sentence", "trigger",
    "source_text", "target_text", "coded_by", "location_text", "location_place_id",
    "location_country", "location_region", "location_precision", "location_lat", "location_lon",
    "location_from_dateline", "confidence"};

std::string Coordinate(const EventLocation& l, double v) {
  return l.has_coords ? fmt::format("{:.4f}", v) : "";
}

std::vector<std::string> Values(const StoredEvent& e) {
  const EventLocation& l = e.location;
  return {std::to_string(e.cluster), e.date, e.date_precision, e.published, e.source,
          e.source_country, e.target, e.target_country, e.cameo, e.plover,
          std::to_string(e.quad), fmt::format("{:.1f}", e.goldstein), e.modality,
          e.negated ? "1" : "0", std::to_string(e.reports), std::to_string(e.documents),
          std::to_string(e.sources), e.doc_id, e.title, e.url, e.publisher, e.sentence,
          e.trigger, e.source_text, e.target_text, e.coded_by, l.text, l.place_id, l.country,
          l.region, l.precision, Coordinate(l, l.lat), Coordinate(l, l.lon),
          l.from_dateline ? "1" : "0",
          e.confidence ? fmt::format("{:.3f}", *e.confidence) : ""};
}

// RFC 4180: quoted when it holds a comma, quote or line break.
void CsvField(const std::string& v, std::string* out) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) {
    *out += v;
    return;
  }
  *out += '"';
  for (char c : v) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

bool IsNumberColumn(size_t i) {
  std::string_view c = kColumns[i];
  return c == "event_id" || c == "quad" || c == "goldstein" || c == "reports" ||
         c == "documents" || c == "sources" || c == "location_lat" || c == "location_lon" ||
         c == "confidence";
}

bool IsBoolColumn(size_t i) {
  std::string_view c = kColumns[i];
  return c == "negated" || c == "location_from_dateline";
}

ActorMention Mention(const std::string& code, const std::string& country,
                     const std::string& text, const std::string& sectors) {
  ActorMention m;
  m.code = code;
  m.country = country;
  m.text = text;
  for (size_t i = 0; i + 3 <= sectors.size(); i += 4) m.sectors.push_back(sectors.substr(i, 3));
  return m;
}

}  // namespace

bool ParseExportFormat(const std::string& name, ExportFormat* format) {
  if (name == "csv") { *format = ExportFormat::kCsv; return true; }
  if (name == "jsonl") { *format = ExportFormat::kJsonl; return true; }
  if (name == "gdelt") { *format = ExportFormat::kGdelt; return true; }
  return false;
}

Result<EventQuery> ExportQuery(const ExportFilters& f) {
  EventQuery q;
  if (!f.dyad.empty()) {
    if (Status s = ParseDyad(f.dyad, &q); !s.ok()) {
      return Status::InvalidArgument("dyad: " + s.message());
    }
  }
  q.undirected = f.undirected;
  q.actor.code = f.actor;
  q.type = f.type;
  q.modality = f.modality == "all" ? "" : f.modality;
  q.from = f.date_from;
  q.to = f.date_to;
  q.location_country = f.location_country;
  q.location_region = f.location_region;
  q.min_confidence = f.min_confidence;
  if (q.min_confidence && !std::isfinite(*q.min_confidence)) {
    return Status::InvalidArgument("min-confidence: must be a finite number");
  }
  if (Status s = CheckLocationFilter(q.location_country, ""); !s.ok()) {
    return Status::InvalidArgument("location-country: " + s.message());
  }
  if (Status s = CheckLocationFilter("", q.location_region); !s.ok()) {
    return Status::InvalidArgument("location-region: " + s.message());
  }
  return q;
}

std::string ExportHeader(ExportFormat format) {
  if (format != ExportFormat::kCsv) return "";
  std::string out;
  for (const char* c : kColumns) out += (out.empty() ? "" : ",") + std::string(c);
  return out + "\n";
}

void AppendExportRow(const StoredEvent& e, ExportFormat format, const std::string& source_sectors,
                     const std::string& target_sectors, std::string* out) {
  if (format == ExportFormat::kGdelt) {
    ActorMention s = Mention(e.source, e.source_country, e.source_text, source_sectors);
    ActorMention t = Mention(e.target, e.target_country, e.target_text, target_sectors);
    GdeltEvent g;
    g.global_id = static_cast<uint64_t>(e.cluster);
    g.date = e.date;
    g.source = &s;
    g.target = &t;
    g.root = e.sentence_index == 0;
    g.cameo = e.cameo;
    g.quad = e.quad;
    g.goldstein = e.goldstein;
    g.mentions = e.reports;
    g.sources = e.sources;
    g.articles = e.documents;
    g.url = e.url;
    g.location = &e.location;
    AppendGdeltRow(g, out);
    return;
  }
  std::vector<std::string> v = Values(e);
  if (format == ExportFormat::kCsv) {
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) *out += ',';
      CsvField(v[i], out);
    }
    *out += '\n';
    return;
  }
  json::Writer w;
  w.BeginObject();
  for (size_t i = 0; i < v.size(); ++i) {
    w.Key(kColumns[i]);
    if (v[i].empty()) w.Null();
    else if (IsNumberColumn(i)) w.Raw(v[i]);
    else if (IsBoolColumn(i)) w.Bool(v[i] == "1");
    else w.String(v[i]);
  }
  w.EndObject();
  *out += w.Take();
  *out += '\n';
}

Result<int64_t> ExportEvents(EventStore* store, EventQuery query, ExportFormat format,
                             const std::function<bool(std::string_view)>& write) {
  std::map<std::string, std::string> sectors;
  if (format == ExportFormat::kGdelt) {
    auto actors = store->Actors();
    if (!actors.ok()) return actors.status();
    for (const StoredActor& a : *actors) sectors[a.code] = a.sectors;
  }
  auto sectors_of = [&](const std::string& code) {
    auto it = sectors.find(code);
    return it == sectors.end() ? std::string() : it->second;
  };
  query.per_report = false;
  query.limit = 1000;
  query.cursor.clear();
  if (!write(ExportHeader(format))) return Status::IoError("output failed");
  int64_t n = 0;
  std::string buf;
  do {
    auto page = store->Events(query);
    if (!page.ok()) return page.status();
    buf.clear();
    for (const StoredEvent& e : page->events) {
      AppendExportRow(e, format, sectors_of(e.source), sectors_of(e.target), &buf);
      ++n;
    }
    if (!write(buf)) return Status::IoError("output failed");
    query.cursor = page->next_cursor;
  } while (!query.cursor.empty());
  return n;
}

}  // namespace entente
