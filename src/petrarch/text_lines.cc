// text_lines.cc — see text_lines.h.
#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<std::string> CleanLines(const std::string& text) {
  std::vector<std::string> out;
  bool in_comment = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    std::string kept;
    size_t i = 0;
    while (i < line.size()) {
      if (in_comment) {
        size_t end = line.find("-->", i);
        if (end == std::string_view::npos) { i = line.size(); break; }
        in_comment = false;
        i = end + 3;
        continue;
      }
      size_t open = line.find("<!--", i);
      size_t upto = open == std::string_view::npos ? line.size() : open;
      kept.append(line.substr(i, upto - i));
      if (open == std::string_view::npos) break;
      in_comment = true;
      i = open + 4;
    }
    if (size_t hash = kept.find('#'); hash != std::string::npos) kept.resize(hash);
    out.push_back(Trim(kept));
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsBlank(s[i])) ++i;
    if (i > b) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

}  // namespace entente::petrarch
