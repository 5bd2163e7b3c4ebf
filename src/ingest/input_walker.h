// input_walker.h — expands the inputs the user named (files, directories,
// "-") into the files to read, in a deterministic order: inputs as given,
// directories recursively in byte order of their entries. Directories are
// listed one at a time as reached, so memory does not grow with the corpus.
// Internal to the ingest stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/diagnostics.h"

namespace entente::ingest {

// How to read a file. Each extension may be followed by ".gz" (the file is
// then decompressed as it is read).
enum class FileKind {
  kText,   // one plain-text document (.txt, .text)
  kJsonl,  // JSON Lines (.jsonl, .json, .ndjson)
  kSniff,  // decide from the first non-space byte ('{' → JSON Lines)
};

// The kind for a file name found inside a directory; false if such files
// are not read (other extensions, hidden files).
bool KindForDirectoryEntry(const std::string& name, FileKind* kind);

class InputWalker {
 public:
  explicit InputWalker(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {}

  // The next file to read. A named input that does not exist, or a
  // directory that cannot be listed, becomes an error Diagnostic in
  // *problem (returned with true and an empty *path); false at the end.
  bool Next(std::string* path, FileKind* kind, Diagnostic* problem);

  // Sum of the sizes of the files the walk will yield, or 0 if unknown
  // (standard input or another non-regular file is among the inputs).
  // Walks every directory once; no diagnostics.
  uint64_t TotalBytes() const;

 private:
  struct Frame {
    std::vector<std::string> entries;  // full paths, sorted
    size_t next = 0;
  };
  // Lists `dir` into a new frame; false (and *problem) if it cannot be read.
  bool PushDirectory(const std::string& dir, Diagnostic* problem);

  std::vector<std::string> inputs_;
  size_t next_input_ = 0;
  std::vector<Frame> stack_;
};

}  // namespace entente::ingest
