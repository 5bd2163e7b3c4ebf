// event_location.h — where an event happened (issue 16). The actors stage
// resolves every place mention (ActorMention::place_id, precision,
// coordinates) and marks those named as locations ("in Afrin", "near the
// town of Jarablus"); the EventLocator picks, for one event, the place of its
// own sentence that a linear model scores highest as where the event
// happened, or none when no place passes the model's margin. The model reads
// the tree path from the trigger to the place, the place's preposition, its
// precision, whether it is one of the event's actors, and the event's type
// (LocationFeatures), with how many places the sentence names and whether a
// wider or finer place of the same country is among them (CandidateFeatures); it is trained on the `location` fields of the annotated
// corpus by `entente train-locator` (events/train/locator_trainer.h), its
// margin chosen on the dev split. Fields: doc/formats/events.md ("location").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entente/analysis.h"
#include "entente/status.h"
#include "events/coder_features.h"
#include "util/linear_model.h"

namespace entente {

// Token ranges [begin, end) of an event's actors (its sources and targets).
using TokenRanges = std::vector<std::pair<uint32_t, uint32_t>>;
TokenRanges ArgumentRanges(const Event& e);

// The mentions of the graph's sentence that name a resolved place (indices
// into doc().actors), in sentence order: the locator's candidates.
std::vector<uint32_t> PlaceCandidates(const SentenceGraph& g);

// The features of place mention `place` as the location of the event of
// `type` at word `trigger`. `rank` is the place's order among the
// candidates by tree distance from the trigger (0 = nearest).
void LocationFeatures(const SentenceGraph& g, uint32_t trigger, std::string_view type, uint32_t place,
                      const TokenRanges& arguments, int rank, FeatureSet* out);

// Each candidate's features, in PlaceCandidates order.
std::vector<std::vector<uint64_t>> CandidateFeatures(const SentenceGraph& g, uint32_t trigger, std::string_view type,
                                                     const std::vector<uint32_t>& candidates,
                                                     const TokenRanges& arguments);

// The trigger token of an event from its trigger span, or -1.
int32_t TriggerToken(const AnalyzedDocument& doc, const Event& e);

// Copies the place of mention `m` into `l`.
void FillLocation(const AnalyzedDocument& doc, const ActorMention& m, EventLocation* l);

// True when the event's actors put it away from `country` (alpha-3): at
// least one has a country and none has this one.
bool ActorsElsewhere(const Event& e, std::string_view country);

// The dateline rule: every event of the document still without a location
// takes the dateline's place (AnalyzedDocument::dateline_place, from_dateline
// set), unless its actors put it elsewhere (ActorsElsewhere). A dateline
// says where the story was filed, which is where most of its events happen.
// Returns how many events it located.
int LocateFromDateline(AnalyzedDocument* doc);

class EventLocator {
 public:
  // The model file: a bundle of the weights ("weights", one class: the
  // score of a candidate), the margin ("margin") and a description.
  static std::string DefaultPath(const std::string& data_dir);
  // NotFound or Corrupt naming the file.
  static Result<std::unique_ptr<EventLocator>> Load(const std::string& path);
  EventLocator(std::unique_ptr<LinearModel> weights, float margin, std::string about);

  std::string Serialize() const;
  float margin() const { return margin_; }
  void set_margin(float m) { margin_ = m; }

  // The index into `scores` of the best candidate if it passes the margin,
  // else -1.
  int Choose(const std::vector<float>& scores) const;
  // Each candidate's score.
  std::vector<float> Score(const std::vector<std::vector<uint64_t>>& candidates) const;
  // Fills e->location (cleared first) for the event at token `trigger` of
  // the graph's sentence, whose actors are `arguments`.
  void Locate(const SentenceGraph& g, uint32_t trigger, const TokenRanges& arguments, Event* e) const;
  // Locate for every event of the document.
  void LocateAll(AnalyzedDocument* doc) const;

 private:
  std::unique_ptr<LinearModel> weights_;
  float margin_;
  std::string about_;
};

}  // namespace entente
