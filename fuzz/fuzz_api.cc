// fuzz_api.cc — the JSON API's request handling (serve::Api::Handle: routing,
// parameter checking, dyad/type/date/cursor parsing, the store queries and
// JSON rendering) over a small SQLite store built at start-up from a few
// coded sentences (small_store.h). Input: the first line picks the endpoint
// (first byte) or, if it starts with '/', is the path itself; each further
// line is one parameter "key=value", except that after a line "--" the rest
// is the body.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "serve/api.h"
#include "small_store.h"

namespace {

entente::serve::Api& GetApi() {
  static entente::NullSink sink;
  static entente::serve::Api* api = [] {
    static entente::serve::Api a(entente::fuzz::BuildSmallStore(), "", /*cache_bytes=*/1 << 20,
                                 &sink);
    if (!a.Init().ok()) std::abort();
    return &a;
  }();
  return *api;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("ENTENTE_DATA_DIR", ENTENTE_SOURCE_DIR "/data", 0);
  GetApi();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  static const char* kPaths[] = {"/api/events", "/api/dyads",  "/api/barometer",
                                 "/api/document", "/doc", "/api/explain"};
  std::string_view in(reinterpret_cast<const char*>(data), size);
  entente::ApiRequest r;
  r.method = "GET";
  size_t pos = 0;
  bool first = true;
  while (pos < in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) nl = in.size();
    std::string_view line = in.substr(pos, nl - pos);
    pos = nl + 1;
    if (first) {
      first = false;
      if (!line.empty() && line[0] == '/') {
        r.path = std::string(line);
      } else {
        unsigned char c = line.empty() ? 0 : static_cast<unsigned char>(line[0]);
        r.path = kPaths[c % 6];
        if (c & 0x80) r.method = "POST";
      }
      if (r.path == "/api/explain") r.method = "POST";
      continue;
    }
    if (line == "--") {
      if (pos < in.size()) r.body = std::string(in.substr(pos));
      break;
    }
    size_t eq = line.find('=');
    r.params.emplace(std::string(line.substr(0, eq)),
                     eq == std::string_view::npos ? "" : std::string(line.substr(eq + 1)));
  }
  entente::ApiResponse out = GetApi().Handle(r);
  if (out.status < 200 || out.status > 599) __builtin_trap();
  return 0;
}
