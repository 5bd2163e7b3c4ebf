// The text stage: normalise -> paragraphs -> tokens -> dateline ->
// sentences -> boilerplate marks. See text_stage.h and the headers of each
// step for the conventions.
#include "text/text_stage.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "text/boilerplate.h"
#include "text/dateline.h"
#include "text/normalize.h"
#include "text/paragraphs.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace entente {

namespace {

// Paragraphs at the top of a story that may still hold the dateline: the
// headline(s) and the first body paragraph.
constexpr int kDatelineParagraphs = 3;

// Per-thread scratch space, reused between documents (the stage is const
// and shared by the pipeline's workers).
struct Scratch {
  NormalizedText norm;
  std::vector<ParagraphRange> paragraphs;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

const char* KindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "WORD";
    case TokenKind::kNumber: return "NUMBER";
    case TokenKind::kPunct: return "PUNCT";
    case TokenKind::kSymbol: return "SYMBOL";
    case TokenKind::kUrl: return "URL";
  }
  return "?";
}

// Appends s as a double-quoted string, escaping quotes, backslashes and
// control characters.
void AppendQuoted(std::string* out, std::string_view s) {
  out->push_back('"');
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (c == '\n') {
      out->append("\\n");
    } else if (c == '\t') {
      out->append("\\t");
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out->append(buf);
    } else {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

void AppendSpan(std::string* out, Span s) {
  out->push_back('[');
  out->append(std::to_string(s.begin));
  out->push_back(',');
  out->append(std::to_string(s.end));
  out->push_back(')');
}

std::string_view Slice(const std::string& text, Span s) {
  if (s.begin > text.size() || s.end > text.size() || s.end < s.begin) return {};
  return std::string_view(text).substr(s.begin, s.end - s.begin);
}

}  // namespace

Result<std::unique_ptr<TextStage>> TextStage::Create() {
  return std::make_unique<TextStage>();
}

void TextStage::Run(AnalyzedDocument* doc) const {
  doc->tokens.clear();
  doc->sentences.clear();
  doc->dateline = Span();
  doc->dateline_tokens.clear();
  const std::string& text = doc->doc.text;
  // Spans are 32-bit; a larger document is cut there (ingest never makes one).
  std::string_view original(text.data(), std::min<size_t>(text.size(), UINT32_MAX - 1));

  Scratch& scratch = ThreadScratch();
  scratch.norm.Build(original);
  scratch.paragraphs.clear();
  SplitParagraphs(scratch.norm.text(), doc->doc.source_line == 0, &scratch.paragraphs);

  std::vector<Token>& tokens = doc->tokens;
  std::vector<Sentence>& sentences = doc->sentences;
  int dateline_paragraphs_left = kDatelineParagraphs;
  std::string_view norm = scratch.norm.text();
  for (const ParagraphRange& p : scratch.paragraphs) {
    const uint32_t first = static_cast<uint32_t>(tokens.size());
    TokenizeLine(scratch.norm, p.begin, p.end, &tokens);
    uint32_t last = static_cast<uint32_t>(tokens.size());
    if (first == last) continue;
    if (dateline_paragraphs_left > 0) {
      if (uint32_t n = MatchDateline(tokens, first, last); n > 0) {
        doc->dateline = Span{tokens[first].span.begin, tokens[first + n - 1].span.end};
        doc->dateline_tokens.assign(tokens.begin() + first, tokens.begin() + first + n);
        tokens.erase(tokens.begin() + first, tokens.begin() + first + n);
        last -= n;
        dateline_paragraphs_left = 0;
      }
    }
    const bool boilerplate = IsBoilerplateLine(norm.substr(p.begin, p.end - p.begin));
    const size_t first_sentence = sentences.size();
    SplitLine(tokens, first, last, &sentences);
    bool headline_only = true;
    for (size_t s = first_sentence; s < sentences.size(); ++s) {
      sentences[s].boilerplate = boilerplate;
      headline_only = headline_only && sentences[s].headline;
    }
    // The dateline opens the first body paragraph; headlines and page
    // furniture above it do not count.
    if (dateline_paragraphs_left > 0) {
      --dateline_paragraphs_left;
      if (!headline_only && !boilerplate) dateline_paragraphs_left = 0;
    }
  }
}

// One line per item:
//   dateline [a,b) "original text"                (when present)
//   S<n> [a,b) headline boilerplate               (n counts from 1)
//     T<i> [a,b) KIND "text"                        (i: index into tokens)
//     T<i> [a,b) KIND "text" <- "original bytes"    (when they differ)
std::string TextStage::Dump(const AnalyzedDocument& doc) const {
  std::string out;
  const std::string& text = doc.doc.text;
  if (!doc.dateline.empty()) {
    out += "dateline ";
    AppendSpan(&out, doc.dateline);
    out += ' ';
    AppendQuoted(&out, Slice(text, doc.dateline));
    out += '\n';
  }
  for (size_t n = 0; n < doc.sentences.size(); ++n) {
    const Sentence& s = doc.sentences[n];
    out += 'S';
    out += std::to_string(n + 1);
    out += ' ';
    AppendSpan(&out, s.span);
    if (s.headline) out += " headline";
    if (s.boilerplate) out += " boilerplate";
    out += '\n';
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < doc.tokens.size();
         ++i) {
      const Token& t = doc.tokens[i];
      out += "  T";
      out += std::to_string(i);
      out += ' ';
      AppendSpan(&out, t.span);
      out += ' ';
      out += KindName(t.kind);
      out += ' ';
      AppendQuoted(&out, t.text);
      std::string_view orig = Slice(text, t.span);
      if (orig != t.text) {
        out += " <- ";
        AppendQuoted(&out, orig);
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace entente
