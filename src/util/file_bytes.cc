#include "util/file_bytes.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

#include "util/data_dir.h"

namespace entente {

FileBytes FileBytes::FromString(std::string bytes) {
  FileBytes f;
  f.owned_ = std::move(bytes);
  return f;
}

bool FileBytes::Open(const std::string& path, FileBytes* out) {
  *out = FileBytes();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  void* map = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    map = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (map != MAP_FAILED) {
    out->map_ = static_cast<const char*>(map);
    out->map_size_ = static_cast<size_t>(st.st_size);
    return true;
  }
  return ReadFile(path, &out->owned_);  // not a regular file, empty, or not mappable
}

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
  if (this != &other) {
    Unmap();
    map_ = std::exchange(other.map_, nullptr);
    map_size_ = std::exchange(other.map_size_, 0);
    owned_ = std::move(other.owned_);
    other.owned_.clear();
  }
  return *this;
}

void FileBytes::Unmap() {
  if (map_) ::munmap(const_cast<char*>(map_), map_size_);
  map_ = nullptr;
  map_size_ = 0;
}

}  // namespace entente
