// listen_socket.h — the server's listening socket and the Host check that
// goes with it. The socket is bound here rather than by the HTTP library so
// that a port already in use is an error with its reason (no SO_REUSEPORT:
// a second server must not silently share the port with the first).
// Internal to the serve stage.
#pragma once

#include <string>

#include "entente/status.h"

namespace entente::serve {

struct ListenSocket {
  int fd = -1;
  int port = 0;           // the port bound (resolves port 0)
  bool loopback = false;  // 127.0.0.0/8 or ::1
  bool wildcard = false;  // 0.0.0.0 or ::
};

// Binds `host`:`port` (a numeric address or a name resolved once) and
// listens. Errors name the address and the reason ("address already in use").
Result<ListenSocket> OpenListenSocket(const std::string& host, int port);

// Whether a request's Host header fits the address the server is bound to:
// on loopback only loopback names ("localhost", "127.0.0.1", "[::1]"), which
// stops DNS-rebinding pages from reaching the API through the browser; on a
// named host that name; on a wildcard address any name. A port in the
// header must be the bound port. An empty header (HTTP/1.0) is accepted.
bool HostAllowed(const std::string& header, const std::string& bound_host,
                 const ListenSocket& socket);

}  // namespace entente::serve
