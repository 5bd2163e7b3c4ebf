#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>

#include "text/abbreviations.h"

namespace entente {

namespace {

enum CharClass : uint8_t { kSpace, kLetter, kDigit, kPunctChar, kSymbolChar };

constexpr size_t kMaxUrlBytes = 2048;

struct AsciiTable {
  CharClass cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = kPunctChar;
      if (c <= 0x20 || c == 0x7F) k = kSpace;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = kLetter;
      else if (c >= '0' && c <= '9') k = kDigit;
      else {
        switch (c) {
          case '$': case '%': case '&': case '#': case '@': case '+': case '=': case '<':
          case '>': case '~': case '^': case '|': case '\\': case '*': case '_':
            k = kSymbolChar;
            break;
          default:
            break;
        }
      }
      cls[c] = k;
    }
  }
};
constexpr AsciiTable kAscii;

CharClass UnicodeClass(int32_t cp) {
  if (cp < 0) return kSymbolChar;  // invalid UTF-8
  switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER: case U_FORMAT_CHAR:
      return kLetter;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
      return kSpace;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return kPunctChar;
    default:
      return kSymbolChar;
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }
bool IsSpaceByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 && kAscii.cls[u] == kSpace;
}

class LineTokenizer {
 public:
  LineTokenizer(const NormalizedText& norm, size_t begin, size_t end, std::vector<Token>* out)
      : norm_(norm), s_(norm.text()), begin_(begin), end_(end), out_(out) {
    if (!out->empty()) last_end_ = out->back().span.end;
  }

  void Run() {
    size_t p = begin_;
    while (p < end_) {
      unsigned char c = static_cast<unsigned char>(s_[p]);
      if (c < 0x80) {
        switch (kAscii.cls[c]) {
          case kSpace: ++p; break;
          case kLetter: case kDigit: p = ScanWord(p); break;
          default: p = ScanAsciiPunct(p); break;
        }
        continue;
      }
      int32_t cp;
      size_t n = Decode(p, &cp);
      switch (UnicodeClass(cp)) {
        case kSpace: p += n; break;
        case kLetter: case kDigit: p = ScanWord(p); break;
        case kPunctChar: Emit(p, p + n, TokenKind::kPunct); p += n; break;
        default: Emit(p, p + n, TokenKind::kSymbol); p += n; break;
      }
    }
  }

 private:
  // Decodes the code point at p (< end_); returns its length (>= 1).
  size_t Decode(size_t p, int32_t* cp) const {
    int32_t k = static_cast<int32_t>(p);
    U8_NEXT(s_.data(), k, static_cast<int32_t>(end_), *cp);
    return k > static_cast<int32_t>(p) ? static_cast<size_t>(k) - p : 1;
  }

  // Length of the word character (letter, digit, mark) at p, or 0.
  size_t WordCharLen(size_t p) const {
    if (p >= end_) return 0;
    unsigned char c = static_cast<unsigned char>(s_[p]);
    if (c < 0x80) return (kAscii.cls[c] == kLetter || kAscii.cls[c] == kDigit) ? 1 : 0;
    int32_t cp;
    size_t n = Decode(p, &cp);
    return UnicodeClass(cp) == kLetter ? n : 0;
  }

  bool IsWordByteBefore(size_t p) const {
    if (p <= begin_) return false;
    unsigned char c = static_cast<unsigned char>(s_[p - 1]);
    return c >= 0x80 || kAscii.cls[c] == kLetter || kAscii.cls[c] == kDigit;
  }

  void Emit(size_t b, size_t e, TokenKind kind, std::string_view text = {}) {
    Token& t = out_->emplace_back();
    t.span.begin = norm_.OrigBegin(b);
    t.span.end = norm_.OrigEnd(e);
    // A token must not share original bytes with the one before, even when
    // a rule cut through the expansion of one original character.
    if (t.span.begin < last_end_) t.span.begin = last_end_;
    if (t.span.end < t.span.begin) t.span.end = t.span.begin;
    last_end_ = t.span.end;
    t.text.assign(text.empty() ? s_.substr(b, e - b) : text);
    t.kind = kind;
    t.space_before = b > 0 && IsSpaceByte(s_[b - 1]);
  }

  bool StartsWithLower(size_t p, std::string_view prefix) const {
    if (end_ - p < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (Lower(s_[p + i]) != prefix[i]) return false;
    }
    return true;
  }

  size_t ScanDigits(size_t p) const {
    while (p < end_ && IsDigit(s_[p])) ++p;
    return p;
  }

  // "U.S." "e.g." "Ph.D." "a.k.a.": two or more groups of one or two ASCII
  // letters, each followed by '.', not followed by a letter or digit; also
  // capitals whose last stop is missing ("U.S officials").
  // Returns the end, or b when there is no match.
  size_t MatchDotted(size_t b) const {
    size_t p = b;
    int groups = 0;
    bool caps = true;
    while (p < end_) {
      size_t q = p;
      while (q < end_ && q - p < 3 && IsAlpha(s_[q])) {
        caps = caps && IsUpper(s_[q]);
        ++q;
      }
      size_t len = q - p;
      if (len == 0 || len > 2) break;
      if (q >= end_ || s_[q] != '.') {
        // "U.S" + space: all capitals, one stop seen, nothing glued after.
        if (groups >= 1 && caps && WordCharLen(q) == 0 && (q >= end_ || s_[q] != '-')) {
          return q;
        }
        break;
      }
      ++groups;
      p = q + 1;
    }
    if (groups < 2) return b;
    if (p < end_ && WordCharLen(p) > 0) return b;
    // "U.S..." : the last stop opens an ellipsis (possibly one normalised
    // character), so it is not part of the abbreviation.
    if (p < end_ && s_[p] == '.') return p - 1;
    return p;
  }

  // An e-mail address starting at b, or b.
  size_t MatchEmail(size_t b) const {
    size_t q = b;
    while (q < end_ && q - b < 64 &&
           (IsAlpha(s_[q]) || IsDigit(s_[q]) || s_[q] == '.' || s_[q] == '_' || s_[q] == '%' ||
            s_[q] == '+' || s_[q] == '-')) {
      ++q;
    }
    if (q >= end_ || s_[q] != '@' || q == b) return b;
    size_t r = q + 1;
    while (r < end_ && r - q < 255 && (IsAlpha(s_[r]) || IsDigit(s_[r]) || s_[r] == '.' ||
                                       s_[r] == '-')) {
      ++r;
    }
    while (r > q + 1 && (s_[r - 1] == '.' || s_[r - 1] == '-')) --r;
    std::string_view domain = s_.substr(q + 1, r - q - 1);
    size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) return b;
    if (!IsAlpha(domain[dot + 1])) return b;
    return r;
  }

  size_t ScanUrl(size_t b) {
    size_t p = b;
    while (p < end_ && p - b < kMaxUrlBytes && !IsSpaceByte(s_[p]) && s_[p] != '"' &&
           s_[p] != '<' && s_[p] != '>') {
      ++p;
    }
    int open = 0, close = 0;
    for (size_t i = b; i < p; ++i) {
      open += s_[i] == '(';
      close += s_[i] == ')';
    }
    while (p > b + 1) {
      char c = s_[p - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == ']' || (c == ')' && close > open)) {
        close -= c == ')';
        --p;
        continue;
      }
      break;
    }
    Emit(b, p, TokenKind::kUrl);
    return p;
  }

  bool IsUrlStart(size_t b) const {
    char c = Lower(s_[b]);
    if (c != 'h' && c != 'w' && c != 'f') return false;
    return StartsWithLower(b, "http://") || StartsWithLower(b, "https://") ||
           StartsWithLower(b, "www.") || StartsWithLower(b, "ftp://");
  }

  size_t ScanWord(size_t b);
  size_t ScanAsciiPunct(size_t p);
  void EmitWord(size_t b, size_t e, TokenKind kind, bool has_apos);

  const NormalizedText& norm_;
  std::string_view s_;
  size_t begin_;
  size_t end_;
  std::vector<Token>* out_;
  uint32_t last_end_ = 0;
};

size_t LineTokenizer::ScanWord(size_t b) {
  if (IsUrlStart(b)) return ScanUrl(b);
  size_t p = b;
  const bool starts_digit = IsDigit(s_[b]);
  bool has_apos = false, hyphen_letter = false, ends_with_stop = false;
  if (starts_digit) {
    p = ScanDigits(p);
    while (p + 1 < end_ && (s_[p] == ',' || s_[p] == '.' || s_[p] == ':' || s_[p] == '/') &&
           IsDigit(s_[p + 1])) {
      p = ScanDigits(p + 1);
    }
  } else if (size_t d = MatchDotted(b); d > b) {
    p = d;
    ends_with_stop = true;
  }
  for (;;) {
    if (!ends_with_stop) {
      while (size_t n = WordCharLen(p)) p += n;
    }
    if (p + 1 >= end_ || p == b) break;
    const char c = s_[p];
    const size_t next = WordCharLen(p + 1);
    if (next == 0) break;
    if (c == '-') {
      if (!IsDigit(s_[p + 1])) hyphen_letter = true;
    } else if (ends_with_stop) {
      break;
    } else if (c == '\'') {
      if (IsDigit(s_[p + 1]) || !IsWordByteBefore(p) || IsDigit(s_[p - 1])) break;
      has_apos = true;
    } else if (c == '&') {
      if (!IsUpper(s_[p - 1]) || !IsUpper(s_[p + 1])) break;
    } else if (c == ',' || c == '.') {
      if (!IsDigit(s_[p - 1]) || !IsDigit(s_[p + 1])) break;
    } else {
      break;
    }
    ends_with_stop = false;
    p += 1;
    if (c == '-') {
      // "U.K.-U.S.": a dotted abbreviation after a hyphen.
      if (size_t d = MatchDotted(p); d > p) {
        p = d;
        ends_with_stop = true;
      }
    }
  }
  // An e-mail address: only worth a look when the word stopped at a
  // character that local parts may hold.
  if (p < end_ && (s_[p] == '@' || s_[p] == '.' || s_[p] == '_' || s_[p] == '+' ||
                   s_[p] == '%' || s_[p] == '-') &&
      static_cast<unsigned char>(s_[b]) < 0x80) {
    if (size_t e = MatchEmail(b); e > b) {
      Emit(b, e, TokenKind::kUrl);
      return e;
    }
  }
  // name.com, bbc.co.uk: a web address without a scheme.
  if (!has_apos && !ends_with_stop && p + 2 < end_ && s_[p] == '.') {
    size_t q = p + 1;
    while (q < end_ && IsLower(s_[q])) ++q;
    if (q > p + 1 && IsTopLevelDomain(s_.substr(p + 1, q - p - 1)) &&
        (q == end_ || (WordCharLen(q) == 0 && s_[q] != '\'')) && IsAlpha(s_[b])) {
      return ScanUrl(b);
    }
  }
  if (p - b > kMaxTokenBytes) {
    // Runaway "word" (base64, a long run of letters): cut into pieces.
    size_t q = b;
    while (q < p) {
      size_t e = q + kMaxTokenBytes < p ? q + kMaxTokenBytes : p;
      while (e < p && e > q + 1 && U8_IS_TRAIL(static_cast<uint8_t>(s_[e]))) --e;
      Emit(q, e, TokenKind::kWord);
      q = e;
    }
    return p;
  }
  // A full stop that belongs to the word: "Gen." "Feb." "F." "No. 5".
  if (!ends_with_stop && !starts_digit && p < end_ && s_[p] == '.' &&
      !(p + 1 < end_ && s_[p + 1] == '.')) {
    AbbrevClass cls = AbbreviationClass(s_.substr(b, p - b));
    bool attach = cls != AbbrevClass::kNone;
    if (cls == AbbrevClass::kBeforeNumber) {
      size_t q = p + 1;
      while (q < end_ && s_[q] == ' ') ++q;
      attach = q < end_ && IsDigit(s_[q]);
    }
    if (attach) ++p;
  }
  TokenKind kind = (starts_digit && !hyphen_letter) ? TokenKind::kNumber : TokenKind::kWord;
  EmitWord(b, p, kind, has_apos);
  return p;
}

// Emits [b, e), splitting a clitic off its end: 's 'm 'd 'll 're 've n't,
// and "cannot" -> can not.
void LineTokenizer::EmitWord(size_t b, size_t e, TokenKind kind, bool has_apos) {
  std::string_view w = s_.substr(b, e - b);
  size_t cut = w.size();
  const size_t n = w.size();
  if (has_apos && n >= 3) {
    char l1 = Lower(w[n - 1]);
    if (w[n - 2] == '\'' && (l1 == 's' || l1 == 'm' || l1 == 'd')) {
      cut = n - 2;
    } else if (w[n - 3] == '\'' && ((Lower(w[n - 2]) == 'l' && l1 == 'l') ||
                                    (Lower(w[n - 2]) == 'r' && l1 == 'e') ||
                                    (Lower(w[n - 2]) == 'v' && l1 == 'e'))) {
      cut = n - 3;
    } else if (n >= 4 && Lower(w[n - 3]) == 'n' && w[n - 2] == '\'' && l1 == 't') {
      cut = n - 3;
    }
  } else if (n == 6 && Lower(w[0]) == 'c' && Lower(w[1]) == 'a' && Lower(w[2]) == 'n' &&
             Lower(w[3]) == 'n' && Lower(w[4]) == 'o' && Lower(w[5]) == 't') {
    cut = 3;
  }
  if (cut == 0 || cut >= n) {
    Emit(b, e, kind);
    return;
  }
  Emit(b, b + cut, kind);
  Emit(b + cut, e, TokenKind::kWord);
}

size_t LineTokenizer::ScanAsciiPunct(size_t p) {
  const char c = s_[p];
  size_t run = 1;
  while (p + run < end_ && s_[p + run] == c && run < kMaxTokenBytes) ++run;
  switch (c) {
    case '.':
      if (run >= 2) {
        Emit(p, p + run, TokenKind::kPunct, run >= 3 ? "..." : "..");
        return p + run;
      }
      if (p + 1 < end_ && IsDigit(s_[p + 1]) && !IsWordByteBefore(p)) {
        // ".45 caliber"
        size_t e = ScanDigits(p + 1);
        Emit(p, e, TokenKind::kNumber);
        return e;
      }
      break;
    case '-':
      if (run >= 2) {
        Emit(p, p + run, TokenKind::kPunct, "--");
        return p + run;
      }
      break;
    case '`':
      if (run >= 2) {
        Emit(p, p + 2, TokenKind::kPunct, "\"");
        return p + 2;
      }
      Emit(p, p + 1, TokenKind::kPunct, "'");
      return p + 1;
    case '\'': {
      if (run >= 2) {
        Emit(p, p + 2, TokenKind::kPunct, "\"");
        return p + 2;
      }
      // A clitic after a word that ended otherwise: "U.S.'s", "1990's".
      size_t q = p + 1;
      while (q < end_ && q - p <= 3 && IsAlpha(s_[q])) ++q;
      if (q > p + 1 && WordCharLen(q) == 0 && p > begin_ && !IsSpaceByte(s_[p - 1])) {
        std::string_view cl = s_.substr(p + 1, q - p - 1);
        if (cl == "s" || cl == "S" || cl == "m" || cl == "d" || cl == "ll" || cl == "re" ||
            cl == "ve") {
          Emit(p, q, TokenKind::kWord);
          return q;
        }
      }
      // "'90s"
      if (p + 1 < end_ && IsDigit(s_[p + 1]) && !IsWordByteBefore(p)) {
        size_t e = ScanDigits(p + 1);
        if (e < end_ && s_[e] == 's') ++e;
        if (WordCharLen(e) == 0) {
          Emit(p, e, TokenKind::kWord);
          return e;
        }
      }
      break;
    }
    default:
      break;
  }
  unsigned char u = static_cast<unsigned char>(c);
  Emit(p, p + 1, kAscii.cls[u] == kSymbolChar ? TokenKind::kSymbol : TokenKind::kPunct);
  return p + 1;
}

}  // namespace

void TokenizeLine(const NormalizedText& norm, size_t begin, size_t end,
                  std::vector<Token>* out) {
  std::string_view s = norm.text();
  if (end > s.size()) end = s.size();
  if (begin >= end) return;
  LineTokenizer(norm, begin, end, out).Run();
}

}  // namespace entente
