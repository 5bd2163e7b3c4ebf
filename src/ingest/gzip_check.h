// gzip_check.h — checks a whole gzip file before any of it is read as text:
// deflate damage is often not noticed by zlib until the CRC and length at
// the end of the member, so text read while streaming could already be
// altered. Concatenated members are checked one by one; data that is not
// gzip at all, or trailing bytes after the last member, are accepted as
// zlib's gzread accepts them. Internal to the ingest stage.
#pragma once

#include <cstdint>
#include <string>

namespace entente::ingest {

struct GzipCheck {
  bool ok = true;
  // Decompressed bytes of the intact members before the first damaged one.
  uint64_t intact_bytes = 0;
  // When !ok: "gzip member at byte M damaged at byte E (zlib: …); …".
  std::string problem;
};

// Reads `fd` from its current position to the end (the caller rewinds it).
GzipCheck CheckGzip(int fd);

}  // namespace entente::ingest
