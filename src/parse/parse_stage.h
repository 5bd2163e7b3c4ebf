// parse_stage.h — the parse stage: clause analysis. A deterministic shallow
// parser over the tag stage's Penn Treebank tags and lemmas: chunks, verb
// groups, clauses with their arguments, reported speech, coordination,
// apposition, relative clauses and nominalised events (see clause.h for the
// output and doc/ARCHITECTURE.md for the method).
//
// Built once by Create(), then const and safe to share between threads
// (per-thread scratch space is kept in thread-local buffers).
#pragma once

#include <memory>
#include <string>

#include "entente/analysis.h"
#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

class Lemmatizer;

class DependencyModel;
class ModelBundle;

class ParseStage {
 public:
  ParseStage();
  ~ParseStage();

  // Loads WordNet's word lists (for re-tagging words the tagger got wrong);
  // without them (package wordnet-base missing) the parser still works and a
  // warning goes to `sink`.
  // `model_path` is the syntax model whose parser parts are read ("": the
  // default under DataDir()); a missing or damaged model is an error.
  static Result<std::unique_ptr<ParseStage>> Create(const std::string& data_dir, DiagnosticSink* sink,
                                                    const std::string& model_path = "");
  // The same with the syntax model already read.
  static Result<std::unique_ptr<ParseStage>> Create(const std::string& data_dir, DiagnosticSink* sink,
                                                    const ModelBundle& model);

  // Fills AnalyzedDocument::clauses, sentence by sentence. Sentences longer
  // than 256 tokens are analysed in consecutive windows of 256 tokens.
  void Run(AnalyzedDocument* doc) const;

  // Canonical text dump of what this stage found (explain, golden tests):
  // one block per clause, see clause_dump.cc.
  std::string Dump(const AnalyzedDocument& doc) const;

  // The dependency tree of every sentence in CoNLL-U (`entente parse`,
  // `explain`).
  std::string DumpTree(const AnalyzedDocument& doc) const;

 private:
  // Fills Token::head and Token::deprel of one sentence's tokens.
  void ParseTree(AnalyzedDocument* doc, uint32_t first, uint32_t end) const;

  std::unique_ptr<Lemmatizer> lemmatizer_;  // may be null
  std::unique_ptr<DependencyModel> model_;
};

}  // namespace entente
