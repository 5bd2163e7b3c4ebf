// store_write.cc — opening a store and the write path: documents (skipped
// when their id or content is already stored), sentences, actors, events,
// and the assignment of each event to a cluster ("one event, many reports").
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "entente/store.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace entente {

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& location,
                                                     const StoreOptions& options) {
  if (location.empty()) return Status::InvalidArgument("no database given");
  if (options.dedup_window_days < 0 || options.dedup_window_days > 365) {
    return Status::InvalidArgument("dedup window must be 0..365 days");
  }
  bool pg = location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
  auto conn = pg ? store::OpenPostgres(location) : store::OpenSqlite(location, options.read_only);
  if (!conn.ok()) return conn.status();
  Status s = store::EnsureSchema(conn->get(), options.read_only);
  if (!s.ok()) return Status(s.code(), location + ": " + s.message());
  return std::unique_ptr<EventStore>(
      std::make_unique<store::StoreImpl>(std::move(conn).value(), options));
}

Status ParseDyad(const std::string& text, EventQuery* query) {
  size_t colon = text.find(':');
  if (colon == std::string::npos || text.find(':', colon + 1) != std::string::npos) {
    return Status::InvalidArgument("dyad must be SOURCE:TARGET, e.g. USA:IGOWSTNAT");
  }
  std::string a = text.substr(0, colon), b = text.substr(colon + 1);
  for (const std::string* side : {&a, &b}) {
    if (side->size() > 32) return Status::InvalidArgument("actor code too long in dyad");
    for (char c : *side) {
      // '-' fills an unknown part of a code ("---" is an unidentified actor).
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return Status::InvalidArgument("actor codes are upper-case letters, digits and '-': '" +
                                       *side + "'");
      }
    }
  }
  if (a.empty() && b.empty()) return Status::InvalidArgument("dyad needs at least one side");
  query->source.code = a;
  query->target.code = b;
  return Status::Ok();
}

namespace store {

namespace {

std::string Join(const std::vector<std::string>& v, char sep) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Finishes a 64-bit hash so that nearby inputs spread over all bits.
uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

// The event type two reports must share to be one event: the CAMEO root
// ("042" and "043" are both 04, consult), else the PLOVER type.
std::string EventType(const Event& e) {
  if (e.cameo.size() >= 2) return e.cameo.substr(0, 2);
  return e.plover;
}

// How precise a location is, for choosing a cluster's: 0 none, 1 a
// country (or an unknown precision), 2 a region, 3 a city.
int LocationRank(const EventLocation& l) {
  if (l.empty()) return 0;
  return l.precision == "city" ? 3 : l.precision == "region" ? 2 : 1;
}

}  // namespace

std::string ContentHash(std::string_view text) {
  std::string norm;
  norm.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !norm.empty()) norm += ' ';
    space = false;
    norm += c;
  }
  // Two independent 64-bit halves: collisions are negligible at any corpus
  // size the store will hold.
  uint64_t a = Mix(Fnv1a(norm)), b = Mix(Fnv1a(norm, 0x9e3779b97f4a7c15ull) + norm.size());
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

Status StoreImpl::Begin() {
  if (in_transaction_) return Status::InvalidArgument("transaction already open");
  Status s = conn_->Exec(conn_->dialect() == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  if (s.ok()) in_transaction_ = true;
  return s;
}

Status StoreImpl::Commit() {
  if (!in_transaction_) return Status::InvalidArgument("no transaction open");
  Status s = Flush();
  if (!s.ok()) {
    Rollback();
    return s;
  }
  s = conn_->Exec("COMMIT");
  in_transaction_ = false;
  locked_.clear();
  return s;
}

Status StoreImpl::Rollback() {
  pending_.clear();
  actors_.clear();
  locked_.clear();
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  return conn_->Exec("ROLLBACK");
}

Result<bool> StoreImpl::HasDocument(const std::string& doc_id) {
  auto st = conn_->Prepare("SELECT 1 FROM documents WHERE doc_key = $1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, doc_id);
  auto row = (*st)->Step();
  if (!row.ok()) return row.status();
  bool found = *row;
  (*st)->Reset();
  return found;
}

Status StoreImpl::RecordRejected(const RejectedDocument& r) {
  auto st = conn_->Prepare(
      "INSERT INTO rejected (doc_key, origin, reason, worker, attempts) VALUES ($1, $2, $3, $4, $5)"
      " ON CONFLICT (doc_key) DO UPDATE SET origin = excluded.origin, reason = excluded.reason,"
      " worker = excluded.worker, attempts = excluded.attempts");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, r.key);
  (*st)->BindText(2, r.origin);
  (*st)->BindText(3, r.reason);
  (*st)->BindText(4, r.worker);
  (*st)->BindInt(5, r.attempts);
  return Run(*st);
}

Result<IdMatch> StoreImpl::MatchDocument(const Document& doc) {
  auto st = conn_->Prepare("SELECT content_hash FROM documents WHERE doc_key = $1");
  if (!st.ok()) return st.status();
  (*st)->BindText(1, doc.id);
  auto row = (*st)->Step();
  if (!row.ok()) return row.status();
  IdMatch m = IdMatch::kNotStored;
  if (*row) m = (*st)->Text(0) == ContentHash(doc.text) ? IdMatch::kSameText : IdMatch::kDifferentText;
  (*st)->Reset();
  return m;
}

Result<WriteOutcome> StoreImpl::Write(const AnalyzedDocument& doc) {
  if (in_transaction_) return WriteInTransaction(doc);
  Status s = Begin();
  if (!s.ok()) return s;
  auto r = WriteInTransaction(doc);
  if (!r.ok()) {
    Rollback();
    return r;
  }
  s = Commit();
  if (!s.ok()) return s;
  return r;
}

Result<WriteOutcome> StoreImpl::WriteInTransaction(const AnalyzedDocument& a) {
  const Document& d = a.doc;
  auto ins = conn_->Prepare(
      "INSERT INTO documents (doc_key, content_hash, date, title, url, source_file, text,"
      " publisher, coded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
      " ON CONFLICT DO NOTHING RETURNING id");
  if (!ins.ok()) return ins.status();
  Statement* st = *ins;
  st->BindText(1, d.id);
  st->BindText(2, ContentHash(d.text));
  st->BindText(3, d.date);
  st->BindText(4, d.title);
  st->BindText(5, d.url);
  st->BindText(6, d.source_file);
  st->BindText(7, d.text);
  st->BindText(8, d.publisher);
  st->BindText(9, options_.coded_by);
  auto row = st->Step();
  if (!row.ok()) return row.status();
  if (!*row) {
    auto has = HasDocument(d.id);
    if (!has.ok()) return has.status();
    return *has ? WriteOutcome::kDuplicateId : WriteOutcome::kDuplicateContent;
  }
  int64_t doc_row = st->Int(0);
  st->Reset();

  auto sent = conn_->Prepare(
      "INSERT INTO sentences (doc, idx, begin_byte, end_byte, text) VALUES ($1, $2, $3, $4, $5)");
  if (!sent.ok()) return sent.status();
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    Span sp = a.sentences[i].span;
    if (sp.end > d.text.size() || sp.begin > sp.end) sp = Span{};
    (*sent)->Reset();
    (*sent)->BindInt(1, doc_row);
    (*sent)->BindInt(2, static_cast<int64_t>(i));
    (*sent)->BindInt(3, sp.begin);
    (*sent)->BindInt(4, sp.end);
    (*sent)->BindText(5, std::string_view(d.text).substr(sp.begin, sp.size()));
    Status s = Run(*sent);
    if (!s.ok()) return s;
  }
  for (const ActorMention& m : a.actors) NoteActor(m, 1);
  Status s = WriteEvents(a, doc_row);
  if (s.ok()) s = WriteCommitments(a, doc_row);
  if (!s.ok()) return s;
  return WriteOutcome::kStored;
}

void StoreImpl::NoteActor(const ActorMention& m, int mentions) {
  if (m.code.empty()) return;
  auto [it, added] = actors_.try_emplace(m.code);
  ActorCount& c = it->second;
  if (added) {
    c.country = m.country;
    c.sectors = Join(m.sectors, ' ');
    c.org = m.org;
    c.name = m.name;
  }
  c.mentions += mentions;
}

Status StoreImpl::WriteEvents(const AnalyzedDocument& a, int64_t doc_row) {
  auto ins = conn_->Prepare(
      "INSERT INTO events (doc, sentence, ord, date, day, source, source_country, source_text,"
      " source_begin, source_end, target, target_country, target_text, target_begin, target_end,"
      " cameo, plover, quad, goldstein, modality, negated, trigger, trigger_begin, trigger_end,"
      " attribution, why, date_precision, location_text, location_begin, location_end,"
      " location_place, location_name, location_country, location_region, location_precision,"
      " location_lat, location_lon, location_dateline, confidence) VALUES ($1, $2, $3, $4, $5,"
      " $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,"
      " $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39)"
      " RETURNING id");
  if (!ins.ok()) return ins.status();
  Statement* st = *ins;
  int ord = 0;
  for (const Event& e : a.events) {
    EventDay when = DayOf(e, a.doc.date);
    // Dyad filters resolve sides on the actors table: every code an event
    // uses must be there, even if the actors stage did not list the mention.
    for (const ActorMention& m : e.sources) NoteActor(m, 0);
    for (const ActorMention& m : e.targets) NoteActor(m, 0);
    // One row per source–target pair, as CAMEO-style outputs write them.
    std::vector<const ActorMention*> sources = Sides(e.sources), targets = Sides(e.targets);
    for (const ActorMention* src : sources) {
      for (const ActorMention* tgt : targets) {
        auto id = InsertEvent(st, doc_row, ord++, e, when, *src, *tgt);
        if (!id.ok()) return id.status();
        pending_.push_back(PendingOf(*id, doc_row, e, when, *src, *tgt));
      }
    }
  }
  return Status::Ok();
}

StoreImpl::EventDay StoreImpl::DayOf(const Event& e, const std::string& published) {
  EventDay when;
  when.date = !e.event_date.empty() ? e.event_date : e.date.empty() ? published : e.date;
  when.precision = !e.event_date.empty() ? e.date_precision : "published";
  when.day = DayNumber(when.date).value_or(kUndatedDay);
  if (when.day == kUndatedDay) when.date.clear(), when.precision.clear();
  return when;
}

std::vector<const ActorMention*> StoreImpl::Sides(const std::vector<ActorMention>& mentions) {
  static const ActorMention kNone;
  std::vector<const ActorMention*> sides;
  for (const ActorMention& m : mentions) sides.push_back(&m);
  if (sides.empty()) sides.push_back(&kNone);
  return sides;
}

Result<int64_t> StoreImpl::InsertEvent(Statement* st, int64_t doc_row, int ord, const Event& e,
                                       const EventDay& when, const ActorMention& src,
                                       const ActorMention& tgt) {
  st->Reset();
  st->BindInt(1, doc_row);
  st->BindInt(2, e.sentence);
  st->BindInt(3, ord);
  st->BindText(4, when.date);
  st->BindInt(5, when.day);
  st->BindText(6, src.code);
  st->BindText(7, src.country);
  st->BindText(8, src.text);
  st->BindInt(9, src.span.begin);
  st->BindInt(10, src.span.end);
  st->BindText(11, tgt.code);
  st->BindText(12, tgt.country);
  st->BindText(13, tgt.text);
  st->BindInt(14, tgt.span.begin);
  st->BindInt(15, tgt.span.end);
  st->BindText(16, e.cameo);
  st->BindText(17, e.plover);
  st->BindInt(18, e.quad);
  st->BindDouble(19, e.goldstein);
  st->BindText(20, ModalityName(e.modality));
  st->BindInt(21, e.negated ? 1 : 0);
  st->BindText(22, e.trigger);
  st->BindInt(23, e.trigger_span.begin);
  st->BindInt(24, e.trigger_span.end);
  st->BindText(25, e.attribution.text);
  st->BindText(26, e.why);
  st->BindText(27, when.precision);
  BindLocation(e.location, 28, st);
  if (e.confidence && std::isfinite(*e.confidence)) st->BindDouble(39, *e.confidence);
  else st->BindNull(39);
  auto row = st->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("event insert returned no id");
  int64_t id = st->Int(0);
  st->Reset();
  return id;
}

StoreImpl::Pending StoreImpl::PendingOf(int64_t event_id, int64_t doc_row, const Event& e,
                                        const EventDay& when, const ActorMention& src,
                                        const ActorMention& tgt) {
  Pending p;
  p.event_id = event_id;
  p.doc = doc_row;
  p.day = when.day;
  p.date = when.date;
  p.source = src.code;
  p.source_country = src.country;
  p.target = tgt.code;
  p.target_country = tgt.country;
  p.event_type = EventType(e);
  p.cameo = e.cameo;
  p.plover = e.plover;
  p.modality = ModalityName(e.modality);
  p.quad = e.quad;
  p.goldstein = e.goldstein;
  p.negated = e.negated;
  p.location_rank = LocationRank(e.location);
  p.location_country = e.location.country;
  p.location_region = e.location.region;
  std::string key = p.source + '\x1f' + p.target + '\x1f' + p.event_type + '\x1f' +
                    p.modality + (p.negated ? "\x1fN" : "\x1fY");
  p.key_hash = Mix(Fnv1a(key));
  return p;
}

void StoreImpl::BindLocation(const EventLocation& l, int first, Statement* st) {
  // A span outside the text is kept as none (the text itself is stored).
  Span span = l.span.begin < l.span.end ? l.span : Span{};
  st->BindText(first, l.text);
  st->BindInt(first + 1, span.begin);
  st->BindInt(first + 2, span.end);
  st->BindText(first + 3, l.place_id);
  st->BindText(first + 4, l.name);
  st->BindText(first + 5, l.country);
  st->BindText(first + 6, l.region);
  st->BindText(first + 7, l.precision);
  if (l.has_coords) {
    st->BindDouble(first + 8, l.lat);
    st->BindDouble(first + 9, l.lon);
  } else {
    st->BindNull(first + 8);
    st->BindNull(first + 9);
  }
  st->BindInt(first + 10, l.from_dateline ? 1 : 0);
}

// The last day a resolved deadline allows: "2031" -> 2031-12-31,
// "2031-05" -> 2031-05-31; nullopt if none.
static std::optional<int64_t> DeadlineEnd(const std::string& d) {
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n && i < d.size(); ++i) {
      if (d[i] < '0' || d[i] > '9') return -1;
      v = v * 10 + (d[i] - '0');
    }
    return v;
  };
  // DayOfCivil clamps day 31 to the month's last.
  if (d.size() == 4 && num(0, 4) > 0) return DayOfCivil(num(0, 4), 12, 31);
  if (d.size() == 7 && d[4] == '-' && num(0, 4) > 0 && num(5, 2) > 0) return DayOfCivil(num(0, 4), num(5, 2), 31);
  return DayNumber(d);
}

Status StoreImpl::WriteCommitments(const AnalyzedDocument& a, int64_t doc_row) {
  auto ins = conn_->Prepare(
      "INSERT INTO commitments (doc, sentence, ord, date, day, source, source_country, source_text,"
      " target, target_country, target_text, plover, cameo, cue, action, object, quantity,"
      " deadline_text, deadline, deadline_day, trigger, trigger_begin, trigger_end, attribution,"
      " act_type) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,"
      " $18, $19, $20, $21, $22, $23, $24, $25)");
  if (!ins.ok()) return ins.status();
  Statement* st = *ins;
  static const ActorMention kNone;
  int64_t day = DayNumber(a.doc.date).value_or(kUndatedDay);
  std::string date = day == kUndatedDay ? "" : a.doc.date;
  int ord = 0;
  for (const Commitment& c : a.commitments) {
    std::vector<const ActorMention*> targets;
    for (const auto& m : c.counterparts) targets.push_back(&m);
    if (targets.empty()) targets.push_back(&kNone);
    for (const ActorMention& src : c.promisers) {
      NoteActor(src, 0);
      for (const ActorMention* tgt : targets) {
        NoteActor(*tgt, 0);
        st->Reset();
        st->BindInt(1, doc_row);
        st->BindInt(2, c.sentence);
        st->BindInt(3, ord++);
        st->BindText(4, date);
        st->BindInt(5, day);
        st->BindText(6, src.code);
        st->BindText(7, src.country);
        st->BindText(8, src.text);
        st->BindText(9, tgt->code);
        st->BindText(10, tgt->country);
        st->BindText(11, tgt->text);
        st->BindText(12, c.type);
        st->BindText(13, c.cameo);
        st->BindText(14, c.cue);
        st->BindText(15, c.action);
        st->BindText(16, c.object);
        st->BindText(17, c.quantity);
        st->BindText(18, c.deadline.text);
        st->BindText(19, c.deadline.date);
        st->BindInt(20, DeadlineEnd(c.deadline.date).value_or(kUndatedDay));
        st->BindText(21, c.trigger);
        st->BindInt(22, c.trigger_span.begin);
        st->BindInt(23, c.trigger_span.end);
        st->BindText(24, c.attribution.text);
        st->BindText(25, c.act_type);
        Status s = Run(st);
        if (!s.ok()) return s;
      }
    }
  }
  return Status::Ok();
}

Status StoreImpl::Flush() {
  // Actor counts, sorted by code (std::map order).
  auto up = conn_->Prepare(
      "INSERT INTO actors (code, country, sectors, org, name, mentions) "
      "VALUES ($1, $2, $3, $4, $5, $6) "
      "ON CONFLICT (code) DO UPDATE SET mentions = actors.mentions + excluded.mentions");
  if (!up.ok()) return up.status();
  for (const auto& [code, c] : actors_) {
    (*up)->Reset();
    (*up)->BindText(1, code);
    (*up)->BindText(2, c.country);
    (*up)->BindText(3, c.sectors);
    (*up)->BindText(4, c.org);
    (*up)->BindText(5, c.name);
    (*up)->BindInt(6, c.mentions);
    Status s = Run(*up);
    if (!s.ok()) return s;
  }
  actors_.clear();
  // Clusters in key order, then day and arrival, so that concurrent writers
  // take the per-key locks in the same order.
  std::sort(pending_.begin(), pending_.end(), [](const Pending& x, const Pending& y) {
    if (x.key_hash != y.key_hash) return x.key_hash < y.key_hash;
    if (x.day != y.day) return x.day < y.day;
    return x.event_id < y.event_id;
  });
  for (const Pending& p : pending_) {
    Status s = Cluster(p);
    if (!s.ok()) return s;
  }
  pending_.clear();
  return Status::Ok();
}

Status StoreImpl::Cluster(const Pending& p) {
  if (conn_->dialect() == Dialect::kPostgres && locked_.insert(p.key_hash).second) {
    // Serialises writers that touch clusters of the same key until commit
    // (once per key and transaction: the lock is held until then).
    auto lock = conn_->Prepare("SELECT pg_advisory_xact_lock($1::bigint)");
    if (!lock.ok()) return lock.status();
    (*lock)->BindInt(1, static_cast<int64_t>(p.key_hash));
    Status s = Run(*lock);
    if (!s.ok()) return s;
  }
  Result<int64_t> cluster = FindCluster(p);
  if (!cluster.ok()) return cluster.status();
  if (*cluster != 0) {
    Status s = JoinCluster(*cluster, p);
    if (!s.ok()) return s;
  } else {
    cluster = NewCluster(p);
    if (!cluster.ok()) return cluster.status();
  }
  auto set = conn_->Prepare("UPDATE events SET cluster = $1 WHERE id = $2");
  if (!set.ok()) return set.status();
  (*set)->BindInt(1, *cluster);
  (*set)->BindInt(2, p.event_id);
  return Run(*set);
}

Result<int64_t> StoreImpl::FindCluster(const Pending& p) {
  // Undated reports cannot be placed in time: each stays its own cluster.
  if (p.day == kUndatedDay) return int64_t{0};
  auto find = conn_->Prepare(
      "SELECT id FROM clusters WHERE source = $1 AND target = $2 AND event_type = $3"
      " AND modality = $4 AND negated = $5 AND day BETWEEN $6 AND $7"
      " ORDER BY abs(day - $8), id LIMIT 1");
  if (!find.ok()) return find.status();
  Statement* st = *find;
  st->BindText(1, p.source);
  st->BindText(2, p.target);
  st->BindText(3, p.event_type);
  st->BindText(4, p.modality);
  st->BindInt(5, p.negated ? 1 : 0);
  st->BindInt(6, p.day - options_.dedup_window_days);
  st->BindInt(7, p.day + options_.dedup_window_days);
  st->BindInt(8, p.day);
  auto row = st->Step();
  if (!row.ok()) return row.status();
  int64_t cluster = *row ? st->Int(0) : 0;
  st->Reset();
  return cluster;
}

Status StoreImpl::JoinCluster(int64_t cluster, const Pending& p) {
  // One more report; one more document unless this document already
  // reported the event (checked before this event joins the cluster); its
  // location if more precise than the cluster's (in the same statement:
  // one round trip per report on PostgreSQL).
  auto upd = conn_->Prepare(
      "UPDATE clusters SET reports = reports + 1, documents = documents + CASE WHEN EXISTS"
      " (SELECT 1 FROM events WHERE cluster = $1 AND doc = $2) THEN 0 ELSE 1 END,"
      " location_event = CASE WHEN location_rank < $3 THEN $4 ELSE location_event END,"
      " location_country = CASE WHEN location_rank < $3 THEN $5 ELSE location_country END,"
      " location_region = CASE WHEN location_rank < $3 THEN $6 ELSE location_region END,"
      " location_rank = CASE WHEN location_rank < $3 THEN $3 ELSE location_rank END"
      " WHERE id = $1");
  if (!upd.ok()) return upd.status();
  (*upd)->BindInt(1, cluster);
  (*upd)->BindInt(2, p.doc);
  (*upd)->BindInt(3, p.location_rank);
  (*upd)->BindInt(4, p.event_id);
  (*upd)->BindText(5, p.location_country);
  (*upd)->BindText(6, p.location_region);
  return Run(*upd);
}

Result<int64_t> StoreImpl::NewCluster(const Pending& p) {
  auto ins = conn_->Prepare(
      "INSERT INTO clusters (day, date, source, source_country, target, target_country,"
      " event_type, cameo, plover, quad, goldstein, modality, negated, first_event, reports,"
      " documents, location_event, location_country, location_region, location_rank)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, 1, $15, $16,"
      " $17, $18) RETURNING id");
  if (!ins.ok()) return ins.status();
  Statement* st = *ins;
  st->BindInt(1, p.day);
  st->BindText(2, p.date);
  st->BindText(3, p.source);
  st->BindText(4, p.source_country);
  st->BindText(5, p.target);
  st->BindText(6, p.target_country);
  st->BindText(7, p.event_type);
  st->BindText(8, p.cameo);
  st->BindText(9, p.plover);
  st->BindInt(10, p.quad);
  st->BindDouble(11, p.goldstein);
  st->BindText(12, p.modality);
  st->BindInt(13, p.negated ? 1 : 0);
  st->BindInt(14, p.event_id);
  if (p.location_rank > 0) st->BindInt(15, p.event_id);
  else st->BindNull(15);
  st->BindText(16, p.location_country);
  st->BindText(17, p.location_region);
  st->BindInt(18, p.location_rank);
  auto row = st->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("cluster insert returned no id");
  int64_t cluster = st->Int(0);
  st->Reset();
  return cluster;
}

}  // namespace store
}  // namespace entente
