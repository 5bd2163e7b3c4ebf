// http_server.cc — the HTTP side of the server, over GNU libmicrohttpd: one
// event-loop thread (epoll) reads every connection, so slow or idle clients
// hold a connection slot and a few KiB, never a thread; complete API requests
// are handed to `threads` workers (the connection is suspended meanwhile) and
// the dashboard's files are sent from the loop. Limits: the request line and
// headers fit in kMaxRequestHeadBytes (else 414/431), at most
// kMaxRequestHeaders fields, a body (chunked or not) of kMaxRequestBody
// (else 413), `idle_timeout_seconds` of silence and `request_timeout_seconds`
// for a whole request, `max_connections` with a reserve for other addresses.
// Range headers are ignored (every answer is whole), the Host header is
// checked (listen_socket.h), and the listening socket is bound exclusively.
#include <microhttpd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "entente/server.h"
#include "serve/api.h"
#include "serve/listen_socket.h"
#include "serve/static_files.h"

namespace entente {

namespace {

using Clock = std::chrono::steady_clock;

// Scripts only from this origin, nothing fetched from elsewhere; uPlot sets
// element styles from script, hence 'unsafe-inline' for styles only.
constexpr char kCsp[] =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
    "data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

constexpr char kNotBuilt[] =
    "<!doctype html><meta charset=\"utf-8\"><title>entente</title><p>The dashboard is not "
    "built: run <code>scripts/setup.sh</code> (it runs <code>npm ci</code> and the build in "
    "<code>web/</code>), or pass <code>--web DIR</code>. The JSON API is at "
    "<code>/api/events</code>, <code>/api/dyads</code>, <code>/api/barometer</code>.</p>";

bool IsDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_regular_file(std::filesystem::path(p) / "index.html", ec);
}

// Decodes %XX and '+' (a space, as browsers encode query values) in place;
// "%00" stays as it is, so a NUL never cuts a path or a value short.
size_t Unescape(void*, MHD_Connection*, char* s) {
  auto hex = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  char* out = s;
  for (char* in = s; *in; ++out) {
    int hi = in[0] == '%' ? hex(in[1]) : -1;
    int lo = hi >= 0 ? hex(in[2]) : -1;
    if (lo >= 0 && (hi | lo) != 0) {
      *out = static_cast<char>(hi * 16 + lo);
      in += 3;
    } else {
      *out = *in == '+' ? ' ' : *in;
      ++in;
    }
  }
  *out = '\0';
  return static_cast<size_t>(out - s);
}

// Runs jobs on a fixed number of threads; Post() fails once Stop() began.
class WorkerPool {
 public:
  explicit WorkerPool(int threads) {
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
  }
  ~WorkerPool() { Stop(); }
  bool Post(std::function<void()> job) {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) return false;
    jobs_.push_back(std::move(job));
    cv_.notify_one();
    return true;
  }
  // Runs the jobs already posted, then joins the threads.
  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) {
      if (t.joinable()) t.join();
    }
  }

 private:
  void Work() {
    for (;;) {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;
      auto job = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      job();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// One request in flight: its body so far and, once a worker answered, the answer.
struct Exchange {
  ApiRequest request;
  bool too_large = false;
  bool dispatched = false;
  ApiResponse answer;
};

class HttpServer : public Server {
 public:
  HttpServer(ServerOptions options, DiagnosticSink* sink)
      : options_(std::move(options)),
        api_(options_.db, options_.data_dir, options_.cache_bytes, sink),
        sink_(sink) {}
  ~HttpServer() override {
    if (socket_.fd >= 0 && !daemon_) ::close(socket_.fd);
  }

  Status Init() {
    Status s = api_.Init();
    if (!s.ok()) return s;
    web_ = options_.web_dir.empty() ? WebDir() : options_.web_dir;
    if (!IsDir(web_)) web_.clear();
    auto sock = serve::OpenListenSocket(options_.host, options_.port);
    if (!sock.ok()) return sock.status();
    socket_ = *sock;
    if (!socket_.loopback && !options_.allow_remote) {
      ::close(socket_.fd);
      socket_.fd = -1;
      return Status::InvalidArgument(
          options_.host + " is not a loopback address: anyone who can reach it can read the "
          "store and run the pipeline; pass --allow-remote to serve it anyway");
    }
    if (!socket_.loopback && sink_) {
      sink_->Report({Severity::kWarning, options_.host, 0,
                     "serving beyond this machine: the API has no authentication and no "
                     "encryption; put it behind a proxy that has both"});
    }
    return Status::Ok();
  }

  Status Run() override {
    {
      std::lock_guard<std::mutex> lock(run_mu_);
      if (stop_) return Status::Ok();
    }
    pool_ = std::make_unique<WorkerPool>(options_.threads);
    unsigned per_ip = static_cast<unsigned>(std::max(1, options_.max_connections * 3 / 4));
    daemon_ = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME, 0, nullptr,
        nullptr, &HttpServer::OnRequest, this,
        MHD_OPTION_LISTEN_SOCKET, socket_.fd,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(kMaxRequestHeadBytes),
        MHD_OPTION_CONNECTION_LIMIT, static_cast<unsigned>(options_.max_connections),
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, per_ip,
        MHD_OPTION_CONNECTION_TIMEOUT, static_cast<unsigned>(options_.idle_timeout_seconds),
        MHD_OPTION_UNESCAPE_CALLBACK, &Unescape, nullptr,
        MHD_OPTION_STRICT_FOR_CLIENT, 1,  // e.g. HTTP/1.1 without Host: 400
        MHD_OPTION_NOTIFY_COMPLETED, &HttpServer::OnCompleted, this,
        MHD_OPTION_NOTIFY_CONNECTION, &HttpServer::OnConnection, this,
        MHD_OPTION_END);
    if (!daemon_) {
      pool_->Stop();
      return Status::IoError("cannot start the HTTP server");
    }
    std::thread reaper([this] { Reap(); });
    {
      std::unique_lock<std::mutex> lock(run_mu_);
      run_cv_.wait(lock, [this] { return stop_; });
    }
    reaper.join();
    // No new connections; answer what was handed to the workers (they
    // resume their connections), then close everything.
    int listen_fd = MHD_quiesce_daemon(daemon_);
    pool_->Stop();
    MHD_stop_daemon(daemon_);
    if (listen_fd >= 0) ::close(listen_fd);
    return Status::Ok();
  }

  void Stop() override {
    std::lock_guard<std::mutex> lock(run_mu_);
    stop_ = true;
    run_cv_.notify_all();
  }
  int port() const override { return socket_.port; }
  ApiResponse Handle(const ApiRequest& request) override { return api_.Handle(request); }

 private:
  static MHD_Result OnRequest(void* cls, MHD_Connection* c, const char* url, const char* method,
                              const char*, const char* upload, size_t* upload_size, void** ctx) {
    return static_cast<HttpServer*>(cls)->Serve(c, url, method, upload, upload_size, ctx);
  }

  MHD_Result Serve(MHD_Connection* c, const char* url, const char* method, const char* upload,
                   size_t* upload_size, void** ctx) {
    auto* ex = static_cast<Exchange*>(*ctx);
    if (!ex) {
      ex = new Exchange;
      *ctx = ex;
      ex->request.method = method;
      ex->request.path = url;
      return Start(c, ex);
    }
    if (*upload_size > 0) {
      // Counted as it arrives, so a chunked body meets the same limit.
      if (ex->request.body.size() + *upload_size > kMaxRequestBody) ex->too_large = true;
      if (!ex->too_large) ex->request.body.append(upload, *upload_size);
      *upload_size = 0;
      if (!ex->too_large) return MHD_YES;
      // Answered at once; MHD closes the connection rather than read the rest.
      ex->request.body.clear();
      return Reply(c, serve::Error(413, "request body larger than 1 MiB"));
    }
    if (ex->too_large) return Reply(c, serve::Error(413, "request body larger than 1 MiB"));
    if (ex->dispatched) return Reply(c, ex->answer);
    return Dispatch(c, ex);
  }

  // The checks once the headers are in; MHD_YES to go on reading the body.
  MHD_Result Start(MHD_Connection* c, Exchange* ex) {
    const std::string& m = ex->request.method;
    if (m != "GET" && m != "HEAD" && m != "POST") {
      return Reply(c, serve::Error(405, "method " + m + " not allowed"));
    }
    if (static_cast<size_t>(MHD_get_connection_values(c, MHD_HEADER_KIND, nullptr, nullptr)) >
        kMaxRequestHeaders) {
      return Reply(c, serve::Error(431, "more than " + std::to_string(kMaxRequestHeaders) +
                                            " header fields"));
    }
    const char* header = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
    std::string host = header ? header : "";
    if (!serve::HostAllowed(host, options_.host, socket_)) {
      return Reply(c, serve::Error(421, "this server does not answer for host '" + host + "'"));
    }
    const char* length =
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (length && std::strtoull(length, nullptr, 10) > kMaxRequestBody) {
      return Reply(c, serve::Error(413, "request body larger than 1 MiB"));
    }
    return MHD_YES;
  }

  // The request is complete: an API request goes to a worker, a file is sent.
  MHD_Result Dispatch(MHD_Connection* c, Exchange* ex) {
    SetDeadline(c, Clock::time_point::max());
    ApiRequest& r = ex->request;
    if (r.method == "HEAD") r.method = "GET";
    if (r.path.rfind("/api/", 0) != 0 && r.path != "/api" && r.path != "/doc") return SendFile(c, r);
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, &HttpServer::AddParam, &r.params);
    const char* type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    r.content_type = type ? type : "";
    ex->dispatched = true;
    MHD_suspend_connection(c);
    bool posted = pool_->Post([this, c, ex] {
      ex->answer = api_.Handle(ex->request);
      MHD_resume_connection(c);
    });
    if (!posted) {
      ex->answer = serve::Error(503, "the server is stopping");
      MHD_resume_connection(c);
    }
    return MHD_YES;
  }

  static MHD_Result AddParam(void* cls, MHD_ValueKind, const char* key, size_t key_size,
                             const char* value, size_t value_size) {
    static_cast<std::multimap<std::string, std::string>*>(cls)->emplace(
        std::string(key, key_size), value ? std::string(value, value_size) : std::string());
    return MHD_YES;
  }

  MHD_Result SendFile(MHD_Connection* c, const ApiRequest& r) {
    if (r.method != "GET") return Reply(c, serve::Error(405, "method not allowed"));
    if (web_.empty()) {
      if (r.path != "/") return Reply(c, serve::Error(404, "not found"));
      return Reply(c, ApiResponse{200, "text/html; charset=utf-8", kNotBuilt});
    }
    serve::StaticFile f;
    if (!serve::OpenStatic(web_, r.path, &f)) return Reply(c, serve::Error(404, "not found"));
    MHD_Response* res = MHD_create_response_from_fd(f.size, f.fd);
    if (!res) {
      ::close(f.fd);
      return MHD_NO;
    }
    return Queue(c, res, 200, f.content_type, false);
  }

  MHD_Result Reply(MHD_Connection* c, const ApiResponse& out) {
    MHD_Response* res = MHD_create_response_from_buffer(
        out.body.size(), const_cast<char*>(out.body.data()), MHD_RESPMEM_MUST_COPY);
    if (!res) return MHD_NO;
    bool json = out.content_type.rfind("application/json", 0) == 0;
    return Queue(c, res, out.status, out.content_type.c_str(), json);
  }

  MHD_Result Queue(MHD_Connection* c, MHD_Response* res, int status, const char* type,
                   bool no_store) {
    MHD_add_response_header(res, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(res, "Content-Security-Policy", kCsp);
    MHD_add_response_header(res, "Referrer-Policy", "no-referrer");
    if (no_store) MHD_add_response_header(res, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    MHD_Result r = MHD_queue_response(c, static_cast<unsigned>(status), res);
    MHD_destroy_response(res);
    return r;
  }

  static void OnCompleted(void* cls, MHD_Connection* c, void** ctx, MHD_RequestTerminationCode) {
    delete static_cast<Exchange*>(*ctx);
    *ctx = nullptr;
    auto* self = static_cast<HttpServer*>(cls);
    self->SetDeadline(c, Clock::now() + self->RequestTimeout());
  }

  // Per-connection deadlines: a connection whose request is not complete
  // by its deadline is shut down (MHD then closes it as if the client had).
  static void OnConnection(void* cls, MHD_Connection* c, void**,
                           MHD_ConnectionNotificationCode code) {
    auto* self = static_cast<HttpServer*>(cls);
    std::lock_guard<std::mutex> lock(self->conn_mu_);
    if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
      self->conns_.erase(c);
      return;
    }
    const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (info) self->conns_[c] = {info->connect_fd, Clock::now() + self->RequestTimeout()};
  }

  void SetDeadline(MHD_Connection* c, Clock::time_point t) {
    std::lock_guard<std::mutex> lock(conn_mu_);
    auto it = conns_.find(c);
    if (it != conns_.end()) it->second.deadline = t;
  }

  Clock::duration RequestTimeout() const {
    return std::chrono::seconds(options_.request_timeout_seconds);
  }

  void Reap() {
    std::unique_lock<std::mutex> lock(run_mu_);
    while (!run_cv_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stop_; })) {
      std::lock_guard<std::mutex> conn_lock(conn_mu_);
      auto now = Clock::now();
      for (auto& [c, conn] : conns_) {
        if (conn.deadline > now) continue;
        ::shutdown(conn.fd, SHUT_RDWR);
        conn.deadline = Clock::time_point::max();
      }
    }
  }

  struct Connection {
    int fd;
    Clock::time_point deadline;
  };

  ServerOptions options_;
  serve::Api api_;
  DiagnosticSink* sink_;
  std::string web_;
  serve::ListenSocket socket_;
  MHD_Daemon* daemon_ = nullptr;
  std::unique_ptr<WorkerPool> pool_;
  std::mutex run_mu_;
  std::condition_variable run_cv_;
  bool stop_ = false;
  std::mutex conn_mu_;
  std::map<MHD_Connection*, Connection> conns_;
};

}  // namespace

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options, DiagnosticSink* sink) {
  if (options.threads < 1 || options.threads > 256) {
    return Status::InvalidArgument("threads must be 1..256");
  }
  if (options.port < 0 || options.port > 65535) return Status::InvalidArgument("bad port");
  if (options.max_connections < 4 || options.max_connections > 100000 ||
      options.idle_timeout_seconds < 1 || options.request_timeout_seconds < 1) {
    return Status::InvalidArgument("connection limits must be positive (max_connections >= 4)");
  }
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
