// text_lines.cc — see text_lines.h.
#include "petrarch/text_lines.h"

#include "util/lines.h"

namespace entente::petrarch {

namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// `line` without its "<!-- … -->" comments (which may span lines:
// `*in_comment` carries the state from one line to the next), '#' comments
// and surrounding blanks.
std::string CleanLine(std::string_view line, bool* in_comment) {
  std::string kept;
  size_t i = 0;
  while (i < line.size()) {
    if (*in_comment) {
      size_t end = line.find("-->", i);
      if (end == std::string_view::npos) break;
      *in_comment = false;
      i = end + 3;
      continue;
    }
    size_t open = line.find("<!--", i);
    size_t upto = open == std::string_view::npos ? line.size() : open;
    kept.append(line.substr(i, upto - i));
    if (open == std::string_view::npos) break;
    *in_comment = true;
    i = open + 4;
  }
  if (size_t hash = kept.find('#'); hash != std::string::npos) kept.resize(hash);
  return Trim(kept);
}

}  // namespace

std::vector<std::string> CleanLines(const std::string& text) {
  std::vector<std::string> out;
  bool in_comment = false;
  std::string_view rest = text, line;
  while (NextLine(&rest, &line)) out.push_back(CleanLine(line, &in_comment));
  // One entry per line, counting the empty one after a final '\n' (and the
  // empty text as one empty line), as callers index lines by number.
  if (text.empty() || text.back() == '\n') out.emplace_back();
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
