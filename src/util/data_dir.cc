#include "util/data_dir.h"

#include <cstdio>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace entente {

namespace fs = std::filesystem;

std::string DataDir() {
  std::error_code ec;
  if (const char* env = std::getenv("ENTENTE_DATA_DIR"); env && *env) {
    if (fs::is_directory(env, ec)) return env;
  }
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "entente";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  if (fs::is_directory(ENTENTE_SOURCE_DATA_DIR, ec)) return ENTENTE_SOURCE_DATA_DIR;
  return "";
}

bool ReadFile(const std::string& path, std::string* out) {
  out->clear();
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // A regular file is read straight into the string; anything else, and
  // files whose size says nothing (/proc), streamed.
  std::error_code ec;
  auto size = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : static_cast<uintmax_t>(-1);
  if (!ec && size != static_cast<uintmax_t>(-1) && size > 0) {
    out->resize(size);
    in.read(out->data(), static_cast<std::streamsize>(size));
    out->resize(static_cast<size_t>(in.gcount()));
    return in.gcount() == static_cast<std::streamsize>(size) || in.eof();
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return static_cast<bool>(in) || in.eof();
}

Status WriteFile(const std::string& path, std::string_view bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IoError("cannot write " + path);
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  return ok ? Status::Ok() : Status::IoError("cannot write " + path);
}

}  // namespace entente
