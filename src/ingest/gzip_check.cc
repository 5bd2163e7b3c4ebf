#include "ingest/gzip_check.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace entente::ingest {

namespace {

constexpr size_t kBuffer = 256 * 1024;

GzipCheck Damaged(uint64_t intact, uint64_t member_at, uint64_t error_at, const std::string& why) {
  GzipCheck c;
  c.ok = false;
  c.intact_bytes = intact;
  c.problem = "gzip member at byte " + std::to_string(member_at) + " damaged (" + why +
              ", noticed at byte " + std::to_string(error_at) + "); the file's text from byte " +
              std::to_string(intact) + " on is not read";
  return c;
}

}  // namespace

GzipCheck CheckGzip(int fd) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return Damaged(0, 0, 0, "zlib cannot start");
  std::vector<unsigned char> in(kBuffer), out(kBuffer);
  uint64_t read_total = 0, out_total = 0;  // compressed bytes read, bytes produced
  uint64_t member_in = 0, member_out = 0;  // where the current member started
  bool at_member_start = true, eof = false;
  GzipCheck result;
  for (;;) {
    if (z.avail_in < 2 && !eof) {
      if (z.avail_in > 0) std::memmove(in.data(), z.next_in, z.avail_in);
      ssize_t n;
      do {
        n = ::read(fd, in.data() + z.avail_in, kBuffer - z.avail_in);
      } while (n < 0 && errno == EINTR);
      if (n < 0) {
        result = Damaged(member_out, member_in, read_total, std::strerror(errno));
        break;
      }
      eof = n == 0;
      read_total += static_cast<uint64_t>(n);
      z.next_in = in.data();
      z.avail_in += static_cast<unsigned>(n);
    }
    uint64_t at = read_total - z.avail_in;  // compressed offset of next_in
    if (at_member_start) {
      // Not gzip (read as is), or bytes after the last member: nothing to check.
      if (z.avail_in < 2 || z.next_in[0] != 0x1f || z.next_in[1] != 0x8b) break;
      at_member_start = false;
      member_in = at;
      member_out = out_total;
    }
    z.next_out = out.data();
    z.avail_out = kBuffer;
    int rc = inflate(&z, Z_NO_FLUSH);
    out_total += kBuffer - z.avail_out;
    if (rc == Z_STREAM_END) {
      inflateReset(&z);
      at_member_start = true;
      member_out = out_total;
      continue;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0 && eof) {
      result = Damaged(member_out, member_in, read_total, "the file ends inside it");
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      result = Damaged(member_out, member_in, read_total - z.avail_in,
                       std::string("zlib: ") + (z.msg ? z.msg : "error"));
      break;
    }
    if (rc == Z_BUF_ERROR && z.avail_in >= 2 && z.avail_out == kBuffer) {
      result = Damaged(member_out, member_in, at, "zlib makes no progress");
      break;
    }
  }
  inflateEnd(&z);
  if (result.ok) result.intact_bytes = out_total;
  return result;
}

}  // namespace entente::ingest
