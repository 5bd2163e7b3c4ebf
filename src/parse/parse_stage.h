// parse_stage.h — the parse stage: every sentence's dependency tree
// (Universal Dependencies, kept on the tokens: Token::head, Token::deprel)
// and the clauses read from it (AnalyzedDocument::clauses, see clause.h):
// subject and passive agent, objects, obliques with their preposition,
// infinitive and that-complements with control, relative clauses linked to
// their antecedent, coordination with shared arguments, appositions,
// reported speech, negation, tense, modality and voice, nominalised events.
// The tree is parsed by an arc-hybrid parser trained on UD English EWT
// (dependency_parser.h); the clause builder (clause_tree.h) is a fixed set
// of rules over the tree's relations and the word lists of
// data/syntax/clause_words.txt. Both are linear in the sentence's length.
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

class DependencyModel;
class ModelBundle;

namespace parse {
class ClauseWords;
}

class ParseStage {
 public:
  ParseStage();
  ~ParseStage();

  // `model_path` is the syntax model whose parser parts are read ("": the
  // default under DataDir()); the clause word lists are read from
  // `data_dir` ("": DataDir()). A missing or damaged file is an error
  // naming it.
  static Result<std::unique_ptr<ParseStage>> Create(const std::string& data_dir, DiagnosticSink* sink,
                                                    const std::string& model_path = "");
  // The same with the syntax model already read.
  static Result<std::unique_ptr<ParseStage>> Create(const std::string& data_dir, DiagnosticSink* sink,
                                                    const ModelBundle& model);

  // Parses every sentence that is not boilerplate into a tree and fills
  // AnalyzedDocument::clauses, sentence by sentence.
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

  std::unique_ptr<DependencyModel> model_;
  std::unique_ptr<parse::ClauseWords> words_;
};

}  // namespace entente
