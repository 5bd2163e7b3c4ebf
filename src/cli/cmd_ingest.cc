// entente ingest — documents in, coded into the event store (SQLite file or
// PostgreSQL URL). Batches of documents are transactions: a crash loses at
// most one batch, and a rerun skips every document already stored (by id
// before coding it, by content when writing it).
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "entente/runner.h"
#include "entente/store.h"

namespace entente::cli {

namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db;
  std::string date;
  DictionaryArgs dict;
  IngestOptions input;  // limits on what is read (--max-device-bytes, --min-year, …)
  int threads = 0;
  int batch = 200;
  int window_days = 2;
  bool include_negated = false;
};

// Reports a document not stored, by its record's file, line and id.
void ReportSkipped(DiagnosticSink* sink, const Document& doc, const std::string& why) {
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.file = doc.source_file;
  d.line = doc.source_line;
  d.reason = "document '" + doc.id + "' " + why + "; record skipped";
  sink->Report(d);
}

// Passes on only the documents whose id is not yet in the store, so a rerun
// does not code again what an earlier run stored; a different text under a
// stored id is named and skipped. Reads through its own connection (the
// stream runs on the runner's reader thread).
class SkipStoredStream : public DocumentStream {
 public:
  SkipStoredStream(std::unique_ptr<DocumentStream> inner, std::unique_ptr<EventStore> store,
                   DiagnosticSink* sink)
      : inner_(std::move(inner)), store_(std::move(store)), sink_(sink) {}
  bool Next(Document* doc) override {
    while (inner_->Next(doc)) {
      auto match = store_->MatchDocument(*doc);
      if (match.ok() && *match == IdMatch::kSameText) {
        ++already_stored_;
        continue;
      }
      if (match.ok() && *match == IdMatch::kDifferentText) {
        ReportSkipped(sink_, *doc, "reuses the id of a stored document with another text");
        ++id_conflicts_;
        continue;
      }
      return true;
    }
    return false;
  }
  uint64_t id_conflicts() const { return id_conflicts_; }
  uint64_t documents_read() const override { return inner_->documents_read(); }
  uint64_t records_skipped() const override { return inner_->records_skipped(); }
  uint64_t bytes_read() const override { return inner_->bytes_read(); }
  uint64_t bytes_total() const override { return inner_->bytes_total(); }
  uint64_t already_stored() const { return already_stored_; }

 private:
  std::unique_ptr<DocumentStream> inner_;
  std::unique_ptr<EventStore> store_;
  DiagnosticSink* sink_;
  uint64_t already_stored_ = 0;
  uint64_t id_conflicts_ = 0;
};

int RunIngest(const IngestArgs& a) {
  StderrSink sink;
  if (a.batch < 1) {
    std::fprintf(stderr, "entente ingest: --batch must be at least 1\n");
    return kExitFatal;
  }
  PipelineOptions popts;
  SetDictionaries(a.dict, &popts);
  popts.date_override = a.date;
  popts.include_negated = a.include_negated;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente ingest: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }

  StoreOptions sopts;
  sopts.dedup_window_days = a.window_days;
  sopts.coded_by = (*pipeline)->provenance().Stamp();
  auto store = EventStore::Open(a.db, sopts);
  if (!store.ok()) {
    std::fprintf(stderr, "entente ingest: %s\n", store.status().ToString().c_str());
    return kExitFatal;
  }
  auto reader = EventStore::Open(a.db, sopts);
  if (!reader.ok()) {
    std::fprintf(stderr, "entente ingest: %s\n", reader.status().ToString().c_str());
    return kExitFatal;
  }
  IngestOptions iopts = a.input;
  iopts.default_date = a.date;
  auto opened = DocumentStream::Open(a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs,
                                     iopts, &sink);
  if (!opened.ok()) {
    std::fprintf(stderr, "entente ingest: %s\n", opened.status().ToString().c_str());
    return kExitFatal;
  }
  SkipStoredStream stream(std::move(opened).value(), std::move(reader).value(), &sink);
  EventStore* db = store->get();
  uint64_t stored = 0, dup_id = 0, dup_content = 0, events = 0, in_batch = 0;
  Status error;
  auto start = std::chrono::steady_clock::now();
  RunnerOptions ropts;
  ropts.threads = a.threads;
  auto stats = RunPipeline(**pipeline, &stream, ropts, [&](const AnalyzedDocument& doc) {
    if (in_batch == 0) {
      error = db->Begin();
      if (!error.ok()) return false;
    }
    auto r = db->Write(doc);
    if (!r.ok()) {
      error = r.status();
      return false;
    }
    switch (*r) {
      case WriteOutcome::kStored:
        ++stored;
        events += doc.events.size();
        break;
      case WriteOutcome::kDuplicateId:
        ++dup_id;
        ReportSkipped(&sink, doc.doc, "repeats the id of a document stored in this run");
        break;
      case WriteOutcome::kDuplicateContent:
        ++dup_content;
        ReportSkipped(&sink, doc.doc, "repeats the text of a stored document");
        break;
    }
    if (++in_batch == static_cast<uint64_t>(a.batch)) {
      in_batch = 0;
      error = db->Commit();
      if (!error.ok()) return false;
    }
    return true;
  });
  if (error.ok() && in_batch > 0) error = db->Commit();
  if (!error.ok()) {
    db->Rollback();
    std::fprintf(stderr, "entente ingest: %s (the last batch was not stored; rerun to resume)\n",
                 error.ToString().c_str());
    return kExitFatal;
  }
  if (!stats.ok()) {
    std::fprintf(stderr, "entente ingest: %s\n", stats.status().ToString().c_str());
    return kExitFatal;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "entente ingest: %llu documents stored (%llu events) in %.1f s; skipped %llu "
               "already stored, %llu duplicate ids, %llu duplicate texts\n",
               static_cast<unsigned long long>(stored), static_cast<unsigned long long>(events),
               secs, static_cast<unsigned long long>(stream.already_stored()),
               static_cast<unsigned long long>(dup_id + stream.id_conflicts()),
               static_cast<unsigned long long>(dup_content));
  // A document lost to an id conflict is a skipped record; a repeated text
  // is the deduplication working (named, but not a failure).
  bool skipped = stream.records_skipped() + stream.id_conflicts() > 0;
  return skipped ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddIngest(CLI::App& root) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* app = root.add_subcommand(
      "ingest",
      "Code documents and store documents, sentences, actors and events in a\n"
      "database: a SQLite file (created if missing) or a postgresql:// URL.\n"
      "Re-ingesting a document with the same id or the same text changes nothing;\n"
      "each batch is one transaction, so an interrupted run loses at most one\n"
      "batch and a rerun resumes. Reports of one event by several documents are\n"
      "grouped into one event (same source, target and CAMEO root, same modality\n"
      "and negation, dates within --dedup-window days).");
  app->add_option("inputs", args->inputs, "files, directories or - (default: stdin)");
  app->add_option("--db", args->db, "SQLite file or postgresql://… URL")->required();
  app->add_option("--date", args->date, "date (YYYY-MM-DD) for documents without one");
  AddDictOptions(app, &args->dict);
  AddInputOptions(app, &args->input);
  app->add_option("--threads", args->threads, "coding threads (default 0: all cores)");
  app->add_option("--batch", args->batch, "documents per transaction")->capture_default_str();
  app->add_option("--dedup-window", args->window_days,
                  "days apart two reports of one event may be")->capture_default_str();
  app->add_flag("--include-negated", args->include_negated, "also store negated events");
  return {app, [args] { return RunIngest(*args); }};
}

}  // namespace entente::cli
