#include "text/paragraphs.h"

#include <algorithm>
#include <cstring>

namespace entente {

namespace {

constexpr size_t kMaxWrapWidth = 100;  // longer lines: not hard-wrapped
constexpr size_t kMinWrappedLine = 50;

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Line ends with . ! ? : or a closing quote/bracket, i.e. it could end a
// sentence or introduce a quotation on its own.
bool EndsWithFinal(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')';
}

bool StartsLower(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i < s.size() && s[i] >= 'a' && s[i] <= 'z';
}

}  // namespace

void SplitParagraphs(std::string_view text, bool may_be_wrapped,
                     std::vector<ParagraphRange>* out) {
  // Lines.
  struct Line { size_t b, e; };
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    const void* nl = pos < text.size() ? std::memchr(text.data() + pos, '\n', text.size() - pos)
                                       : nullptr;
    size_t e = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    lines.push_back({pos, e});
    pos = e + 1;
  }
  bool wrapped = false;
  size_t max_len = 0;
  if (may_be_wrapped && lines.size() >= 3) {
    size_t nonblank = 0, long_lines = 0;
    for (const Line& l : lines) {
      std::string_view s = text.substr(l.b, l.e - l.b);
      if (IsBlank(s)) continue;
      ++nonblank;
      max_len = std::max(max_len, s.size());
      long_lines += s.size() >= kMinWrappedLine;
    }
    wrapped = nonblank >= 3 && max_len <= kMaxWrapWidth && long_lines * 2 >= nonblank &&
              long_lines >= 3;
  }
  size_t i = 0;
  while (i < lines.size()) {
    std::string_view s = text.substr(lines[i].b, lines[i].e - lines[i].b);
    if (IsBlank(s)) {
      ++i;
      continue;
    }
    ParagraphRange p{lines[i].b, lines[i].e};
    // A line that stops mid-sentence and goes on in lower case ("... how I
    // would\nsee it.") is one paragraph in any text.
    while (i + 1 < lines.size() && !EndsWithFinal(text.substr(p.begin, p.end - p.begin)) &&
           StartsLower(text.substr(lines[i + 1].b, lines[i + 1].e - lines[i + 1].b))) {
      ++i;
      p.end = lines[i].e;
    }
    if (wrapped) {
      // Join while the line is long (wrapped) and the next is not blank.
      while (i + 1 < lines.size()) {
        std::string_view cur = text.substr(lines[i].b, lines[i].e - lines[i].b);
        std::string_view next = text.substr(lines[i + 1].b, lines[i + 1].e - lines[i + 1].b);
        if (IsBlank(next) || cur.size() * 10 < max_len * 6 || EndsWithFinal(cur)) break;
        ++i;
        p.end = lines[i].e;
      }
    }
    out->push_back(p);
    ++i;
  }
}

}  // namespace entente
