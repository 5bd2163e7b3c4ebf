#include "cli/cli_util.h"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <iterator>

#include "cli/commands.h"

namespace entente::cli {

void StderrSink::Report(const Diagnostic& d) {
  std::string line = d.ToString() + "\n";
  std::lock_guard<std::mutex> lock(mu_);
  std::fwrite(line.data(), 1, line.size(), stderr);
  if (d.severity == Severity::kError) ++errors_;
}

size_t StderrSink::error_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return errors_;
}

std::unique_ptr<Output> Output::Open(const std::string& path) {
  if (path.empty() || path == "-") return std::unique_ptr<Output>(new Output(stdout, false));
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "entente: cannot write %s\n", path.c_str());
    return nullptr;
  }
  return std::unique_ptr<Output>(new Output(f, true));
}

Output::~Output() {
  if (!f_) return;
  if (owned_) std::fclose(f_);
  else std::fflush(f_);
}

bool Output::Finish() {
  if (!f_) return true;
  bool ok = std::fflush(f_) == 0 && !std::ferror(f_);
  if (owned_) ok = std::fclose(f_) == 0 && ok;
  if (owned_) f_ = nullptr;
  return ok;
}

int FinishStandardOutput(const std::string& verb, int status) {
  if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return status;
  std::fprintf(stderr, "entente %s: write error on standard output: %s\n", verb.c_str(),
               std::strerror(errno));
  return status == kExitOk || status == kExitSkipped ? kExitFatal : status;
}

void AddInputOptions(CLI::App* app, IngestOptions* o) {
  app->add_option("--max-device-bytes", o->max_device_bytes,
                  "a named input that is not a regular file (a device, a FIFO) is read up\n"
                  "to this many bytes (such entries in directories are skipped)")
      ->capture_default_str();
  app->add_option("--min-year", o->min_year, "earlier dates are dropped with a warning")
      ->capture_default_str();
  app->add_option("--max-year", o->max_year, "later dates are dropped with a warning")
      ->capture_default_str();
}

void AddDictOptions(CLI::App* app, DictionaryArgs* args) {
  app->add_option("--dict", args->dict,
                  "dictionary directory (default: built-in); petrarch:DIR adds PETRARCH2\n"
                  "actors/agents to the built-in ones and codes with its verbs alone\n"
                  "(DIR, DIR/FILE-PREFIX, or several joined by commas)");
  app->add_option("--petrarch-require-dyad", args->petrarch_require_dyad,
                  "with --dict petrarch: an event needs a source and a target (PETRARCH's\n"
                  "require_dyad; default true)");
  app->add_option("--petrarch-new-actor-length", args->petrarch_new_actor_length,
                  "with --dict petrarch: a subject or object with no known actor and at most\n"
                  "N words is an actor named by its words (PETRARCH's new_actor_length; 0 = off)")
      ->check(CLI::NonNegativeNumber);
  app->add_flag("--document-country", args->document_country,
                "a role noun with no country (\"Police said\") takes the document's main\n"
                "country (story context; off: each sentence alone, as the gold sets code)");
  app->add_flag("--no-dateline-location", args->no_dateline_location,
                "an event whose sentence names no place does not take the dateline's\n"
                "place (\"KABUL, Afghanistan -\"): locations from sentence evidence only");
}

void SetDictionaries(const DictionaryArgs& args, PipelineOptions* options) {
  if (args.dict.starts_with("petrarch:")) {
    options->data_dir.clear();
    options->petrarch_dir = args.dict.substr(9);
  } else {
    options->data_dir = args.dict;
  }
  options->petrarch_require_dyad = args.petrarch_require_dyad;
  options->petrarch_new_actor_length = args.petrarch_new_actor_length;
  options->actor_document_country = args.document_country;
  options->dateline_location = !args.no_dateline_location;
}

std::unique_ptr<Pipeline> AnalyzeStdin(const char* verb, const PipelineOptions& options, DiagnosticSink* sink,
                                       AnalyzedDocument* out) {
  auto pipeline = Pipeline::Create(options, sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente %s: %s\n", verb, pipeline.status().ToString().c_str());
    return nullptr;
  }
  Document doc;
  doc.id = "stdin";
  doc.source_file = "-";
  doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  (*pipeline)->Analyze(doc, out);
  return std::move(pipeline).value();
}

void AddQueueOptions(CLI::App* app, QueueOptions* o, bool consumer) {
  app->add_option("--nats", o->url, "NATS server URL(s), e.g. nats://10.0.0.5:4222 (comma-separated for a cluster)")
      ->required();
  app->add_option("--stream", o->stream, "JetStream stream (created as a work queue if missing)")
      ->capture_default_str();
  app->add_option("--subject", o->subject, "subject the stream takes documents on")
      ->capture_default_str();
  app->add_option("--duplicate-window", o->duplicate_window_seconds,
                  "seconds in which the stream drops a document id published again (at creation)")
      ->capture_default_str();
  if (!consumer) return;
  app->add_option("--consumer", o->consumer, "durable consumer the workers share")
      ->capture_default_str();
  app->add_option("--ack-wait", o->ack_wait_seconds,
                  "seconds a worker may go silent before its documents go to another worker (at creation)")
      ->capture_default_str();
  app->add_option("--max-ack-pending", o->max_ack_pending,
                  "documents the whole fleet may hold unacknowledged (at creation)")
      ->capture_default_str();
  app->add_option("--max-deliver", o->max_deliver,
                  "deliveries after which a document not in the store is rejected (0: never)")
      ->capture_default_str();
}

}  // namespace entente::cli
