#include "serve/listen_socket.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace entente::serve {

namespace {

constexpr int kBacklog = 512;

bool IsLoopback(const sockaddr* a) {
  if (a->sa_family == AF_INET) {
    auto* v4 = reinterpret_cast<const sockaddr_in*>(a);
    return (ntohl(v4->sin_addr.s_addr) >> 24) == 127;
  }
  auto* v6 = reinterpret_cast<const sockaddr_in6*>(a);
  return a->sa_family == AF_INET6 && IN6_IS_ADDR_LOOPBACK(&v6->sin6_addr);
}

bool IsWildcard(const sockaddr* a) {
  if (a->sa_family == AF_INET) {
    return reinterpret_cast<const sockaddr_in*>(a)->sin_addr.s_addr == htonl(INADDR_ANY);
  }
  auto* v6 = reinterpret_cast<const sockaddr_in6*>(a);
  return a->sa_family == AF_INET6 && IN6_IS_ADDR_UNSPECIFIED(&v6->sin6_addr);
}

int BoundPort(int fd) {
  sockaddr_storage a{};
  socklen_t len = sizeof a;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) return 0;
  if (a.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&a)->sin_port);
  return ntohs(reinterpret_cast<sockaddr_in6*>(&a)->sin6_port);
}

// Lower-cases ASCII letters.
std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

Result<ListenSocket> OpenListenSocket(const std::string& host, int port) {
  std::string where = host + ":" + std::to_string(port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  int rc = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
  if (rc != 0) return Status::InvalidArgument("cannot resolve " + host + ": " + gai_strerror(rc));
  ListenSocket out;
  out.loopback = IsLoopback(found->ai_addr);
  out.wildcard = IsWildcard(found->ai_addr);
  out.fd = ::socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC, found->ai_protocol);
  int err = out.fd < 0 ? errno : 0;
  if (out.fd >= 0) {
    // SO_REUSEADDR only lets a restarted server take its port back from
    // TIME_WAIT; unlike SO_REUSEPORT it never lets two listeners share it.
    int yes = 1;
    ::setsockopt(out.fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(out.fd, found->ai_addr, found->ai_addrlen) != 0 ||
        ::listen(out.fd, kBacklog) != 0) {
      err = errno;
    }
  }
  ::freeaddrinfo(found);
  if (err != 0) {
    if (out.fd >= 0) ::close(out.fd);
    std::string reason = std::strerror(err);
    if (err == EADDRINUSE) reason += " (is another server running on this port?)";
    return Status::IoError("cannot listen on " + where + ": " + reason);
  }
  out.port = BoundPort(out.fd);
  return out;
}

bool HostAllowed(const std::string& header, const std::string& bound_host,
                 const ListenSocket& socket) {
  if (header.empty()) return true;
  std::string name = Lower(header);
  // Split off ":port" (after a "]" for an IPv6 literal).
  size_t colon = name.rfind(':');
  size_t bracket = name.rfind(']');
  if (colon != std::string::npos && (bracket == std::string::npos || colon > bracket)) {
    if (name.substr(colon + 1) != std::to_string(socket.port)) return false;
    name.resize(colon);
  }
  if (socket.wildcard) return true;
  if (socket.loopback) {
    in_addr v4{};
    bool loopback_v4 = ::inet_pton(AF_INET, name.c_str(), &v4) == 1 &&
                       (ntohl(v4.s_addr) >> 24) == 127;
    return name == "localhost" || name == "[::1]" || loopback_v4 || name == Lower(bound_host);
  }
  return name == Lower(bound_host) || "[" + name + "]" == Lower(bound_host) ||
         name == "[" + Lower(bound_host) + "]";
}

}  // namespace entente::serve
