// fuzz_input_file.cc — the file reader `entente code` and `ingest` use
// (DocumentStream over InputFile: plain text, JSON Lines, gzip), with large
// inputs: the payload is written to a file in a private directory (on
// /dev/shm when it exists) and read back as documents.
//
// Input: byte 0 = flags, byte 1 = number of patches (mod 8), then 5 bytes
// per patch (a 4-byte little-endian offset into the gzip file, mod its
// size, and a byte XORed in there; 0 means 0xFF), then the payload.
//   flags bit 0     JSON Lines (.jsonl), else plain text (.txt)
//   flags bit 1     gzip (.gz): the payload compressed by zlib, patched
//   flags bit 2     with bit 1: the payload is itself the .gz file (raw)
//   flags bits 3-5  k: the payload repeated 4^k times (at most 8 MiB)
//   flags bit 6     max_record_bytes 4 KiB (else the default 4 MiB)
//   flags bit 7     with bit 1: two gzip members (the payload's halves)
// Checks: every document read has an id, a date that is "" or a real
// YYYY-MM-DD, and non-empty text that is valid UTF-8 without NUL bytes. The
// compressed file gives exactly the documents of the plain file; patched,
// a prefix of them (damage ends the file, the records before it are kept),
// unless a patch hit a member's gzip magic: zlib then reads the file as
// not gzip at all, or the rest after the first member as trailing garbage
// (ignored, as gzip(1) ignores it).
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "entente/ingest.h"
#include "util/civil_date.h"
#include "util/utf8.h"

namespace {

constexpr size_t kMaxFileBytes = 8u << 20;

// The directory of this process's files, removed at exit (on /dev/shm they
// would hold memory).
std::string g_dir;

void RemoveDir() {
  std::error_code ec;
  std::filesystem::remove_all(g_dir, ec);
}

const std::string& Dir() {
  if (g_dir.empty()) {
    std::string t = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    t += "/entente-fuzz-input-XXXXXX";
    if (!mkdtemp(t.data())) std::abort();
    g_dir = t;
    std::atexit(RemoveDir);
  }
  return g_dir;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
}

void Gzip(const std::string& in, std::string* out) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) std::abort();
  size_t at = out->size();
  out->resize(at + deflateBound(&z, in.size()));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out->data() + at);
  z.avail_out = static_cast<uInt>(out->size() - at);
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) std::abort();
  out->resize(at + z.total_out);
  deflateEnd(&z);
}

struct Doc {
  std::string id, date, title, url, publisher, text;
  bool operator==(const Doc&) const = default;
};

std::vector<Doc> ReadAll(const std::string& path, uint64_t max_record_bytes) {
  entente::IngestOptions o;
  o.max_record_bytes = max_record_bytes;
  entente::NullSink sink;
  auto stream = entente::DocumentStream::Open({path}, o, &sink);
  if (!stream.ok()) std::abort();
  std::vector<Doc> docs;
  entente::Document d;
  while ((*stream)->Next(&d)) {
    if (d.id.empty() || d.text.empty() || d.text.find('\0') != std::string::npos ||
        entente::FirstInvalidUtf8(d.text) != std::string::npos) {
      __builtin_trap();
    }
    if (!d.date.empty() && (d.date.size() != 10 || !entente::DayNumber(d.date))) __builtin_trap();
    if (d.text.size() > max_record_bytes) __builtin_trap();
    docs.push_back({d.id, d.date, d.title, d.url, d.publisher, d.text});
  }
  return docs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t flags = data[0];
  const size_t patches = data[1] % 8;
  size_t at = 2 + 5 * patches;
  if (size < at) return 0;
  std::string payload(reinterpret_cast<const char*>(data + at), size - at);
  size_t copies = size_t{1} << (2 * ((flags >> 3) & 7));
  if (!payload.empty()) copies = std::min(copies, kMaxFileBytes / payload.size());
  std::string content;
  content.reserve(payload.size() * copies);
  for (size_t i = 0; i < copies; ++i) content += payload;

  const bool jsonl = flags & 1, gzip = flags & 2, raw = flags & 4;
  const uint64_t limit = (flags & 64) ? 4096 : entente::IngestOptions().max_record_bytes;
  const std::string plain = Dir() + (jsonl ? "/in.jsonl" : "/in.txt");
  if (!gzip || !raw) WriteFile(plain, content);
  std::vector<Doc> expected = (!gzip || !raw) ? ReadAll(plain, limit) : std::vector<Doc>{};
  if (!gzip) return 0;

  std::string file;
  size_t second_member = 0;  // where the second member's magic starts, if any
  if (raw) {
    file = std::move(content);
  } else if (flags & 128) {
    Gzip(content.substr(0, content.size() / 2), &file);
    second_member = file.size();
    Gzip(content.substr(content.size() / 2), &file);
  } else {
    Gzip(content, &file);
  }
  bool magic_hit = false;
  for (size_t p = 0; p < patches && !file.empty(); ++p) {
    const uint8_t* q = data + 2 + 5 * p;
    size_t off = (q[0] | q[1] << 8 | q[2] << 16 | uint32_t{q[3]} << 24) % file.size();
    file[off] = static_cast<char>(file[off] ^ (q[4] ? q[4] : 0xFF));
    magic_hit |= off < 2 || (second_member > 0 && off - second_member < 2);
  }
  WriteFile(plain + ".gz", file);
  std::vector<Doc> got = ReadAll(plain + ".gz", limit);
  if (raw || magic_hit) return 0;
  if (patches == 0 && got != expected) __builtin_trap();
  if (got.size() > expected.size() || !std::equal(got.begin(), got.end(), expected.begin())) {
    __builtin_trap();
  }
  return 0;
}
