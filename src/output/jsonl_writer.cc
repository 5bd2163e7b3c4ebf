// The JSON Lines writer: one event per line, the record of DESIGN.md
// ("The event record"); fields are documented in doc/formats/events.md.
#include <fmt/format.h>

#include "entente/analysis.h"
#include "output/json_util.h"
#include "output/writers.h"

namespace entente {

std::string EventId(const Event& e, size_t index) {
  return fmt::format("{}:{}:{}", e.doc_id, e.sentence, index);
}

std::string SentenceAt(const AnalyzedDocument& doc, uint32_t index) {
  if (index >= doc.sentences.size()) return "";
  Span s = doc.sentences[index].span;
  if (s.end > doc.doc.text.size() || s.empty()) return "";
  return doc.doc.text.substr(s.begin, s.size());
}

std::string SentenceText(const AnalyzedDocument& doc, const Event& e) { return SentenceAt(doc, e.sentence); }

void JsonKey(const char* k, std::string* out) {
  out->push_back('"');
  *out += k;
  *out += "\":";
}

void JsonStringOrNull(const std::string& s, std::string* out) {
  if (s.empty()) *out += "null";
  else AppendJsonString(s, out);
}

namespace {

void SectorArray(const std::vector<std::string>& sectors, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < sectors.size(); ++i) {
    if (i) *out += ',';
    AppendJsonString(sectors[i], out);
  }
  *out += ']';
}

}  // namespace

void JsonActor(const ActorMention& m, std::string* out) {
  *out += '{';
  JsonKey("text", out); AppendJsonString(m.text, out); *out += ',';
  JsonKey("actor", out); JsonStringOrNull(m.code, out); *out += ',';
  JsonKey("country", out); JsonStringOrNull(m.country, out); *out += ',';
  JsonKey("sector", out); SectorArray(m.sectors, out); *out += ',';
  JsonKey("org", out); JsonStringOrNull(m.org, out); *out += ',';
  JsonKey("name", out); JsonStringOrNull(m.name, out); *out += ',';
  JsonKey("ethnic", out); JsonStringOrNull(m.ethnic, out); *out += ',';
  JsonKey("religion", out); JsonStringOrNull(m.religion, out);
  *out += '}';
}

void JsonActorList(const std::vector<ActorMention>& v, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) *out += ',';
    JsonActor(v[i], out);
  }
  *out += ']';
}

void JsonSpan(Span s, std::string* out) { *out += fmt::format("[{},{}]", s.begin, s.end); }

void JsonProvenance(const Provenance& p, std::string* out) {
  JsonKey("entente", out); JsonStringOrNull(p.version, out); *out += ',';
  JsonKey("model", out); JsonStringOrNull(p.model, out); *out += ',';
  JsonKey("dictionaries", out); JsonStringOrNull(p.dictionaries, out);
}

namespace {

void Coordinate(bool known, double v, std::string* out) {
  if (known) *out += fmt::format("{:.4f}", v);
  else *out += "null";
}

// {"text", "place_id", "name", "country", "precision", "region", "lat",
// "lon", "from_dateline"} or null.
void LocationObject(const EventLocation& l, std::string* out) {
  if (l.empty()) {
    *out += "null";
    return;
  }
  *out += '{';
  JsonKey("text", out); AppendJsonString(l.text, out); *out += ',';
  JsonKey("place_id", out); JsonStringOrNull(l.place_id, out); *out += ',';
  JsonKey("name", out); JsonStringOrNull(l.name, out); *out += ',';
  JsonKey("country", out); JsonStringOrNull(l.country, out); *out += ',';
  JsonKey("precision", out); JsonStringOrNull(l.precision, out); *out += ',';
  JsonKey("region", out); AppendJsonString(l.region, out); *out += ',';
  JsonKey("lat", out); Coordinate(l.has_coords, l.lat, out); *out += ',';
  JsonKey("lon", out); Coordinate(l.has_coords, l.lon, out); *out += ',';
  *out += fmt::format("\"from_dateline\":{}", l.from_dateline ? "true" : "false");
  *out += '}';
}

// `--format actors`: one line per document with every actor mention.
class ActorsWriter : public EventWriter {
 public:
  std::string Header() const override { return ""; }
  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    *out += '{';
    JsonKey("id", out); AppendJsonString(doc.doc.id, out); *out += ',';
    JsonKey("actors", out); *out += '[';
    for (size_t i = 0; i < doc.actors.size(); ++i) {
      const ActorMention& m = doc.actors[i];
      if (i) *out += ',';
      *out += '{';
      JsonKey("text", out); AppendJsonString(m.text, out); *out += ',';
      JsonKey("span", out); JsonSpan(m.span, out); *out += fmt::format(",\"sent\":{},", m.sentence);
      JsonKey("code", out); JsonStringOrNull(m.code, out); *out += ',';
      JsonKey("country", out); JsonStringOrNull(m.country, out); *out += ',';
      JsonKey("sector", out); SectorArray(m.sectors, out); *out += ',';
      JsonKey("org", out); JsonStringOrNull(m.org, out); *out += ',';
      JsonKey("ethnic", out); JsonStringOrNull(m.ethnic, out); *out += ',';
      JsonKey("religion", out); JsonStringOrNull(m.religion, out); *out += ',';
      JsonKey("kind", out); AppendJsonString(ActorKindName(m.kind), out); *out += ',';
      JsonKey("role", out); AppendJsonString(m.location ? "location" : "actor", out); *out += ',';
      JsonKey("place_id", out); JsonStringOrNull(m.place_id, out); *out += ',';
      JsonKey("why", out); AppendJsonString(m.why, out);
      *out += '}';
    }
    *out += "]}\n";
  }
};

class JsonlWriter : public EventWriter {
 public:
  explicit JsonlWriter(OutputOptions o) : options_(o) {}
  std::string Header() const override { return ""; }

  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    for (size_t i = 0; i < doc.events.size(); ++i) WriteEvent(doc, doc.events[i], i, out);
  }

 private:
  void WriteEvent(const AnalyzedDocument& doc, const Event& e, size_t i, std::string* out) const {
    *out += '{';
    JsonKey("doc_id", out); AppendJsonString(e.doc_id, out);
    *out += fmt::format(",\"sent\":{},", e.sentence);
    JsonKey("event_id", out); AppendJsonString(EventId(e, i), out); *out += ',';
    JsonKey("date", out); JsonStringOrNull(EventDate(e), out); *out += ',';
    JsonKey("date_precision", out); JsonStringOrNull(EventDatePrecision(e), out); *out += ',';
    JsonKey("published", out); JsonStringOrNull(e.date, out); *out += ',';
    JsonKey("url", out); JsonStringOrNull(doc.doc.url, out); *out += ',';
    JsonKey("title", out); JsonStringOrNull(doc.doc.title, out); *out += ',';
    JsonKey("publisher", out); JsonStringOrNull(doc.doc.publisher, out); *out += ',';
    // `source`/`target` are the first actor (the DESIGN record);
    // `sources`/`targets` list every member of a compound actor.
    JsonKey("source", out);
    if (e.sources.empty()) *out += "null"; else JsonActor(e.sources[0], out);
    *out += ',';
    JsonKey("target", out);
    if (e.targets.empty()) *out += "null"; else JsonActor(e.targets[0], out);
    *out += ',';
    JsonKey("sources", out); JsonActorList(e.sources, out); *out += ',';
    JsonKey("targets", out); JsonActorList(e.targets, out); *out += ',';
    JsonKey("cameo", out); AppendJsonString(e.cameo, out); *out += ',';
    JsonKey("plover", out); AppendJsonString(e.plover, out); *out += ',';
    JsonKey("mode", out); AppendJsonString(e.mode, out); *out += ',';
    JsonKey("context", out); *out += '[';
    for (size_t k = 0; k < e.context.size(); ++k) {
      if (k) *out += ',';
      AppendJsonString(e.context[k], out);
    }
    *out += "],";
    *out += fmt::format("\"quad\":{},\"goldstein\":{:.1f},", e.quad, e.goldstein);
    JsonKey("trigger", out); AppendJsonString(e.trigger, out); *out += ',';
    *out += fmt::format("\"negated\":{},", e.negated ? "true" : "false");
    JsonKey("modality", out); AppendJsonString(ModalityName(e.modality), out); *out += ',';
    if (e.confidence) *out += fmt::format("\"confidence\":{:.3f},", *e.confidence);
    JsonKey("attribution", out);
    if (e.attribution.text.empty()) {
      *out += "null";
    } else {
      *out += '{';
      JsonKey("text", out); AppendJsonString(e.attribution.text, out);
      *out += fmt::format(",\"anonymous\":{},", e.attribution.anonymous ? "true" : "false");
      JsonKey("actor", out); JsonStringOrNull(e.attribution.actor, out);
      *out += '}';
    }
    *out += ',';
    JsonKey("location", out); LocationObject(e.location, out); *out += ',';
    JsonKey("sentence", out); AppendJsonString(SentenceText(doc, e), out); *out += ',';
    JsonKey("spans", out);
    *out += '{';
    JsonKey("source", out);
    if (e.sources.empty()) *out += "null"; else JsonSpan(e.sources[0].span, out);
    *out += ',';
    JsonKey("trigger", out); JsonSpan(e.trigger_span, out); *out += ',';
    JsonKey("target", out);
    if (e.targets.empty()) *out += "null"; else JsonSpan(e.targets[0].span, out);
    *out += '}';
    for (const Commitment& c : doc.commitments) {
      if (c.event != static_cast<int32_t>(i)) continue;
      *out += ',';
      JsonKey("commitment", out);
      JsonCommitmentTerms(c, out);
    }
    if (options_.include_why) {
      *out += ',';
      JsonKey("why", out); AppendJsonString(e.why, out);
    }
    *out += ',';
    JsonProvenance(options_.provenance, out);
    *out += "}\n";
  }

  OutputOptions options_;
};

}  // namespace

std::unique_ptr<EventWriter> MakeActorsWriter() { return std::make_unique<ActorsWriter>(); }

std::unique_ptr<EventWriter> MakeJsonlWriter(OutputOptions options) {
  return std::make_unique<JsonlWriter>(options);
}

}  // namespace entente
