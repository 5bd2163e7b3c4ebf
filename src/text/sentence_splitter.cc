#include "text/sentence_splitter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>

#include "text/abbreviations.h"

namespace entente {

namespace {

enum class EndKind { kNone, kFull, kEllipsis, kAbbrev };

EndKind EndKindOf(const Token& t, AbbrevClass* cls) {
  const std::string& s = t.text;
  if (t.kind == TokenKind::kPunct) {
    if (s.size() == 1) {
      return (s[0] == '.' || s[0] == '!' || s[0] == '?') ? EndKind::kFull : EndKind::kNone;
    }
    if (s.size() >= 2 && s[0] == '.' && s[1] == '.') return EndKind::kEllipsis;
    // Full stops and question marks of other scripts in quoted passages:
    // Devanagari danda, ideographic full stop, full-width ! and ?, Arabic
    // question mark and full stop.
    if (s == "\xE0\xA5\xA4" || s == "\xE3\x80\x82" || s == "\xEF\xBC\x81" ||
        s == "\xEF\xBC\x9F" || s == "\xD8\x9F" || s == "\xDB\x94") {
      return EndKind::kFull;
    }
    return EndKind::kNone;
  }
  if (t.kind == TokenKind::kWord && s.size() >= 2 && s.back() == '.') {
    *cls = TokenAbbreviationClass(s);
    return *cls == AbbrevClass::kNone ? EndKind::kNone : EndKind::kAbbrev;
  }
  return EndKind::kNone;
}

// Closing material that stays with the sentence before tokens[i]: ) ] }
// always; quotes and further . ! ? when attached (no space before); a quote
// after a space when nothing is attached after it either (the outer quote
// of "... 'Talk tomorrow.' " closing a nested quotation).
bool IsClosing(const std::vector<Token>& tokens, uint32_t i, uint32_t last) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kPunct || t.text.size() != 1) return false;
  switch (t.text[0]) {
    case ')': case ']': case '}':
      return true;
    case '.': case '!': case '?':
      return !t.space_before;
    case '"': case '\'':
      return !t.space_before || i + 1 >= last || tokens[i + 1].space_before;
    default:
      return false;
  }
}

// -1 lower case, 1 upper case, 0 neither (digits, punctuation, symbols).
int CaseOfFirst(const std::string& s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return -1;
    if (c >= 'A' && c <= 'Z') return 1;
    return 0;
  }
  int32_t i = 0, cp = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), cp);
  if (cp < 0) return 0;
  if (u_islower(cp)) return -1;
  if (u_isupper(cp) || u_istitle(cp)) return 1;
  return 0;
}

bool IsShortAllCaps(const std::string& s) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

bool StartsUpperWord(const Token& t) {
  return t.kind == TokenKind::kWord && CaseOfFirst(t.text) > 0;
}

// "F." — a single capital letter with its stop.
bool IsInitial(const Token& t) {
  return t.text.size() == 2 && t.text[0] >= 'A' && t.text[0] <= 'Z' && t.text[1] == '.';
}

// Whether a sentence ends after tokens[end] (its closing quotes and brackets
// run to j) and before tokens[j], j < last.
bool SplitsBefore(const std::vector<Token>& tokens, uint32_t start, uint32_t end, uint32_t j,
                  uint32_t last, EndKind kind, AbbrevClass cls) {
  const Token& e = tokens[end];
  const Token& next = tokens[j];
  const Token* before = end > start ? &tokens[end - 1] : nullptr;
  const int next_case = CaseOfFirst(next.text);
  if (next_case < 0) return false;
  if (next.kind == TokenKind::kPunct && next.text.size() == 1) {
    switch (next.text[0]) {
      case ',': case ';': case ':': case ')': case ']': case '}':
        return false;
      default:
        break;
    }
  }
  if (next.kind == TokenKind::kSymbol && next.text == "%") return false;
  switch (kind) {
    case EndKind::kFull:
      // "1. Troops will leave": a list number opening the sentence.
      if (before != nullptr && end == start + 1 && before->kind == TokenKind::kNumber &&
          before->text.size() <= 2 && e.text == ".") {
        return false;
      }
      // "<RTRS.L>", "No.1": a stop glued to the next word is not the end of
      // a sentence, unless it is a missing space after a lower-case word
      // ("ended.Then").
      if (!next.space_before && e.text == "." &&
          (next.kind == TokenKind::kWord || next.kind == TokenKind::kNumber)) {
        return before != nullptr && !before->text.empty() && IsLowerAscii(before->text.back()) &&
               next_case > 0 && next.text.size() >= 2;
      }
      return true;
    case EndKind::kEllipsis:
      return next_case > 0 && (!e.space_before || IsSentenceStarter(next.text));
    case EndKind::kAbbrev:
      if (cls == AbbrevClass::kTitle || cls == AbbrevClass::kNeverEnds ||
          cls == AbbrevClass::kBeforeNumber) {
        return false;
      }
      // '... in the U.S." Trump said': a closing quote or bracket after the
      // abbreviation ends the sentence before a capital.
      if (j > end + 1) return next_case > 0;
      // '... of Acme Inc. "Any company ...': so does an opening quote.
      if (next.kind == TokenKind::kPunct && (next.text == "\"" || next.text == "'") &&
          next.space_before && j + 1 < last && !tokens[j + 1].space_before &&
          StartsUpperWord(tokens[j + 1])) {
        return true;
      }
      if (cls == AbbrevClass::kEndsBeforeCapital) {
        return next_case > 0 && !IsShortAllCaps(next.text);
      }
      // "A. The first point": a list letter opening the sentence.
      if (IsInitial(e) && end == start) return false;
      if (IsInitial(e) && (before == nullptr || !StartsUpperWord(*before))) {
        // Not after a first name: "posted on X. Militants said" ends a
        // sentence (a capitalised word, then a lower-case one), while
        // "analyst C. Raja Mohan" and "Image: C. Smith." are names.
        if (next_case <= 0) return false;
        const bool lower_follows = j + 1 < last && tokens[j + 1].kind == TokenKind::kWord &&
                                   CaseOfFirst(tokens[j + 1].text) < 0;
        return lower_follows || IsSentenceStarter(next.text);
      }
      if (cls == AbbrevClass::kCompany && IsSentenceStarterNoun(next.text)) return true;
      return IsSentenceStarter(next.text);
    case EndKind::kNone:
      return false;
  }
  return false;
}

void AddSentence(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                 std::vector<Sentence>* out) {
  Sentence& s = out->emplace_back();
  s.first_token = first;
  s.token_count = last - first;
  s.span.begin = tokens[first].span.begin;
  s.span.end = tokens[last - 1].span.end;
}

}  // namespace

bool EndsWithFinalPunctuation(const std::vector<Token>& tokens, uint32_t first, uint32_t last) {
  uint32_t i = last;
  while (i > first && IsClosing(tokens, i - 1, last) && tokens[i - 1].text != "." &&
         tokens[i - 1].text != "!" && tokens[i - 1].text != "?") {
    --i;
  }
  if (i == first) return false;
  AbbrevClass cls = AbbrevClass::kNone;
  return EndKindOf(tokens[i - 1], &cls) != EndKind::kNone;
}

void SplitLine(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
               std::vector<Sentence>* out, uint32_t max_tokens) {
  if (last > tokens.size()) last = static_cast<uint32_t>(tokens.size());
  if (first >= last) return;
  if (max_tokens == 0) max_tokens = 1;
  uint32_t start = first;
  uint32_t i = first;
  while (i < last) {
    if (i + 1 - start >= max_tokens && i + 1 < last) {
      AddSentence(tokens, start, i + 1, out);
      start = i + 1;
      ++i;
      continue;
    }
    AbbrevClass cls = AbbrevClass::kNone;
    EndKind kind = EndKindOf(tokens[i], &cls);
    if (kind == EndKind::kNone) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < last && j - start < max_tokens && IsClosing(tokens, j, last)) {
      // "(... the U.S.)." : a full stop after the closing bracket decides.
      if (kind == EndKind::kAbbrev && EndKindOf(tokens[j], &cls) == EndKind::kFull) {
        kind = EndKind::kFull;
      }
      ++j;
    }
    if (j >= last) break;
    if (SplitsBefore(tokens, start, i, j, last, kind, cls)) {
      AddSentence(tokens, start, j, out);
      start = j;
    }
    i = j;
  }
  if (start < last) {
    AddSentence(tokens, start, last, out);
    Sentence& s = out->back();
    const Token& end = tokens[last - 1];
    const bool lead_in = end.kind == TokenKind::kPunct &&
                         (end.text == ":" || end.text == ";" || end.text == ",");
    s.headline = start == first && s.token_count <= kMaxHeadlineTokens && !lead_in &&
                 !EndsWithFinalPunctuation(tokens, start, last);
  }
}

}  // namespace entente
