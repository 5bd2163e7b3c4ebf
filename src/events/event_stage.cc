#include "events/event_stage.h"

#include <fmt/format.h>

#include "events/assembler.h"
#include "util/data_dir.h"

namespace entente {

EventStage::EventStage(CameoTable cameo, Lexicon lexicon)
    : cameo_(std::move(cameo)), lexicon_(std::move(lexicon)) {}

Result<std::unique_ptr<EventStage>> EventStage::Create(const std::string& data_dir,
                                                       DiagnosticSink* sink) {
  std::string dir = data_dir.empty() ? DataDir() : data_dir;
  auto cameo = CameoTable::Load(dir, sink);
  if (!cameo.ok()) return cameo.status();
  auto lexicon = Lexicon::Load(dir + "/events/lexicon", sink);
  if (!lexicon.ok()) return lexicon.status();
  // A pattern with a code the table does not know would produce events
  // without quad class or Goldstein value: report it at load time.
  lexicon->ForEach([&](const Pattern& p) {
    if (!cameo->Find(p.code) && sink) {
      sink->Report({Severity::kWarning, p.file, p.line, "unknown CAMEO code " + p.code});
    }
  });
  return std::make_unique<EventStage>(std::move(cameo).value(), std::move(lexicon).value());
}

void EventStage::Run(AnalyzedDocument* doc) const {
  doc->events.clear();
  AssembleEvents(lexicon_, cameo_, doc);
}

namespace {

std::string Actors(const std::vector<ActorMention>& v) {
  if (v.empty()) return "-";
  std::string out;
  for (const ActorMention& m : v) {
    if (!out.empty()) out += " + ";
    out += fmt::format("{} \"{}\"", m.code, m.text);
  }
  return out;
}

}  // namespace

std::string EventStage::Dump(const AnalyzedDocument& doc) const {
  std::string out;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    out += fmt::format("event {} sent {}: {} {} quad={} goldstein={:.1f} modality={}{}\n", i,
                       e.sentence, e.cameo, e.plover.empty() ? "-" : e.plover, e.quad, e.goldstein,
                       ModalityName(e.modality), e.negated ? " NEGATED" : "");
    out += fmt::format("  trigger \"{}\"  source {}  target {}\n", e.trigger, Actors(e.sources),
                       Actors(e.targets));
    if (!e.attribution.text.empty()) {
      out += fmt::format("  according to \"{}\"{}{}\n", e.attribution.text,
                         e.attribution.actor.empty() ? "" : " " + e.attribution.actor,
                         e.attribution.anonymous ? " (anonymous)" : "");
    }
    out += fmt::format("  why {}\n", e.why);
  }
  return out;
}

}  // namespace entente
