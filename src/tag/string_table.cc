#include "tag/string_table.h"

namespace entente {

void StringTable::Reserve(size_t n) {
  size_t want = 16;
  while (want < n * 2) want <<= 1;
  if (want <= slots_.size()) return;
  arena_.reserve(n * 8);
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(want, Slot());
  size_t mask = want - 1;
  for (const Slot& s : old) {
    if (s.value == kMissing) continue;
    size_t i = s.hash & mask;
    while (slots_[i].value != kMissing) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void StringTable::Grow() { Reserve(slots_.empty() ? 8 : slots_.size()); }

uint32_t StringTable::Insert(std::string_view key, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  uint64_t h = HashBytes(key);
  Slot& s = slots_[Probe(key, h)];
  if (s.value != kMissing) return s.value;
  s.hash = h;
  s.key_offset = static_cast<uint32_t>(arena_.size());
  s.key_length = static_cast<uint32_t>(key.size());
  s.value = value;
  arena_.append(key);
  ++size_;
  return value;
}

uint32_t StringTable::Find(std::string_view key) const {
  if (slots_.empty()) return kMissing;
  return slots_[Probe(key, HashBytes(key))].value;
}

size_t StringTable::Probe(std::string_view key, uint64_t h) const {
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].value != kMissing && !(slots_[i].hash == h && KeyOf(slots_[i]) == key)) {
    i = (i + 1) & mask;
  }
  return i;
}

}  // namespace entente
