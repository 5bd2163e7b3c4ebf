// The commitments writer (`entente code --format commitments`): one
// commitment per line, the record of doc/formats/commitments.md.
#include <fmt/format.h>

#include "entente/analysis.h"
#include "output/json_util.h"
#include "output/writers.h"

namespace entente {

namespace {

void CodeList(const std::vector<ActorMention>& v, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) *out += ',';
    AppendJsonString(v[i].code, out);
  }
  *out += ']';
}

void DeadlineObject(const Deadline& d, std::string* out) {
  if (d.text.empty()) {
    *out += "null";
    return;
  }
  *out += '{';
  JsonKey("text", out); AppendJsonString(d.text, out); *out += ',';
  JsonKey("date", out); JsonStringOrNull(d.date, out);
  *out += '}';
}

class CommitmentWriter : public EventWriter {
 public:
  explicit CommitmentWriter(OutputOptions o) : options_(o) {}
  std::string Header() const override { return ""; }

  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    for (size_t i = 0; i < doc.commitments.size(); ++i) WriteOne(doc, doc.commitments[i], i, out);
  }

 private:
  void WriteOne(const AnalyzedDocument& doc, const Commitment& c, size_t i, std::string* out) const {
    *out += '{';
    JsonKey("doc_id", out); AppendJsonString(doc.doc.id, out);
    *out += fmt::format(",\"sent\":{},", c.sentence);
    JsonKey("commitment_id", out); AppendJsonString(fmt::format("{}:{}:c{}", doc.doc.id, c.sentence, i), out);
    *out += ',';
    JsonKey("date", out); JsonStringOrNull(doc.doc.date, out); *out += ',';
    JsonKey("promisers", out); JsonActorList(c.promisers, out); *out += ',';
    JsonKey("counterparts", out); JsonActorList(c.counterparts, out); *out += ',';
    JsonKey("type", out); AppendJsonString(c.type, out); *out += ',';
    JsonKey("cameo", out); JsonStringOrNull(c.cameo, out); *out += ',';
    JsonKey("act_type", out); JsonStringOrNull(c.act_type, out); *out += ',';
    JsonKey("cue", out); AppendJsonString(c.cue, out); *out += ',';
    JsonKey("action", out); JsonStringOrNull(c.action, out); *out += ',';
    JsonKey("object", out); JsonStringOrNull(c.object, out); *out += ',';
    JsonKey("quantity", out); JsonStringOrNull(c.quantity, out); *out += ',';
    JsonKey("deadline", out); DeadlineObject(c.deadline, out); *out += ',';
    JsonKey("trigger", out); AppendJsonString(c.trigger, out); *out += ',';
    JsonKey("attribution", out); JsonStringOrNull(c.attribution.text, out); *out += ',';
    JsonKey("sentence", out); AppendJsonString(SentenceAt(doc, c.sentence), out); *out += ',';
    JsonKey("spans", out);
    *out += '{';
    JsonKey("trigger", out); JsonSpan(c.trigger_span, out); *out += ',';
    JsonKey("deadline", out);
    if (c.deadline.text.empty()) *out += "null"; else JsonSpan(c.deadline.span, out);
    *out += '}';
    if (options_.include_why) {
      *out += ',';
      JsonKey("why", out); AppendJsonString(c.why, out);
    }
    *out += ',';
    JsonProvenance(options_.provenance, out);
    *out += "}\n";
  }

  OutputOptions options_;
};

}  // namespace

void JsonCommitmentTerms(const Commitment& c, std::string* out) {
  *out += '{';
  JsonKey("promisers", out); CodeList(c.promisers, out); *out += ',';
  JsonKey("counterparts", out); CodeList(c.counterparts, out); *out += ',';
  JsonKey("type", out); AppendJsonString(c.type, out); *out += ',';
  JsonKey("cue", out); AppendJsonString(c.cue, out); *out += ',';
  JsonKey("action", out); JsonStringOrNull(c.action, out); *out += ',';
  JsonKey("act_type", out); JsonStringOrNull(c.act_type, out); *out += ',';
  JsonKey("object", out); JsonStringOrNull(c.object, out); *out += ',';
  JsonKey("quantity", out); JsonStringOrNull(c.quantity, out); *out += ',';
  JsonKey("deadline", out); DeadlineObject(c.deadline, out);
  *out += '}';
}

std::unique_ptr<EventWriter> MakeCommitmentWriter(OutputOptions options) {
  return std::make_unique<CommitmentWriter>(options);
}

}  // namespace entente
