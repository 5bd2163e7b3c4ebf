// `entente serve` under hostile clients, on 127.0.0.1 only: malformed
// requests, oversized bodies and slow clients must neither crash the server
// nor stall it for others. Every loop is bounded and the server is stopped
// (SIGTERM, then SIGKILL) when the test ends.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "run_process.h"

namespace entente::reliability {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int Connect(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Sends `request` (ignoring a reset) and reads the reply until the server
// closes or `seconds` pass. Returns what was read. With `half_close`, the
// client then closes its side, so a server waiting for more sees the end.
std::string Exchange(int port, const std::string& request, double seconds = 10,
                     bool half_close = false) {
  int fd = Connect(port);
  if (fd < 0) return "";
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  if (half_close) ::shutdown(fd, SHUT_WR);
  std::string reply;
  auto end = Clock::now() + std::chrono::milliseconds(static_cast<int>(seconds * 1000));
  char buf[4096];
  while (Clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    reply.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return reply;
}

int StatusOf(const std::string& reply) {
  if (reply.rfind("HTTP/1.", 0) != 0 || reply.size() < 12) return 0;
  return std::atoi(reply.c_str() + 9);
}

class ServeReliabilityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente_srv_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    if (!fs::exists(EntenteBinary())) GTEST_SKIP() << "no entente binary";
    std::string corpus = (dir_ / "c.jsonl").string();
    std::ofstream(corpus) << "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"France condemned "
                             "Russia on Tuesday.\"}\n{\"id\":\"b\",\"date\":\"2024-01-03\","
                             "\"text\":\"China and Japan agreed to hold talks.\"}\n";
    std::string db = (dir_ / "e.db").string();
    ProcessSpec ing;
    ing.argv = {EntenteBinary(), "ingest", "--db", db, corpus};
    ing.err_path = (dir_ / "ingest.err").string();
    ASSERT_EQ(RunProcess(ing).status, 0);
    err_ = (dir_ / "serve.err").string();
    pid_ = StartProcess({EntenteBinary(), "serve", "--db", db, "--host", "127.0.0.1", "--port",
                         "0", "--threads", "4"},
                        (dir_ / "serve.out").string(), err_);
    ASSERT_GT(pid_, 0);
    auto end = Clock::now() + std::chrono::seconds(60);
    while (port_ == 0 && Clock::now() < end) {
      std::string e = ReadFile(err_);
      size_t p = e.find("http://127.0.0.1:");
      if (p != std::string::npos) port_ = std::atoi(e.c_str() + p + 17);
      else std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_GT(port_, 0) << ReadFile(err_);
  }
  void TearDown() override {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      if (WaitProcess(pid_, 10) < 0) ADD_FAILURE() << "serve did not stop on SIGTERM";
    }
    fs::remove_all(dir_);
  }

  // A normal request answers 200 within `seconds`; the server still runs.
  void ExpectHealthy(double seconds, const std::string& after) {
    auto t0 = Clock::now();
    std::string r = Exchange(port_, "GET /api/dyads HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                             seconds);
    double took = std::chrono::duration<double>(Clock::now() - t0).count();
    EXPECT_EQ(StatusOf(r), 200) << "after " << after << " (" << took << " s): " << r.substr(0, 200);
    EXPECT_EQ(::kill(pid_, 0), 0) << "server died after " << after;
  }

  fs::path dir_;
  std::string err_;
  int pid_ = -1, port_ = 0;
};

TEST_F(ServeReliabilityTest, MalformedRequests) {
  const std::string kMalformed[] = {
      "",
      "\r\n\r\n",
      "GARBAGE\r\n\r\n",
      "GET\r\n\r\n",
      "GET /api/events\r\n\r\n",
      "GET /api/events HTTP/9.9\r\n\r\n",
      "GET /api/events?dyad=%zz%&limit=%00 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/events?limit=99999999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/events?cursor=-1:-9223372036854775808 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/events?from=2024-02-30&to=9999-99-99 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/barometer?dyad=:&by=year HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/document?id=%27%3B%20DROP%20TABLE%20documents%3B-- HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /doc?id=<script> HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /" + std::string(100000, 'a') + " HTTP/1.1\r\n\r\n",
      "GET / HTTP/1.1\r\nX: " + std::string(200000, 'b') + "\r\n\r\n",
      "POST /api/explain HTTP/1.1\r\nContent-Length: -5\r\n\r\nabc",
      "POST /api/explain HTTP/1.1\r\nContent-Length: abc\r\n\r\nabc",
      "POST /api/explain HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\nabc",
      "POST /api/explain HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
      "POST /api/explain HTTP/1.1\r\nContent-Length: 9\r\n\r\n\xff\xfe\x00\x01\x80\xc0\xe2\x82\x01",
      "POST /api/explain?date=not-a-date HTTP/1.1\r\nContent-Length: 28\r\n\r\nFrance condemned the attack.",
      std::string("GET /api/events\0?x=1 HTTP/1.1\r\n\r\n", 33),
  };
  int answered = 0;
  for (const std::string& req : kMalformed) {
    std::string r = Exchange(port_, req, 15, /*half_close=*/true);
    int s = StatusOf(r);
    if (s != 0) ++answered;
    EXPECT_TRUE(s == 0 || (s >= 200 && s < 600)) << r.substr(0, 200);
    EXPECT_NE(s, 500) << "server error on: " << req.substr(0, 80) << "\n" << r.substr(0, 300);
    ExpectHealthy(15, "request: " + req.substr(0, 60));
  }
  std::printf("[reliability] serve: %d of %zu malformed requests answered with a status, the "
              "rest closed; server healthy after each\n",
              answered, std::size(kMalformed));
}

TEST_F(ServeReliabilityTest, OversizedBodies) {
  // Over the 64 KiB explain limit but under the 1 MiB payload limit: 413.
  std::string body(100 * 1024, 'a');
  std::string r = Exchange(port_, "POST /api/explain HTTP/1.1\r\nContent-Length: " +
                                       std::to_string(body.size()) + "\r\n\r\n" + body, 30);
  EXPECT_EQ(StatusOf(r), 413) << r.substr(0, 200);
  // Over the payload limit: refused without reading it all.
  std::string big(4 << 20, 'b');
  auto t0 = Clock::now();
  r = Exchange(port_, "POST /api/explain HTTP/1.1\r\nContent-Length: " +
                          std::to_string(big.size()) + "\r\n\r\n" + big, 30);
  double took = std::chrono::duration<double>(Clock::now() - t0).count();
  int s = StatusOf(r);
  EXPECT_TRUE(s == 0 || s == 413) << r.substr(0, 200);
  std::printf("[reliability] serve: 4 MiB body -> status %d in %.2f s\n", s, took);
  ExpectHealthy(15, "oversized bodies");
}

// Clients that connect and then send nothing, or a header one byte at a
// time, must not keep others waiting: while they hold their connections
// (more of them than the server has threads), normal requests still answer.
TEST_F(ServeReliabilityTest, SlowClientsDoNotStallOthers) {
  constexpr int kSlow = 12;
  std::vector<int> fds;
  for (int i = 0; i < kSlow; ++i) {
    int fd = Connect(port_);
    if (fd >= 0) fds.push_back(fd);
  }
  ASSERT_EQ(fds.size(), static_cast<size_t>(kSlow));
  for (size_t i = 0; i < fds.size(); i += 2) ::send(fds[i], "G", 1, MSG_NOSIGNAL);
  auto start = Clock::now();
  double worst = 0;
  int ok = 0, attempts = 0;
  // For ~12 s: drip a byte per second into every slow connection, and
  // measure how long normal requests take meanwhile.
  for (int tick = 0; tick < 12; ++tick) {
    for (size_t i = 0; i < fds.size(); i += 2) ::send(fds[i], "E", 1, MSG_NOSIGNAL);
    auto t0 = Clock::now();
    std::string r = Exchange(port_, "GET /api/dyads HTTP/1.1\r\nConnection: close\r\n\r\n", 20);
    double took = std::chrono::duration<double>(Clock::now() - t0).count();
    worst = std::max(worst, took);
    ++attempts;
    if (StatusOf(r) == 200) ++ok;
    std::this_thread::sleep_for(std::chrono::milliseconds(std::max(0, 1000 - int(took * 1000))));
  }
  double total = std::chrono::duration<double>(Clock::now() - start).count();
  for (int fd : fds) ::close(fd);
  std::printf("[reliability] serve: %d slow clients held for %.1f s; %d/%d normal requests "
              "answered, slowest %.2f s\n",
              kSlow, total, ok, attempts, worst);
  EXPECT_EQ(ok, attempts);
  EXPECT_LT(worst, 6.0) << "a normal request waited behind slow clients";
  ExpectHealthy(15, "slow clients");
}

}  // namespace
}  // namespace entente::reliability
