// tag_stage.h — the tag stage: Penn Treebank part-of-speech tags and lemmas.
// Built once by Create(), then const and safe to share between threads.
//
// Tags (Penn XPOS and universal UPOS) come from the treebank tagger of
// tag/treebank_tagger.h, trained on UD English EWT, whose weights are the
// "xpos" and "upos" parts of the syntax model `data_dir`/syntax/en_ewt.model
// (trained by `entente train-parser`). Lemmas come from WordNet's
// morphology (tag/lemmatizer.h).
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
class Lemmatizer;
class FeatureExtractor;
class LinearModel;
class WordContexts;
class ModelBundle;
class TreebankTagger;
enum class Tag : uint8_t;

class TagStage {
 public:
  // Loads the Lingua lexicon (liblingua-en-tagger-perl), WordNet
  // (wordnet-base) and the syntax model (`model_path`, or by default
  // `data_dir`/syntax/en_ewt.model). A missing Debian package or a missing,
  // corrupt or too new model file is an error Status naming it.
  static Result<std::unique_ptr<TagStage>> Create(const std::string& data_dir, DiagnosticSink* sink,
                                                  const std::string& model_path = "");
  // The same with the syntax model already read (the pipeline reads it once
  // for the tag and parse stages).
  static Result<std::unique_ptr<TagStage>> Create(const std::string& data_dir, DiagnosticSink* sink,
                                                  const ModelBundle& model);
  // The default syntax model file under a data directory.
  static std::string DefaultModelPath(const std::string& data_dir);
  ~TagStage();

  // Fills Token::tag and Token::lemma for every token.
  void Run(AnalyzedDocument* doc) const;

  // Tags one sentence given as words; writes the Penn Treebank tag names
  // into `tags` (same length). For `entente tag --tokenized` and evaluation.
  void TagWords(std::span<const std::string_view> words, std::span<std::string_view> tags) const;
  // The same with tag values and UPOS classes (tag/treebank_tagger.h).
  void TagWords(std::span<const std::string_view> words, std::span<Tag> xpos, std::span<uint8_t> upos) const;

  // Canonical text dump: one line per sentence, "token/TAG" pairs separated
  // by spaces, with ":lemma" appended where the lemma differs from the
  // lower-cased token ("withdrew/VBD:withdraw").
  std::string Dump(const AnalyzedDocument& doc) const;

  // Which tagger is in use ("treebank").
  const char* TaggerName() const;
  const FeatureExtractor& features() const { return *features_; }

  TagStage();  // use Create()

 private:
  // The Lingua lexicon, WordNet and the feature extractor.
  Status LoadLexicons();

  std::unique_ptr<LinguaLexicon> lexicon_;
  std::unique_ptr<FeatureExtractor> features_;
  std::unique_ptr<LinearModel> xpos_model_, upos_model_, refine_model_;  // refine: may be null
  std::unique_ptr<WordContexts> contexts_;  // may be null (a model trained without the table)
  std::unique_ptr<TreebankTagger> treebank_;
  std::unique_ptr<Lemmatizer> lemmatizer_;

  // Tags one sentence with the treebank tagger, in bounded chunks.
  void TagSentence(std::span<const std::string_view> words, std::span<Tag> tags, std::span<uint8_t> upos) const;
};

}  // namespace entente
