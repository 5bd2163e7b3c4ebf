// entente code — the main job: documents in, coded events out.
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/ingest.h"
#include "entente/output.h"
#include "entente/pipeline.h"

namespace entente::cli {

namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string date;
  std::string dict;
  std::string out = "-";
  int threads = 0;
  bool include_negated = false;
  bool why = false;
};

int RunCode(const CodeArgs& a) {
  StderrSink sink;
  // "tokens" is the text stage's dump per document, for inspecting input.
  bool tokens = a.format == "tokens";
  OutputFormat format = OutputFormat::kJsonl;
  if (!tokens && !ParseOutputFormat(a.format, &format)) {
    std::fprintf(stderr, "entente code: unknown --format '%s' (jsonl, tsv, gdelt, tokens)\n",
                 a.format.c_str());
    return kExitFatal;
  }
  PipelineOptions popts;
  popts.last_stage = tokens ? Stage::kText : Stage::kEvents;
  popts.data_dir = a.dict;
  popts.date_override = a.date;
  popts.include_negated = a.include_negated;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente code: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  IngestOptions iopts;
  iopts.default_date = a.date;
  auto stream = DocumentStream::Open(a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs,
                                     iopts, &sink);
  if (!stream.ok()) {
    std::fprintf(stderr, "entente code: %s\n", stream.status().ToString().c_str());
    return kExitFatal;
  }
  auto out = Output::Open(a.out);
  if (!out) return kExitFatal;
  OutputOptions oopts;
  oopts.include_why = a.why;
  auto writer = EventWriter::Create(format, oopts);
  out->Write(writer->Header());

  Document doc;
  AnalyzedDocument analyzed;
  std::string buf;
  while ((*stream)->Next(&doc)) {
    (*pipeline)->Analyze(doc, &analyzed);
    buf.clear();
    if (tokens) {
      buf = "# doc " + analyzed.doc.id + "\n" + (*pipeline)->Dump(analyzed, Stage::kText);
    } else {
      writer->Write(analyzed, &buf);
    }
    out->Write(buf);
  }
  if (!out->Ok()) {
    std::fprintf(stderr, "entente code: write error on %s\n", a.out.c_str());
    return kExitFatal;
  }
  return (*stream)->records_skipped() > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddCode(CLI::App& root) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* app = root.add_subcommand(
      "code", "Code documents into events (JSON Lines by default).\n"
              "Inputs: plain-text files (one document each), JSON Lines (.jsonl:\n"
              "id, date or published, title, text), directories, or - for stdin.");
  app->add_option("inputs", args->inputs, "files, directories or - (default: stdin)");
  app->add_option("--format", args->format, "jsonl | tsv | gdelt | tokens")->capture_default_str();
  app->add_option("--date", args->date, "date (YYYY-MM-DD) for documents without one");
  app->add_option("--dict", args->dict, "dictionary directory (default: built-in)");
  app->add_option("--threads", args->threads, "worker threads (default: all cores)");
  app->add_option("-o,--output", args->out, "output file (default: stdout)");
  app->add_flag("--include-negated", args->include_negated, "also write negated events");
  app->add_flag("--why", args->why, "add the pattern and clause roles behind each event");
  return {app, [args] { return RunCode(*args); }};
}

}  // namespace entente::cli
