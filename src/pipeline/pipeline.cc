#include "entente/pipeline.h"

#include <algorithm>

#include "actors/actor_stage.h"
#include "commitments/commitment_stage.h"
#include "events/event_location.h"
#include "events/learned_coder.h"
#include "parse/parse_stage.h"
#include "petrarch/loader.h"
#include "pipeline/provenance.h"
#include "tag/tag_stage.h"
#include "text/date_resolver.h"
#include "text/text_stage.h"
#include "util/data_dir.h"
#include "util/model_bundle.h"

namespace entente {

const char* StageName(Stage stage) {
  switch (stage) {
    case Stage::kText: return "text";
    case Stage::kTag: return "tag";
    case Stage::kParse: return "parse";
    case Stage::kActors: return "actors";
    case Stage::kEvents: return "events";
    case Stage::kCommitments: return "commitments";
  }
  return "?";
}

bool ParseStageName(const std::string& name, Stage* stage) {
  for (Stage s : {Stage::kText, Stage::kTag, Stage::kParse, Stage::kActors, Stage::kEvents,
                  Stage::kCommitments}) {
    if (name == StageName(s)) {
      *stage = s;
      return true;
    }
  }
  return false;
}

namespace {

class PipelineImpl : public Pipeline {
 public:
  explicit PipelineImpl(PipelineOptions options) : options_(std::move(options)) {}

  Status Init(DiagnosticSink* sink) {
    const std::string& dir = options_.data_dir;
    auto text = TextStage::Create();
    if (!text.ok()) return text.status();
    text_ = std::move(text).value();
    if (Status s = LoadDates(dir); !s.ok()) return s;
    if (Runs(Stage::kTag)) {
      // The tagger's and the parser's parts come from one model file, read once.
      std::string path =
          options_.syntax_model.empty() ? TagStage::DefaultModelPath(DataDir()) : options_.syntax_model;
      auto model = ModelBundle::Load(path);
      if (!model.ok()) return model.status();
      auto r = TagStage::Create(dir, sink, *model);
      if (!r.ok()) return r.status();
      tag_ = std::move(r).value();
      if (Runs(Stage::kParse)) {
        auto p = ParseStage::Create(dir, sink, *model);
        if (!p.ok()) return p.status();
        parse_ = std::move(p).value();
      }
    }
    petrarch::PetrarchDicts petr;
    if (!options_.petrarch_dir.empty() && Runs(Stage::kActors)) {
      if (Status s = petrarch::ReadPetrarchDir(options_.petrarch_dir, &petr, sink); !s.ok()) return s;
    }
    if (Runs(Stage::kActors)) {
      ActorOptions aopts;
      aopts.attribution = options_.actor_attribution;
      aopts.document_country = options_.actor_document_country;
      auto r = options_.petrarch_dir.empty() ? ActorStage::Create(dir, {}, sink, aopts)
                                             : petrarch::CreateActorStage(dir, petr, sink);
      if (!r.ok()) return r.status();
      actors_ = std::move(r).value();
    }
    if (Runs(Stage::kEvents) && options_.petrarch_dir.empty()) {
      auto r = LearnedCoder::Create(dir, options_.event_model, sink);
      if (!r.ok()) return r.status();
      coder_ = std::move(r).value();
    } else if (Runs(Stage::kEvents)) {
      petrarch::CoderOptions copts;
      copts.require_dyad = options_.petrarch_require_dyad;
      copts.new_actor_length = static_cast<size_t>(std::max(0, options_.petrarch_new_actor_length));
      auto r = petrarch::CreateCoder(dir, &petr, copts, sink);
      if (!r.ok()) return r.status();
      if (!petr.discards.empty()) (*r)->SetDiscards(std::make_shared<petrarch::DiscardIndex>(petr.discards));
      coder_ = std::move(r).value();
    }
    if (Runs(Stage::kEvents)) {
      auto r = EventLocator::Load(EventLocator::DefaultPath(DataDir()));
      if (!r.ok()) return r.status();
      locator_ = std::move(r).value();
    }
    if (Runs(Stage::kCommitments)) {
      auto r = CommitmentStage::Create(dir, dates_, sink);
      if (!r.ok()) return r.status();
      commitments_ = std::move(r).value();
    }
    return Status::Ok();
  }

  void Analyze(const Document& doc, AnalyzedDocument* out) const override {
    out->Clear();
    out->doc = doc;
    if (out->doc.date.empty()) out->doc.date = options_.date_override;
    text_->Run(out);
    if (tag_) tag_->Run(out);
    if (parse_) parse_->Run(out);
    if (actors_) actors_->Run(out);
    if (coder_) {
      coder_->Run(out);
      locator_->LocateAll(out);
      if (options_.dateline_location) LocateFromDateline(out);
      dates_->DateEvents(out);
      if (!options_.include_negated) {
        std::erase_if(out->events, [](const Event& e) { return e.negated || e.modality == Modality::kHypothetical; });
      }
    }
    if (commitments_) commitments_->Run(out);
  }

  std::string Dump(const AnalyzedDocument& doc, Stage stage) const override {
    if (!Runs(stage)) return "";
    switch (stage) {
      case Stage::kText: return text_->Dump(doc);
      case Stage::kTag: return tag_->Dump(doc);
      case Stage::kParse: return parse_->Dump(doc);
      case Stage::kActors: return actors_->Dump(doc);
      case Stage::kEvents: return coder_->Dump(doc);
      case Stage::kCommitments: return commitments_->Dump(doc);
    }
    return "";
  }

  std::string DumpAll(const AnalyzedDocument& doc) const override {
    std::string out;
    for (Stage s : {Stage::kText, Stage::kTag, Stage::kParse, Stage::kActors, Stage::kEvents,
                  Stage::kCommitments}) {
      if (!Runs(s)) break;
      out += "## ";
      out += StageName(s);
      out += "\n";
      out += Dump(doc, s);
      if (s == Stage::kParse) out += "## tree\n" + DumpTree(doc);
    }
    return out;
  }

  std::string DumpTree(const AnalyzedDocument& doc) const override { return parse_ ? parse_->DumpTree(doc) : ""; }

  const PipelineOptions& options() const override { return options_; }
  const Provenance& provenance() const override { return provenance_; }

 private:
  // The date words: the data directory's, else the built-in ones.
  Status LoadDates(const std::string& dir) {
    std::string path = dir + "/dates/en.txt";
    std::string probe;
    if (!ReadFile(path, &probe)) path = DataDir() + "/dates/en.txt";
    auto r = DateResolver::Load(path);
    if (!r.ok()) return r.status();
    dates_ = std::move(r).value();
    dict_files_.push_back(path);
    return Status::Ok();
  }

  bool Runs(Stage s) const { return static_cast<int>(s) <= static_cast<int>(options_.last_stage); }

  PipelineOptions options_;
  std::unique_ptr<TextStage> text_;
  std::unique_ptr<TagStage> tag_;
  std::unique_ptr<ParseStage> parse_;
  std::unique_ptr<ActorStage> actors_;
  std::unique_ptr<EventCoder> coder_;  // the learned coder, or PETRARCH's with --dict petrarch:DIR
  std::unique_ptr<EventLocator> locator_;  // where each event happened
  std::unique_ptr<CommitmentStage> commitments_;
  std::shared_ptr<const DateResolver> dates_;  // event dates, and the commitments' deadlines
  std::vector<std::string> dict_files_;  // what the dictionary fingerprint covers
  Provenance provenance_;

 public:
  void Stamp() {
    std::vector<std::string> models;
    std::string dir = options_.data_dir;
    if (tag_) {
      models.push_back(options_.syntax_model.empty() ? TagStage::DefaultModelPath(DataDir())
                                                     : options_.syntax_model);
    }
    if (Runs(Stage::kEvents) && options_.petrarch_dir.empty()) {
      models.push_back(options_.event_model.empty() ? LearnedCoder::DefaultModelPath(DataDir())
                                                    : options_.event_model);
    }
    if (Runs(Stage::kEvents)) models.push_back(EventLocator::DefaultPath(DataDir()));
    if (Runs(Stage::kActors)) dict_files_.push_back(dir + "/actors");
    if (Runs(Stage::kEvents)) dict_files_.push_back(dir + "/events/cameo_codes.tsv");
    if (Runs(Stage::kEvents)) dict_files_.push_back(dir + "/events/lexicon");
    if (Runs(Stage::kCommitments)) dict_files_.push_back(dir + "/commitments");
    if (!options_.petrarch_dir.empty()) dict_files_.push_back(options_.petrarch_dir);
    provenance_ = ComputeProvenance(models, dict_files_);
  }
};

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options,
                                                   DiagnosticSink* sink) {
  PipelineOptions resolved = options;
  if (resolved.data_dir.empty()) resolved.data_dir = DataDir();
  auto impl = std::make_unique<PipelineImpl>(resolved);
  if (Status s = impl->Init(sink); !s.ok()) return s;
  impl->Stamp();
  return std::unique_ptr<Pipeline>(std::move(impl));
}

}  // namespace entente
