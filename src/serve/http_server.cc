// http_server.cc — the HTTP side of the server (cpp-httplib): routes /api/*
// and /doc to the Api, serves the dashboard's files, and sets TCP_NODELAY
// (without it, small JSON answers wait on Nagle + delayed ACK: ~40 ms each).
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <semaphore>

#include "entente/server.h"
#include "serve/api.h"

namespace entente {

namespace {

// Scripts only from this origin, nothing fetched from elsewhere; uPlot sets
// element styles from script, hence 'unsafe-inline' for styles only.
constexpr char kCsp[] =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
    "data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

constexpr size_t kMinConnectionThreads = 64;

constexpr char kNotBuilt[] =
    "<!doctype html><meta charset=\"utf-8\"><title>entente</title><p>The dashboard is not "
    "built: run <code>scripts/setup.sh</code> (it runs <code>npm ci</code> and the build in "
    "<code>web/</code>), or pass <code>--web DIR</code>. The JSON API is at "
    "<code>/api/events</code>, <code>/api/dyads</code>, <code>/api/barometer</code>.</p>";

bool IsDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_regular_file(std::filesystem::path(p) / "index.html", ec);
}

class HttpServer : public Server {
 public:
  HttpServer(ServerOptions options, DiagnosticSink* sink)
      : options_(std::move(options)),
        api_(options_.db, options_.data_dir, options_.cache_entries, sink),
        requests_(options_.threads) {}

  Status Init() {
    Status s = api_.Init();
    if (!s.ok()) return s;
    // httplib holds a pool thread for a whole connection, including while a
    // slow client trickles its request in; so connections get their own,
    // larger pool, and only `threads` requests at a time reach the API (and
    // its store connections). Otherwise `threads` slow clients stall everyone.
    size_t connections = std::max<size_t>(kMinConnectionThreads, 4 * static_cast<size_t>(options_.threads));
    // httplib's interface: it takes ownership of the raw pointer it is given.
    http_.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
    http_.set_tcp_nodelay(true);
    http_.set_payload_max_length(1 << 20);
    http_.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                               {"Content-Security-Policy", kCsp},
                               {"Referrer-Policy", "no-referrer"}});
    auto api = [this](const httplib::Request& req, httplib::Response& res) {
      ApiRequest r;
      r.method = req.method;
      r.path = req.path;
      // Parameters from the URL only: httplib also adds the fields of a
      // form-encoded body, which for /api/explain is the text itself.
      size_t q = req.target.find('?');
      if (q != std::string::npos) {
        httplib::Params url_params;
        httplib::detail::parse_query_text(req.target.substr(q + 1), url_params);
        r.params.insert(url_params.begin(), url_params.end());
      }
      r.body = req.body;
      r.content_type = req.get_header_value("Content-Type");
      requests_.acquire();
      ApiResponse out = api_.Handle(r);
      requests_.release();
      res.status = out.status;
      if (out.content_type.rfind("application/json", 0) == 0) {
        res.set_header("Cache-Control", "no-store");
      }
      res.set_content(std::move(out.body), out.content_type.c_str());
    };
    http_.Get(R"(/api/.*)", api);
    http_.Post(R"(/api/.*)", api);
    http_.Get("/doc", api);
    std::string web = options_.web_dir.empty() ? WebDir() : options_.web_dir;
    if (IsDir(web)) {
      http_.set_mount_point("/", web);
    } else {
      http_.Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(kNotBuilt, "text/html; charset=utf-8");
      });
    }
    if (options_.port == 0) {
      port_ = http_.bind_to_any_port(options_.host);
      if (port_ < 0) return Status::IoError("cannot bind " + options_.host);
    } else {
      if (!http_.bind_to_port(options_.host, options_.port)) {
        return Status::IoError("cannot bind " + options_.host + ":" + std::to_string(options_.port));
      }
      port_ = options_.port;
    }
    return Status::Ok();
  }

  Status Run() override {
    if (!http_.listen_after_bind()) return Status::IoError("server stopped on a socket error");
    return Status::Ok();
  }
  void Stop() override { http_.stop(); }
  int port() const override { return port_; }
  ApiResponse Handle(const ApiRequest& request) override { return api_.Handle(request); }

 private:
  ServerOptions options_;
  serve::Api api_;
  std::counting_semaphore<256> requests_;  // API requests in progress (options_.threads)
  httplib::Server http_;
  int port_ = 0;
};

}  // namespace

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options, DiagnosticSink* sink) {
  if (options.threads < 1 || options.threads > 256) {
    return Status::InvalidArgument("threads must be 1..256");
  }
  if (options.port < 0 || options.port > 65535) return Status::InvalidArgument("bad port");
  auto s = std::make_unique<HttpServer>(options, sink);
  Status st = s->Init();
  if (!st.ok()) return st;
  return std::unique_ptr<Server>(std::move(s));
}

std::string WebDir() {
  if (const char* env = std::getenv("ENTENTE_WEB_DIR"); env && IsDir(env)) return env;
  char self[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  if (n > 0) {
    self[n] = '\0';
    auto share = std::filesystem::path(self).parent_path().parent_path() / "share/entente/web";
    if (IsDir(share.string())) return share.string();
  }
#ifdef ENTENTE_SOURCE_WEB_DIR
  if (IsDir(ENTENTE_SOURCE_WEB_DIR)) return ENTENTE_SOURCE_WEB_DIR;
#endif
  return "";
}

std::string HtmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace entente
