#include "util/json_escape.h"

#include <algorithm>
#include <cstdio>

#include "util/utf8.h"

namespace entente {

void AppendJsonString(std::string_view s, std::string* out, JsonEscape mode) {
  const bool html = mode == JsonEscape::kHtmlSafe;
  out->push_back('"');
  // Runs of characters that need no escape are appended at once.
  auto plain = [html](unsigned char c) {
    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) return false;
    return !(html && (c == '<' || c == '>' || c == '&'));
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size() && plain(static_cast<unsigned char>(s[run]))) ++run;
    out->append(s.data() + i, run - i);
    if (run == s.size()) break;
    i = run + 1;
    unsigned char c = static_cast<unsigned char>(s[run]);
    if (c >= 0x80) {  // whole UTF-8 characters pass; a stray byte becomes U+FFFD
      size_t n = Utf8SequenceLength(s, run);
      if (n > 0) out->append(s.data() + run, n);
      else *out += "\\ufffd";
      i = run + std::max<size_t>(n, 1);
      continue;
    }
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      default: {  // other control characters, DEL, and < > & in HTML-safe mode
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        *out += buf;
      }
    }
  }
  out->push_back('"');
}

}  // namespace entente
