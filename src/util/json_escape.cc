#include "util/json_escape.h"

#include <algorithm>
#include <cstdio>

namespace entente {

namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no
// overlong forms, no surrogates, nothing past U+10FFFF), or 0.
size_t Utf8Length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

}  // namespace

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
      size_t n = Utf8Length(s, run);
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
