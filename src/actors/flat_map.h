// flat_map.h — a small open-addressing hash map from uint64_t keys to
// uint32_t values, for the matcher's trie edges: one allocation, linear
// probing, no deletion. Faster to build and to probe than
// std::unordered_map for tens of thousands of edges.
#pragma once

#include <cstdint>
#include <vector>

namespace entente::actors {

class FlatMap64 {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  // Value for `key`, or kMissing.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    for (size_t i = Hash(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kMissing) return kMissing;
      if (s.key == key) return s.value;
    }
  }
  // Inserts key → value unless present; returns the stored value.
  uint32_t Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (size_t i = Hash(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == kMissing) {
        s = {key, value};
        ++size_;
        return value;
      }
      if (s.key == key) return s.value;
    }
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kMissing;
  };
  static size_t Hash(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return static_cast<size_t>(k);
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.value != kMissing) Insert(s.key, s.value);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace entente::actors
