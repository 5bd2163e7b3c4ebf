// parse_eval.h — tagging and parsing accuracy against a CoNLL-U treebank,
// from its gold tokens, counted as the CoNLL 2018 shared task's scorer
// counts them: every syntactic word (punctuation included), LAS on the
// universal part of the relation, plus LAS with the full relation.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "parse/dependency_parser.h"
#include "tag/conllu.h"
#include "tag/tag_stage.h"

namespace entente {

struct ParseAccuracy {
  size_t words = 0, sentences = 0;
  size_t upos = 0, xpos = 0, uas = 0, las = 0, las_full = 0;
  double tag_seconds = 0, parse_seconds = 0;  // thread CPU time
  std::map<std::string, std::pair<size_t, size_t>> by_relation;  // gold relation -> (correct LAS, total)

  static double Pct(size_t k, size_t n) { return n ? 100.0 * k / n : 0.0; }
};

// Re-tags and re-parses every sentence; fills `predicted` (if not null)
// with the system's analysis of each sentence.
ParseAccuracy EvaluateParser(const std::vector<ConlluSentence>& gold, const TagStage& tagger,
                             const DependencyParser& parser, std::vector<ConlluSentence>* predicted);

}  // namespace entente
