// input_file.h — a buffered reader over one open file or standard input
// that hands out lines (or the whole content) with a byte limit, so that an
// over-long line is skipped in fixed memory instead of being held whole.
// Files whose name ends in ".gz" are decompressed (zlib) as they are read.
// Internal to the ingest stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "entente/status.h"

struct gzFile_s;  // zlib's stream type

namespace entente::ingest {

// True if `name` ends in ".gz" (any case): such files are decompressed.
bool IsGzipName(std::string_view name);

class InputFile {
 public:
  InputFile() = default;
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Opens `path` for reading; "-" is standard input (not closed at the end).
  // A path ending in ".gz" is read through gzip decompression; a regular
  // .gz file is first checked whole (every member's CRC and length), and
  // reading then stops before the first damaged member (see stop_reason()),
  // so no altered text is ever handed out. A named file that is not a
  // regular file (a device, a FIFO) stops after `max_device_bytes`.
  Status Open(const std::string& path, uint64_t max_device_bytes = UINT64_MAX);

  // Result of ReadLine / ReadAll.
  enum class Read {
    kOk,       // *out holds the line (without "\n") or the whole content
    kTooLong,  // longer than the limit: consumed and discarded, *out empty
    kEnd,      // nothing left
    kError,    // the operating system refused the read; see error()
  };

  // Reads the next line into *out (without the "\n"). A line longer than
  // `max_bytes` is skipped up to and including its newline, holding at most
  // one buffer of it in memory.
  Read ReadLine(uint64_t max_bytes, std::string* out);

  // Reads everything left into *out; past `max_bytes` the rest is drained
  // and discarded and kTooLong is returned.
  Read ReadAll(uint64_t max_bytes, std::string* out);

  // The first byte that is not ASCII white space (and not part of a UTF-8
  // byte-order mark), without consuming anything; -1 if the input holds
  // only white space. Reads ahead as far as needed.
  int PeekFirstNonSpace();

  // Bytes (after decompression) consumed by ReadLine/ReadAll so far.
  uint64_t bytes_consumed() const { return consumed_; }
  // How far into the file on disk reading has gone: bytes_consumed(), or
  // for a .gz file the compressed bytes read so far (for progress).
  uint64_t file_position() const;
  const std::string& error() const { return error_; }
  // Why reading stopped before the end of the input ("" if it did not):
  // a damaged gzip member, or the device limit. The last partial line
  // before the stop is not handed out.
  const std::string& stop_reason() const { return stop_reason_; }

 private:
  // Appends more bytes to buf_; false at the end of input or on error.
  bool Fill();

  int fd_ = -1;
  bool owned_ = false;
  gzFile_s* gz_ = nullptr;  // set for .gz files; owns fd_
  bool eof_ = false;
  std::string buf_;       // bytes read but not consumed are buf_[pos_, end)
  size_t pos_ = 0;
  uint64_t consumed_ = 0;
  uint64_t produced_ = 0;          // bytes read from the file (after decompression)
  uint64_t limit_ = UINT64_MAX;    // produced_ stops here
  std::string limit_reason_;       // stop_reason_ once the limit is met
  std::string stop_reason_;
  std::string error_;
};

}  // namespace entente::ingest
