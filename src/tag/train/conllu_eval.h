// conllu_eval.h — tagging accuracy against a CoNLL-U treebank (column 5 =
// Penn Treebank tag), sentence by sentence on the treebank's own
// tokenization. Used by entente_tag_eval and the accuracy test; the
// evaluation data (GUM dev, ../shared/eval/pos) is never trained on.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "entente/status.h"
#include "tag/tag_stage.h"

namespace entente {

struct TagAccuracy {
  size_t tokens = 0, correct = 0;            // all documents
  size_t news_tokens = 0, news_correct = 0;  // documents whose newdoc id contains "news"
  size_t sentences = 0;
  // Lemmas (TagStage::Run) of tokens whose gold tag is a verb / a noun,
  // compared lower-cased with column 3.
  size_t verb_lemmas = 0, verb_lemmas_correct = 0;
  size_t noun_lemmas = 0, noun_lemmas_correct = 0;
  double seconds = 0;                        // thread CPU time spent tagging
  std::map<std::pair<std::string, std::string>, size_t> confusions;  // (gold, predicted) -> count

  double Overall() const { return tokens ? 100.0 * correct / tokens : 0; }
  double News() const { return news_tokens ? 100.0 * news_correct / news_tokens : 0; }
  double VerbLemmas() const { return verb_lemmas ? 100.0 * verb_lemmas_correct / verb_lemmas : 0; }
  double NounLemmas() const { return noun_lemmas ? 100.0 * noun_lemmas_correct / noun_lemmas : 0; }
};

// Tags every sentence of the CoNLL-U file at `path` with `stage` and
// compares with column 5. NotFound if the file cannot be read.
Result<TagAccuracy> EvaluateConllu(const std::string& path, const TagStage& stage);

}  // namespace entente
