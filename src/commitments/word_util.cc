#include "commitments/word_util.h"

namespace entente {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

long ParseCount(std::string_view s) {
  if (s.empty() || s.size() > 12) return -1;
  long v = 0;
  bool digit = false;
  for (char c : s) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    digit = true;
  }
  return digit ? v : -1;
}

}  // namespace entente
