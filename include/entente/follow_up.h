// follow_up.h — whether words became deeds: every stored commitment held
// against the later events of its promiser (and counterpart) in the store.
// A done event of the promised type (or one the rules count as fulfilling)
// keeps it; a refusal, a negated event of the promised type or an opposite
// deed breaks it; the earliest such event decides. With none, a commitment
// whose deadline has passed is overdue, else pending. The rules are data
// (data/commitments/follow_up.txt) and are stated in doc/codebook.md
// ("Follow-up"); every link carries the rule that made it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entente/status.h"
#include "entente/store.h"

namespace entente {

enum class CommitmentStatus { kPending, kKept, kBroken, kOverdue };

// "pending", "kept", "broken", "overdue".
const char* CommitmentStatusName(CommitmentStatus s);
// Parses a status name; false if unknown.
bool ParseCommitmentStatus(const std::string& name, CommitmentStatus* s);

// A later event linked to a commitment, and why.
struct FollowUpLink {
  StoredEvent event;
  bool fulfils = false;        // false: contradicts
  std::string rule;            // "done AID by the promiser to the counterpart fulfils AID"
};

struct CommitmentRecord {
  StoredCommitment commitment;
  CommitmentStatus status = CommitmentStatus::kPending;
  std::vector<FollowUpLink> links;  // in date order; links[0] decided a kept/broken status
  std::string explanation;          // one sentence: why this status
};

class FollowUpRules {
 public:
  // Reads <data_dir>/commitments/follow_up.txt ("" = DataDir()). Bad lines
  // are errors naming file and line (the file is small and hand-written).
  static Result<FollowUpRules> Load(const std::string& data_dir);
  static Result<FollowUpRules> Parse(const std::string& text, const std::string& file);

  // Does a done event of type `deed` fulfil (1), contradict (-1) or not
  // answer (0) a promise of type `promised`? A negated event of the
  // promised type contradicts.
  int Relation(const std::string& promised, const std::string& deed, bool negated) const;

 private:
  std::vector<std::string> fulfil_, contradict_;  // "PROMISED DEED" pairs; "*" matches any promise
};

struct FollowUpOptions {
  // The day against which deadlines are judged, "YYYY-MM-DD"; "" = today.
  std::string as_of;
  // Keep only commitments with this status (empty = all).
  std::vector<CommitmentStatus> statuses;
};

// The day `options` judge against: options.as_of, or today (UTC).
std::string AsOfDay(const FollowUpOptions& options);

// Reads the commitments matching `query` from `store`, links each to the
// later events of its promiser, and gives it a status. Events dated after
// `as_of` are not seen.
Result<std::vector<CommitmentRecord>> FollowUpCommitments(EventStore* store, const EventQuery& query,
                                                          const FollowUpRules& rules,
                                                          const FollowUpOptions& options);

// The share of decided commitments that were kept: kept / (kept + broken +
// overdue); -1 when none is decided.
double PromisesKeptRatio(const std::vector<CommitmentRecord>& records);

// The records as a text table, CSV (one row per commitment) or JSON
// ({"as_of", "kept_ratio", "counts", "commitments": [...]}, links with their
// evidence sentences).
std::string CommitmentsTable(const std::vector<CommitmentRecord>& records);
std::string CommitmentsCsv(const std::vector<CommitmentRecord>& records);
std::string CommitmentsJson(const std::vector<CommitmentRecord>& records, const std::string& as_of);

}  // namespace entente
