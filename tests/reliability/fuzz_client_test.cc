// fuzz_client_test.cc — fuzz_http's client (fuzz/http_client.h) keeps
// waiting for an answer when a signal interrupts it. libFuzzer's -timeout
// timer sends SIGALRM every timeout/2+1 s; a poll() cut short by it was read
// as silence, so a normal request answered a moment later counted as
// unanswered and fuzz_http stopped after 1-5.5 minutes (issue 18).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "../../fuzz/http_client.h"

namespace {

void Ignore(int) {}

// A one-shot server on 127.0.0.1: reads the request, waits `delay`, answers, closes.
class SlowServer {
 public:
  explicit SlowServer(std::chrono::milliseconds delay) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(fd_, 1) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
      ADD_FAILURE() << "cannot listen";
    }
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this, delay] {
      int c = ::accept(fd_, nullptr, nullptr);
      char buf[4096];
      (void)::recv(c, buf, sizeof buf, 0);
      std::this_thread::sleep_for(delay);
      const std::string answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
      (void)::send(c, answer.data(), answer.size(), MSG_NOSIGNAL);
      ::close(c);
    });
  }
  ~SlowServer() {
    thread_.join();
    ::close(fd_);
  }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
};

TEST(FuzzHttpClient, ASignalWhileWaitingDoesNotCutTheAnswerShort) {
  // A handler without SA_RESTART, as libFuzzer installs for SIGALRM.
  struct sigaction act {};
  act.sa_handler = Ignore;
  struct sigaction old {};
  ASSERT_EQ(::sigaction(SIGUSR1, &act, &old), 0);
  SlowServer server(std::chrono::milliseconds(600));
  pthread_t self = ::pthread_self();
  std::thread interrupter([self] {
    for (int i = 0; i < 3; ++i) {  // while the client waits for the answer
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
      ::pthread_kill(self, SIGUSR1);
    }
  });
  std::string answer = entente::fuzz::Exchange(server.port(), 1, "GET / HTTP/1.1\r\n\r\n",
                                               /*half_close=*/false, 5000);
  interrupter.join();
  ::sigaction(SIGUSR1, &old, nullptr);
  EXPECT_EQ(answer, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
}

}  // namespace
