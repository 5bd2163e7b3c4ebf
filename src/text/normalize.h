// normalize.h — the first step of the text stage: rewrites a document's
// original bytes into the normalised form that the tokenizer reads, and keeps
// for every normalised byte the original bytes it came from, so that tokens
// and sentences can report spans in the ORIGINAL text.
//
// What is rewritten:
//   curly quotes and apostrophes, guillemets, primes -> ' and "
//   hyphen/en dash/minus variants -> "-"; em dash, horizontal bar -> "--"
//   horizontal ellipsis -> "..."
//   no-break and other Unicode spaces -> ' '; line/paragraph separators -> '\n'
//   zero-width spaces/joiners, BOM, soft hyphen, bidi controls, variation
//     selectors 15/16 -> dropped
//   HTML entities (&amp; &#8217; &#x2014; ...) -> decoded, then rewritten as above
//   HTML tags of known names and <!-- comments --> -> dropped (block tags such
//     as <p>, <br>, <div>, <li> become '\n')
//   "\r\n" -> "\n", lone '\r' -> '\n'
// Everything else (including other non-ASCII letters) is copied unchanged.
// Invalid UTF-8 bytes are copied unchanged one by one; nothing reads past the
// end of the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// The normalised text of one document and its map back to the original.
// Reused between documents (Clear keeps capacity).
class NormalizedText {
 public:
  // Rewrites `original`. `original` must outlive this object while text() is
  // used: when nothing needs rewriting, text() is a view of `original` itself.
  void Build(std::string_view original);

  std::string_view text() const { return view_; }

  // Original offset where normalised byte `i` comes from (i < text().size()),
  // or the original size for i == text().size().
  uint32_t OrigBegin(size_t i) const {
    if (identity_) return static_cast<uint32_t>(i);
    return i < begin_.size() ? begin_[i] : original_size_;
  }
  // Original end offset of the normalised range ending (exclusive) at `i`,
  // i > 0: the end of the original unit that produced byte i-1.
  uint32_t OrigEnd(size_t i) const {
    if (identity_) return static_cast<uint32_t>(i);
    return i == 0 ? 0 : end_[i - 1];
  }
  // True when text() is byte-identical to the original.
  bool identity() const { return identity_; }

 private:
  // Appends normalised bytes produced from original bytes [ob, oe).
  void Emit(std::string_view bytes, uint32_t ob, uint32_t oe);
  // Appends the normalised form of code point `cp` that came from [ob, oe).
  void EmitCodePoint(int32_t cp, uint32_t ob, uint32_t oe);
  // Switches from identity mode to copying, copying original[0, upto).
  void StartCopy(std::string_view original, size_t upto);

  std::string_view view_;
  std::string text_;
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> end_;
  uint32_t original_size_ = 0;
  bool identity_ = true;
};

// Decodes one HTML character reference starting at s[0] == '&'. On success
// returns the code point and sets *len to the bytes consumed (including ';').
// Returns -1 when s does not start with a known reference.
int32_t DecodeHtmlEntity(std::string_view s, size_t* len);

// If s starts with an HTML tag of a known element name (<p>, </div>,
// <br/>, <a href="...">) or an HTML comment, returns its length and sets
// *block when the tag breaks a paragraph; else returns 0.
size_t MatchHtmlTag(std::string_view s, bool* block);

}  // namespace entente
