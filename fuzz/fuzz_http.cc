// fuzz_http.cc — the HTTP layer end to end: one `entente serve` server
// (entente::Server, libmicrohttpd, the JSON API, the dashboard's files)
// runs in this process on 127.0.0.1 at an ephemeral port over a small store
// (small_store.h), started once. Each input is sent as raw bytes on a fresh
// connection, which is then half-closed; the answer is read until the
// server closes or falls silent for kQuietMs (the server may keep a
// half-closed connection until its 2 s idle timeout; nothing waits for
// that). Then a normal request on another connection must get its 200
// within kAnswerSeconds: a server that crashed, hung, or lost its threads
// or connection slots to earlier inputs fails there.
// "@PORT@" in the input becomes the bound port (Host headers name it).
// Crashes, leaks and races inside the server are the sanitizers' to report.
// The server runs until the process exits (an atexit handler stops it).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

#include "built_in_pipeline.h"
#include "entente/server.h"
#include "http_client.h"
#include "small_store.h"

namespace {

using entente::fuzz::Exchange;

// How long the answer to an input is awaited after the last byte came;
// and the bound for a normal request's answer (a hang past it fails).
constexpr int kQuietMs = 50;
constexpr int kAnswerSeconds = 10;

// The server, started on first use and stopped at exit (before its store
// and the libraries' static objects go).
std::unique_ptr<entente::Server> g_server;
std::thread g_runner;

void StopServer() {
  g_server->Stop();
  if (g_runner.joinable()) g_runner.join();
  g_server.reset();
}

entente::Server& TheServer() {
  static entente::NullSink sink;
  if (!g_server) {
    entente::ServerOptions o;
    o.db = entente::fuzz::BuildSmallStore();
    o.port = 0;
    o.threads = 2;
    o.cache_bytes = 1 << 20;
    o.max_connections = 64;
    o.idle_timeout_seconds = 2;
    o.request_timeout_seconds = 2;
    auto created = entente::Server::Create(o, &sink);
    if (!created.ok()) std::abort();
    g_server = std::move(created).value();
    g_runner = std::thread([] { (void)g_server->Run(); });
    std::atexit(StopServer);
  }
  return *g_server;
}

std::string WithPort(std::string s, int port) {
  const std::string key = "@PORT@", value = std::to_string(port);
  for (size_t p = s.find(key); p != std::string::npos; p = s.find(key, p + value.size())) {
    s.replace(p, key.size(), value);
  }
  return s;
}

std::string NormalRequest(int port) {
  return "GET /api/dyads?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
         "\r\nConnection: close\r\n\r\n";
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  entente::fuzz::InitDataDir();
  // /api/explain builds its pipeline on first use (seconds under the
  // sanitizers): built here, so that no input waits for it.
  entente::ApiRequest warm;
  warm.method = "POST";
  warm.path = "/api/explain";
  warm.body = "Warm up.";
  if (TheServer().Handle(warm).status != 200) std::abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (2u << 20)) return 0;  // past the server's limits everything is cut off alike
  int port = TheServer().port();
  std::string in(reinterpret_cast<const char*>(data), size);
  (void)Exchange(port, 1, WithPort(std::move(in), port), /*half_close=*/true, kQuietMs);
  // Another client's normal request (the inputs' connections, lingering up
  // to the idle timeout, may fill 127.0.0.1's share of connections).
  std::string ok = Exchange(port, 2, NormalRequest(port), /*half_close=*/false,
                            kAnswerSeconds * 1000);
  if (ok.rfind("HTTP/1.1 200", 0) != 0) {  // the server stopped answering
    std::fprintf(stderr, "fuzz_http: a normal request got %zu bytes: %.300s\n", ok.size(),
                 ok.c_str());
    // Slow (every worker busy) or stuck? Ask once more, waiting a minute.
    auto t0 = std::chrono::steady_clock::now();
    ok = Exchange(port, 2, NormalRequest(port), /*half_close=*/false, 60000);
    std::fprintf(stderr, "fuzz_http: asked again: %.40s after %.1f s\n", ok.c_str(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    __builtin_trap();
  }
  return 0;
}
