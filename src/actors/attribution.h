// attribution.h — the learned country attribution of bare role nouns: a
// mention whose sector is known but whose country is not ("the government",
// "police", "the ministry": code "---GOV") takes one of the countries its
// sentence names, or stays "---". A small logistic model scores each
// (mention, candidate country) pair from sparse features of the sentence's
// dependency tree (possessor, "in X", same clause, distance, what the
// candidate is); the best candidate is taken only when the model's
// probability reaches the model's threshold, so an unsure case stays "---".
// The model is data (data/actors/attribution.model, doc/formats/actors.md,
// "Country attribution"), trained by `entente train-actors` on the actors
// the annotators coded in the event corpus's train split.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "entente/actor.h"
#include "entente/diagnostics.h"
#include "entente/status.h"
#include "entente/token.h"

namespace entente::actors {

// The model's file name under <data_dir>/actors/ (not a dictionary: not .txt).
inline constexpr const char* kAttributionModelFile = "attribution.model";
// The model file's format version this build reads.
inline constexpr int kAttributionFormat = 1;
// At most this many candidate countries are scored per mention; a sentence
// naming more is left alone (lists of countries are not attributions).
inline constexpr size_t kMaxAttributionCandidates = 8;

// One candidate country of a target mention, with the features the model reads.
struct AttributionCandidate {
  std::string country;                // ISO alpha-3 (or region) code
  size_t mention = 0;                 // index in the sentence's mentions of its nearest mention
  std::vector<std::string> features;  // sparse binary features, "name=value"
};

// A mention the attribution may code: a role with no country ("---GOV"),
// not a location, not under PETRARCH composition.
bool IsAttributionTarget(const ActorMention& m);

// The candidates of mentions[target] among `mentions` (one sentence's, in
// any order; tokens `toks` hold the tree, sentence tokens [first, last)).
// Candidates are the distinct countries of the other mentions that carry a
// country of their own. Empty when there are none or too many.
void AttributionCandidates(const std::vector<Token>& toks, uint32_t first, uint32_t last,
                           const std::vector<ActorMention>& mentions, size_t target,
                           std::vector<AttributionCandidate>* out);

class AttributionModel {
 public:
  // Reads the text format (doc/formats/actors.md): a header
  // "entente-attribution 1", "threshold P", then "feature<TAB>weight" lines.
  // `name` names the source in diagnostics. Bad lines are reported and
  // skipped; a newer format version is an error.
  static Result<AttributionModel> Parse(const std::string& name, const std::string& text, DiagnosticSink* sink);
  static Result<AttributionModel> Load(const std::string& path, DiagnosticSink* sink);
  // The text format, weights sorted by feature (reproducible files).
  std::string Write(const std::string& about) const;

  // Probability that a candidate with these features is the mention's country.
  double Probability(const std::vector<std::string>& features) const;
  // The most probable candidate (-1 if none), its probability in `p`.
  int Best(const std::vector<AttributionCandidate>& candidates, double* p) const;
  // The candidate to take, or -1. `p` gets the probability that the best
  // candidate is the country and none of the others is (the product of the
  // scores); the candidate is taken when that reaches the threshold, so a
  // second likely country leaves the mention "---".
  int Choose(const std::vector<AttributionCandidate>& candidates, double* p) const;

  double threshold() const { return threshold_; }
  void set_threshold(double t) { threshold_ = t; }
  std::unordered_map<std::string, float>& weights() { return weights_; }
  const std::unordered_map<std::string, float>& weights() const { return weights_; }
  size_t size() const { return weights_.size(); }

 private:
  double threshold_ = 1.0;  // > any probability: never attributes
  std::unordered_map<std::string, float> weights_;
};

// Applies `model` to one sentence's mentions: every target whose best
// candidate reaches the threshold takes its country (sectors kept; `why`
// says which mention gave it and how sure the model was). A candidate
// whose mention is a conjunct of another candidate country's ("in Aleppo
// and Mosul") is a list, not an attribution: the mention stays "---".
// Decisions are made on the mentions as found, then applied. A mention
// whose index is set in `held` (when given) is not attributed ("foreign
// security forces" are not the sentence's country's).
void AttributeCountries(const AttributionModel& model, const std::vector<Token>& toks, uint32_t first,
                        uint32_t last, std::vector<ActorMention>* mentions,
                        const std::vector<bool>* held = nullptr);

// Training (`entente train-actors`): one target mention's candidates and
// the index of the right one (-1: none of them; the mention stays "---").
struct AttributionExample {
  std::vector<AttributionCandidate> candidates;
  int gold = -1;
};
struct AttributionTrainOptions {
  int epochs = 30;
  double rate = 0.1;
  double l2 = 1e-4;
  uint32_t min_count = 2;    // features seen fewer times are dropped
  double precision = 0.90;   // the threshold: the lowest whose held-out precision reaches this
  double threshold = 0;      // > 0: this threshold instead
  uint32_t seed = 16;
};
struct AttributionTrainStats {
  size_t examples = 0, held_out = 0, features = 0;
  // On the held-out examples at the chosen threshold: attributions made, right.
  size_t held_out_made = 0, held_out_right = 0, held_out_possible = 0;
};
// Trains on `train` and chooses the threshold on `held_out` (both from the
// corpus's train split). Deterministic for one build.
AttributionModel TrainAttribution(const std::vector<AttributionExample>& train,
                                  const std::vector<AttributionExample>& held_out,
                                  const AttributionTrainOptions& options, AttributionTrainStats* stats);

}  // namespace entente::actors
