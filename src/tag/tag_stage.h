// tag_stage.h — the tag stage: Penn Treebank part-of-speech tags and lemmas.
// Built once by Create(), then const and safe to share between threads.
//
// Tags come from the bigram HMM on the Lingua::EN::Tagger data
// (tag/hmm_tagger.h) with WordNet classes for words the lexicon lacks, then
// the treebank conventions of tag/conventions.h. If `data_dir`/tag/model.bin
// exists, the averaged perceptron of tag/perceptron_tagger.h replaces the
// HMM (format: doc/formats/tagger.md; no model is shipped at present, see
// doc/benchmarks.md). Lemmas come from WordNet's morphology
// (tag/lemmatizer.h).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class LinguaLexicon;
class HmmTagger;
class Lemmatizer;
class FeatureExtractor;
class PerceptronModel;
class PerceptronTagger;
enum class Tag : uint8_t;

class TagStage {
 public:
  // Loads the Lingua lexicon (liblingua-en-tagger-perl), WordNet
  // (wordnet-base) and, if present, `data_dir`/tag/model.bin. A missing
  // Debian package is an error Status naming it; a corrupt or too new model
  // file is an error.
  static Result<std::unique_ptr<TagStage>> Create(const std::string& data_dir, DiagnosticSink* sink);
  ~TagStage();

  // Fills Token::tag and Token::lemma for every token.
  void Run(AnalyzedDocument* doc) const;

  // Tags one sentence given as words; writes the Penn Treebank tag names
  // into `tags` (same length). For `entente tag --tokenized` and evaluation.
  void TagWords(std::span<const std::string_view> words, std::span<std::string_view> tags) const;

  // Canonical text dump: one line per sentence, "token/TAG" pairs separated
  // by spaces, with ":lemma" appended where the lemma differs from the
  // lower-cased token ("withdrew/VBD:withdraw").
  std::string Dump(const AnalyzedDocument& doc) const;

  // Which tagger is in use: "perceptron" or "hmm".
  const char* TaggerName() const;

  TagStage();  // use Create()

 private:
  std::unique_ptr<LinguaLexicon> lexicon_;
  std::unique_ptr<HmmTagger> hmm_;
  std::unique_ptr<FeatureExtractor> features_;
  std::unique_ptr<PerceptronModel> model_;
  std::unique_ptr<PerceptronTagger> perceptron_;
  std::unique_ptr<Lemmatizer> lemmatizer_;

  // Tags one sentence with the perceptron (or the HMM), in bounded chunks,
  // then applies the treebank conventions.
  void TagSentence(std::span<const std::string_view> words, std::span<Tag> tags) const;
};

}  // namespace entente
