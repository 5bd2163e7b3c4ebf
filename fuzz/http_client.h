// http_client.h — the raw-socket HTTP client of fuzz_http (and of its test
// in tests/reliability): connect from 127.0.0.N, send bytes, read until the
// server closes or falls silent. Every wait survives signals: libFuzzer's
// -timeout timer delivers SIGALRM every timeout/2+1 seconds, and poll() is
// never restarted after a signal handler (EINTR, whatever SA_RESTART says);
// read as "silence", that made a normal request look unanswered.
#ifndef ENTENTE_FUZZ_HTTP_CLIENT_H_
#define ENTENTE_FUZZ_HTTP_CLIENT_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <thread>

namespace entente::fuzz {

// How long a send may find the server neither reading nor closing.
constexpr int kStallSeconds = 10;

// Connects from 127.0.0.`source` (the server limits each client address to
// three quarters of its connections, keeping the rest for other clients).
inline int Connect(int port, int source) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) std::abort();
  sockaddr_in from{};
  from.sin_family = AF_INET;
  from.sin_addr.s_addr = htonl(INADDR_LOOPBACK - 1 + static_cast<uint32_t>(source));
  if (::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0) std::abort();
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  // The server may not be listening yet on the very first input.
  for (int tries = 0; ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0; ++tries) {
    if (tries == 200) std::abort();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return fd;
}

// poll() for one socket, resumed after a signal (libFuzzer's SIGALRM timer
// fires every -timeout/2+1 s and interrupts poll() with EINTR whatever
// SA_RESTART says): returns poll()'s answer, 0 once `timeout_ms` passed.
inline int PollRetrying(pollfd* p, int timeout_ms) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        end - std::chrono::steady_clock::now());
    int n = ::poll(p, 1, static_cast<int>(std::max<int64_t>(0, left.count())));
    if (n >= 0 || errno != EINTR) return n;
  }
}

// Sends `bytes` from 127.0.0.`source` (stopping quietly if the server has
// closed), half-closes
// if asked, and reads until the server closes or stays silent for
// `quiet_ms`. Returns what was read (at most 1 MiB of it).
inline std::string Exchange(int port, int source, const std::string& bytes, bool half_close,
                     int quiet_ms) {
  int fd = Connect(port, source);
  std::string answer;
  char buf[65536];
  auto drain = [&](int timeout_ms) {
    pollfd p{fd, POLLIN, 0};
    if (PollRetrying(&p, timeout_ms) <= 0) return 0;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n > 0 && answer.size() < (1u << 20)) answer.append(buf, static_cast<size_t>(n));
    return n > 0 ? 1 : -1;  // -1: closed (or reset)
  };
  for (size_t sent = 0; sent < bytes.size();) {
    pollfd p{fd, POLLOUT | POLLIN, 0};
    if (PollRetrying(&p, kStallSeconds * 1000) <= 0) __builtin_trap();  // neither reads nor closes
    if (p.revents & POLLIN) {
      if (drain(0) < 0) break;
      continue;
    }
    ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  if (half_close) ::shutdown(fd, SHUT_WR);
  while (drain(quiet_ms) > 0) {
  }
  ::close(fd);
  return answer;
}

}  // namespace entente::fuzz

#endif  // ENTENTE_FUZZ_HTTP_CLIENT_H_
