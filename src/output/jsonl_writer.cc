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

std::string SentenceText(const AnalyzedDocument& doc, const Event& e) {
  if (e.sentence >= doc.sentences.size()) return "";
  Span s = doc.sentences[e.sentence].span;
  if (s.end > doc.doc.text.size() || s.empty()) return "";
  return doc.doc.text.substr(s.begin, s.size());
}

namespace {

void Key(const char* k, std::string* out) {
  out->push_back('"');
  *out += k;
  *out += "\":";
}

void StringOrNull(const std::string& s, std::string* out) {
  if (s.empty()) *out += "null";
  else AppendJsonString(s, out);
}

void SectorArray(const std::vector<std::string>& sectors, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < sectors.size(); ++i) {
    if (i) *out += ',';
    AppendJsonString(sectors[i], out);
  }
  *out += ']';
}

void ActorObject(const ActorMention& m, std::string* out) {
  *out += '{';
  Key("text", out); AppendJsonString(m.text, out); *out += ',';
  Key("actor", out); StringOrNull(m.code, out); *out += ',';
  Key("country", out); StringOrNull(m.country, out); *out += ',';
  Key("sector", out); SectorArray(m.sectors, out); *out += ',';
  Key("org", out); StringOrNull(m.org, out); *out += ',';
  Key("name", out); StringOrNull(m.name, out); *out += ',';
  Key("ethnic", out); StringOrNull(m.ethnic, out); *out += ',';
  Key("religion", out); StringOrNull(m.religion, out);
  *out += '}';
}

void ActorList(const std::vector<ActorMention>& v, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) *out += ',';
    ActorObject(v[i], out);
  }
  *out += ']';
}

void SpanArray(Span s, std::string* out) { *out += fmt::format("[{},{}]", s.begin, s.end); }

void Coordinate(bool known, double v, std::string* out) {
  if (known) *out += fmt::format("{:.4f}", v);
  else *out += "null";
}

// {"text", "place_id", "name", "country", "precision", "lat", "lon",
// "from_dateline"} or null.
void LocationObject(const EventLocation& l, std::string* out) {
  if (l.empty()) {
    *out += "null";
    return;
  }
  *out += '{';
  Key("text", out); AppendJsonString(l.text, out); *out += ',';
  Key("place_id", out); StringOrNull(l.place_id, out); *out += ',';
  Key("name", out); StringOrNull(l.name, out); *out += ',';
  Key("country", out); StringOrNull(l.country, out); *out += ',';
  Key("precision", out); StringOrNull(l.precision, out); *out += ',';
  Key("lat", out); Coordinate(l.has_coords, l.lat, out); *out += ',';
  Key("lon", out); Coordinate(l.has_coords, l.lon, out); *out += ',';
  *out += fmt::format("\"from_dateline\":{}", l.from_dateline ? "true" : "false");
  *out += '}';
}

// `--format actors`: one line per document with every actor mention.
class ActorsWriter : public EventWriter {
 public:
  std::string Header() const override { return ""; }
  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    *out += '{';
    Key("id", out); AppendJsonString(doc.doc.id, out); *out += ',';
    Key("actors", out); *out += '[';
    for (size_t i = 0; i < doc.actors.size(); ++i) {
      const ActorMention& m = doc.actors[i];
      if (i) *out += ',';
      *out += '{';
      Key("text", out); AppendJsonString(m.text, out); *out += ',';
      Key("span", out); SpanArray(m.span, out); *out += fmt::format(",\"sent\":{},", m.sentence);
      Key("code", out); StringOrNull(m.code, out); *out += ',';
      Key("country", out); StringOrNull(m.country, out); *out += ',';
      Key("sector", out); SectorArray(m.sectors, out); *out += ',';
      Key("org", out); StringOrNull(m.org, out); *out += ',';
      Key("ethnic", out); StringOrNull(m.ethnic, out); *out += ',';
      Key("religion", out); StringOrNull(m.religion, out); *out += ',';
      Key("kind", out); AppendJsonString(ActorKindName(m.kind), out); *out += ',';
      Key("role", out); AppendJsonString(m.location ? "location" : "actor", out); *out += ',';
      Key("place_id", out); StringOrNull(m.place_id, out); *out += ',';
      Key("why", out); AppendJsonString(m.why, out);
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
    Key("doc_id", out); AppendJsonString(e.doc_id, out);
    *out += fmt::format(",\"sent\":{},", e.sentence);
    Key("event_id", out); AppendJsonString(EventId(e, i), out); *out += ',';
    Key("date", out); StringOrNull(EventDate(e), out); *out += ',';
    Key("date_precision", out); StringOrNull(EventDatePrecision(e), out); *out += ',';
    Key("published", out); StringOrNull(e.date, out); *out += ',';
    Key("url", out); StringOrNull(doc.doc.url, out); *out += ',';
    Key("title", out); StringOrNull(doc.doc.title, out); *out += ',';
    Key("publisher", out); StringOrNull(doc.doc.publisher, out); *out += ',';
    // `source`/`target` are the first actor (the DESIGN record);
    // `sources`/`targets` list every member of a compound actor.
    Key("source", out);
    if (e.sources.empty()) *out += "null"; else ActorObject(e.sources[0], out);
    *out += ',';
    Key("target", out);
    if (e.targets.empty()) *out += "null"; else ActorObject(e.targets[0], out);
    *out += ',';
    Key("sources", out); ActorList(e.sources, out); *out += ',';
    Key("targets", out); ActorList(e.targets, out); *out += ',';
    Key("cameo", out); AppendJsonString(e.cameo, out); *out += ',';
    Key("plover", out); AppendJsonString(e.plover, out); *out += ',';
    Key("mode", out); AppendJsonString(e.mode, out); *out += ',';
    Key("context", out); *out += '[';
    for (size_t k = 0; k < e.context.size(); ++k) {
      if (k) *out += ',';
      AppendJsonString(e.context[k], out);
    }
    *out += "],";
    *out += fmt::format("\"quad\":{},\"goldstein\":{:.1f},", e.quad, e.goldstein);
    Key("trigger", out); AppendJsonString(e.trigger, out); *out += ',';
    *out += fmt::format("\"negated\":{},", e.negated ? "true" : "false");
    Key("modality", out); AppendJsonString(ModalityName(e.modality), out); *out += ',';
    Key("attribution", out);
    if (e.attribution.text.empty()) {
      *out += "null";
    } else {
      *out += '{';
      Key("text", out); AppendJsonString(e.attribution.text, out);
      *out += fmt::format(",\"anonymous\":{},", e.attribution.anonymous ? "true" : "false");
      Key("actor", out); StringOrNull(e.attribution.actor, out);
      *out += '}';
    }
    *out += ',';
    Key("location", out); LocationObject(e.location, out); *out += ',';
    Key("sentence", out); AppendJsonString(SentenceText(doc, e), out); *out += ',';
    Key("spans", out);
    *out += '{';
    Key("source", out);
    if (e.sources.empty()) *out += "null"; else SpanArray(e.sources[0].span, out);
    *out += ',';
    Key("trigger", out); SpanArray(e.trigger_span, out); *out += ',';
    Key("target", out);
    if (e.targets.empty()) *out += "null"; else SpanArray(e.targets[0].span, out);
    *out += '}';
    if (options_.include_why) {
      *out += ',';
      Key("why", out); AppendJsonString(e.why, out);
    }
    const Provenance& p = options_.provenance;
    *out += ',';
    Key("entente", out); StringOrNull(p.version, out); *out += ',';
    Key("model", out); StringOrNull(p.model, out); *out += ',';
    Key("dictionaries", out); StringOrNull(p.dictionaries, out);
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
