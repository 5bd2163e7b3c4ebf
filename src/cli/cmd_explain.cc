// entente explain — every stage's canonical dump for one piece of text.
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"

namespace entente::cli {

namespace {

struct ExplainArgs {
  std::string text;
  std::string date;
  DictionaryArgs dict;
  std::string stage = "commitments";
};

int RunExplain(const ExplainArgs& a) {
  StderrSink sink;
  PipelineOptions popts;
  if (!ParseStageName(a.stage, &popts.last_stage)) {
    std::fprintf(stderr, "entente explain: unknown --stage '%s'\n", a.stage.c_str());
    return kExitFatal;
  }
  SetDictionaries(a.dict, &popts);
  popts.include_negated = true;  // explain shows everything
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente explain: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  Document doc;
  doc.id = "explain";
  doc.date = a.date;
  doc.source_file = "<explain>";
  if (a.text == "-") {
    doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    doc.text = a.text;
  }
  AnalyzedDocument analyzed;
  (*pipeline)->Analyze(doc, &analyzed);
  std::string dump = (*pipeline)->DumpAll(analyzed);
  std::fwrite(dump.data(), 1, dump.size(), stdout);
  return kExitOk;
}

}  // namespace

Command AddExplain(CLI::App& root) {
  auto args = std::make_shared<ExplainArgs>();
  CLI::App* app = root.add_subcommand(
      "explain", "Show how a text is read: sentences, tokens, tags, clauses, actors,\n"
                 "and which pattern produced each event.");
  app->add_option("text", args->text, "the text, or - to read it from stdin")->required();
  app->add_option("--date", args->date, "the story's date (YYYY-MM-DD), for dated roles");
  AddDictOptions(app, &args->dict);
  app->add_option("--stage", args->stage, "last stage to run: text|tag|parse|actors|events|commitments")
      ->capture_default_str();
  return {app, [args] { return RunExplain(*args); }};
}

}  // namespace entente::cli
