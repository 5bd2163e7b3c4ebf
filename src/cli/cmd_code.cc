// entente code — the main job: documents in, coded events out.
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/ingest.h"
#include "entente/output.h"
#include "entente/pipeline.h"
#include "entente/runner.h"

namespace entente::cli {

namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string date;
  DictionaryArgs dict;
  IngestOptions input;  // limits on what is read (--max-device-bytes, --min-year, …)
  std::string out = "-";
  int threads = 0;
  bool include_negated = false;
  bool why = false;
};

// On a terminal, diagnostics first clear the progress line they would
// otherwise be appended to; the next progress report redraws it.
class TerminalSink : public DiagnosticSink {
 public:
  explicit TerminalSink(DiagnosticSink* inner) : inner_(inner) {}
  void Report(const Diagnostic& d) override {
    std::fputs("\r\033[K", stderr);
    inner_->Report(d);
  }

 private:
  DiagnosticSink* inner_;
};

int RunCode(const CodeArgs& a) {
  // Progress only on a terminal, and not when the output goes to the same
  // terminal (the two would interleave).
  const bool output_on_tty = (a.out.empty() || a.out == "-") && ::isatty(STDOUT_FILENO) == 1;
  const bool show_progress = ::isatty(STDERR_FILENO) == 1 && !output_on_tty;
  StderrSink stderr_sink;
  TerminalSink terminal_sink(&stderr_sink);
  DiagnosticSink& sink = show_progress ? static_cast<DiagnosticSink&>(terminal_sink) : stderr_sink;
  // "tokens" is the text stage's dump per document, for inspecting input.
  bool tokens = a.format == "tokens";
  OutputFormat format = OutputFormat::kJsonl;
  if (!tokens && !ParseOutputFormat(a.format, &format)) {
    std::fprintf(stderr, "entente code: unknown --format '%s' (jsonl, tsv, gdelt, commitments, actors, tokens)\n",
                 a.format.c_str());
    return kExitFatal;
  }
  PipelineOptions popts;
  popts.last_stage = tokens ? Stage::kText : Stage::kCommitments;
  SetDictionaries(a.dict, &popts);
  popts.date_override = a.date;
  popts.include_negated = a.include_negated;
  IngestOptions iopts = a.input;
  iopts.default_date = a.date;
  auto stream = DocumentStream::Open(a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs,
                                     iopts, &sink);
  if (!stream.ok()) {
    std::fprintf(stderr, "entente code: %s\n", stream.status().ToString().c_str());
    return kExitFatal;
  }
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente code: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  auto out = Output::Open(a.out);
  if (!out) return kExitFatal;
  OutputOptions oopts;
  oopts.include_why = a.why;
  oopts.provenance = (*pipeline)->provenance();
  auto writer = EventWriter::Create(format, oopts);
  out->Write(writer->Header());

  RunnerOptions ropts;
  ropts.threads = a.threads;
  if (show_progress) {
    ropts.progress = [](const RunProgress& p) {
      std::string line = "\r\033[K" + FormatProgress(p) + (p.finished ? "\n" : "");
      std::fputs(line.c_str(), stderr);
    };
  }
  std::string buf;
  auto stats = RunPipeline(**pipeline, stream->get(), ropts, [&](const AnalyzedDocument& doc) {
    buf.clear();
    if (tokens) {
      buf = "# doc " + doc.doc.id + "\n" + (*pipeline)->Dump(doc, Stage::kText);
    } else {
      writer->Write(doc, &buf);
    }
    out->Write(buf);
    return out->Ok();
  });
  if (!stats.ok()) {
    std::fprintf(stderr, "entente code: %s\n", stats.status().ToString().c_str());
    return kExitFatal;
  }
  if (!out->Finish() || stats->stopped) {
    std::fprintf(stderr, "entente code: write error on %s\n", a.out.c_str());
    return kExitFatal;
  }
  return (*stream)->records_skipped() > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddCode(CLI::App& root) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* app = root.add_subcommand(
      "code",
      "Code documents into events (JSON Lines by default).\n"
      "Inputs: plain-text files (.txt, .text: one document each, id = file name),\n"
      "JSON Lines (.jsonl, .json, .ndjson: id, date or published, title, text, url),\n"
      "either one gzip-compressed (.jsonl.gz, .txt.gz), directories (read recursively\n"
      "in name order, other files passed over), or - for standard input (JSON\n"
      "Lines if it starts with '{', else one document).\n"
      "A bad record (malformed JSON, no text, NUL bytes, a line over 4 MiB, an\n"
      "empty document, a missing file) is reported on stderr as file:line: reason\n"
      "and skipped; invalid UTF-8 is repaired with a warning (read as Windows-1252\n"
      "if no UTF-8 sequence is found, else U+FFFD).\n"
      "Exit status: 0 every record read; 1 some records skipped; 2 usage or fatal\n"
      "error. Output order is input order, whatever --threads.");
  app->add_option("inputs", args->inputs, "files, directories or - (default: stdin)");
  app->add_option("--format", args->format, "jsonl | tsv | gdelt | commitments | actors (every actor mention) | tokens")->capture_default_str();
  app->add_option("--date", args->date, "date (YYYY-MM-DD) for documents without one");
  AddDictOptions(app, &args->dict);
  AddInputOptions(app, &args->input);
  app->add_option("--threads", args->threads,
                  "worker threads (default 0: all cores); progress shows on stderr\n"
                  "when it is a terminal and the output is not")
      ->check(CLI::NonNegativeNumber);
  app->add_option("-o,--output", args->out, "output file (default: stdout)");
  app->add_flag("--include-negated", args->include_negated, "also write negated events");
  app->add_flag("--why", args->why, "add why: the features that decided each event and its roles");
  return {app, [args] { return RunCode(*args); }};
}

}  // namespace entente::cli
