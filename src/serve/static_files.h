// static_files.h — the dashboard's files (web/dist) for the server: which
// URL paths map to which files, and their content types, decided by the
// exact extension of the file name (so "/app.js%00.html" is no HTML page).
// Internal to the serve stage.
#pragma once

#include <cstdint>
#include <string>

namespace entente::serve {

// The Content-Type for a file name, from its extension after the last '.'
// of its last path component; application/octet-stream if unknown.
const char* ContentTypeFor(const std::string& name);

struct StaticFile {
  int fd = -1;        // open for reading; the caller owns it
  uint64_t size = 0;
  const char* content_type = "";
};

// Opens the regular file `url_path` names under `root` ("/" and paths
// ending in "/" mean index.html). Refuses (returns false) any path with a
// component that starts with '.', a backslash, a NUL or a "%" escape left
// undecoded, and anything that is not a regular file.
bool OpenStatic(const std::string& root, const std::string& url_path, StaticFile* out);

}  // namespace entente::serve
