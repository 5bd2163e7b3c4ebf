// test_util.h — helpers shared by the text stage's unit tests.
#pragma once

#include <string>

#include "text/text_stage.h"

namespace entente {

// Runs the text stage over `text`. source_line 1 treats the text as a JSON
// Lines field (every newline is a paragraph), 0 as a whole file.
inline AnalyzedDocument AnalyzeText(const std::string& text, uint64_t source_line = 1) {
  static const auto stage = TextStage::Create();
  AnalyzedDocument d;
  d.doc.text = text;
  d.doc.source_line = source_line;
  (*stage)->Run(&d);
  return d;
}

}  // namespace entente
