// answer_cache.h — the server's cache of aggregate answers (/api/barometer,
// /api/dyads), bounded by the bytes it holds, not by its number of entries:
// 450 distinct large answers once took a count-bounded cache to 3.65 GB.
// Least recently used answers leave first; an answer larger than an eighth
// of the budget is never kept. An entry is valid only for the store's data
// version it was computed at. Thread-safe.
#pragma once

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "entente/server.h"

namespace entente::serve {

class AnswerCache {
 public:
  explicit AnswerCache(int64_t budget_bytes) : budget_(budget_bytes) {}

  // The answer stored under `key` for `version`, if any.
  std::optional<ApiResponse> Find(const std::string& key, int64_t version);
  // Keeps `response` under `key` (evicting the least recently used answers
  // until the total fits the budget), unless it is too large to keep.
  void Put(const std::string& key, int64_t version, const ApiResponse& response);

  int64_t bytes() const;
  size_t entries() const;

 private:
  struct Entry {
    std::string key;
    int64_t version;
    ApiResponse response;
    int64_t bytes;
  };
  void Erase(std::list<Entry>::iterator it);

  const int64_t budget_;
  mutable std::mutex mu_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  int64_t bytes_ = 0;
};

}  // namespace entente::serve
