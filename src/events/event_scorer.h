// event_scorer.h — scoring coded events against gold sentences the way the
// project's shared scorer (score_events.py) does: (a) event type per
// sentence as multisets, (b) per type, (c) dyads (source, type, target)
// paired one to one by maximum bipartite matching. Optional gold events are
// never missed, and a system event they absorb is neither right nor wrong.
// Actor codes: an organisation's IGO…/NGO…/IMG… code counts as IGO/NGO/IMG.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

namespace entente {

struct ScoredEvent {
  std::string type;
  std::vector<std::string> sources, targets;  // codes
  bool optional = false;                       // gold only
};

struct EventScore {
  size_t type_tp = 0, type_fp = 0, type_fn = 0;
  size_t dyad_tp = 0, dyad_fp = 0, dyad_fn = 0;
  std::map<std::string, std::array<size_t, 3>> per_type;  // tp, fp, fn at type level
  size_t system_not_counted = 0;  // system mentions coded negated, denied or hypothetical

  static double F1(size_t tp, size_t fp, size_t fn) {
    return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0;
  }
  // F-beta: beta < 1 weighs precision more, beta > 1 recall; F1 at beta 1.
  static double FBeta(size_t tp, size_t fp, size_t fn, double beta) {
    const double b2 = beta * beta;
    return tp ? (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) : 0.0;
  }
  double TypeF1() const { return F1(type_tp, type_fp, type_fn); }
  double DyadF1() const { return F1(dyad_tp, dyad_fp, dyad_fn); }
};

// The code the scorer compares: IGOxxx -> IGO, likewise NGO and IMG.
std::string ScoringCode(const std::string& code);

// Adds one sentence's gold and system events to `score`.
void ScoreSentence(const std::vector<ScoredEvent>& gold, const std::vector<ScoredEvent>& system,
                   EventScore* score);

}  // namespace entente
