#include "ingest/record.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <simdjson.h>

#include "ingest/input_file.h"

namespace entente::ingest {

namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 if it is ill-formed
// (Unicode 15, table 3-7). *bad_len gets the maximal ill-formed subpart.
size_t SequenceLength(const unsigned char* s, size_t n, size_t i, size_t* bad_len) {
  unsigned char c = s[i];
  *bad_len = 1;
  if (c < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) { len = 3; lo = 0xA0; }
  else if (c == 0xED) { len = 3; hi = 0x9F; }
  else if (c >= 0xE1 && c <= 0xEF) len = 3;
  else if (c == 0xF0) { len = 4; lo = 0x90; }
  else if (c == 0xF4) { len = 4; hi = 0x8F; }
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else return 0;
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) return 0;
    unsigned char b = s[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) return 0;
    *bad_len = k + 1;
  }
  return len;
}

uint64_t LineOf(const std::string& s, size_t offset) {
  return 1 + std::count(s.begin(), s.begin() + std::min(offset, s.size()), '\n');
}

}  // namespace

size_t RepairUtf8(std::string* s, size_t* first_bad) {
  if (simdjson::validate_utf8(s->data(), s->size())) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s->data());
  size_t n = s->size();
  std::string out;
  out.reserve(n + 16);
  size_t repaired = 0;
  for (size_t i = 0; i < n;) {
    size_t bad_len;
    size_t len = SequenceLength(p, n, i, &bad_len);
    if (len > 0) {
      out.append(s->data() + i, len);
      i += len;
      continue;
    }
    if (repaired++ == 0) *first_bad = i;
    out += "\xEF\xBF\xBD";
    i += bad_len;
  }
  s->swap(out);
  return repaired;
}

namespace {

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

void TranscodeWindows1252(std::string* s) {
  // 0x80–0x9F; 0 marks the five undefined bytes.
  static constexpr char16_t kHigh[32] = {
      0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
  std::string out;
  out.reserve(s->size() + s->size() / 8);
  for (char ch : *s) {
    auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) out += ch;
    else if (b >= 0xA0) AppendUtf8(b, &out);
    else AppendUtf8(kHigh[b - 0x80] ? kHigh[b - 0x80] : 0xFFFD, &out);
  }
  s->swap(out);
}

Utf8Repair MakeValidUtf8(std::string* s) {
  Utf8Repair r;
  if (simdjson::validate_utf8(s->data(), s->size())) return r;
  const auto* p = reinterpret_cast<const unsigned char*>(s->data());
  size_t n = s->size(), multibyte = 0;
  for (size_t i = 0; i < n;) {
    size_t bad_len;
    size_t len = SequenceLength(p, n, i, &bad_len);
    if (len == 0) {
      if (r.bad++ == 0) r.first_bad = i;
      i += bad_len;
    } else {
      if (len > 1) ++multibyte;
      i += len;
    }
  }
  // Not one well-formed multi-byte sequence: the text was almost surely
  // written in the common Western single-byte encoding, so transcode
  // rather than lose every accented letter and curly quote.
  if (multibyte == 0) {
    r.windows1252 = true;
    TranscodeWindows1252(s);
  } else {
    size_t ignored;
    RepairUtf8(s, &ignored);
  }
  return r;
}

std::string Utf8Repair::Describe(bool columns) const {
  if (bad == 0) return "";
  std::string at = columns ? "column " + std::to_string(first_bad + 1)
                           : "byte " + std::to_string(first_bad);
  if (windows1252) {
    return "invalid UTF-8 at " + at + " (" + std::to_string(bad) +
           " byte(s), no UTF-8 multi-byte sequence): read as Windows-1252";
  }
  return "invalid UTF-8 at " + at + ": " + std::to_string(bad) +
         " sequence(s) replaced by U+FFFD";
}

bool StripBom(std::string* s) {
  if (s->compare(0, 3, "\xEF\xBB\xBF") != 0) return false;
  s->erase(0, 3);
  return true;
}

void NormalizeNewlines(std::string* s) {
  size_t w = s->find("\r\n");
  if (w == std::string::npos) return;
  std::string& t = *s;
  for (size_t r = w; r < t.size(); ++r) {
    if (t[r] == '\r' && r + 1 < t.size() && t[r + 1] == '\n') continue;
    t[w++] = t[r];
  }
  t.resize(w);
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

bool NormalizeDate(std::string_view in, std::string* out) {
  auto digits = [&](size_t from, size_t count) {
    if (in.size() < from + count) return false;
    for (size_t i = from; i < from + count; ++i) {
      if (in[i] < '0' || in[i] > '9') return false;
    }
    return true;
  };
  auto num = [&](size_t from, size_t count) {
    int v = 0;
    for (size_t i = from; i < from + count; ++i) v = v * 10 + (in[i] - '0');
    return v;
  };
  int y, m, d;
  if (in.size() == 8 && digits(0, 8)) {
    y = num(0, 4), m = num(4, 2), d = num(6, 2);
  } else if (digits(0, 4) && in.size() >= 10 && in[4] == '-' && digits(5, 2) && in[7] == '-' &&
             digits(8, 2) &&
             (in.size() == 10 || in[10] == 'T' || in[10] == 't' || in[10] == ' ')) {
    y = num(0, 4), m = num(5, 2), d = num(8, 2);
  } else {
    return false;
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  // y < 10000, m ≤ 12 and d ≤ 31 here, so the result is 10 bytes.
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m, d);
  out->assign(buf, 10);
  return true;
}

bool YearInRange(std::string_view date, int min_year, int max_year) {
  int year = 0;
  for (size_t i = 0; i < 4 && i < date.size(); ++i) {
    if (date[i] < '0' || date[i] > '9') return false;
    year = year * 10 + (date[i] - '0');
  }
  return date.size() >= 4 && year >= min_year && year <= max_year;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() > 3 && IsGzipName(name)) name.remove_suffix(3);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

Outcome CleanText(std::string* text, uint64_t record_line) {
  StripBom(text);
  if (const void* nul = std::memchr(text->data(), '\0', text->size())) {
    size_t at = static_cast<const char*>(nul) - text->data();
    uint64_t line = record_line ? record_line : LineOf(*text, at);
    if (record_line) {
      return Outcome::Skip(line, "NUL character in \"text\" at byte " + std::to_string(at) +
                                     "; record skipped");
    }
    return Outcome::Skip(line, "NUL byte at byte " + std::to_string(at) +
                                   ": not UTF-8 text (binary or UTF-16?); record skipped");
  }
  Outcome outcome;
  if (Utf8Repair r = MakeValidUtf8(text); r.bad > 0) {
    // Bytes before the first bad one are unchanged by the repair.
    uint64_t line = record_line ? record_line : LineOf(*text, r.first_bad);
    outcome = Outcome::Warn(line, r.Describe(false));
  }
  NormalizeNewlines(text);
  if (IsBlank(*text)) return Outcome::Skip(record_line, "empty document: no text; record skipped");
  return outcome;
}

Outcome MakeTextDocument(const std::string& file, std::string* text, Document* doc) {
  Outcome outcome = CleanText(text, 0);
  if (outcome.skipped()) return outcome;
  doc->id = file == "-" ? "stdin" : FileStem(file);
  doc->date.clear();
  doc->title.clear();
  doc->url.clear();
  doc->publisher.clear();
  doc->text = std::move(*text);
  doc->source_file = file;
  doc->source_line = 0;
  return outcome;
}

}  // namespace entente::ingest
