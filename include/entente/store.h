// store.h — the event store: documents, sentences, actors and coded events
// kept in SQLite (a file, the default) or PostgreSQL (a `postgresql://` URL,
// for large or shared databases with many writers). The schema is versioned
// and documented in doc/formats/store.md.
//
// Writing is idempotent: a document whose id or whose content (whitespace
// collapsed) is already stored is not stored again. Each stored event is
// assigned to a *cluster* — one real-world event reported by one or more
// documents (same source, target and event type, compatible modality and
// negation, dates within a short window) — so aggregates can count events
// once however often they were reported.
//
// An EventStore is one connection: not thread-safe; open one per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/status.h"

namespace entente {

// The schema version this build reads and writes. Opening a database with a
// newer version fails with StatusCode::kUnsupported.
// Version 2 added the publisher and provenance of documents, the precision
// of event dates and the `rejected` table; version 3 the commitments table
// and day numbers before 1970 (an undated event's `day` is store::kUndatedDay);
// version 4 event locations (the events' own, and each cluster's best one);
// version 5 each event's confidence (NULL for events stored before, and for
// coders that score nothing).
// Opening an older store for writing upgrades it; read-only, it is refused.
inline constexpr int kStoreSchemaVersion = 5;

struct StoreOptions {
  // Reports of the same event whose dates differ by at most this many days
  // are merged into one cluster (news reports an event on the day and the
  // days after). 0 merges only reports of the same day.
  int dedup_window_days = 2;
  // Open an existing database for reading only (the server). A missing
  // SQLite file is then an error instead of being created.
  bool read_only = false;
  // What coded the documents written through this connection
  // (Provenance::Stamp()), stored with each document.
  std::string coded_by;
};

// Whether a document's id is stored, and with which text.
enum class IdMatch { kNotStored, kSameText, kDifferentText };

// Why Write() did or did not store a document.
enum class WriteOutcome { kStored, kDuplicateId, kDuplicateContent };

// One side of a dyad: matches an actor whose code starts with `code`
// ("USA" matches USA, USAGOV, USAMIL…; "IGOWSTNAT" matches NATO) or whose
// country field equals `code`. Empty matches every actor.
struct ActorFilter {
  std::string code;
  bool empty() const { return code.empty(); }
};

// Which events to read. Dates are "YYYY-MM-DD", inclusive; empty = open.
struct EventQuery {
  ActorFilter source;            // both empty and `actor` empty: all events
  ActorFilter target;
  bool undirected = false;       // also match source/target swapped
  ActorFilter actor;             // either side matches (ignored if empty)
  std::string type;              // CAMEO code prefix ("04", "042") or PLOVER type ("AGREE")
  std::string modality;          // "done", "intended", "demanded", "hypothetical"; "" = all
  std::string from, to;
  bool per_report = false;       // false: one row per cluster (its first report)
  int limit = 50;                // 1..1000
  std::string cursor;            // from EventPage::next_cursor, "" = first page
  std::string doc_id;            // Events() only: the events found in this document
                                 // (with per_report, every one); "" = any document
  // Where the event happened (its location; a cluster's is the most precise
  // location among its reports, the first of those on a tie): an ISO 3166-1
  // alpha-3 country ("SYR") and a first-level ISO 3166-2 region ("SY-02");
  // "" = any place, or none. CheckLocationFilter() validates both.
  std::string location_country;
  std::string location_region;
  // The listed event's confidence (StoredEvent::confidence; per cluster, its
  // first report's) is at least this: Events(), DailyQuads() (the barometer),
  // Network() and Places(); Commitments() refuses it. An event without a
  // confidence (coded by PETRARCH, or stored before schema version 5) is
  // kept only when this is empty. Must be finite (else kInvalidArgument).
  std::optional<double> min_confidence;
};

// kInvalidArgument, with a message naming the form expected, unless
// `country` is "" or three capital letters ("SYR") and `region` is "" or
// an ISO 3166-2 code: two capitals, '-', then 1–3 capitals or digits
// ("SY-02", "US-CA"). Whether the codes exist is not checked: an unknown
// one matches nothing.
Status CheckLocationFilter(const std::string& country, const std::string& region);

// An event as stored, with its evidence. Offsets are bytes into `sentence`.
struct StoredEvent {
  int64_t id = 0;
  int64_t cluster = 0;
  int reports = 1;               // reports (event mentions) in the cluster
  int documents = 1;             // distinct documents in the cluster
  int sources = 1;               // distinct publishers in the cluster (a document
                                 // without a publisher counts as its own)
  std::string doc_id, title, url, publisher, coded_by;
  std::string date;              // the event's date (the text's, else the publication's)
  std::string date_precision;    // "day", "week", "month", "year", or "published"
  std::string published;         // the document's date
  std::string source_country, target_country;
  uint32_t sentence_index = 0;
  uint32_t sentence_begin = 0;   // the sentence's first byte in the document's text
  std::string sentence;
  std::string source, source_text, target, target_text;
  Span source_span, target_span, trigger_span;  // relative to `sentence`; empty if unknown
  std::string cameo, plover, trigger, modality;
  int quad = 0;
  double goldstein = 0;
  bool negated = false;
  std::string attribution;       // the speaker phrase of reported speech, "" if none
  std::string why;               // what the coder based the event on ("" if not stored)
  // Where it happened (empty() when the text did not say). Per report, the
  // report's own location; per cluster, the most precise among its reports.
  // `location.span` is relative to `sentence`, and empty when the place is
  // written elsewhere (a dateline, or another report of the cluster).
  EventLocation location;
  // How sure the learned coder was (Event::confidence; per cluster, its
  // first report's); empty for coders that score nothing and for events
  // stored before schema version 5.
  std::optional<double> confidence;
};

struct EventPage {
  std::vector<StoredEvent> events;
  std::string next_cursor;       // "" when there is no further page
};

// A dyad seen in the store, with its number of clusters and reports.
struct DyadCount {
  std::string source, target;
  int64_t clusters = 0, reports = 0;
};

// A dyad's events by quad class, for the network of who deals with whom:
// quads[0] verbal cooperation … quads[3] material conflict.
struct DyadQuads {
  std::string source, target;
  int64_t clusters = 0, reports = 0;
  int64_t quads[4] = {0, 0, 0, 0};
  double goldstein = 0;          // summed over the clusters
};

// Events counted at one place (Places()): by place, by region or by country.
struct PlaceCount {
  std::string place_id;          // "" when counted by region or country
  std::string name;              // the place as first written ("" by region/country)
  std::string country, region;   // region "" when unknown or counted by country
  std::string precision;         // "city", "region", "country"; by region/country: that level
  double lat = 0, lon = 0;
  bool has_coords = false;
  int64_t clusters = 0, reports = 0;
};

enum class PlaceLevel { kPlace, kRegion, kCountry };

// What Places() answers: the busiest places, and how many matching events
// had no location at all (or, by region, no known region).
struct PlaceCounts {
  std::vector<PlaceCount> places;
  int64_t unlocated_clusters = 0, unlocated_reports = 0;
};

// One day's aggregate for one quad class, for the barometer (analyze/).
struct DailyQuad {
  std::string date;              // "YYYY-MM-DD"
  int quad = 0;                  // 1..4
  int64_t clusters = 0, reports = 0;
  double goldstein_clusters = 0; // sum over clusters (each counted once)
  double goldstein_reports = 0;  // sum over reports
};

// Events stored per day over the whole store (every dyad), to normalise by
// the volume of reporting.
struct DailyVolume {
  std::string date;
  int64_t clusters = 0, reports = 0;
};

// A commitment as stored (one row per promiser–counterpart pair), with its
// evidence. `source` is the promiser, `target` the counterpart ("" if none).
struct StoredCommitment {
  int64_t id = 0;
  std::string doc_id, title, url, date;
  uint32_t sentence_index = 0;
  std::string sentence;
  std::string source, source_text, target, target_text;
  std::string plover, cameo, cue, action, object, quantity;
  std::string act_type;          // the promised act's type when it differs from plover, or ""
  std::string deadline_text;     // as written, "" if none
  std::string deadline;          // resolved: "YYYY", "YYYY-MM", "YYYY-MM-DD" or ""
  std::string deadline_end;      // the last day the deadline allows, "YYYY-MM-DD" or ""
  std::string trigger, attribution;
  Span trigger_span;             // relative to `sentence`
};

// A stored document, for showing the evidence in context.
struct StoredDocument {
  std::string id, date, title, url, text;
};

// A document that could not be coded or stored (a "poison" message of the
// work queue: not a readable record, or refused by the database), kept so
// that an operator can see what was dropped and why.
struct RejectedDocument {
  std::string key;     // the document id, or "seq:N" (queue sequence) if unknown
  std::string origin;  // where it was read ("file:line"), if known
  std::string reason;
  std::string worker;  // who rejected it (host:pid)
  int attempts = 1;    // deliveries seen when it was rejected
};

// An actor code seen in the store, with what the dictionaries say of it.
struct StoredActor {
  std::string code, country, sectors, org, name;
  int64_t mentions = 0;
};

struct StoreStats {
  int64_t documents = 0, sentences = 0, events = 0, clusters = 0, actors = 0;
};

class EventStore {
 public:
  virtual ~EventStore() = default;

  // Opens (creating if needed, unless read-only) the database at `location`:
  // a file path for SQLite, or a "postgresql://…" / "postgres://…" URL.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& location,
                                                  const StoreOptions& options = {});

  // "sqlite" or "postgresql".
  virtual const char* backend() const = 0;

  // Transactions: Write() calls between Begin() and Commit() are stored
  // together or not at all. Without Begin(), each Write() commits alone.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  // True if a document with this id is stored (lets ingest skip coding it).
  virtual Result<bool> HasDocument(const std::string& doc_id) = 0;
  // Whether `doc`'s id is stored, and if so whether with the same text
  // (whitespace runs collapsed) or another one.
  virtual Result<IdMatch> MatchDocument(const Document& doc) = 0;

  // Stores the document, its sentences, the actors it mentions, its
  // events (one row per source–target pair), assigning each to a cluster,
  // and its commitments (one row per promiser–counterpart pair).
  virtual Result<WriteOutcome> Write(const AnalyzedDocument& doc) = 0;

  // Records a rejected document (replacing an earlier record with the same
  // key), in the open transaction if there is one.
  virtual Status RecordRejected(const RejectedDocument& rejected) = 0;
  // The most recently recorded rejected documents, newest first.
  virtual Result<std::vector<RejectedDocument>> Rejected(int limit) = 0;

  virtual Result<EventPage> Events(const EventQuery& query) = 0;
  // The document with this id; kNotFound if there is none.
  virtual Result<StoredDocument> GetDocument(const std::string& doc_id) = 0;
  // The documents that reported one cluster, in the order they were stored.
  virtual Result<std::vector<std::string>> ClusterDocuments(int64_t cluster) = 0;
  // The `limit` dyads with the most clusters.
  virtual Result<std::vector<DyadCount>> Dyads(int limit) = 0;
  // The `query.limit` (1..10000) dyads with the most clusters among the
  // events matching `query`'s filters (as DailyQuads; negated events and
  // events with an empty side left out), with their counts by quad class.
  virtual Result<std::vector<DyadQuads>> Network(const EventQuery& query) = 0;
  // The `query.limit` (1..10000) places with the most events matching
  // `query`'s filters (negated events left out), counted per cluster at its
  // location (with per_report, per report at its own), at `level`.
  virtual Result<PlaceCounts> Places(const EventQuery& query, PlaceLevel level) = 0;
  // Per-day, per-quad aggregates of the events matching `query`'s source,
  // target, undirected, actor, type, from and to (limit/cursor are ignored).
  virtual Result<std::vector<DailyQuad>> DailyQuads(const EventQuery& query) = 0;
  virtual Result<std::vector<DailyVolume>> DailyVolumes(const std::string& from,
                                                        const std::string& to) = 0;
  virtual Result<StoreStats> Stats() = 0;
  // The commitments matching `query`'s source (the promiser), target (the
  // counterpart), undirected, actor, type (the promised type), from and to
  // (the date of the promise), newest first, at most `limit` (1..1000);
  // `cursor` and `per_report` are ignored.
  virtual Result<std::vector<StoredCommitment>> Commitments(const EventQuery& query) = 0;
  // Every actor code in the store, in code order.
  virtual Result<std::vector<StoredActor>> Actors() = 0;
  // A number that changes whenever events are written (the highest event
  // id): lets readers cache aggregates and know when they are stale.
  virtual Result<int64_t> DataVersion() = 0;
};

// Parses "SRC:TGT" (either side may be empty) into query.source/target.
Status ParseDyad(const std::string& text, EventQuery* query);

}  // namespace entente
