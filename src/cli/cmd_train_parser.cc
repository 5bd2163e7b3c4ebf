// entente train-parser — trains the part-of-speech tagger and the
// dependency parser on a CoNLL-U treebank and writes the syntax model:
//   entente train-parser --treebank ../shared/treebank/ud_english_ewt -o data/syntax/en_ewt.model
// Train on the treebank's train file, report on its dev file; one thread,
// deterministic (the same treebank and build give the same bytes).
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "parse/dependency_model.h"
#include "parse/parse_eval.h"
#include "parse/train/syntax_trainer.h"
#include "tag/tag_stage.h"
#include "util/data_dir.h"
#include "util/linear_model.h"

namespace entente::cli {

namespace {

struct TrainParserArgs {
  std::string treebank;
  std::string out = "data/syntax/en_ewt.model";
  std::string prefix = "en_ewt-ud";
  std::string word_contexts;  // the tagger's distributional table (empty: none)
  SyntaxTrainOptions options;
};

// Reads the tagger's distributional table into `in` and `*table`; false
// (with a message) if it is missing or damaged.
bool ReadWordContexts(const TrainParserArgs& a, SyntaxTrainInput* in, std::unique_ptr<WordContexts>* table) {
  if (a.word_contexts.empty()) return true;
  const std::string& path = a.word_contexts;
  if (!ReadFile(path, &in->word_contexts)) {
    std::fprintf(stderr, "entente train-parser: cannot read %s\n", path.c_str());
    return false;
  }
  auto t = WordContexts::Parse(in->word_contexts, path);
  if (!t.ok()) {
    std::fprintf(stderr, "entente train-parser: %s\n", t.status().ToString().c_str());
    return false;
  }
  *table = std::move(t).value();
  return true;
}

void PrintAccuracy(const char* what, const ParseAccuracy& a) {
  std::printf("%s: UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f (full labels %.2f) over %zu words\n", what,
              ParseAccuracy::Pct(a.upos, a.words), ParseAccuracy::Pct(a.xpos, a.words),
              ParseAccuracy::Pct(a.uas, a.words), ParseAccuracy::Pct(a.las, a.words),
              ParseAccuracy::Pct(a.las_full, a.words), a.words);
}

int Run(const TrainParserArgs& a) {
  StderrSink sink;
  SyntaxTrainInput in;
  std::string train = a.treebank + "/" + a.prefix + "-train.conllu";
  std::string dev = a.treebank + "/" + a.prefix + "-dev.conllu";
  if (!ReadConlluFile(train, &sink, &in.train) || !ReadConlluFile(dev, &sink, &in.dev)) return kExitFatal;
  if (sink.error_count()) return kExitFatal;
  in.description = "entente syntax model: tagger (XPOS, UPOS) and arc-hybrid dependency parser, trained on "
                   "Universal Dependencies English EWT (CC BY-SA 4.0) by `entente train-parser`; this model "
                   "is licensed CC BY-SA 4.0.\n";
  auto tags = TagStage::Create(DataDir(), &sink);
  if (!tags.ok()) {
    std::fprintf(stderr, "entente train-parser: %s\n", tags.status().ToString().c_str());
    return kExitFatal;
  }
  std::unique_ptr<WordContexts> table;
  if (!ReadWordContexts(a, &in, &table)) return kExitFatal;
  FeatureExtractor features = (*tags)->features();  // the stage's, with the table being trained with
  features.set_contexts(table.get());
  auto bundle = TrainSyntax(in, features, a.options);
  if (!bundle.ok()) {
    std::fprintf(stderr, "entente train-parser: %s\n", bundle.status().ToString().c_str());
    return kExitFatal;
  }
  Status st = bundle->Save(a.out);
  if (!st.ok()) {
    std::fprintf(stderr, "entente train-parser: %s\n", st.ToString().c_str());
    return kExitFatal;
  }
  std::printf("wrote %s\n", a.out.c_str());
  auto tagger = TagStage::Create(DataDir(), &sink, a.out);
  auto parser = DependencyModel::Load(a.out);
  if (!tagger.ok() || !parser.ok()) {
    std::fprintf(stderr, "entente train-parser: cannot read back %s\n", a.out.c_str());
    return kExitFatal;
  }
  PrintAccuracy("dev", EvaluateParser(in.dev, **tagger, (*parser)->parser(), nullptr));
  return kExitOk;
}

}  // namespace

Command AddTrainParser(CLI::App& root) {
  auto args = std::make_shared<TrainParserArgs>();
  CLI::App* app = root.add_subcommand("train-parser", "Train the tagger and dependency parser on a CoNLL-U treebank.");
  app->add_option("--treebank", args->treebank, "directory with PREFIX-train.conllu and PREFIX-dev.conllu")
      ->required();
  app->add_option("-o,--out", args->out, "model file to write")->capture_default_str();
  app->add_option("--prefix", args->prefix, "treebank file prefix")->capture_default_str();
  app->add_option("--word-contexts", args->word_contexts,
                  "the tagger's distributional table, e.g. data/syntax/word_contexts.tsv (stored in the model; "
                  "default: none)");
  app->add_option("--tagger-epochs", args->options.tagger_epochs, "tagger training passes")->capture_default_str();
  app->add_option("--tagger-refine", args->options.tagger_refine,
                  "a second tagging pass that reads the first pass's tags of the following words")
      ->capture_default_str();
  app->add_option("--parser-epochs", args->options.parser_epochs, "parser training passes")->capture_default_str();
  app->add_option("--jackknife", args->options.jackknife, "folds of predicted tags for the parser (0: gold)")
      ->capture_default_str();
  app->add_option("--prune", args->options.prune, "drop averaged weights below this")->capture_default_str();
  app->add_option("--min-updates", args->options.min_updates, "drop parser features updated fewer times than this")
      ->capture_default_str();
  app->add_option("--transition-bits", args->options.transition_bits,
                  "log2 rows of the transition model's dense hashed table (0: sparse, one row per feature)")
      ->capture_default_str()
      ->check(CLI::Range(0, LinearModel::kMaxDenseBits));
  app->add_option("--label-bits", args->options.label_bits,
                  "log2 rows of the label model's dense hashed table (0: sparse)")
      ->capture_default_str()
      ->check(CLI::Range(0, LinearModel::kMaxDenseBits));
  app->add_option("--beam", args->options.beam,
                  "beam width: > 1 trains the transition model globally with a beam (max-violation updates) and "
                  "stores the width, with which parse then decodes (1: greedy)")
      ->capture_default_str()
      ->check(CLI::Range(1, kMaxBeamWidth));
  app->add_option("--tagger-min-updates", args->options.tagger_min_updates,
                  "drop tagger features updated fewer times than this")
      ->capture_default_str();
  return {app, [args] { return Run(*args); }};
}

}  // namespace entente::cli
