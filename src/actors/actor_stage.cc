// actor_stage.cc — the actors stage: loads the built-in dictionaries under
// <data_dir>/actors once, compiles the matcher, and resolves mentions per
// document (see resolver.h for the rules, doc/formats/actors.md for data).
#include "actors/actor_stage.h"

#include <filesystem>
#include <memory>

#include "actors/attribution.h"
#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "actors/resolver.h"
#include "parse/clause_words.h"

namespace entente {

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kRegion: return "region";
    case ActorKind::kPlace: return "place";
    case ActorKind::kOrganisation: return "org";
    case ActorKind::kPerson: return "person";
    case ActorKind::kAgent: return "agent";
  }
  return "?";
}

struct ActorStage::Impl {
  actors::Dictionary dict;
  std::unique_ptr<actors::AttributionModel> attribution;
  std::unique_ptr<actors::Matcher> matcher;
  std::unique_ptr<actors::Resolver> resolver;
  std::unique_ptr<parse::ClauseWords> clause_words;
};

ActorStage::ActorStage() = default;
ActorStage::~ActorStage() = default;

Result<std::unique_ptr<ActorStage>> ActorStage::Create(const std::string& data_dir, DiagnosticSink* sink) {
  return Create(data_dir, {}, sink);
}

Result<std::unique_ptr<ActorStage>> ActorStage::Create(
    const std::string& data_dir, const std::vector<std::pair<std::string, std::string>>& extra,
    DiagnosticSink* sink, const ActorOptions& options) {
  auto impl = std::make_unique<Impl>();
  // The extra (PETRARCH) files are an overlay: their entries win where both
  // name the same words, and when they define role nouns the built-in ones
  // are left out (doc/formats/petrarch.md, "Actors under petrarch:").
  impl->dict.SetOverlay(true);
  for (const auto& [name, text] : extra) {
    Status s = impl->dict.LoadText(name, text, sink);
    if (!s.ok()) return s;
  }
  impl->dict.SetOverlay(false);
  if (!data_dir.empty()) {
    actors::Dictionary::Options dict_options;
    dict_options.agents = !impl->dict.overlay_agents();
    Status s = impl->dict.LoadDir(data_dir + "/actors", dict_options, sink);
    if (!s.ok()) return s;
    std::string model = data_dir + "/actors/" + std::string(actors::kAttributionModelFile);
    std::error_code ec;
    if (options.attribution && std::filesystem::exists(model, ec)) {
      auto m = actors::AttributionModel::Load(model, sink);
      if (!m.ok()) return m.status();
      impl->attribution = std::make_unique<actors::AttributionModel>(std::move(m).value());
    }
    // The parse stage's event nouns ("a police crackdown"); without the file
    // role nouns before any noun stay actors.
    std::string words = parse::ClauseWords::DefaultPath(data_dir);
    if (std::filesystem::exists(words, ec)) {
      auto w = parse::ClauseWords::Load(words);
      if (!w.ok()) return w.status();
      impl->clause_words = std::make_unique<parse::ClauseWords>(std::move(w).value());
    }
  }
  impl->matcher = std::make_unique<actors::Matcher>(impl->dict);
  impl->resolver = std::make_unique<actors::Resolver>(impl->dict, *impl->matcher, impl->attribution.get(),
                                                      options.document_country);
  impl->resolver->set_clause_words(impl->clause_words.get());
  std::unique_ptr<ActorStage> stage(new ActorStage());
  stage->impl_ = std::move(impl);
  return stage;
}

void ActorStage::Run(AnalyzedDocument* doc) const { impl_->resolver->Run(doc); }

std::string ActorStage::Dump(const AnalyzedDocument& doc) const { return DumpActors(doc); }

std::string DumpActors(const AnalyzedDocument& doc) {
  std::string out;
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& m = doc.actors[i];
    out += "#" + std::to_string(i) + " s" + std::to_string(m.sentence) + " " + std::to_string(m.begin) + "-" +
           std::to_string(m.end) + " \"" + m.text + "\" " + m.code + " " + ActorKindName(m.kind);
    if (!m.country.empty()) out += " country=" + m.country;
    if (!m.sectors.empty()) {
      out += " sectors=";
      for (size_t k = 0; k < m.sectors.size(); ++k) out += (k ? "," : "") + m.sectors[k];
    }
    if (!m.org.empty()) out += " org=" + m.org;
    if (!m.name.empty() && m.name != m.org) out += " name=\"" + m.name + "\"";
    if (!m.title.empty()) out += " title=\"" + m.title + "\"";
    if (m.former) out += " former";
    if (!m.ethnic.empty()) out += " ethnic=" + m.ethnic;
    if (!m.religion.empty()) out += " religion=" + m.religion;
    if (m.location) out += " location=" + m.place_id;
    out += "\n    why: " + m.why + "\n";
  }
  return out;
}

}  // namespace entente
