// RecordReader and JsonRecord: one JSON Lines record in memory, read and
// written by the rules of a JSON Lines input (json_record.h).
#include "entente/ingest.h"
#include "ingest/json_record.h"
#include "util/json_escape.h"

namespace entente {

struct RecordReader::Impl {
  ingest::JsonRecordParser parser;
};

RecordReader::RecordReader() : impl_(std::make_unique<Impl>()) {}
RecordReader::~RecordReader() = default;

Status RecordReader::Read(const std::string& file, uint64_t line, std::string record,
                          Document* doc, DiagnosticSink* sink) {
  ingest::Outcome outcome = impl_->parser.Parse(file, line, &record, doc);
  if (!outcome.reason.empty()) sink->Report({outcome.severity, file, outcome.line, outcome.reason});
  if (outcome.skipped()) return Status::InvalidArgument(outcome.reason);
  return Status::Ok();
}

std::string JsonRecord(const Document& doc) {
  std::string out;
  out.reserve(doc.text.size() + doc.title.size() + doc.url.size() + doc.id.size() +
              doc.publisher.size() + 80);
  out += "{\"id\":";
  AppendJsonString(doc.id, &out);
  out += ",\"date\":";
  AppendJsonString(doc.date, &out);
  out += ",\"title\":";
  AppendJsonString(doc.title, &out);
  out += ",\"url\":";
  AppendJsonString(doc.url, &out);
  out += ",\"publisher\":";
  AppendJsonString(doc.publisher, &out);
  out += ",\"text\":";
  AppendJsonString(doc.text, &out);
  out += '}';
  return out;
}

}  // namespace entente
