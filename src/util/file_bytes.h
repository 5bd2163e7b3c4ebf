// file_bytes.h — a whole file's bytes, read-only, for loaders of large files
// (trained models, WordNet's data files). A regular file is mapped into
// memory (mmap(2)): no copy, and only the pages a loader touches are read
// from disk; anything else (a pipe, /proc) is read into memory. Move-only.
// A mapped file must not be truncated while its bytes are in use (the
// process would get SIGBUS): use it for entente's own data and installed
// packages' files, read at start-up, not for input documents.
#pragma once

#include <string>
#include <string_view>

namespace entente {

class FileBytes {
 public:
  FileBytes() = default;
  // Bytes already in memory (a trainer's output, a fuzzer's input).
  static FileBytes FromString(std::string bytes);
  // False (and `out` empty) when the file cannot be opened or read.
  static bool Open(const std::string& path, FileBytes* out);

  FileBytes(FileBytes&& other) noexcept { *this = std::move(other); }
  FileBytes& operator=(FileBytes&& other) noexcept;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes() { Unmap(); }

  std::string_view bytes() const { return map_ ? std::string_view(map_, map_size_) : std::string_view(owned_); }

 private:
  void Unmap();
  const char* map_ = nullptr;  // a mapping of map_size_ bytes, or null
  size_t map_size_ = 0;
  std::string owned_;          // the bytes when not mapped
};

}  // namespace entente
