#include "ingest/input_walker.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "ingest/input_file.h"

namespace entente::ingest {

namespace fs = std::filesystem;

namespace {

std::string LowerExtension(const std::string& name) {
  size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return "";
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string Join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

}  // namespace

bool KindForDirectoryEntry(const std::string& name, FileKind* kind) {
  if (name.empty() || name[0] == '.') return false;
  std::string ext = LowerExtension(name);
  if (IsGzipName(name)) ext = LowerExtension(name.substr(0, name.size() - 3));
  if (ext == "txt" || ext == "text") {
    *kind = FileKind::kText;
    return true;
  }
  if (ext == "jsonl" || ext == "json" || ext == "ndjson") {
    *kind = FileKind::kJsonl;
    return true;
  }
  return false;
}

bool InputWalker::PushDirectory(const std::string& dir, Diagnostic* problem) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  Frame frame;
  while (!ec && it != end) {
    const fs::directory_entry& e = *it;
    std::string name = e.path().filename().string();
    std::error_code sec;
    // Directory symlinks are not followed (no loops); file symlinks are.
    bool is_dir = e.is_directory(sec) && !e.is_symlink(sec);
    FileKind kind;
    if (!name.empty() && name[0] != '.' && (is_dir || KindForDirectoryEntry(name, &kind))) {
      frame.entries.push_back(Join(dir, name));
    }
    it.increment(ec);
  }
  if (ec) {
    *problem = {Severity::kError, dir, 0, "cannot list directory: " + ec.message()};
    return false;
  }
  std::sort(frame.entries.begin(), frame.entries.end());
  stack_.push_back(std::move(frame));
  return true;
}

bool InputWalker::Next(std::string* path, FileKind* kind, Diagnostic* problem) {
  for (;;) {
    std::string candidate;
    bool from_directory = !stack_.empty();
    if (!stack_.empty()) {
      Frame& top = stack_.back();
      if (top.next == top.entries.size()) {
        stack_.pop_back();
        continue;
      }
      candidate = top.entries[top.next++];
    } else if (next_input_ < inputs_.size()) {
      candidate = inputs_[next_input_++];
    } else {
      return false;
    }
    if (candidate == "-") {
      *path = candidate;
      *kind = FileKind::kSniff;
      return true;
    }
    std::error_code ec;
    fs::file_status st = fs::status(candidate, ec);
    if (ec || !fs::exists(st)) {
      path->clear();
      *problem = {Severity::kError, candidate, 0,
                  "cannot read input: " + (ec ? ec.message() : std::string("no such file or directory"))};
      return true;
    }
    if (fs::is_directory(st)) {
      if (!PushDirectory(candidate, problem)) {
        path->clear();
        return true;
      }
      continue;
    }
    // Found in a directory, a device or FIFO would block or never end.
    if (from_directory && !fs::is_regular_file(st)) {
      path->clear();
      *problem = {Severity::kWarning, candidate, 0,
                  "not a regular file (a device, FIFO or socket); skipped"};
      return true;
    }
    *path = candidate;
    // Listed entries passed the extension filter; files the user named are
    // read whatever their extension.
    if (!KindForDirectoryEntry(fs::path(candidate).filename().string(), kind)) {
      *kind = FileKind::kSniff;
    }
    return true;
  }
}

uint64_t InputWalker::TotalBytes() const {
  uint64_t total = 0;
  for (const std::string& input : inputs_) {
    std::error_code ec;
    if (input == "-") return 0;
    fs::file_status st = fs::status(input, ec);
    if (ec) continue;  // reported when reached
    if (fs::is_regular_file(st)) {
      total += fs::file_size(input, ec);
    } else if (fs::is_directory(st)) {
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
      while (!ec && it != end) {
        std::string name = it->path().filename().string();
        std::error_code sec;
        FileKind kind;
        if (!name.empty() && name[0] == '.') {
          it.disable_recursion_pending();
        } else if (it->is_regular_file(sec) && KindForDirectoryEntry(name, &kind)) {
          total += it->file_size(sec);
        }
        it.increment(ec);
      }
    } else {
      return 0;  // a pipe or device: size unknown
    }
  }
  return total;
}

}  // namespace entente::ingest
