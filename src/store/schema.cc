// schema.cc — creates the store's tables (doc/formats/store.md, version
// kStoreSchemaVersion) and checks the version of an existing database.
#include "store/schema.h"

#include <string>

#include "entente/store.h"
#include "store/dates.h"

namespace entente::store {

namespace {

// The DDL of both dialects, with placeholders: @ID@ for an auto-numbered
// primary key, @REAL@ for a double, @CODE@ for a code compared byte-wise
// (prefix ranges such as code >= 'USA' AND code < 'USA~' must not depend on
// the database's locale).
const char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id @ID@,
  doc_key TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  source_file TEXT NOT NULL DEFAULT '',
  publisher TEXT NOT NULL DEFAULT '',
  coded_by TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 2,
  worker TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS documents_state ON documents (state, id);
CREATE TABLE IF NOT EXISTS sentences (
  doc BIGINT NOT NULL REFERENCES documents (id),
  idx INTEGER NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
);
CREATE TABLE IF NOT EXISTS actors (
  code TEXT PRIMARY KEY,
  country TEXT NOT NULL DEFAULT '',
  sectors TEXT NOT NULL DEFAULT '',
  org TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  mentions BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS clusters (
  id @ID@,
  day INTEGER NOT NULL,
  date TEXT NOT NULL DEFAULT '',
  source @CODE@ NOT NULL,
  source_country @CODE@ NOT NULL DEFAULT '',
  target @CODE@ NOT NULL,
  target_country @CODE@ NOT NULL DEFAULT '',
  event_type TEXT NOT NULL,
  cameo @CODE@ NOT NULL,
  plover TEXT NOT NULL DEFAULT '',
  quad INTEGER NOT NULL,
  goldstein @REAL@ NOT NULL,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL,
  first_event BIGINT,
  reports INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
@CLUSTER_LOCATION@
);
CREATE INDEX IF NOT EXISTS clusters_key ON clusters (source, target, event_type, day);
CREATE INDEX IF NOT EXISTS clusters_dyad_agg
  ON clusters (source, target, day, quad, negated, reports, goldstein);
CREATE INDEX IF NOT EXISTS clusters_target ON clusters (target, day);
CREATE INDEX IF NOT EXISTS clusters_day ON clusters (day, id);
CREATE TABLE IF NOT EXISTS events (
  id @ID@,
  doc BIGINT NOT NULL REFERENCES documents (id),
  sentence INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  cluster BIGINT,
  date TEXT NOT NULL DEFAULT '',
  date_precision TEXT NOT NULL DEFAULT '',
  day INTEGER NOT NULL,
  source @CODE@ NOT NULL,
  source_country @CODE@ NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  source_begin INTEGER NOT NULL DEFAULT 0,
  source_end INTEGER NOT NULL DEFAULT 0,
  target @CODE@ NOT NULL,
  target_country @CODE@ NOT NULL DEFAULT '',
  target_text TEXT NOT NULL DEFAULT '',
  target_begin INTEGER NOT NULL DEFAULT 0,
  target_end INTEGER NOT NULL DEFAULT 0,
  cameo @CODE@ NOT NULL,
  plover TEXT NOT NULL DEFAULT '',
  quad INTEGER NOT NULL,
  goldstein @REAL@ NOT NULL,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL,
  trigger TEXT NOT NULL DEFAULT '',
  trigger_begin INTEGER NOT NULL DEFAULT 0,
  trigger_end INTEGER NOT NULL DEFAULT 0,
  attribution TEXT NOT NULL DEFAULT '',
  why TEXT NOT NULL DEFAULT '',
@EVENT_LOCATION@,
  @EVENT_CONFIDENCE@,
  UNIQUE (doc, sentence, ord)
);
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source, target, day);
CREATE INDEX IF NOT EXISTS events_target ON events (target, day);
CREATE INDEX IF NOT EXISTS events_day ON events (day, id);
CREATE TABLE IF NOT EXISTS commitments (
  id @ID@,
  doc BIGINT NOT NULL REFERENCES documents (id),
  sentence INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  date TEXT NOT NULL DEFAULT '',
  day INTEGER NOT NULL,
  source @CODE@ NOT NULL,
  source_country @CODE@ NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  target @CODE@ NOT NULL DEFAULT '',
  target_country @CODE@ NOT NULL DEFAULT '',
  target_text TEXT NOT NULL DEFAULT '',
  plover TEXT NOT NULL,
  cameo @CODE@ NOT NULL DEFAULT '',
  cue TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL DEFAULT '',
  act_type TEXT NOT NULL DEFAULT '',
  object TEXT NOT NULL DEFAULT '',
  quantity TEXT NOT NULL DEFAULT '',
  deadline_text TEXT NOT NULL DEFAULT '',
  deadline TEXT NOT NULL DEFAULT '',
  deadline_day INTEGER NOT NULL DEFAULT -1000000000,  -- store::kUndatedDay: none
  trigger TEXT NOT NULL DEFAULT '',
  trigger_begin INTEGER NOT NULL DEFAULT 0,
  trigger_end INTEGER NOT NULL DEFAULT 0,
  attribution TEXT NOT NULL DEFAULT '',
  UNIQUE (doc, sentence, ord)
);
CREATE INDEX IF NOT EXISTS commitments_dyad ON commitments (source, target, day);
CREATE INDEX IF NOT EXISTS commitments_target ON commitments (target, day);
CREATE TABLE IF NOT EXISTS rejected (
  id @ID@,
  doc_key TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  worker TEXT NOT NULL DEFAULT '',
  attempts INTEGER NOT NULL DEFAULT 1
);
)sql";

// Version 4's location columns, in the CREATE statements above and, for
// the upgrade, one ALTER TABLE … ADD COLUMN each: an event's own location
// (doc/formats/events.md) with its span in the document, and each cluster's
// best one (the report whose location is most precise: `location_rank` 3
// city, 2 region, 1 country, 0 none).
const char* const kEventLocationColumns[] = {
    "location_text TEXT NOT NULL DEFAULT ''",
    "location_begin INTEGER NOT NULL DEFAULT 0",
    "location_end INTEGER NOT NULL DEFAULT 0",
    "location_place TEXT NOT NULL DEFAULT ''",
    "location_name TEXT NOT NULL DEFAULT ''",
    "location_country @CODE@ NOT NULL DEFAULT ''",
    "location_region @CODE@ NOT NULL DEFAULT ''",
    "location_precision TEXT NOT NULL DEFAULT ''",
    "location_lat @REAL@",
    "location_lon @REAL@",
    "location_dateline INTEGER NOT NULL DEFAULT 0",
};
const char* const kClusterLocationColumns[] = {
    "location_event BIGINT",
    "location_country @CODE@ NOT NULL DEFAULT ''",
    "location_region @CODE@ NOT NULL DEFAULT ''",
    "location_rank INTEGER NOT NULL DEFAULT 0",
};

// Indexes on version-4 columns: created after the upgrade has added them.
// One per filter, each ending in `day`, so a filtered newest-first page
// reads the index in order instead of sorting every match (a composite
// (country, region, day) index sorted all of a country's events: 73 ms
// against 1 ms per page, doc/benchmarks.md).
const char kLocationIndexes[] = R"sql(
CREATE INDEX IF NOT EXISTS clusters_location_country ON clusters (location_country, day);
CREATE INDEX IF NOT EXISTS clusters_location_region ON clusters (location_region, day);
CREATE INDEX IF NOT EXISTS events_location_country ON events (location_country, day);
CREATE INDEX IF NOT EXISTS events_location_region ON events (location_region, day);
)sql";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
    s.replace(p, from.size(), to);
  }
  return s;
}

template <size_t N>
std::string ColumnList(const char* const (&columns)[N]) {
  std::string out;
  for (const char* c : columns) out += (out.empty() ? "  " : ",\n  ") + std::string(c);
  return out;
}

template <size_t N>
std::string AddColumns(const char* table, const char* const (&columns)[N]) {
  std::string out;
  for (const char* c : columns) out += "ALTER TABLE " + std::string(table) + " ADD COLUMN " + c + ";";
  return out;
}

// Version 5's confidence of an event (Event::confidence): NULL when the
// coder scores nothing (PETRARCH) and for every event stored before.
const char kEventConfidenceColumn[] = "confidence @REAL@";

// Version 4 -> 5: the confidence column, NULL in every existing row.
std::string Upgrade4To5() {
  return "ALTER TABLE events ADD COLUMN " + std::string(kEventConfidenceColumn) +
         ";UPDATE schema_version SET version = 5;";
}

// Version 3 -> 4: the location columns; events stored before have none
// (re-ingest the documents into a new store to locate them).
std::string Upgrade3To4() {
  return AddColumns("events", kEventLocationColumns) +
         AddColumns("clusters", kClusterLocationColumns) + "UPDATE schema_version SET version = 4;";
}

// The dialect's spelling of the placeholders.
std::string ForDialect(std::string s, Dialect dialect) {
  bool pg = dialect == Dialect::kPostgres;
  s = Replace(std::move(s), "@ID@",
              pg ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY");
  s = Replace(std::move(s), "@CODE@", pg ? "TEXT COLLATE \"C\"" : "TEXT");
  return Replace(std::move(s), "@REAL@", pg ? "DOUBLE PRECISION" : "REAL");
}

// Version 1 -> 2: the publisher and provenance of documents, the precision
// of event dates (doc/formats/store.md); the `rejected` table of the work
// queue is created by the CREATE statements above.
const char kUpgrade1To2[] =
    "ALTER TABLE documents ADD COLUMN publisher TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE documents ADD COLUMN coded_by TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE events ADD COLUMN date_precision TEXT NOT NULL DEFAULT '';"
    "UPDATE schema_version SET version = 2;";

// Version 2 -> 3: the commitments table (created by the CREATE statements
// above; documents stored before have no commitments), and day numbers
// before 1970 are dates (negative), so an undated event's `day` moves from
// -1 (now 1969-12-31) to kUndatedDay.
// Versions 1 and 2 never stored a real day below 0.
std::string Upgrade2To3() {
  std::string undated = std::to_string(kUndatedDay);
  return "UPDATE events SET day = " + undated + " WHERE day = -1;"
         "UPDATE clusters SET day = " + undated + " WHERE day = -1;"
         "UPDATE schema_version SET version = 3;";
}

Result<int> ReadVersion(Connection* c) {
  auto st = c->Prepare("SELECT version FROM schema_version");
  if (!st.ok()) return st.status();
  auto row = (*st)->Step();
  if (!row.ok()) return row.status();
  int v = *row ? static_cast<int>((*st)->Int(0)) : 0;
  (*st)->Reset();
  return v;
}

// Every step from version `from` (1..kStoreSchemaVersion-1) to the current
// one, in order, in the caller's transaction.
Status Upgrade(Connection* c, int from) {
  Status s;
  if (from == 1) s = c->Exec(kUpgrade1To2);
  if (s.ok() && from <= 2) s = c->Exec(Upgrade2To3());
  if (s.ok() && from <= 3) s = c->Exec(ForDialect(Upgrade3To4(), c->dialect()));
  if (s.ok() && from <= 4) s = c->Exec(ForDialect(Upgrade4To5(), c->dialect()));
  return s;
}

}  // namespace

std::string SchemaSql(Dialect dialect) {
  std::string s = Replace(kSchema, "@EVENT_LOCATION@", ColumnList(kEventLocationColumns));
  s = Replace(std::move(s), "@CLUSTER_LOCATION@", ColumnList(kClusterLocationColumns));
  s = Replace(std::move(s), "@EVENT_CONFIDENCE@", kEventConfidenceColumn);
  return ForDialect(std::move(s), dialect);
}

Status EnsureSchema(Connection* c, bool read_only) {
  if (!read_only) {
    // Concurrent writers starting at once must not race on CREATE: PostgreSQL
    // serialises them on an advisory lock, SQLite on its write lock.
    bool pg = c->dialect() == Dialect::kPostgres;
    Status s = c->Exec(pg ? "BEGIN; SELECT pg_advisory_xact_lock(7301470101)" : "BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    s = c->Exec(SchemaSql(c->dialect()));
    if (s.ok()) {
      auto v = ReadVersion(c);
      if (!v.ok()) {
        s = v.status();
      } else if (*v >= 1 && *v < kStoreSchemaVersion) {
        s = Upgrade(c, *v);
      } else if (*v == 0) {
        auto st = c->Prepare("INSERT INTO schema_version (version) VALUES ($1)");
        if (!st.ok()) {
          s = st.status();
        } else {
          (*st)->BindInt(1, kStoreSchemaVersion);
          s = Run(*st);
        }
      }
      if (s.ok()) s = c->Exec(kLocationIndexes);
    }
    Status end = c->Exec(s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return s;
    if (!end.ok()) return end;
  }
  auto v = ReadVersion(c);
  if (!v.ok()) return Status::Corrupt("not an entente store (no schema_version table)");
  if (*v > kStoreSchemaVersion) {
    return Status::Unsupported("store schema version " + std::to_string(*v) +
                               " is newer than this build reads (" +
                               std::to_string(kStoreSchemaVersion) + "); upgrade entente");
  }
  if (*v < 1) return Status::Corrupt("store has no schema version");
  if (*v < kStoreSchemaVersion) {
    return Status::Unsupported("store schema version " + std::to_string(*v) +
                               " is older than this build reads (" +
                               std::to_string(kStoreSchemaVersion) +
                               "); open it once for writing (entente ingest) to upgrade it");
  }
  return Status::Ok();
}

}  // namespace entente::store
