// follow_up_format.cc — commitments and their follow-up as a table, CSV and
// JSON (the CLI and the HTTP API share these).
#include <cstdio>

#include "analyze/json.h"
#include "entente/follow_up.h"

namespace entente {

namespace {

// A CSV field, quoted when it holds a comma, quote or line break.
std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Or(const std::string& s, const char* none) { return s.empty() ? none : s; }

void EventJson(const StoredEvent& e, json::Writer* w) {
  w->BeginObject();
  w->Key("id"); w->Int(e.id);
  w->Key("doc_id"); w->String(e.doc_id);
  w->Key("title"); w->String(e.title);
  w->Key("date"); w->String(e.date);
  w->Key("source"); w->String(e.source);
  w->Key("target"); w->String(e.target);
  w->Key("plover"); w->String(e.plover);
  w->Key("cameo"); w->String(e.cameo);
  w->Key("trigger"); w->String(e.trigger);
  w->Key("negated"); w->Bool(e.negated);
  w->Key("sentence"); w->String(e.sentence);
  w->EndObject();
}

void RecordJson(const CommitmentRecord& r, json::Writer* w) {
  const StoredCommitment& c = r.commitment;
  w->BeginObject();
  w->Key("id"); w->Int(c.id);
  w->Key("status"); w->String(CommitmentStatusName(r.status));
  w->Key("explanation"); w->String(r.explanation);
  w->Key("doc_id"); w->String(c.doc_id);
  w->Key("title"); w->String(c.title);
  w->Key("url"); w->String(c.url);
  w->Key("date"); w->String(c.date);
  w->Key("promiser"); w->String(c.source);
  w->Key("promiser_text"); w->String(c.source_text);
  w->Key("counterpart"); w->String(c.target);
  w->Key("counterpart_text"); w->String(c.target_text);
  w->Key("type"); w->String(c.plover);
  w->Key("cameo"); w->String(c.cameo);
  w->Key("cue"); w->String(c.cue);
  w->Key("action"); w->String(c.action);
  w->Key("act_type"); w->String(c.act_type);
  w->Key("object"); w->String(c.object);
  w->Key("quantity"); w->String(c.quantity);
  w->Key("deadline");
  if (c.deadline_text.empty()) {
    w->Null();
  } else {
    w->BeginObject();
    w->Key("text"); w->String(c.deadline_text);
    w->Key("date"); if (c.deadline.empty()) w->Null(); else w->String(c.deadline);
    w->Key("end"); if (c.deadline_end.empty()) w->Null(); else w->String(c.deadline_end);
    w->EndObject();
  }
  w->Key("attribution"); w->String(c.attribution);
  w->Key("sentence"); w->String(c.sentence);
  w->Key("trigger_span");
  w->BeginArray(); w->Int(c.trigger_span.begin); w->Int(c.trigger_span.end); w->EndArray();
  w->Key("links");
  w->BeginArray();
  for (const FollowUpLink& l : r.links) {
    w->BeginObject();
    w->Key("relation"); w->String(l.fulfils ? "fulfils" : "contradicts");
    w->Key("rule"); w->String(l.rule);
    w->Key("object");
    if (l.object.empty()) {
      w->Null();
    } else {
      w->BeginObject();
      w->Key("class"); w->String(l.object);
      w->Key("promised"); w->String(l.promised_words);
      w->Key("deed"); w->String(l.deed_words);
      w->EndObject();
    }
    w->Key("event"); EventJson(l.event, w);
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

}  // namespace

std::string CommitmentsTable(const std::vector<CommitmentRecord>& records) {
  std::string out;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-10s %-8s %-10s %-10s %-9s %-12s %s\n", "date", "status", "promiser",
                "counterpart", "type", "deadline", "promise / evidence");
  out += buf;
  for (const CommitmentRecord& r : records) {
    const StoredCommitment& c = r.commitment;
    std::snprintf(buf, sizeof buf, "%-10s %-8s %-10s %-10s %-9s %-12s ", Or(c.date, "-").c_str(),
                  CommitmentStatusName(r.status), c.source.c_str(), Or(c.target, "-").c_str(),
                  (c.act_type.empty() ? c.plover : c.act_type).c_str(),
                  Or(c.deadline.empty() ? c.deadline_text : c.deadline, "-").c_str());
    out += buf;
    out += c.cue + " " + Or(c.action, "") + (c.object.empty() ? "" : " " + c.object) +
           (c.quantity.empty() ? "" : " [" + c.quantity + "]") + "\n";
    out += "    " + c.doc_id + ": " + c.sentence + "\n";
    for (const FollowUpLink& l : r.links) {
      out += std::string("    ") + (l.fulfils ? "+ " : "- ") + l.event.date + " " + l.event.doc_id + ": " +
             l.event.sentence + "\n";
    }
    out += "    = " + r.explanation + "\n";
  }
  double ratio = PromisesKeptRatio(records);
  if (ratio >= 0) {
    std::snprintf(buf, sizeof buf, "promises kept: %.2f of decided commitments\n", ratio);
    out += buf;
  }
  return out;
}

std::string CommitmentsCsv(const std::vector<CommitmentRecord>& records) {
  std::string out =
      "id,date,status,promiser,counterpart,type,cue,action,object,quantity,deadline_text,deadline,"
      "links,doc_id,sentence,explanation\n";
  for (const CommitmentRecord& r : records) {
    const StoredCommitment& c = r.commitment;
    out += std::to_string(c.id) + "," + c.date + "," + CommitmentStatusName(r.status) + "," + Csv(c.source) + "," +
           Csv(c.target) + "," + c.plover + "," + Csv(c.cue) + "," + Csv(c.action) + "," + Csv(c.object) + "," +
           Csv(c.quantity) + "," + Csv(c.deadline_text) + "," + c.deadline + "," + std::to_string(r.links.size()) +
           "," + Csv(c.doc_id) + "," + Csv(c.sentence) + "," + Csv(r.explanation) + "\n";
  }
  return out;
}

std::string CommitmentsJson(const std::vector<CommitmentRecord>& records, const std::string& as_of) {
  json::Writer w;
  w.BeginObject();
  w.Key("as_of"); w.String(as_of);
  double ratio = PromisesKeptRatio(records);
  w.Key("kept_ratio"); if (ratio < 0) w.Null(); else w.Double(ratio);
  w.Key("counts");
  w.BeginObject();
  for (CommitmentStatus s : {CommitmentStatus::kPending, CommitmentStatus::kKept, CommitmentStatus::kBroken,
                             CommitmentStatus::kOverdue}) {
    int64_t n = 0;
    for (const CommitmentRecord& r : records) n += r.status == s;
    w.Key(CommitmentStatusName(s)); w.Int(n);
  }
  w.EndObject();
  w.Key("commitments");
  w.BeginArray();
  for (const CommitmentRecord& r : records) RecordJson(r, &w);
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace entente
