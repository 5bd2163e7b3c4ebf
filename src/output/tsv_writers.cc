// The CAMEO-style writers: one row per (source, target) pair of each event.
//   tsv   — Phoenix/PETRARCH-like columns with a header line.
//   gdelt — the 61 columns of the GDELT 2.0 event table, no header; fields
//           entente does not know (tone, geography, DATEADDED) are empty.
// Both are described in doc/formats/events.md.
#include <cstdint>

#include <fmt/format.h>

#include "entente/analysis.h"
#include "output/json_util.h"
#include "output/writers.h"

namespace entente {

namespace {

// Every (source, target) pair; an empty side is a single empty actor.
template <typename F>
void ForEachPair(const Event& e, F&& f) {
  static const ActorMention kNone;
  size_t ns = e.sources.empty() ? 1 : e.sources.size();
  size_t nt = e.targets.empty() ? 1 : e.targets.size();
  for (size_t s = 0; s < ns; ++s) {
    for (size_t t = 0; t < nt; ++t) {
      f(e.sources.empty() ? kNone : e.sources[s], e.targets.empty() ? kNone : e.targets[t]);
    }
  }
}

std::string Compact(const std::string& date) {  // "2021-02-16" -> "20210216"
  std::string out;
  for (char c : date) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

std::string Sectors(const ActorMention& m) {
  std::string out;
  for (const auto& s : m.sectors) {
    if (!out.empty()) out += ';';
    out += s;
  }
  return out;
}

class TsvWriter : public EventWriter {
 public:
  explicit TsvWriter(OutputOptions o) : options_(o) {}
  std::string Header() const override {
    std::string h =
        "event_id\tdate\tsource\ttarget\tcameo\troot\tquad\tgoldstein\tplover\tmode\tcontext"
        "\tmodality\tnegated\tsource_country\tsource_sectors\ttarget_country\ttarget_sectors"
        "\tsource_text\ttarget_text\ttrigger\tattribution\tsentence"
        "\tlocation\tlocation_id\tlocation_country\tlocation_precision\tlatitude\tlongitude"
        "\tsource_ethnic\tsource_religion\ttarget_ethnic\ttarget_religion";
    if (options_.include_why) h += "\twhy";
    return h + "\n";
  }
  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      std::string context;
      for (const auto& c : e.context) context += (context.empty() ? "" : ";") + c;
      std::string sentence = TsvField(SentenceText(doc, e));
      ForEachPair(e, [&](const ActorMention& s, const ActorMention& t) {
        *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1f}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                            TsvField(EventId(e, i)), Compact(e.date), s.code, t.code, e.cameo,
                            e.cameo.substr(0, 2), e.quad, e.goldstein, e.plover, e.mode, context,
                            ModalityName(e.modality), e.negated ? 1 : 0, s.country, Sectors(s),
                            t.country, Sectors(t));
        *out += fmt::format("\t{}\t{}\t{}\t{}\t{}", TsvField(s.text), TsvField(t.text),
                            TsvField(e.trigger), TsvField(e.attribution.text), sentence);
        const EventLocation& l = e.location;
        *out += fmt::format("\t{}\t{}\t{}\t{}\t{}\t{}", TsvField(l.text), l.place_id, l.country, l.precision,
                            l.has_coords ? fmt::format("{:.4f}", l.lat) : "",
                            l.has_coords ? fmt::format("{:.4f}", l.lon) : "");
        *out += fmt::format("\t{}\t{}\t{}\t{}", s.ethnic, s.religion, t.ethnic, t.religion);
        if (options_.include_why) *out += "\t" + TsvField(e.why);
        *out += '\n';
      });
    }
  }

 private:
  OutputOptions options_;
};

// A stable 63-bit id from the event id (GDELT's GLOBALEVENTID is an integer).
uint64_t GlobalId(const std::string& id) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h >> 1;
}

void GdeltActor(const ActorMention& m, std::string* out) {
  std::string group;
  if (m.code.size() > 3 && (m.code.starts_with("IGO") || m.code.starts_with("NGO") ||
                            m.code.starts_with("IMG"))) {
    group = m.code.substr(3, 3);
  }
  std::string country = m.country.size() == 3 ? m.country : "";
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3
  // Religion2 is the finer code under Religion1 in GDELT; entente keeps one.
  *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t", m.code, TsvField(m.name.empty() ? m.text : m.name),
                      country, group, m.ethnic, m.religion);
  for (size_t k = 0; k < 3; ++k) {
    *out += '\t';
    if (k < m.sectors.size()) *out += m.sectors[k];
  }
  *out += '\t';
}

// GDELT's geographic types: 1 country, 2 US state, 3 US city, 4 world
// city, 5 world state (region). The country code is ISO 3166-1 alpha-3
// (GDELT writes FIPS 10-4 codes; doc/formats/events.md), the feature id
// entente's place id.
void ActionGeo(const EventLocation& l, std::string* out) {
  if (l.empty()) {
    *out += "0\t\t\t\t\t\t\t\t";
    return;
  }
  bool us = l.country == "USA";
  int type = l.precision == "country" ? 1 : l.precision == "city" ? (us ? 3 : 4) : (us ? 2 : 5);
  std::string name = l.name.empty() ? l.text : l.name;
  *out += fmt::format("{}\t{}\t{}\t\t\t{}\t{}\t{}\t", type, TsvField(name), l.country,
                      l.has_coords ? fmt::format("{:.4f}", l.lat) : "",
                      l.has_coords ? fmt::format("{:.4f}", l.lon) : "", l.place_id);
}

class GdeltWriter : public EventWriter {
 public:
  explicit GdeltWriter(OutputOptions o) : options_(o) {}
  std::string Header() const override { return ""; }
  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      std::string day = Compact(e.date);
      int year = 0, month = 0, mday = 0;
      if (day.size() == 8) {
        year = std::stoi(day.substr(0, 4));
        month = std::stoi(day.substr(4, 2));
        mday = std::stoi(day.substr(6, 2));
      }
      size_t pair = 0;
      ForEachPair(e, [&](const ActorMention& s, const ActorMention& t) {
        std::string id = EventId(e, i) + ":" + std::to_string(pair++);
        *out += fmt::format("{}\t", GlobalId(id));
        if (year > 0) {
          *out += fmt::format("{}\t{:04d}{:02d}\t{:04d}\t{:.4f}\t", day, year, month, year,
                              year + (month * 30 + mday) / 365.0);
        } else {
          *out += "\t\t\t\t";
        }
        GdeltActor(s, out);
        GdeltActor(t, out);
        // IsRootEvent: entente marks events of the story's first sentence.
        *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{:.1f}\t1\t1\t1\t\t", e.sentence == 0 ? 1 : 0,
                            e.cameo, e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())),
                            e.cameo.substr(0, 2), e.quad, e.goldstein);
        // Actor1Geo, Actor2Geo: 2 x 8 fields, type 0 = unknown; ActionGeo:
        // where the event happened (Type, FullName, CountryCode, ADM1Code,
        // ADM2Code, Lat, Long, FeatureID).
        for (int g = 0; g < 2; ++g) *out += "0\t\t\t\t\t\t\t\t";
        ActionGeo(e.location, out);
        *out += fmt::format("\t{}\n", TsvField(doc.doc.url));
      });
    }
  }

 private:
  OutputOptions options_;
};

}  // namespace

std::unique_ptr<EventWriter> MakeTsvWriter(OutputOptions options) {
  return std::make_unique<TsvWriter>(options);
}
std::unique_ptr<EventWriter> MakeGdeltWriter(OutputOptions options) {
  return std::make_unique<GdeltWriter>(options);
}

}  // namespace entente
