#include "events/event_scorer.h"

#include <algorithm>
#include <functional>

namespace entente {

namespace {

bool Share(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

// The scorer's compatibility of a gold and a system event.
bool Compatible(const ScoredEvent& g, const ScoredEvent& s) {
  if (g.type != s.type) return false;
  bool src = g.sources.empty() ? s.sources.empty() : Share(g.sources, s.sources);
  if (!src) return false;
  if (g.targets.empty()) {
    if (s.targets.empty()) return true;
    return g.sources.size() >= 2 && Share(g.sources, s.targets);  // reciprocal as CAMEO pair
  }
  return Share(g.targets, s.targets);
}

// Maximum bipartite matching of system events to the gold events in `pool`
// (Kuhn's augmenting paths); returns the gold index matched per system event.
std::vector<int> Match(const std::vector<ScoredEvent>& gold, const std::vector<size_t>& pool,
                       const std::vector<ScoredEvent>& sys, const std::vector<size_t>& free_sys) {
  std::vector<int> owner(gold.size(), -1), match(sys.size(), -1);
  std::function<bool(size_t, std::vector<bool>&)> augment = [&](size_t s, std::vector<bool>& seen) {
    for (size_t g : pool) {
      if (seen[g] || !Compatible(gold[g], sys[s])) continue;
      seen[g] = true;
      if (owner[g] < 0 || augment(static_cast<size_t>(owner[g]), seen)) {
        owner[g] = static_cast<int>(s);
        match[s] = static_cast<int>(g);
        return true;
      }
    }
    return false;
  };
  for (size_t s : free_sys) {
    std::vector<bool> seen(gold.size(), false);
    augment(s, seen);
  }
  return match;
}

}  // namespace

std::string ScoringCode(const std::string& code) {
  for (const char* prefix : {"IGO", "NGO", "IMG"}) {
    if (code.rfind(prefix, 0) == 0) return prefix;
  }
  return code;
}

void ScoreSentence(const std::vector<ScoredEvent>& gold, const std::vector<ScoredEvent>& sys, EventScore* score) {
  // (a) types: multisets, required gold first, then optional ones absorb.
  std::map<std::string, std::array<int, 3>> count;  // required gold, optional gold, system
  for (const ScoredEvent& g : gold) ++count[g.type][g.optional ? 1 : 0];
  for (const ScoredEvent& s : sys) ++count[s.type][2];
  for (const auto& [type, c] : count) {
    int tp = std::min(c[0], c[2]);
    int rest = c[2] - tp;
    int absorbed = std::min(rest, c[1]);
    int fp = rest - absorbed, fn = c[0] - tp;
    score->type_tp += tp;
    score->type_fp += fp;
    score->type_fn += fn;
    auto& p = score->per_type[type];
    p[0] += tp;
    p[1] += fp;
    p[2] += fn;
  }
  // (c) dyads.
  std::vector<size_t> required, optional, all_sys;
  for (size_t i = 0; i < gold.size(); ++i) (gold[i].optional ? optional : required).push_back(i);
  for (size_t i = 0; i < sys.size(); ++i) all_sys.push_back(i);
  std::vector<int> m = Match(gold, required, sys, all_sys);
  std::vector<size_t> unmatched;
  size_t tp = 0;
  for (size_t s = 0; s < sys.size(); ++s) {
    if (m[s] >= 0) ++tp;
    else unmatched.push_back(s);
  }
  std::vector<int> m2 = Match(gold, optional, sys, unmatched);
  size_t absorbed = 0;
  for (size_t s : unmatched) absorbed += m2[s] >= 0;
  score->dyad_tp += tp;
  score->dyad_fp += unmatched.size() - absorbed;
  score->dyad_fn += required.size() - tp;
}

}  // namespace entente
