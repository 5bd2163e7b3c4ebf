// word_util.cc — the commitments stage's small text helpers (word_util.h).
#include "commitments/word_util.h"

#include "events/text_util.h"

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

Status ForEachDataLine(std::string_view text, const std::string& file, std::string_view format,
                       const std::function<void(uint64_t, std::string_view)>& fn) {
  uint64_t line_no = 0;
  bool saw_format = false;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    if (saw_format) {
      fn(line_no, line);
    } else if (line == format) {
      saw_format = true;
    } else {
      return Status::Unsupported(file + ":" + std::to_string(line_no) + ": expected '" + std::string(format) +
                                 "', found '" + std::string(line) + "'");
    }
  }
  if (!saw_format) return Status::Corrupt(file + ": no '" + std::string(format) + "' line");
  return Status::Ok();
}

}  // namespace entente
