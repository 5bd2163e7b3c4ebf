// entente parse — dependency trees in CoNLL-U. With --eval FILE.conllu the
// file's sentences are re-tagged and re-parsed from its gold tokens and the
// last line is "UPOS u XPOS x UAS a LAS l" (CoNLL 2018 scorer counting:
// every syntactic word, punctuation included; LAS on universal relations),
// preceded by LAS on full relations.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "parse/dependency_model.h"
#include "parse/parse_eval.h"
#include "tag/tag_stage.h"
#include "tag/treebank_tagger.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct ParseArgs {
  std::string eval;
  std::string model;
  std::string output;
  bool by_relation = false;
  int beam = 0;  // with --eval: decode with this beam width instead of the model's (0: the model's)
};

int RunEval(const ParseArgs& a, const TagStage& tagger, const DependencyParser& parser, StderrSink* sink) {
  std::vector<ConlluSentence> gold, predicted;
  if (!ReadConlluFile(a.eval, sink, &gold)) return kExitFatal;
  ParseAccuracy acc = EvaluateParser(gold, tagger, parser, a.output.empty() ? nullptr : &predicted);
  if (!a.output.empty()) {
    auto out = Output::Open(a.output);
    if (!out) return kExitFatal;
    std::string text;
    for (const ConlluSentence& s : predicted) AppendConllu(s, &text);
    out->Write(text);
  }
  if (a.by_relation) {
    for (const auto& [rel, c] : acc.by_relation) {
      std::printf("%-14s LAS %6.2f of %zu\n", rel.c_str(), ParseAccuracy::Pct(c.first, c.second), c.second);
    }
  }
  std::printf("%zu sentences, %zu words; CPU s: tagging %.3f, parsing %.3f\n", acc.sentences, acc.words,
              acc.tag_seconds, acc.parse_seconds);
  std::printf("LAS (full relations) %.2f\n", ParseAccuracy::Pct(acc.las_full, acc.words));
  std::printf("UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f\n", ParseAccuracy::Pct(acc.upos, acc.words),
              ParseAccuracy::Pct(acc.xpos, acc.words), ParseAccuracy::Pct(acc.uas, acc.words),
              ParseAccuracy::Pct(acc.las, acc.words));
  return sink->error_count() ? kExitSkipped : kExitOk;
}

// Text on standard input through the text, tag and parse stages.
int RunText(const ParseArgs& a, StderrSink* sink) {
  PipelineOptions popts;
  popts.last_stage = Stage::kParse;
  popts.syntax_model = a.model;
  AnalyzedDocument analyzed;
  auto pipeline = AnalyzeStdin("parse", popts, sink, &analyzed);
  if (!pipeline) return kExitFatal;
  auto out = Output::Open(a.output);
  if (!out) return kExitFatal;
  out->Write(pipeline->DumpTree(analyzed));
  return out->Finish() ? kExitOk : kExitFatal;
}

int Run(const ParseArgs& a) {
  StderrSink sink;
  if (a.eval.empty()) return RunText(a, &sink);
  std::string path = a.model.empty() ? TagStage::DefaultModelPath(DataDir()) : a.model;
  auto tagger = TagStage::Create(DataDir(), &sink, path);
  if (!tagger.ok()) {
    std::fprintf(stderr, "entente parse: %s\n", tagger.status().ToString().c_str());
    return kExitFatal;
  }
  auto parser = DependencyModel::Load(path);
  if (!parser.ok()) {
    std::fprintf(stderr, "entente parse: %s\n", parser.status().ToString().c_str());
    return kExitFatal;
  }
  if (a.beam > 0) return RunEval(a, **tagger, (*parser)->parser().WithBeam(a.beam), &sink);
  return RunEval(a, **tagger, (*parser)->parser(), &sink);
}

}  // namespace

Command AddParse(CLI::App& root) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* app = root.add_subcommand(
      "parse", "Dependency trees in CoNLL-U of text on stdin; --eval measures them on a treebank.");
  app->add_option("--eval", args->eval, "re-tag and re-parse a CoNLL-U file from its gold tokens and score it");
  app->add_option("--model", args->model, "syntax model file (default: data/syntax/en_ewt.model)");
  app->add_option("-o,--output", args->output, "write the trees here (CoNLL-U; default: standard output)");
  app->add_flag("--by-relation", args->by_relation, "with --eval: LAS per gold relation");
  app->add_option("--beam", args->beam,
                  "with --eval: decode with this beam width, not the one the model was trained for (1: greedy)")
      ->check(CLI::Range(1, kMaxBeamWidth));
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
