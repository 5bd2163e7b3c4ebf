// The CAMEO-style writers: one row per (source, target) pair of each event.
//   tsv   — Phoenix/PETRARCH-like columns with a header line.
//   gdelt — the 61 columns of the GDELT 2.0 event table, no header; fields
//           entente does not know (tone, geography, DATEADDED) are empty.
// Both are described in doc/formats/events.md.
#include <cstdint>

#include <fmt/format.h>

#include "entente/analysis.h"
#include "output/gdelt_row.h"
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
        "\tdate_precision\tpublished\turl\ttitle\tpublisher\tentente\tmodel\tdictionaries"
        "\tlocation\tlocation_id\tlocation_country\tlocation_precision\tlatitude\tlongitude"
        "\tsource_ethnic\tsource_religion\ttarget_ethnic\ttarget_religion\tlocation_region";
    if (options_.include_why) h += "\twhy";
    return h + "\n";
  }
  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      std::string context;
      for (const auto& c : e.context) context += (context.empty() ? "" : ";") + c;
      std::string sentence = TsvField(SentenceText(doc, e));
      const Provenance& p = options_.provenance;
      std::string stamp = fmt::format("\t{}\t{}\t{}", p.version, p.model, p.dictionaries);
      ForEachPair(e, [&](const ActorMention& s, const ActorMention& t) {
        *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1f}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                            TsvField(EventId(e, i)), CompactDate(EventDate(e)), s.code, t.code, e.cameo,
                            e.cameo.substr(0, 2), e.quad, e.goldstein, e.plover, e.mode, context,
                            ModalityName(e.modality), e.negated ? 1 : 0, s.country, Sectors(s),
                            t.country, Sectors(t));
        *out += fmt::format("\t{}\t{}\t{}\t{}\t{}", TsvField(s.text), TsvField(t.text),
                            TsvField(e.trigger), TsvField(e.attribution.text), sentence);
        *out += fmt::format("\t{}\t{}\t{}\t{}\t{}", EventDatePrecision(e), CompactDate(e.date),
                            TsvField(doc.doc.url), TsvField(doc.doc.title),
                            TsvField(doc.doc.publisher));
        *out += stamp;
        const EventLocation& l = e.location;
        *out += fmt::format("\t{}\t{}\t{}\t{}\t{}\t{}", TsvField(l.text), l.place_id, l.country, l.precision,
                            l.has_coords ? fmt::format("{:.4f}", l.lat) : "",
                            l.has_coords ? fmt::format("{:.4f}", l.lon) : "");
        *out += fmt::format("\t{}\t{}\t{}\t{}\t{}", s.ethnic, s.religion, t.ethnic, t.religion, l.region);
        if (options_.include_why) *out += "\t" + TsvField(e.why);
        *out += '\n';
      });
    }
  }

 private:
  OutputOptions options_;
};

class GdeltWriter : public EventWriter {
 public:
  explicit GdeltWriter(OutputOptions o) : options_(o) {}
  std::string Header() const override { return ""; }
  void Write(const AnalyzedDocument& doc, std::string* out) const override {
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      GdeltEvent g;
      g.date = EventDate(e);
      g.root = e.sentence == 0;  // IsRootEvent: entente marks the story's first sentence
      g.cameo = e.cameo;
      g.quad = e.quad;
      g.goldstein = e.goldstein;
      g.url = doc.doc.url;
      // One story, one mention: `entente export` fills the counts from the
      // store's clusters.
      size_t pair = 0;
      ForEachPair(e, [&](const ActorMention& s, const ActorMention& t) {
        g.global_id = GdeltGlobalId(EventId(e, i) + ":" + std::to_string(pair++));
        g.source = &s;
        g.target = &t;
        g.location = &e.location;
        AppendGdeltRow(g, out);
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
