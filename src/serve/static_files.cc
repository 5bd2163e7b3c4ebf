#include "serve/static_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

namespace entente::serve {

const char* ContentTypeFor(const std::string& name) {
  static const struct {
    const char* ext;
    const char* type;
  } kTypes[] = {
      {"html", "text/html; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"json", "application/json"},
      {"map", "application/json"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"ico", "image/x-icon"},
      {"txt", "text/plain; charset=utf-8"},
      {"woff2", "font/woff2"},
  };
  size_t slash = name.rfind('/');
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "application/octet-stream";
  }
  std::string ext = name.substr(dot + 1);
  for (const auto& t : kTypes) {
    if (ext == t.ext) return t.type;
  }
  return "application/octet-stream";
}

bool OpenStatic(const std::string& root, const std::string& url_path, StaticFile* out) {
  if (root.empty() || url_path.empty() || url_path[0] != '/') return false;
  if (url_path.find_first_of(std::string("\\%\0", 3)) != std::string::npos ||
      url_path.find("/.") != std::string::npos) {
    return false;
  }
  std::string rel = url_path;
  if (rel.back() == '/') rel += "index.html";
  int fd = ::open((root + rel).c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return false;
  }
  out->fd = fd;
  out->size = static_cast<uint64_t>(st.st_size);
  out->content_type = ContentTypeFor(rel);
  return true;
}

}  // namespace entente::serve
