#include "text/normalize.h"

#include <unicode/utf8.h>

#include <cstring>

namespace entente {

namespace {

struct NamedEntity {
  const char* name;
  int32_t cp;
};

// The named references news pages actually use. Latin-1 letters are listed
// in lower case; "&Eacute;" etc. are derived (upper = lower - 0x20).
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},    {"nbsp", 0xA0},    {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},  {"laquo", 0xAB},
    {"raquo", 0xBB},   {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},
    {"euro", 0x20AC},  {"pound", 0xA3},   {"cent", 0xA2},     {"yen", 0xA5},
    {"deg", 0xB0},     {"middot", 0xB7},  {"bull", 0x2022},   {"times", 0xD7},
    {"divide", 0xF7},  {"shy", 0xAD},     {"zwj", 0x200D},    {"zwnj", 0x200C},
    {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003},   {"minus", 0x2212},
    {"prime", 0x2032}, {"Prime", 0x2033}, {"sect", 0xA7},     {"para", 0xB6},
    {"szlig", 0xDF},   {"iexcl", 0xA1},   {"iquest", 0xBF},
    {"agrave", 0xE0},  {"aacute", 0xE1},  {"acirc", 0xE2},    {"atilde", 0xE3},
    {"auml", 0xE4},    {"aring", 0xE5},   {"aelig", 0xE6},    {"ccedil", 0xE7},
    {"egrave", 0xE8},  {"eacute", 0xE9},  {"ecirc", 0xEA},    {"euml", 0xEB},
    {"igrave", 0xEC},  {"iacute", 0xED},  {"icirc", 0xEE},    {"iuml", 0xEF},
    {"eth", 0xF0},     {"ntilde", 0xF1},  {"ograve", 0xF2},   {"oacute", 0xF3},
    {"ocirc", 0xF4},   {"otilde", 0xF5},  {"ouml", 0xF6},     {"oslash", 0xF8},
    {"ugrave", 0xF9},  {"uacute", 0xFA},  {"ucirc", 0xFB},    {"uuml", 0xFC},
    {"yacute", 0xFD},  {"thorn", 0xFE},
};

// HTML element names whose tags are dropped; the first group breaks a
// paragraph. Upper-case spellings are accepted only for names of two or more
// letters and P, so that wire-style tickers such as "<A>" or "<B>" survive.
constexpr const char* kBlockTags[] = {
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "td", "th", "table", "tbody", "thead", "blockquote", "figure", "figcaption",
    "section", "article", "header", "footer", "nav", "aside", "main", "hr",
    "dl", "dt", "dd", "pre", "form", "iframe", "script", "style", "noscript",
    "caption", "center", "picture", "video", "audio", "source", "title"};
constexpr const char* kInlineTags[] = {
    "a", "b", "i", "u", "s", "q", "em", "strong", "span", "font", "sup", "sub",
    "small", "big", "cite", "code", "abbr", "time", "mark", "img", "wbr",
    "label", "button", "input", "strike", "del", "ins", "meta", "link", "tt"};

// Longest tag or comment removed; longer ones are left as text. Bounds the
// look-ahead, so that a run of '<' stays linear.
constexpr size_t kMaxTagBytes = 1024;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view s, const char* lower) {
  size_t n = std::strlen(lower);
  if (s.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

// The normalised replacement for a code point, or nullptr to keep it as is.
// "" means drop.
const char* Replacement(int32_t cp) {
  switch (cp) {
    case 0xA0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0xAD:
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D:
    case 0x202E: case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0x180E:
    case 0xFE0E: case 0xFE0F:  // emoji/text presentation selectors
      return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0x2035: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB: case 0x2036: case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63:
    case 0xFF0D: case 0x2043:
      return "-";
    case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
      return "--";
    case 0x2026:
      return "...";
    case 0x2028: case 0x2029: case 0x85:
      return "\n";
    default:
      return nullptr;
  }
}

}  // namespace

int32_t DecodeHtmlEntity(std::string_view s, size_t* len) {
  if (s.size() < 3 || s[0] != '&') return -1;
  // Bounded look-ahead: a run of '&' must not make this quadratic.
  size_t semi = s.substr(0, 12).find(';', 1);
  if (semi == std::string_view::npos) return -1;
  std::string_view body = s.substr(1, semi - 1);
  if (body.empty()) return -1;
  int32_t cp = -1;
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    size_t i = hex ? 2 : 1;
    if (i >= body.size()) return -1;
    int64_t v = 0;
    for (; i < body.size(); ++i) {
      char c = body[i];
      int d;
      if (IsAsciiDigit(c)) d = c - '0';
      else if (hex && Lower(c) >= 'a' && Lower(c) <= 'f') d = Lower(c) - 'a' + 10;
      else return -1;
      v = v * (hex ? 16 : 10) + d;
      if (v > 0x10FFFF) return -1;
    }
    // NUL, surrogates and C0 controls other than whitespace are not text.
    if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) return -1;
    if (v < 0x20 && v != '\t' && v != '\n') return -1;
    // Windows-1252 code points written as numeric references (&#146; for ’).
    static constexpr int32_t kCp1252[32] = {
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, -1, 0x017D, -1, -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178};
    if (v >= 0x80 && v <= 0x9F) {
      v = kCp1252[v - 0x80];
      if (v < 0) return -1;
    }
    cp = static_cast<int32_t>(v);
  } else {
    for (const NamedEntity& e : kEntities) {
      if (body == e.name) { cp = e.cp; break; }
    }
    if (cp < 0 && body.size() > 1 && body[0] >= 'A' && body[0] <= 'Z') {
      // &Eacute; and friends: the Latin-1 upper-case letter.
      for (const NamedEntity& e : kEntities) {
        if (e.cp >= 0xE0 && e.cp <= 0xFE && e.cp != 0xF7 && Lower(body[0]) == e.name[0] &&
            body.substr(1) == e.name + 1) {
          cp = e.cp - 0x20;
          break;
        }
      }
    }
    if (cp < 0) return -1;
  }
  *len = semi + 1;
  return cp;
}

size_t MatchHtmlTag(std::string_view s, bool* block) {
  *block = false;
  if (s.size() < 3 || s[0] != '<') return 0;
  if (s.substr(0, 4) == "<!--") {
    size_t end = s.substr(0, kMaxTagBytes).find("-->", 4);
    if (end == std::string_view::npos) return 0;
    return end + 3;
  }
  size_t i = 1;
  if (s[i] == '/') ++i;
  size_t name_begin = i;
  while (i < s.size() && i - name_begin < 12 && (IsAsciiAlpha(s[i]) || IsAsciiDigit(s[i]))) ++i;
  std::string_view name = s.substr(name_begin, i - name_begin);
  if (name.empty() || !IsAsciiAlpha(name[0]) || i >= s.size()) return 0;
  // After the name: '>', "/>", or whitespace and attributes up to '>'.
  char c = s[i];
  if (c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n') return 0;
  size_t close = i;
  while (close < s.size() && close < kMaxTagBytes && s[close] != '>' && s[close] != '<') ++close;
  if (close >= s.size() || s[close] != '>') return 0;
  bool upper = name[0] >= 'A' && name[0] <= 'Z';
  if (upper && name.size() == 1 && name[0] != 'P') return 0;
  for (const char* t : kBlockTags) {
    if (EqualsLower(name, t)) {
      *block = true;
      return close + 1;
    }
  }
  for (const char* t : kInlineTags) {
    if (EqualsLower(name, t)) return close + 1;
  }
  return 0;
}

void NormalizedText::StartCopy(std::string_view original, size_t upto) {
  identity_ = false;
  text_.assign(original.data(), upto);
  begin_.resize(upto);
  end_.resize(upto);
  for (size_t k = 0; k < upto; ++k) {
    begin_[k] = static_cast<uint32_t>(k);
    end_[k] = static_cast<uint32_t>(k + 1);
  }
}

void NormalizedText::Emit(std::string_view bytes, uint32_t ob, uint32_t oe) {
  text_.append(bytes);
  begin_.insert(begin_.end(), bytes.size(), ob);
  end_.insert(end_.end(), bytes.size(), oe);
}

void NormalizedText::EmitCodePoint(int32_t cp, uint32_t ob, uint32_t oe) {
  if (const char* r = Replacement(cp)) {
    Emit(r, ob, oe);
    return;
  }
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, cp, error);
  if (!error) Emit(std::string_view(buf, static_cast<size_t>(n)), ob, oe);
}

void NormalizedText::Build(std::string_view original) {
  identity_ = true;
  original_size_ = static_cast<uint32_t>(original.size());
  text_.clear();
  begin_.clear();
  end_.clear();
  const size_t n = original.size();
  // A tag at i, with comments checked against the next "-->" found so far:
  // a run of unclosed "<!--" must not search the same bytes again and again.
  size_t next_close = 0;
  bool searched = false;
  auto tag_at = [&](size_t i, bool* block) -> size_t {
    if (original.compare(i, 4, "<!--") == 0) {
      if (!searched || (next_close != std::string_view::npos && next_close < i + 4)) {
        next_close = original.find("-->", i + 4);
        searched = true;
      }
      if (next_close == std::string_view::npos || next_close + 3 - i > kMaxTagBytes) return 0;
    }
    return MatchHtmlTag(original.substr(i), block);
  };
  size_t i = 0;
  // Fast path: most news text is plain ASCII without markup.
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(original[i]);
    if (c >= 0x80 || c == '&' || c == '<' || c == '\r') {
      bool change = true;
      if (c == '&') {
        size_t len = 0;
        change = DecodeHtmlEntity(original.substr(i), &len) >= 0;
      } else if (c == '<') {
        bool block = false;
        change = tag_at(i, &block) > 0;
      } else if (c >= 0x80) {
        int32_t cp = 0;
        int32_t k = static_cast<int32_t>(i);
        U8_NEXT(original.data(), k, static_cast<int32_t>(n), cp);
        change = cp >= 0 && Replacement(cp) != nullptr;
        if (!change) { i = static_cast<size_t>(k); continue; }
      }
      if (change) break;
    }
    ++i;
  }
  if (i >= n) {
    view_ = original;
    return;
  }
  StartCopy(original, i);
  while (i < n) {
    const uint32_t ob = static_cast<uint32_t>(i);
    unsigned char c = static_cast<unsigned char>(original[i]);
    if (c < 0x80) {
      if (c == '&') {
        size_t len = 0;
        int32_t cp = DecodeHtmlEntity(original.substr(i), &len);
        if (cp >= 0) {
          EmitCodePoint(cp, ob, static_cast<uint32_t>(i + len));
          i += len;
          continue;
        }
      } else if (c == '<') {
        bool block = false;
        size_t len = tag_at(i, &block);
        if (len > 0) {
          if (block) Emit("\n", ob, static_cast<uint32_t>(i + len));
          i += len;
          continue;
        }
      } else if (c == '\r') {
        if (i + 1 < n && original[i + 1] == '\n') {
          ++i;  // the '\n' that follows stands for both
        } else {
          Emit("\n", ob, ob + 1);
          ++i;
        }
        continue;
      }
      // Copy the run of plain ASCII that starts here in one go.
      size_t run = i + 1;
      while (run < n) {
        unsigned char d = static_cast<unsigned char>(original[run]);
        if (d >= 0x80 || d == '&' || d == '<' || d == '\r') break;
        ++run;
      }
      text_.append(original.data() + i, run - i);
      for (size_t k = i; k < run; ++k) {
        begin_.push_back(static_cast<uint32_t>(k));
        end_.push_back(static_cast<uint32_t>(k + 1));
      }
      i = run;
      continue;
    }
    int32_t cp = 0;
    int32_t k = static_cast<int32_t>(i);
    U8_NEXT(original.data(), k, static_cast<int32_t>(n), cp);
    if (k <= static_cast<int32_t>(i)) k = static_cast<int32_t>(i) + 1;  // never stall
    if (cp < 0) {
      // Invalid UTF-8: keep the bytes as they are; the tokenizer treats them
      // as symbols.
      Emit(original.substr(i, static_cast<size_t>(k) - i), ob, static_cast<uint32_t>(k));
    } else {
      const char* r = Replacement(cp);
      Emit(r ? std::string_view(r) : original.substr(i, static_cast<size_t>(k) - i), ob,
           static_cast<uint32_t>(k));
    }
    i = static_cast<size_t>(k);
  }
  view_ = text_;
}

}  // namespace entente
