// string_table.h — an immutable-after-build map from strings to small
// integers (open addressing, one arena for the keys). Used for the tagger's
// lexicon, the lemmatizer's word lists and the model's feature table: one
// probe sequence, no allocation on lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// 64-bit FNV-1a; also used to hash features that never become strings.
inline uint64_t HashBytes(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

class StringTable {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  // Inserts `key` with `value` if absent; returns the value stored for `key`
  // (the existing one if it was present).
  uint32_t Insert(std::string_view key, uint32_t value);
  // The value for `key`, or kMissing.
  uint32_t Find(std::string_view key) const;
  size_t size() const { return size_; }
  // Pre-sizes for `n` keys.
  void Reserve(size_t n);
  // Calls fn(key, value) for every entry, in no particular order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (const Slot& s : slots_) {
      if (s.value != kMissing) fn(KeyOf(s), s.value);
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_offset = 0;
    uint32_t key_length = 0;
    uint32_t value = kMissing;
  };
  void Grow();
  // The slot holding `key` (hash `h`), or the empty slot where it would go.
  size_t Probe(std::string_view key, uint64_t h) const;
  std::string_view KeyOf(const Slot& s) const { return {arena_.data() + s.key_offset, s.key_length}; }

  std::vector<Slot> slots_;  // power-of-two size, value kMissing = empty
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace entente
