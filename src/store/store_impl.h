// store_impl.h — the one EventStore implementation, written once over the
// SQL layer (sql.h) for both backends. Writing is in store_write.cc,
// reading in store_read.cc.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "entente/store.h"
#include "store/dates.h"
#include "store/sql.h"

namespace entente::store {

// A 64-bit hash (hex) of `text` with whitespace runs collapsed and the ends
// trimmed: the same story re-published with other line breaks is a duplicate.
std::string ContentHash(std::string_view text);

class StoreImpl : public EventStore {
 public:
  StoreImpl(std::unique_ptr<Connection> conn, StoreOptions options)
      : conn_(std::move(conn)), options_(options) {}

  const char* backend() const override {
    return conn_->dialect() == Dialect::kPostgres ? "postgresql" : "sqlite";
  }
  Status Begin() override;
  Status Commit() override;
  Status Rollback() override;
  Result<bool> HasDocument(const std::string& doc_id) override;
  Result<IdMatch> MatchDocument(const Document& doc) override;
  Result<WriteOutcome> Write(const AnalyzedDocument& doc) override;
  Status RecordRejected(const RejectedDocument& rejected) override;
  Result<std::vector<RejectedDocument>> Rejected(int limit) override;

  Result<EventPage> Events(const EventQuery& query) override;
  Result<StoredDocument> GetDocument(const std::string& doc_id) override;
  Result<std::vector<std::string>> ClusterDocuments(int64_t cluster) override;
  Result<std::vector<DyadCount>> Dyads(int limit) override;
  Result<std::vector<DyadQuads>> Network(const EventQuery& query) override;
  Result<PlaceCounts> Places(const EventQuery& query, PlaceLevel level) override;
  Result<std::vector<DailyQuad>> DailyQuads(const EventQuery& query) override;
  Result<std::vector<DailyVolume>> DailyVolumes(const std::string& from,
                                                const std::string& to) override;
  Result<StoreStats> Stats() override;
  Result<std::vector<StoredCommitment>> Commitments(const EventQuery& query) override;
  Result<std::vector<StoredActor>> Actors() override;
  Result<int64_t> DataVersion() override;

 private:
  // An event row written in this transaction, waiting for its cluster.
  struct Pending {
    uint64_t key_hash;
    int64_t event_id, doc, day;
    std::string source, source_country, target, target_country, event_type, cameo, plover;
    std::string modality, date;
    int quad;
    double goldstein;
    bool negated;
    // The event's location: its precision rank (0 none, 1 country, 2
    // region, 3 city; a cluster keeps its reports' highest) and codes.
    int location_rank;
    std::string location_country, location_region;
  };
  struct ActorCount {
    std::string country, sectors, org, name;
    int64_t mentions = 0;
  };

  Result<WriteOutcome> WriteInTransaction(const AnalyzedDocument& doc);
  // Counts a mention of an actor, to be written at commit.
  void NoteActor(const ActorMention& m, int mentions);
  // Writes one row per source–target pair of each event, and queues each
  // row in pending_ to be clustered at commit.
  Status WriteEvents(const AnalyzedDocument& doc, int64_t doc_row);
  // An event's stored date: the text's (event_date), else the publication's;
  // date and precision are empty when the day is kUndatedDay.
  struct EventDay {
    std::string date, precision;
    int64_t day = 0;
  };
  static EventDay DayOf(const Event& e, const std::string& published);
  // Pointers to `mentions`, or to one empty mention when there are none.
  static std::vector<const ActorMention*> Sides(const std::vector<ActorMention>& mentions);
  // Inserts (with `st`, the prepared event insert) row `ord` of the document:
  // `e` between `src` and `tgt`. Returns the row's id.
  static Result<int64_t> InsertEvent(Statement* st, int64_t doc_row, int ord, const Event& e,
                                     const EventDay& when, const ActorMention& src,
                                     const ActorMention& tgt);
  // Event row `event_id` as a report waiting for its cluster.
  static Pending PendingOf(int64_t event_id, int64_t doc_row, const Event& e, const EventDay& when,
                           const ActorMention& src, const ActorMention& tgt);
  // Binds an event's location to parameters first..first+10 of `st`.
  static void BindLocation(const EventLocation& l, int first, Statement* st);
  Status WriteCommitments(const AnalyzedDocument& doc, int64_t doc_row);
  // Assigns every pending event to a cluster and flushes actor counts, in a
  // fixed (sorted) order so concurrent writers cannot deadlock.
  Status Flush();
  // Puts one pending event in its cluster: the nearest one of the same key
  // within the dedup window, or a new one.
  Status Cluster(const Pending& p);
  // The id of that nearest cluster, or 0 (always 0 for an undated report).
  Result<int64_t> FindCluster(const Pending& p);
  // One more report (and document) for `cluster`; its location if more precise.
  Status JoinCluster(int64_t cluster, const Pending& p);
  // A new cluster holding `p` alone; its id.
  Result<int64_t> NewCluster(const Pending& p);

  std::unique_ptr<Connection> conn_;
  StoreOptions options_;
  bool in_transaction_ = false;
  std::vector<Pending> pending_;
  std::map<std::string, ActorCount> actors_;
  std::set<uint64_t> locked_;  // cluster keys locked in this transaction (PostgreSQL)
};

}  // namespace entente::store
