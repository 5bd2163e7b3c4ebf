// conllu.h — reading and writing CoNLL-U (Universal Dependencies) files:
// the treebank the tagger and parser are trained and measured on, and
// `entente parse`'s output. Multiword-token range lines (1-2) and empty
// nodes (1.1) are skipped: every token here is a syntactic word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/diagnostics.h"

namespace entente {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel;
  int head = -1;  // 0 = root, 1-based index of the head word; -1 unknown ("_")
};

struct ConlluSentence {
  std::vector<std::string> comments;  // "# ..." lines, without the newline
  std::vector<ConlluWord> words;
  uint64_t line = 0;                  // line of the first word in the file
};

// Reads every sentence of `text`. A malformed line (wrong column count, bad
// id or head) is reported to `sink` as `name:line: reason` and its sentence
// is dropped; reading goes on. Returns the number of problems.
size_t ParseConllu(std::string_view text, const std::string& name, DiagnosticSink* sink,
                   std::vector<ConlluSentence>* out);

// Reads a file; false (with a diagnostic) if it cannot be read.
bool ReadConlluFile(const std::string& path, DiagnosticSink* sink, std::vector<ConlluSentence>* out);

// Appends one sentence in CoNLL-U (comments, 10 columns, blank line).
void AppendConllu(const ConlluSentence& s, std::string* out);

// The universal part of a relation: "nsubj:pass" -> "nsubj".
std::string_view UniversalRelation(std::string_view deprel);

}  // namespace entente
