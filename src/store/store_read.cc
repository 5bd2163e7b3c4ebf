// store_read.cc — the read path: events with their evidence (one row per
// cluster or per report, keyset-paginated), dyads, and per-day aggregates for
// the barometer. Filters become SQL text only as fixed fragments with $N
// parameters; every value is bound.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "store/store_impl.h"

namespace entente::store {

namespace {

// Collects WHERE fragments and the values bound to their parameters.
class Where {
 public:
  // `t` is the table alias: the filter columns have the same names in
  // `clusters` and `events`.
  explicit Where(std::string t) : t_(std::move(t)) {}

  std::string Param(std::string value) { return Push(Value{Kind::kText, std::move(value), 0, 0}); }
  std::string IntParam(int64_t value) { return Push(Value{Kind::kInt, "", value, 0}); }
  std::string DoubleParam(double value) { return Push(Value{Kind::kDouble, "", 0, value}); }
  void Add(const std::string& clause) { clauses_.push_back(clause); }

  // "code starts with X, or the actor's country is X", resolved on the small
  // actors table first so the big tables are searched by exact codes (an
  // index seek per matching code instead of a scan of an OR).
  std::string Side(const std::string& col, const ActorFilter& f) {
    std::string lo = Param(f.code), hi = Param(f.code + "~"), c = Param(f.code);
    return t_ + col + " IN (SELECT code FROM actors WHERE (code >= " + lo + " AND code < " + hi +
           ") OR country = " + c + ")";
  }
  std::string Dyad(const ActorFilter& s, const ActorFilter& g) {
    std::string out;
    if (!s.empty()) out = Side("source", s);
    if (!g.empty()) out += (out.empty() ? "" : " AND ") + Side("target", g);
    return "(" + out + ")";
  }

  void AddQuery(const EventQuery& q) {
    if (!q.source.empty() || !q.target.empty()) {
      std::string d = Dyad(q.source, q.target);
      if (q.undirected) d = "(" + d + " OR " + Dyad(q.target, q.source) + ")";
      Add(d);
    }
    if (!q.actor.empty()) Add("(" + Side("source", q.actor) + " OR " + Side("target", q.actor) + ")");
    if (!q.type.empty()) {
      if (q.type[0] >= '0' && q.type[0] <= '9') {
        Add("(" + t_ + "cameo >= " + Param(q.type) + " AND " + t_ + "cameo < " +
            Param(q.type + "~") + ")");
      } else {
        Add(t_ + "plover = " + Param(q.type));
      }
    }
    if (!q.modality.empty()) Add(t_ + "modality = " + Param(q.modality));
    // A cluster's location columns are its best report's (store_write.cc).
    if (!q.location_country.empty()) Add(t_ + "location_country = " + Param(q.location_country));
    if (!q.location_region.empty()) Add(t_ + "location_region = " + Param(q.location_region));
    // Validate() has checked both dates.
    if (!q.from.empty()) Add(t_ + "day >= " + IntParam(DayNumber(q.from).value_or(0)));
    if (!q.to.empty()) Add(t_ + "day <= " + IntParam(DayNumber(q.to).value_or(0)));
    if (q.min_confidence) AddMinConfidence(*q.min_confidence);
  }

  // A report is kept when its confidence is at least `m`; a cluster when its
  // first report's is (the report Events() lists for it). NULL fails >=, so
  // an event without a confidence is left out by any minimum.
  void AddMinConfidence(double m) {
    if (t_ == "e.") {
      Add("e.confidence >= " + DoubleParam(m));
    } else {
      Add("EXISTS (SELECT 1 FROM events fe WHERE fe.id = " + t_ +
          "first_event AND fe.confidence >= " + DoubleParam(m) + ")");
    }
  }

  std::string Sql() const {
    std::string out;
    for (const auto& c : clauses_) out += (out.empty() ? " WHERE " : " AND ") + c;
    return out;
  }
  void Bind(Statement* st) const {
    for (size_t i = 0; i < values_.size(); ++i) {
      int n = static_cast<int>(i + 1);
      const Value& v = values_[i];
      if (v.kind == Kind::kInt) st->BindInt(n, v.i);
      else if (v.kind == Kind::kDouble) st->BindDouble(n, v.d);
      else st->BindText(n, v.text);
    }
  }

 private:
  enum class Kind { kText, kInt, kDouble };
  struct Value {
    Kind kind;
    std::string text;
    int64_t i;
    double d;
  };
  std::string Push(Value v) {
    values_.push_back(std::move(v));
    return "$" + std::to_string(values_.size());
  }

  std::string t_;
  std::vector<Value> values_;
  std::vector<std::string> clauses_;
};

// Prepares `sql`, binds `w`'s parameters and reads every row with `read`.
template <typename T, typename Read>
Result<std::vector<T>> QueryRows(Connection* conn, const std::string& sql, const Where& w,
                                 Read read) {
  auto prep = conn->Prepare(sql);
  if (!prep.ok()) return prep.status();
  w.Bind(*prep);
  std::vector<T> out;
  if (Status s = CollectRows(*prep, &out, read); !s.ok()) return s;
  return out;
}

Span Relative(int64_t begin, int64_t end, int64_t sent_begin, size_t sent_size) {
  if (end <= begin || begin < sent_begin) return Span{};
  int64_t b = begin - sent_begin, e = end - sent_begin;
  if (e > static_cast<int64_t>(sent_size)) return Span{};
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

// Parses "day:id"; false if malformed.
bool ParseCursor(const std::string& c, int64_t* day, int64_t* id) {
  size_t colon = c.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= c.size()) return false;
  char* end = nullptr;
  *day = std::strtoll(c.c_str(), &end, 10);
  if (end != c.c_str() + colon) return false;
  *id = std::strtoll(c.c_str() + colon + 1, &end, 10);
  return *end == '\0';
}

Status Validate(const EventQuery& q) {
  for (const std::string* d : {&q.from, &q.to}) {
    if (!d->empty() && (d->size() != 10 || !DayNumber(*d))) {
      return Status::InvalidArgument("dates are YYYY-MM-DD: '" + *d + "'");
    }
  }
  if (q.min_confidence && !std::isfinite(*q.min_confidence)) {
    return Status::InvalidArgument("the minimum confidence must be a finite number");
  }
  return CheckLocationFilter(q.location_country, q.location_region);
}

// The location columns of the events row with alias `a` (per report, the
// event itself; per cluster, its best-located report, joined on
// location_event).
std::string LocationColumns(const std::string& a) {
  std::string out = a + "id";
  for (const char* c : {"text", "begin", "end", "place", "name", "country", "region",
                        "precision", "lat", "lon", "dateline"}) {
    out += ", " + a + "location_" + c;
  }
  return out;
}

// Reads LocationColumns() from column `at` on; the span is made relative to
// the sentence when `l` is the listed report itself.
EventLocation ReadLocation(Statement* st, int at, int64_t event_id, int64_t sentence_begin,
                           size_t sentence_size) {
  EventLocation l;
  l.text = st->Text(at + 1);
  if (st->IsNull(at) || l.text.empty()) return EventLocation();
  if (st->Int(at) == event_id) {
    l.span = Relative(st->Int(at + 2), st->Int(at + 3), sentence_begin, sentence_size);
  }
  l.place_id = st->Text(at + 4);
  l.name = st->Text(at + 5);
  l.country = st->Text(at + 6);
  l.region = st->Text(at + 7);
  l.precision = st->Text(at + 8);
  l.has_coords = !st->IsNull(at + 9) && !st->IsNull(at + 10);
  if (l.has_coords) {
    l.lat = st->Double(at + 9);
    l.lon = st->Double(at + 10);
  }
  l.from_dateline = st->Int(at + 11) != 0;
  return l;
}

}  // namespace

Result<EventPage> StoreImpl::Events(const EventQuery& q) {
  if (q.limit < 1 || q.limit > 1000) return Status::InvalidArgument("limit must be 1..1000");
  if (Status s = Validate(q); !s.ok()) return s;
  std::string t = q.per_report ? "e." : "c.";
  Where w(t);
  w.AddQuery(q);
  if (!q.cursor.empty()) {
    int64_t day = 0, id = 0;
    if (!ParseCursor(q.cursor, &day, &id)) return Status::InvalidArgument("bad cursor");
    std::string d = w.IntParam(day), d2 = w.IntParam(day), i = w.IntParam(id);
    w.Add("(" + t + "day < " + d + " OR (" + t + "day = " + d2 + " AND " + t + "id < " + i + "))");
  }
  if (!q.doc_id.empty()) {
    w.Add("e.doc = (SELECT id FROM documents WHERE doc_key = " + w.Param(q.doc_id) + ")");
  }
  std::string sql =
      "SELECT c.id, c.reports, c.documents, d.doc_key, d.title, d.url, e.date, e.sentence,"
      " s.text, s.begin_byte, e.source, e.source_text, e.source_begin, e.source_end, e.target,"
      " e.target_text, e.target_begin, e.target_end, e.trigger_begin, e.trigger_end, e.cameo,"
      " e.plover, e.trigger, e.modality, e.quad, e.goldstein, e.negated, e.id, " +
      t + "day, " + t + "id, d.date, e.date_precision, d.publisher, d.coded_by, e.source_country,"
      " e.target_country, (SELECT COUNT(DISTINCT CASE WHEN d2.publisher = '' THEN 'doc:' ||"
      " d2.doc_key ELSE d2.publisher END) FROM events e2 JOIN documents d2 ON d2.id = e2.doc"
      " WHERE e2.cluster = c.id), e.attribution, e.why, e.confidence, ";
  sql += LocationColumns(q.per_report ? "e." : "l.");
  sql += q.per_report ? " FROM events e LEFT JOIN clusters c ON c.id = e.cluster"
                      : " FROM clusters c JOIN events e ON e.id = c.first_event"
                        " LEFT JOIN events l ON l.id = c.location_event";
  sql += " JOIN documents d ON d.id = e.doc"
         " LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence";
  sql += w.Sql() + " ORDER BY " + t + "day DESC, " + t + "id DESC LIMIT " +
         w.IntParam(q.limit + 1);
  auto prep = conn_->Prepare(sql);
  if (!prep.ok()) return prep.status();
  Statement* st = *prep;
  w.Bind(st);
  EventPage page;
  int64_t last_day = 0, last_id = 0;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (static_cast<int>(page.events.size()) == q.limit) {
      page.next_cursor = std::to_string(last_day) + ":" + std::to_string(last_id);
      break;
    }
    StoredEvent e;
    e.cluster = st->Int(0);
    e.reports = st->IsNull(1) ? 1 : static_cast<int>(st->Int(1));
    e.documents = st->IsNull(2) ? 1 : static_cast<int>(st->Int(2));
    e.doc_id = st->Text(3);
    e.title = st->Text(4);
    e.url = st->Text(5);
    e.date = st->Text(6);
    e.sentence_index = static_cast<uint32_t>(st->Int(7));
    e.sentence = st->Text(8);
    int64_t sb = st->Int(9);
    e.sentence_begin = static_cast<uint32_t>(std::max<int64_t>(0, sb));
    e.source = st->Text(10);
    e.source_text = st->Text(11);
    e.source_span = Relative(st->Int(12), st->Int(13), sb, e.sentence.size());
    e.target = st->Text(14);
    e.target_text = st->Text(15);
    e.target_span = Relative(st->Int(16), st->Int(17), sb, e.sentence.size());
    e.trigger_span = Relative(st->Int(18), st->Int(19), sb, e.sentence.size());
    e.cameo = st->Text(20);
    e.plover = st->Text(21);
    e.trigger = st->Text(22);
    e.modality = st->Text(23);
    e.quad = static_cast<int>(st->Int(24));
    e.goldstein = st->Double(25);
    e.negated = st->Int(26) != 0;
    e.id = st->Int(27);
    last_day = st->Int(28);
    last_id = st->Int(29);
    e.published = st->Text(30);
    e.date_precision = st->Text(31);
    e.publisher = st->Text(32);
    e.coded_by = st->Text(33);
    e.source_country = st->Text(34);
    e.target_country = st->Text(35);
    e.sources = st->IsNull(36) ? 1 : std::max(1, static_cast<int>(st->Int(36)));
    e.attribution = st->Text(37);
    e.why = st->Text(38);
    if (!st->IsNull(39)) e.confidence = st->Double(39);
    e.location = ReadLocation(st, 40, e.id, sb, e.sentence.size());
    page.events.push_back(std::move(e));
  }
  st->Reset();
  return page;
}

Result<StoredDocument> StoreImpl::GetDocument(const std::string& doc_id) {
  auto st = conn_->Prepare("SELECT doc_key, date, title, url, text FROM documents WHERE doc_key = $1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, doc_id);
  auto row = (*st)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no document '" + doc_id + "'");
  StoredDocument d{(*st)->Text(0), (*st)->Text(1), (*st)->Text(2), (*st)->Text(3), (*st)->Text(4)};
  (*st)->Reset();
  return d;
}

Result<std::vector<RejectedDocument>> StoreImpl::Rejected(int limit) {
  Where w("");
  std::string sql =
      "SELECT doc_key, origin, reason, worker, attempts FROM rejected ORDER BY id DESC LIMIT " +
      w.IntParam(std::clamp(limit, 1, 100000));
  return QueryRows<RejectedDocument>(conn_.get(), sql, w, [](Statement* r) {
    return RejectedDocument{r->Text(0), r->Text(1), r->Text(2), r->Text(3),
                            static_cast<int>(r->Int(4))};
  });
}

Result<std::vector<std::string>> StoreImpl::ClusterDocuments(int64_t cluster) {
  Where w("");
  std::string sql =
      "SELECT d.doc_key FROM documents d WHERE d.id IN"
      " (SELECT e.doc FROM events e WHERE e.cluster = " + w.IntParam(cluster) + ") ORDER BY d.id";
  return QueryRows<std::string>(conn_.get(), sql, w, [](Statement* r) { return r->Text(0); });
}

Result<std::vector<DyadCount>> StoreImpl::Dyads(int limit) {
  if (limit < 1 || limit > 10000) return Status::InvalidArgument("limit must be 1..10000");
  Where w("");
  std::string sql =
      "SELECT source, target, COUNT(*) AS n, SUM(reports) FROM clusters"
      " WHERE source <> '' AND target <> '' AND negated = 0"
      " GROUP BY source, target ORDER BY n DESC, source, target LIMIT " + w.IntParam(limit);
  return QueryRows<DyadCount>(conn_.get(), sql, w, [](Statement* r) {
    return DyadCount{r->Text(0), r->Text(1), r->Int(2), r->Int(3)};
  });
}

Result<std::vector<DyadQuads>> StoreImpl::Network(const EventQuery& q) {
  if (q.limit < 1 || q.limit > 10000) return Status::InvalidArgument("limit must be 1..10000");
  if (Status s = Validate(q); !s.ok()) return s;
  Where w("c.");
  w.AddQuery(q);
  w.Add("c.negated = 0");
  w.Add("c.source <> ''");
  w.Add("c.target <> ''");
  std::string sql = "SELECT c.source, c.target, COUNT(*) AS n, SUM(c.reports), SUM(c.goldstein)";
  for (int quad = 1; quad <= 4; ++quad) {
    sql += ", SUM(CASE WHEN c.quad = " + std::to_string(quad) + " THEN 1 ELSE 0 END)";
  }
  sql += " FROM clusters c" + w.Sql() +
         " GROUP BY c.source, c.target ORDER BY n DESC, c.source, c.target LIMIT " +
         w.IntParam(q.limit);
  return QueryRows<DyadQuads>(conn_.get(), sql, w, [](Statement* r) {
    DyadQuads d;
    d.source = r->Text(0);
    d.target = r->Text(1);
    d.clusters = r->Int(2);
    d.reports = r->Int(3);
    d.goldstein = r->Double(4);
    for (int i = 0; i < 4; ++i) d.quads[i] = r->Int(5 + i);
    return d;
  });
}

namespace {

// The columns Places() groups by, for one level: per cluster on the
// cluster's own location columns (the place ones from its best-located
// report, `l`), per report on the event's.
std::string PlaceKeys(PlaceLevel level, const std::string& t, const std::string& l) {
  switch (level) {
    case PlaceLevel::kCountry: return t + "location_country";
    case PlaceLevel::kRegion: return t + "location_country, " + t + "location_region";
    case PlaceLevel::kPlace: break;
  }
  return l + "location_place";
}

PlaceCount ReadPlace(Statement* r, PlaceLevel level) {
  PlaceCount p;
  p.clusters = r->Int(0);
  p.reports = r->Int(1);
  p.country = r->Text(2);
  if (level == PlaceLevel::kCountry) {
    p.precision = "country";
    return p;
  }
  p.region = r->Text(3);
  if (level == PlaceLevel::kRegion) {
    p.precision = p.region.empty() ? "country" : "region";
    return p;
  }
  p.place_id = r->Text(4);
  p.name = r->Text(5);
  p.precision = r->Text(6);
  p.has_coords = !r->IsNull(7) && !r->IsNull(8);
  if (p.has_coords) {
    p.lat = r->Double(7);
    p.lon = r->Double(8);
  }
  return p;
}

}  // namespace

Result<PlaceCounts> StoreImpl::Places(const EventQuery& q, PlaceLevel level) {
  if (q.limit < 1 || q.limit > 10000) return Status::InvalidArgument("limit must be 1..10000");
  if (Status s = Validate(q); !s.ok()) return s;
  std::string t = q.per_report ? "e." : "c.", l = q.per_report ? "e." : "l.";
  std::string from = q.per_report ? " FROM events e"
                                  : " FROM clusters c LEFT JOIN events l ON l.id = c.location_event";
  std::string counts = q.per_report ? "COUNT(DISTINCT e.cluster), COUNT(*)" : "COUNT(*), SUM(c.reports)";
  PlaceCounts out;
  for (bool located : {true, false}) {
    Where w(t);
    w.AddQuery(q);
    w.Add(t + "negated = 0");
    w.Add(t + "location_country " + (located ? "<> ''" : "= ''"));
    std::string sql = "SELECT " + counts;
    if (located) {
      // Country and region are the cluster's own columns, the same as its
      // best report's; the other place fields come from that report.
      sql += ", MIN(" + t + "location_country), MIN(" + t + "location_region)";
      if (level == PlaceLevel::kPlace) {
        for (const char* c : {"place", "name", "precision", "lat", "lon"}) {
          sql += ", MIN(" + l + "location_" + c + ")";
        }
      }
    }
    sql += from + w.Sql();
    if (located) {
      sql += " GROUP BY " + PlaceKeys(level, t, l) + " ORDER BY 1 DESC, 2 DESC, " +
             PlaceKeys(level, t, l) + " LIMIT " + w.IntParam(q.limit);
    }
    auto prep = conn_->Prepare(sql);
    if (!prep.ok()) return prep.status();
    w.Bind(*prep);
    if (located) {
      Status read = CollectRows(*prep, &out.places, [&](Statement* r) { return ReadPlace(r, level); });
      if (!read.ok()) return read;
      continue;
    }
    auto row = (*prep)->Step();
    if (!row.ok()) return row.status();
    if (*row) {
      out.unlocated_clusters = (*prep)->Int(0);
      out.unlocated_reports = (*prep)->Int(1);
    }
    (*prep)->Reset();
  }
  return out;
}

Result<std::vector<DailyQuad>> StoreImpl::DailyQuads(const EventQuery& q) {
  if (Status s = Validate(q); !s.ok()) return s;
  Where w("c.");
  w.AddQuery(q);
  // Negated events did not happen; undated ones cannot be placed in time.
  w.Add("c.negated = 0");
  w.Add("c.day > " + w.IntParam(kUndatedDay));
  std::string sql =
      "SELECT c.day, c.quad, COUNT(*), SUM(c.reports), SUM(c.goldstein),"
      " SUM(c.goldstein * c.reports) FROM clusters c" +
      w.Sql() + " GROUP BY c.day, c.quad ORDER BY c.day, c.quad";
  return QueryRows<DailyQuad>(conn_.get(), sql, w, [](Statement* r) {
    DailyQuad d;
    d.date = DateOfDay(r->Int(0));
    d.quad = static_cast<int>(r->Int(1));
    d.clusters = r->Int(2);
    d.reports = r->Int(3);
    d.goldstein_clusters = r->Double(4);
    d.goldstein_reports = r->Double(5);
    return d;
  });
}

Result<std::vector<DailyVolume>> StoreImpl::DailyVolumes(const std::string& from,
                                                          const std::string& to) {
  EventQuery q;
  q.from = from;
  q.to = to;
  if (Status s = Validate(q); !s.ok()) return s;
  Where w("c.");
  w.AddQuery(q);
  w.Add("c.negated = 0");
  w.Add("c.day > " + w.IntParam(kUndatedDay));
  std::string sql = "SELECT c.day, COUNT(*), SUM(c.reports) FROM clusters c" + w.Sql() +
                    " GROUP BY c.day ORDER BY c.day";
  return QueryRows<DailyVolume>(conn_.get(), sql, w, [](Statement* r) {
    return DailyVolume{DateOfDay(r->Int(0)), r->Int(1), r->Int(2)};
  });
}

Result<std::vector<StoredCommitment>> StoreImpl::Commitments(const EventQuery& q) {
  if (q.limit < 1 || q.limit > 1000) return Status::InvalidArgument("limit must be 1..1000");
  if (!q.location_country.empty() || !q.location_region.empty()) {
    return Status::InvalidArgument("commitments have no location to filter by");
  }
  if (q.min_confidence) return Status::InvalidArgument("commitments have no confidence to filter by");
  if (Status s = Validate(q); !s.ok()) return s;
  Where w("c.");
  w.AddQuery(q);
  std::string sql =
      "SELECT c.id, d.doc_key, d.title, d.url, c.date, c.sentence, s.text, s.begin_byte, c.source,"
      " c.source_text, c.target, c.target_text, c.plover, c.cameo, c.cue, c.action, c.object,"
      " c.quantity, c.deadline_text, c.deadline, c.deadline_day, c.trigger, c.trigger_begin,"
      " c.trigger_end, c.attribution, c.act_type FROM commitments c JOIN documents d ON d.id = c.doc"
      " LEFT JOIN sentences s ON s.doc = c.doc AND s.idx = c.sentence" +
      w.Sql() + " ORDER BY c.day DESC, c.id DESC LIMIT " + w.IntParam(q.limit);
  return QueryRows<StoredCommitment>(conn_.get(), sql, w, [](Statement* r) {
    StoredCommitment c;
    c.id = r->Int(0);
    c.doc_id = r->Text(1);
    c.title = r->Text(2);
    c.url = r->Text(3);
    c.date = r->Text(4);
    c.sentence_index = static_cast<uint32_t>(r->Int(5));
    c.sentence = r->Text(6);
    int64_t sb = r->Int(7);
    c.source = r->Text(8);
    c.source_text = r->Text(9);
    c.target = r->Text(10);
    c.target_text = r->Text(11);
    c.plover = r->Text(12);
    c.cameo = r->Text(13);
    c.cue = r->Text(14);
    c.action = r->Text(15);
    c.object = r->Text(16);
    c.quantity = r->Text(17);
    c.deadline_text = r->Text(18);
    c.deadline = r->Text(19);
    int64_t end = r->Int(20);
    c.deadline_end = end != kUndatedDay ? DateOfDay(end) : "";
    c.trigger = r->Text(21);
    c.trigger_span = Relative(r->Int(22), r->Int(23), sb, c.sentence.size());
    c.attribution = r->Text(24);
    c.act_type = r->Text(25);
    return c;
  });
}

Result<StoreStats> StoreImpl::Stats() {
  StoreStats s;
  struct Item {
    const char* sql;
    int64_t* out;
  } items[] = {{"SELECT COUNT(*) FROM documents", &s.documents},
               {"SELECT COUNT(*) FROM sentences", &s.sentences},
               {"SELECT COUNT(*) FROM events", &s.events},
               {"SELECT COUNT(*) FROM clusters", &s.clusters},
               {"SELECT COUNT(*) FROM actors", &s.actors}};
  for (const Item& it : items) {
    auto st = conn_->Prepare(it.sql);
    if (!st.ok()) return st.status();
    auto row = (*st)->Step();
    if (!row.ok()) return row.status();
    *it.out = *row ? (*st)->Int(0) : 0;
    (*st)->Reset();
  }
  return s;
}

Result<int64_t> StoreImpl::DataVersion() {
  auto st = conn_->Prepare("SELECT COALESCE(MAX(id), 0) FROM events");
  if (!st.ok()) return st.status();
  auto row = (*st)->Step();
  if (!row.ok()) return row.status();
  int64_t v = *row ? (*st)->Int(0) : 0;
  (*st)->Reset();
  return v;
}

Result<std::vector<StoredActor>> StoreImpl::Actors() {
  Where none("");
  std::string sql = "SELECT code, country, sectors, org, name, mentions FROM actors ORDER BY code";
  return QueryRows<StoredActor>(conn_.get(), sql, none, [](Statement* r) {
    return StoredActor{r->Text(0), r->Text(1), r->Text(2), r->Text(3), r->Text(4), r->Int(5)};
  });
}

}  // namespace entente::store

namespace entente {

Status CheckLocationFilter(const std::string& country, const std::string& region) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!country.empty() && (country.size() != 3 || !std::all_of(country.begin(), country.end(), upper))) {
    return Status::InvalidArgument("location country is an ISO 3166-1 alpha-3 code such as SYR: '" +
                                   country + "'");
  }
  bool region_ok = region.size() >= 4 && region.size() <= 6 && upper(region[0]) && upper(region[1]) &&
                   region[2] == '-' &&
                   std::all_of(region.begin() + 3, region.end(), [&](char c) { return upper(c) || digit(c); });
  if (!region.empty() && !region_ok) {
    return Status::InvalidArgument("region is an ISO 3166-2 code such as SY-02: '" + region + "'");
  }
  return Status::Ok();
}

}  // namespace entente
