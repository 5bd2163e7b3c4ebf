// entente serve — the JSON API and the dashboard over an event store. Binds
// 127.0.0.1 unless --host says otherwise; stops cleanly on SIGINT/SIGTERM.
#include <pthread.h>
#include <signal.h>

#include <memory>
#include <string>
#include <thread>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/server.h"

namespace entente::cli {

namespace {

int RunServe(const ServerOptions& o) {
  // Signals are taken by sigwait() on this thread, not by a handler, so the
  // server is stopped from ordinary code.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);

  StderrSink sink;
  auto server = Server::Create(o, &sink);
  if (!server.ok()) {
    std::fprintf(stderr, "entente serve: %s\n", server.status().ToString().c_str());
    return kExitFatal;
  }
  std::string web = o.web_dir.empty() ? WebDir() : o.web_dir;
  std::fprintf(stderr, "entente serve: http://%s:%d/ (dashboard: %s)\n", o.host.c_str(),
               (*server)->port(), web.empty() ? "not built" : web.c_str());
  Status result;
  std::thread runner([&] {
    result = (*server)->Run();
    // Wake the signal wait if the server stopped by itself.
    ::kill(::getpid(), SIGTERM);
  });
  int sig = 0;
  sigwait(&set, &sig);
  (*server)->Stop();
  runner.join();
  if (!result.ok()) {
    std::fprintf(stderr, "entente serve: %s\n", result.ToString().c_str());
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

Command AddServe(CLI::App& root) {
  auto o = std::make_shared<ServerOptions>();
  CLI::App* app = root.add_subcommand(
      "serve",
      "Serve the JSON API (/api/events, /api/dyads, /api/barometer, /api/explain)\n"
      "and the dashboard (/) over an event store. Listens on 127.0.0.1 only\n"
      "unless --host (and --allow-remote) say otherwise.");
  app->add_option("--db", o->db, "SQLite file or postgresql://… URL")->required();
  app->add_option("--host", o->host, "address to bind")->capture_default_str();
  app->add_option("--port", o->port, "port (0: any free port)")->capture_default_str();
  app->add_option("--web", o->web_dir, "dashboard directory (default: the built web/dist)");
  app->add_option("--dict", o->data_dir, "dictionaries for /api/explain (default: built-in)");
  app->add_flag("--allow-remote", o->allow_remote,
                "allow a --host that is not a loopback address (no authentication!)");
  app->add_option("--threads", o->threads, "request threads")->capture_default_str();
  auto cache_mb = std::make_shared<int>(static_cast<int>(o->cache_bytes >> 20));
  app->add_option("--cache", *cache_mb,
                  "MiB of aggregate answers kept in memory while the data is unchanged (0: off)")
      ->capture_default_str()->check(CLI::Range(0, 65536));
  app->add_option("--max-connections", o->max_connections,
                  "open connections at most (one address: three quarters of them)")
      ->capture_default_str()->check(CLI::Range(4, 100000));
  app->add_option("--idle-timeout", o->idle_timeout_seconds,
                  "seconds a silent connection is kept")->capture_default_str()
      ->check(CLI::Range(1, 3600));
  app->add_option("--request-timeout", o->request_timeout_seconds,
                  "seconds a client has to send a whole request")->capture_default_str()
      ->check(CLI::Range(1, 3600));
  return {app, [o, cache_mb] {
            o->cache_bytes = static_cast<int64_t>(*cache_mb) << 20;
            return RunServe(*o);
          }};
}

}  // namespace entente::cli
