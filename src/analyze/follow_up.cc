// follow_up.cc — linking commitments to later deeds (doc/codebook.md,
// "Follow-up"), and their status.
#include "entente/follow_up.h"

#include <algorithm>
#include <chrono>

#include "util/civil_date.h"
#include "util/data_dir.h"
#include "util/lines.h"

namespace entente {

namespace {

constexpr const char* kFormat = "entente-follow-up 1";

// The dyad side a code stands for: an organisation by its whole code, any
// other actor by its country (the first three letters: USAGOV -> USA).
std::string Side(const std::string& code) {
  if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 || code.rfind("IMG", 0) == 0) return code;
  return code.substr(0, 3);
}

// Does a deed by `deed` count as the promiser `promiser`'s own? One code
// holds the other ("USA" and "USAGOV"; "USALEG" and "USALEGCON"), or both
// are the same country's state: the country, its government or its
// military ("DEUGOV" and "DEUMIL"); not its legislature, parties or
// opposition ("USALEG" and "USAGOV" are not one promiser).
bool SamePromiser(const std::string& promiser, const std::string& deed) {
  if (promiser.rfind(deed, 0) == 0 || deed.rfind(promiser, 0) == 0) return true;
  auto state = [](const std::string& code) {
    return code.size() == 6 && (code.compare(3, 3, "GOV") == 0 || code.compare(3, 3, "MIL") == 0);
  };
  return Side(promiser) == Side(deed) && state(promiser) && state(deed);
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find_first_of(" \t", i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string Today() {
  auto now = std::chrono::system_clock::now();
  auto days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return DateOfDay(days);
}

}  // namespace

const char* CommitmentStatusName(CommitmentStatus s) {
  switch (s) {
    case CommitmentStatus::kPending: return "pending";
    case CommitmentStatus::kKept: return "kept";
    case CommitmentStatus::kBroken: return "broken";
    case CommitmentStatus::kOverdue: return "overdue";
  }
  return "pending";
}

bool ParseCommitmentStatus(const std::string& name, CommitmentStatus* s) {
  for (CommitmentStatus x : {CommitmentStatus::kPending, CommitmentStatus::kKept, CommitmentStatus::kBroken,
                             CommitmentStatus::kOverdue}) {
    if (name == CommitmentStatusName(x)) {
      *s = x;
      return true;
    }
  }
  return false;
}

Result<FollowUpRules> FollowUpRules::Load(const std::string& data_dir) {
  std::string dir = (data_dir.empty() ? DataDir() : data_dir) + "/commitments/";
  std::string text, objects_text;
  if (!ReadFile(dir + "objects.txt", &objects_text)) return Status::NotFound("cannot read " + dir + "objects.txt");
  auto objects = ObjectClasses::Parse(objects_text, dir + "objects.txt");
  if (!objects.ok()) return objects.status();
  if (!ReadFile(dir + "follow_up.txt", &text)) return Status::NotFound("cannot read " + dir + "follow_up.txt");
  return Parse(text, dir + "follow_up.txt", std::move(objects).value());
}

Result<FollowUpRules> FollowUpRules::Parse(const std::string& text, const std::string& file, ObjectClasses objects) {
  FollowUpRules rules;
  rules.objects_ = std::move(objects);
  size_t line_no = 0;
  bool saw_format = false;
  std::string_view rest = text, view;
  while (NextLine(&rest, &view)) {
    std::string line(view);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto where = file + ":" + std::to_string(line_no) + ": ";
    if (!saw_format) {
      if (line != kFormat) return Status::Unsupported(where + "expected '" + std::string(kFormat) + "'");
      saw_format = true;
      continue;
    }
    size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) return Status::Corrupt(where + "expected PROMISED<TAB>RELATION<TAB>TYPES");
    std::string promised = line.substr(0, t1), rel = line.substr(t1 + 1, t2 - t1 - 1);
    if (rel != "fulfil" && rel != "contradict") {
      return Status::Corrupt(where + "relation must be fulfil or contradict, not '" + rel + "'");
    }
    for (const std::string& deed : Words(line.substr(t2 + 1))) {
      (rel == "fulfil" ? rules.fulfil_ : rules.contradict_).push_back(promised + " " + deed);
    }
  }
  if (!saw_format) return Status::Corrupt(file + ": no '" + std::string(kFormat) + "' line");
  return rules;
}

int FollowUpRules::Relation(const std::string& promised, const std::string& deed, bool negated) const {
  if (deed == promised) return negated ? -1 : 1;
  if (negated) return 0;
  auto has = [&](const std::vector<std::string>& v) {
    return std::find(v.begin(), v.end(), promised + " " + deed) != v.end() ||
           std::find(v.begin(), v.end(), "* " + deed) != v.end();
  };
  if (has(contradict_)) return -1;
  if (has(fulfil_)) return 1;
  return 0;
}

namespace {

// Words of a deed's sentence read for its object: a few before the trigger
// (a noun's owner: "the August 2 resignation") and more after it (the verb's
// object and complements).
constexpr int kWordsBefore = 3, kWordsAfter = 12;

// The part of sentence `s` around the trigger at `trigger`, or all of it
// when the trigger's place is unknown.
std::string Window(const std::string& s, Span trigger) {
  if (trigger.end <= trigger.begin || trigger.end > s.size()) return s;
  size_t b = trigger.begin, end = trigger.end;
  for (int n = 0; b > 0 && n <= kWordsBefore; --b) n += s[b - 1] == ' ';
  for (int n = 0; end < s.size() && n <= kWordsAfter; ++end) n += s[end] == ' ';
  return s.substr(b, end - b);
}

// What a promise is about: the object classes its trigger, act, object and
// quantity name ("send 500 more troops": troops); else the object's head
// word, as a class of its own ("six working groups": groups); else nothing.
std::vector<ObjectMention> PromisedObjects(const ObjectClasses& classes, const StoredCommitment& c) {
  std::vector<ObjectMention> found = classes.Find(c.trigger + " . " + c.action + " . " + c.object + " . " +
                                                  c.quantity + " . " + Window(c.sentence, c.trigger_span));
  std::string head = found.empty() ? classes.HeadWord(c.object) : "";
  if (!head.empty()) found.push_back({head, head, true});
  return found;
}

// The first promised class (or head word) the deed names too, or false.
bool SharedObject(const ObjectClasses& classes, const std::vector<ObjectMention>& promised, const StoredEvent& e,
                  FollowUpLink* link) {
  std::string window = Window(e.sentence, e.trigger_span);
  std::vector<ObjectMention> deed = classes.Find(window);
  if (promised.size() == 1 && promised[0].head) {
    std::string w = ObjectClasses::FindHead(window, promised[0].words);
    if (!w.empty()) deed = {{promised[0].object, w}};
  }
  for (const ObjectMention& p : promised) {
    for (const ObjectMention& d : deed) {
      if (p.object != d.object) continue;
      link->object = p.object;
      link->promised_words = p.words;
      link->deed_words = d.words;
      return true;
    }
  }
  return false;
}

// Links one commitment to the later events of its promiser and decides.
Status Decide(EventStore* store, const FollowUpRules& rules, const std::string& as_of, CommitmentRecord* r) {
  const StoredCommitment& c = r->commitment;
  std::optional<int64_t> day = DayNumber(c.date), now = DayNumber(as_of);
  if (!day || c.source.empty() || c.source[0] == '-') {
    r->explanation = !day ? "the promise is undated: later events cannot be held against it"
                             : "the promiser has no actor code";
    return Status::Ok();
  }
  EventQuery q;
  q.source.code = Side(c.source);
  q.from = DateOfDay(*day);
  q.to = as_of;
  q.limit = 1000;
  auto page = store->Events(q);
  if (!page.ok()) return page.status();
  std::vector<StoredEvent>& events = page->events;
  std::reverse(events.begin(), events.end());  // oldest first
  std::vector<ObjectMention> objects = PromisedObjects(rules.objects(), c);
  for (StoredEvent& e : events) {
    if (e.doc_id == c.doc_id || e.modality != "done" || !SamePromiser(c.source, e.source)) continue;
    if (!c.target.empty() && !e.target.empty() && Side(e.target) != Side(c.target)) continue;
    // The promised act's own type, when known, says what keeps the promise
    // ("pledged to send troops": MOBILIZE), else the promise's type.
    const std::string& promised = c.act_type.empty() ? c.plover : c.act_type;
    int rel = rules.Relation(promised, e.plover, e.negated);
    if (rel == 0) continue;
    FollowUpLink link;
    if (!SharedObject(rules.objects(), objects, e, &link)) continue;
    link.fulfils = rel > 0;
    link.rule = std::string(e.negated ? "negated " : "done ") + e.plover + " by " + e.source +
                (e.target.empty() ? "" : " to " + e.target) + (link.fulfils ? " fulfils" : " contradicts") +
                " a promised " + promised +
                (link.object.empty() ? "" : " on " + link.object + " ('" + link.deed_words + "' for '" +
                                                 link.promised_words + "')");
    link.event = std::move(e);
    r->links.push_back(std::move(link));
  }
  // The deadline's last day, if the promise has one.
  std::optional<int64_t> end = c.deadline_end.empty() ? std::nullopt : DayNumber(c.deadline_end);
  bool has_deadline = end.has_value();
  int64_t deadline = end.value_or(0);
  if (!r->links.empty()) {
    const FollowUpLink& first = r->links[0];
    r->status = first.fulfils ? CommitmentStatus::kKept : CommitmentStatus::kBroken;
    std::optional<int64_t> done = DayNumber(first.event.date);
    bool late = first.fulfils && has_deadline && done && *done > deadline;
    r->explanation = "first follow-up on " + first.event.date + ": " + first.rule + (late ? " (after the deadline)" : "");
  } else if (has_deadline && now && deadline < *now) {
    r->status = CommitmentStatus::kOverdue;
    r->explanation = "deadline " + c.deadline_end + " passed by " + as_of + " with no fulfilling event";
  } else {
    r->status = CommitmentStatus::kPending;
    r->explanation = has_deadline ? "no follow-up yet; deadline " + c.deadline_end + " not passed"
                                   : "no follow-up yet; no deadline";
  }
  // A promise naming no object is held against no deed (codebook, "Follow-up", rule 4).
  if (objects.empty()) r->explanation += "; the promise names no object, so no later deed is linked to it";
  return Status::Ok();
}

}  // namespace

Result<std::vector<CommitmentRecord>> FollowUpCommitments(EventStore* store, const EventQuery& query,
                                                          const FollowUpRules& rules,
                                                          const FollowUpOptions& options) {
  std::string as_of = AsOfDay(options);
  if (!DayNumber(as_of)) return Status::InvalidArgument("--as-of must be YYYY-MM-DD: '" + as_of + "'");
  auto rows = store->Commitments(query);
  if (!rows.ok()) return rows.status();
  std::vector<CommitmentRecord> out;
  for (StoredCommitment& c : *rows) {
    CommitmentRecord r;
    r.commitment = std::move(c);
    if (Status s = Decide(store, rules, as_of, &r); !s.ok()) return s;
    if (!options.statuses.empty() &&
        std::find(options.statuses.begin(), options.statuses.end(), r.status) == options.statuses.end()) {
      continue;
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string AsOfDay(const FollowUpOptions& options) { return options.as_of.empty() ? Today() : options.as_of; }

double PromisesKeptRatio(const std::vector<CommitmentRecord>& records) {
  int kept = 0, decided = 0;
  for (const CommitmentRecord& r : records) {
    if (r.status == CommitmentStatus::kPending) continue;
    ++decided;
    kept += r.status == CommitmentStatus::kKept;
  }
  return decided ? static_cast<double>(kept) / decided : -1;
}

}  // namespace entente
