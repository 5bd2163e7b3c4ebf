// oracle.h — a training sentence for the parser and the dynamic oracle of
// arc-hybrid (Goldberg & Nivre 2013) over any state with ArcHybridState's
// accessors (the greedy state, or a beam item's view).
#pragma once

#include <cstdint>
#include <vector>

#include "parse/dependency_parser.h"

namespace entente {

struct ParseData {
  std::vector<ParseWord> words;  // n + 1 (root last)
  std::vector<int> head;         // gold, root = n
  std::vector<uint16_t> label;
};

// Dynamic-oracle costs of the three transitions (Goldberg & Nivre 2013,
// arc-hybrid); a gold arc that can no longer be made costs 1.
template <class State>
void Costs(const State& s, const ParseData& d, int* cost) {
  int n = static_cast<int>(s.n());
  int s0 = s.S(0), s1 = s.S(1), b0 = s.B(0);
  size_t b = s.buffer();
  auto in_buffer = [&](int i) { return i >= static_cast<int>(b) && i < n; };
  cost[kShift] = cost[kLeft] = cost[kRight] = 0;
  if (s.Legal(kShift)) {
    // b0 loses a head below s0 and children anywhere in the stack.
    s.ForEachStack([&](int x, bool top) {
      if (!top && d.head[b0] == x) ++cost[kShift];
      if (x < n && d.head[x] == b0) ++cost[kShift];
    });
  }
  if (s0 >= 0 && s0 < n) {
    int children_in_buffer = 0;
    for (int j = static_cast<int>(b); j < n; ++j) children_in_buffer += d.head[j] == s0;
    int h = d.head[s0];
    if (s.Legal(kLeft)) cost[kLeft] = children_in_buffer + ((h == s1 || (in_buffer(h) && h != b0)) ? 1 : 0);
    if (s.Legal(kRight)) cost[kRight] = children_in_buffer + (in_buffer(h) ? 1 : 0);
  }
}

}  // namespace entente
