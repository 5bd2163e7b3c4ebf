// server.h — the HTTP JSON API and the dashboard over an event store.
//
//   GET  /api            the route list (method, path of every endpoint)
//   GET  /api/events     actor, dyad (SRC:TGT), undirected, type, modality, from,
//                        to, location_country, location_region, reports (1:
//                        every report, default one row per event), doc (one
//                        document's events), limit (1..1000, default 50),
//                        cursor (from next_cursor); each event with its location
//   GET  /api/dyads      limit (1..1000, default 100)
//   GET  /api/network    actor, type, modality (default done), from, to,
//                        location_country, location_region, limit: dyads with
//                        their event counts by quad class
//   GET  /api/barometer  dyad (required), by (day|week|month|quarter|year), from,
//                        to, type, modality, undirected, reports, normalize,
//                        location_country, location_region
//   GET  /api/places     the events filters, by (place|region|country), reports,
//                        limit: event counts by place (src/serve/places_api.cc)
//   GET  /api/commitments  actor, dyad, undirected, type, from, to, as_of,
//                        status (repeatable), limit: commitments with their
//                        follow-up (src/serve/commitments_api.cc)
//   GET  /api/codes      actor code names and event type names
//   GET  /api/document   id
//   POST /api/explain    body: the text (text/plain) or {"text": …, "date": …};
//                        runs the pipeline and returns its events and dumps
//   GET  /doc?id=…       the document as an HTML page (every text escaped)
//   GET  /…              the dashboard's files (web/dist)
//
// doc/openapi.json describes every endpoint. A bad or unknown parameter is a
// 400 with {"error": "…"}; an unknown API path 404; a store failure 500. SQL is only ever prepared with bound parameters.
#pragma once

#include <map>
#include <memory>
#include <cstddef>
#include <cstdint>
#include <string>

#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

struct ServerOptions {
  std::string db;                  // SQLite file or postgresql:// URL
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see Server::port())
  std::string web_dir;             // "" = WebDir()
  std::string data_dir;            // dictionaries for /api/explain, "" = built-in
  int threads = 8;                 // request threads (each with its own connection)
  // Answers of /api/barometer, /api/dyads, /api/codes and /api/commitments
  // (keyed with the day its statuses are judged on) kept in memory, reused
  // while the store's DataVersion() is unchanged: at most this many bytes (least
  // recently used answers leave first); 0 turns the cache off.
  int64_t cache_bytes = 64 << 20;
  // A host that is not a loopback address exposes the API (and the explain
  // pipeline) to the network: Create() refuses it unless this is set.
  bool allow_remote = false;
  // Open connections at most (one client address may hold three quarters of
  // them, so others keep a reserve); a connection that sends nothing for
  // `idle_timeout_seconds` is closed, and the whole request (line, headers
  // and body) must arrive within `request_timeout_seconds`.
  int max_connections = 512;
  int idle_timeout_seconds = 10;
  int request_timeout_seconds = 30;
};

// Limits on every request, whatever the options (a request over them is
// answered 413/414/431 or its connection closed):
constexpr size_t kMaxRequestHeadBytes = 32 * 1024;  // request line and headers
constexpr size_t kMaxRequestHeaders = 100;          // header fields
constexpr size_t kMaxRequestBody = 1 << 20;         // body, chunked or not

// An API request and response, independent of the HTTP library (tests call
// Handle() directly).
struct ApiRequest {
  std::string method;              // "GET", "POST"
  std::string path;                // "/api/events"
  std::multimap<std::string, std::string> params;
  std::string body;
  std::string content_type;        // the request's Content-Type header, "" if none
};
struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class Server {
 public:
  virtual ~Server() = default;

  // Opens the store (read-only) and binds the socket. `sink` receives
  // problems met when the explain pipeline is built; it must outlive the server.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options,
                                                DiagnosticSink* sink);

  // Serves until Stop() is called (from another thread or a signal handler).
  virtual Status Run() = 0;
  virtual void Stop() = 0;
  // The port actually bound.
  virtual int port() const = 0;
  // Answers one API request (thread-safe).
  virtual ApiResponse Handle(const ApiRequest& request) = 0;
};

// Where the built dashboard lives: $ENTENTE_WEB_DIR, ../share/entente/web
// beside the executable, or the source tree's web/dist; "" if none exists.
std::string WebDir();

// Escapes text for HTML element content and attribute values.
std::string HtmlEscape(const std::string& text);

}  // namespace entente
