// entente worker — takes documents from the NATS JetStream work queue, codes
// them and stores them (doc/scale-out.md). Runs until SIGINT/SIGTERM (then
// finishes, stores and acknowledges the documents in hand) or, with
// --until-empty, until the queue is empty.
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/queue.h"
#include "entente/runner.h"

namespace entente::cli {

namespace {

struct WorkerArgs {
  std::string db;
  DictionaryArgs dict;
  QueueOptions queue;
  WorkerOptions worker;
  int window_days = 2;
  bool include_negated = false;
};

std::atomic<bool> g_stop{false};

extern "C" void OnStopSignal(int) { g_stop = true; }

void PrintProgress(const WorkerProgress& p) {
  double s = p.elapsed_seconds > 0 ? p.elapsed_seconds : 1;
  std::fprintf(stderr,
               "entente worker: %s%llu documents stored (%.1f/s), %llu sentences (%.1f/s), "
               "%llu events; %llu already stored, %llu duplicate texts, %llu rejected, %llu "
               "returned; store %.1f s; queue: %llu pending, %lld unacknowledged; %.1f s\n",
               p.finished ? "done: " : "", static_cast<unsigned long long>(p.stored),
               static_cast<double>(p.stored) / s, static_cast<unsigned long long>(p.sentences),
               static_cast<double>(p.sentences) / s, static_cast<unsigned long long>(p.events),
               static_cast<unsigned long long>(p.already_stored),
               static_cast<unsigned long long>(p.duplicate_content),
               static_cast<unsigned long long>(p.rejected),
               static_cast<unsigned long long>(p.returned), p.store_seconds,
               static_cast<unsigned long long>(p.queue.pending),
               static_cast<long long>(p.queue.unacknowledged), p.elapsed_seconds);
}

int RunWorkerCommand(WorkerArgs& a) {
  StderrSink sink;
  PipelineOptions popts;
  SetDictionaries(a.dict, &popts);
  popts.include_negated = a.include_negated;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente worker: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  a.worker.stop = &g_stop;
  a.worker.progress = PrintProgress;
  StoreOptions sopts;
  sopts.dedup_window_days = a.window_days;
  auto done = RunWorker(**pipeline, a.db, sopts, a.queue, a.worker, &sink);
  if (!done.ok()) {
    std::fprintf(stderr,
                 "entente worker: %s (documents in hand were given back to the queue)\n",
                 done.status().ToString().c_str());
    return kExitFatal;
  }
  return done->rejected > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddWorker(CLI::App& root) {
  auto args = std::make_shared<WorkerArgs>();
  CLI::App* app = root.add_subcommand(
      "worker",
      "Take documents from a NATS JetStream work queue (filled by `entente\n"
      "publish`), code them and store them in --db, as `ingest` does; run as\n"
      "many workers on as many machines as you like (doc/scale-out.md). A\n"
      "document is acknowledged only after its transaction commits, so a worker\n"
      "that dies loses nothing: its documents go to another worker after\n"
      "--ack-wait. Messages that cannot be coded or stored are recorded in the\n"
      "store's `rejected` table with the reason. Stops on SIGINT/SIGTERM after\n"
      "storing the documents in hand. Exit status 1 if any were rejected.");
  app->add_option("--db", args->db, "postgresql://… URL (or a SQLite file on one machine)")
      ->required();
  AddQueueOptions(app, &args->queue, true);
  AddDictOptions(app, &args->dict);
  app->add_option("--threads", args->worker.threads, "coding threads (default 0: all cores)");
  app->add_option("--batch", args->worker.batch, "documents per fetch and per transaction")
      ->capture_default_str();
  app->add_flag("--until-empty", args->worker.until_empty,
                "exit once the queue holds nothing more for this worker");
  app->add_option("--progress", args->worker.progress_interval_seconds,
                  "seconds between progress lines on stderr (0: only the last)")
      ->capture_default_str();
  app->add_option("--name", args->worker.name, "worker name in `rejected` (default host:pid)");
  app->add_option("--dedup-window", args->window_days,
                  "days apart two reports of one event may be")->capture_default_str();
  app->add_flag("--include-negated", args->include_negated, "also store negated events");
  return {app, [args] { return RunWorkerCommand(*args); }};
}

}  // namespace entente::cli
