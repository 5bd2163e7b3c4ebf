#ifndef ENTENTE_UTIL_LINES_H_
#define ENTENTE_UTIL_LINES_H_

#include <string_view>

namespace entente {

// Cuts the first line off `*text` (without its '\n') into `*line`; false
// when `*text` is empty. A last line without '\n' is still a line. The
// loop every line-oriented data file reader shares:
//   while (NextLine(&text, &line)) { ++line_no; ... }
inline bool NextLine(std::string_view* text, std::string_view* line) {
  if (text->empty()) return false;
  size_t nl = text->find('\n');
  *line = text->substr(0, nl);
  *text = nl == std::string_view::npos ? std::string_view() : text->substr(nl + 1);
  return true;
}

}  // namespace entente

#endif  // ENTENTE_UTIL_LINES_H_
