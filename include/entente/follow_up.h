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
  // The promised object the deed is about: the class both name
  // (data/commitments/objects.txt), the promise's words and the deed's.
  std::string object, promised_words, deed_words;
};

struct CommitmentRecord {
  StoredCommitment commitment;
  CommitmentStatus status = CommitmentStatus::kPending;
  std::vector<FollowUpLink> links;  // in date order; links[0] decided a kept/broken status
  std::string explanation;          // one sentence: why this status
};

// A class of object words found in a text ("troops" for "500 soldiers").
struct ObjectMention {
  std::string object;  // the class
  std::string words;   // the entry that named it, as listed
  bool head = false;   // no class: `object` is the object phrase's head word
};

// What promises and deeds are about: classes of English words and phrases
// (data/commitments/objects.txt), matched on lower-cased words.
class ObjectClasses {
 public:
  // Bad lines are errors naming file and line.
  static Result<ObjectClasses> Parse(const std::string& text, const std::string& file);
  // The classes named in `text`, in order of first mention, once each
  // (the lists' "-" classes are no objects and are never named).
  std::vector<ObjectMention> Find(const std::string& text) const;
  // The head word of an object phrase that names no class: the last word
  // before the first "-boundary" word ("working groups" of "six working
  // groups relating to …"), leading "-determiner" words and numbers left
  // out; "" when there is none ("some of her plans", "which").
  std::string HeadWord(const std::string& object) const;
  // The word of `text` that is `head` or a plural or singular of it
  // ("groups" for "group"), or "".
  static std::string FindHead(const std::string& text, const std::string& head);

 private:
  bool In(const std::string& word, const std::string& cls) const;

  std::vector<std::pair<std::string, std::string>> entries_;  // (entry, class), sorted by entry
  size_t longest_ = 1;                                        // words in the longest entry
};

class FollowUpRules {
 public:
  // Reads <data_dir>/commitments/follow_up.txt and objects.txt ("" =
  // DataDir()). Bad lines are errors naming file and line (the files are
  // small and hand-written).
  static Result<FollowUpRules> Load(const std::string& data_dir);
  // The type rules alone, with `objects` as the object classes.
  static Result<FollowUpRules> Parse(const std::string& text, const std::string& file,
                                     ObjectClasses objects = {});

  // Does a done event of type `deed` fulfil (1), contradict (-1) or not
  // answer (0) a promise of type `promised`? A negated event of the
  // promised type contradicts.
  int Relation(const std::string& promised, const std::string& deed, bool negated) const;

  const ObjectClasses& objects() const { return objects_; }

 private:
  ObjectClasses objects_;
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
