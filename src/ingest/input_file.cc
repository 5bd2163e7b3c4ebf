#include "ingest/input_file.h"

#include "ingest/gzip_check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace entente::ingest {

namespace {
constexpr size_t kChunk = 64 * 1024;
// PeekFirstNonSpace gives up looking past this much leading white space.
constexpr size_t kMaxPeek = 1 << 20;
}  // namespace

bool IsGzipName(std::string_view name) {
  if (name.size() < 3) return false;
  std::string_view ext = name.substr(name.size() - 3);
  return ext[0] == '.' && (ext[1] == 'g' || ext[1] == 'G') && (ext[2] == 'z' || ext[2] == 'Z');
}

InputFile::~InputFile() {
  if (gz_) gzclose(gz_);
  else if (owned_ && fd_ >= 0) ::close(fd_);
}

uint64_t InputFile::file_position() const {
  return gz_ ? static_cast<uint64_t>(std::max<z_off_t>(0, gzoffset(gz_))) : consumed_;
}

Status InputFile::Open(const std::string& path, uint64_t max_device_bytes) {
  if (path == "-") {
    fd_ = 0;
    owned_ = false;
    return Status::Ok();
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    std::string reason = std::strerror(e);
    return e == ENOENT ? Status::NotFound(reason) : Status::IoError(reason);
  }
  fd_ = fd;
  owned_ = true;
  struct stat st {};
  bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (!regular) {
    limit_ = max_device_bytes;
    limit_reason_ = "not a regular file: stopped after " + std::to_string(max_device_bytes) +
                    " bytes (max_device_bytes)";
  }
  if (IsGzipName(path) && regular) {
    GzipCheck check = CheckGzip(fd);
    if (::lseek(fd, 0, SEEK_SET) != 0) return Status::IoError(std::strerror(errno));
    if (!check.ok) {
      limit_ = check.intact_bytes;
      limit_reason_ = check.problem;
    }
  }
  if (IsGzipName(path)) {
    gz_ = gzdopen(fd, "rb");
    if (!gz_) return Status::IoError("cannot start gzip decompression");
    gzbuffer(gz_, 128 * 1024);
  }
  return Status::Ok();
}

bool InputFile::Fill() {
  if (eof_ || fd_ < 0) return false;
  // Drop consumed bytes first so the buffer holds at most one line plus a chunk.
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  size_t want = static_cast<size_t>(std::min<uint64_t>(kChunk, limit_ - produced_));
  if (want == 0) {
    stop_reason_ = limit_reason_;
    eof_ = true;
    return false;
  }
  buf_.resize(old + want);
  ssize_t n;
  if (gz_) {
    n = gzread(gz_, buf_.data() + old, static_cast<unsigned>(want));
    int code = Z_OK;
    const char* message = gzerror(gz_, &code);
    // A truncated or corrupt stream ends with an error, not a clean end.
    if (n <= 0 && code != Z_OK && code != Z_STREAM_END) {
      n = -1;
      error_ = std::string("gzip: ") + message;
    }
  } else {
    do {
      n = ::read(fd_, buf_.data() + old, want);
    } while (n < 0 && errno == EINTR);
    if (n < 0) error_ = std::strerror(errno);
  }
  if (n <= 0) {
    buf_.resize(old);
    eof_ = true;
    return false;
  }
  buf_.resize(old + static_cast<size_t>(n));
  produced_ += static_cast<uint64_t>(n);
  return true;
}

InputFile::Read InputFile::ReadLine(uint64_t max_bytes, std::string* out) {
  out->clear();
  size_t scanned = pos_;  // bytes before this are known to hold no '\n'
  bool too_long = false;
  for (;;) {
    const char* begin = buf_.data() + scanned;
    const void* nl = std::memchr(begin, '\n', buf_.size() - scanned);
    if (nl) {
      size_t end = static_cast<const char*>(nl) - buf_.data();
      consumed_ += end + 1 - pos_;
      if (!too_long && end - pos_ <= max_bytes) out->assign(buf_, pos_, end - pos_);
      else too_long = true;
      pos_ = end + 1;
      return too_long ? Read::kTooLong : Read::kOk;
    }
    if (buf_.size() - pos_ > max_bytes) {
      // Over the limit with no end in sight: forget what we hold and keep
      // scanning for the newline.
      too_long = true;
      consumed_ += buf_.size() - pos_;
      buf_.clear();
      pos_ = 0;
    }
    scanned = buf_.size();
    size_t pos_before = pos_;
    if (!Fill()) break;
    scanned -= pos_before - pos_;  // Fill may have shifted the buffer
  }
  if (!error_.empty()) return Read::kError;
  // The last line has no newline.
  if (too_long) {
    consumed_ += buf_.size() - pos_;
    pos_ = buf_.size();
    return Read::kTooLong;
  }
  if (pos_ == buf_.size()) return Read::kEnd;
  if (!stop_reason_.empty()) {  // a line cut by the stop: not handed out
    consumed_ += buf_.size() - pos_;
    pos_ = buf_.size();
    return Read::kEnd;
  }
  consumed_ += buf_.size() - pos_;
  out->assign(buf_, pos_, buf_.size() - pos_);
  pos_ = buf_.size();
  return Read::kOk;
}

InputFile::Read InputFile::ReadAll(uint64_t max_bytes, std::string* out) {
  out->clear();
  bool too_long = false;
  for (;;) {
    if (buf_.size() - pos_ > max_bytes) {
      too_long = true;
      consumed_ += buf_.size() - pos_;
      buf_.clear();
      pos_ = 0;
    }
    if (!Fill()) break;
  }
  if (!error_.empty()) return Read::kError;
  consumed_ += buf_.size() - pos_;
  if (too_long) {
    pos_ = buf_.size();
    return Read::kTooLong;
  }
  out->assign(buf_, pos_, buf_.size() - pos_);
  pos_ = buf_.size();
  return Read::kOk;
}

int InputFile::PeekFirstNonSpace() {
  size_t i = pos_;
  // A byte-order mark may straddle reads: have its three bytes first.
  while (consumed_ == 0 && buf_.size() < 3 && Fill()) {
  }
  for (;;) {
    while (i < buf_.size()) {
      unsigned char c = static_cast<unsigned char>(buf_[i]);
      if (consumed_ == 0 && i == 0 && buf_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        i += 3;
        continue;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return c;
      ++i;
    }
    if (buf_.size() - pos_ > kMaxPeek) return ' ';
    size_t pos_before = pos_;
    if (!Fill()) return -1;
    i -= pos_before - pos_;
  }
}

}  // namespace entente::ingest
