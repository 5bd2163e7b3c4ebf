// text_stage.h — the text stage: normalisation, datelines, boilerplate marking, sentence splitting and tokenization.
// Built once by Create(), then const and safe to share between threads (each
// thread keeps its own scratch space).
//
// Steps (one file each): normalize -> paragraphs -> tokenizer -> dateline ->
// sentence_splitter -> boilerplate. Spans always point into the ORIGINAL
// Document::text; Token::text is the normalised form. The document title
// (Document::title) is not part of the text and is not tokenized.
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class TextStage {
 public:
  static Result<std::unique_ptr<TextStage>> Create();

  // Fills tokens, sentences and dateline from doc->doc.text, replacing what
  // they held. Any bytes are safe; work is linear in the text (sentences are
  // cut at kMaxSentenceTokens tokens, tokens at kMaxTokenBytes bytes).
  // doc->doc.source_line == 0 (a whole plain-text file) also enables the
  // detection of hard-wrapped lines.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests):
  //   dateline [a,b) "original bytes"              (when there is one)
  //   S<n> [a,b) headline boilerplate             (n from 1; flags when set)
  //     T<i> [a,b) KIND "text"                      (i: index into tokens)
  //     T<i> [a,b) KIND "text" <- "original bytes"  (when they differ)
  std::string Dump(const AnalyzedDocument& doc) const;
};

}  // namespace entente
