#include "serve/answer_cache.h"

namespace entente::serve {

namespace {
// Bookkeeping per entry besides the key and body (list and map nodes).
constexpr int64_t kEntryOverhead = 256;
}  // namespace

std::optional<ApiResponse> AnswerCache::Find(const std::string& key, int64_t version) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  if (it->second->version != version) {
    Erase(it->second);
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->response;
}

void AnswerCache::Put(const std::string& key, int64_t version, const ApiResponse& response) {
  int64_t size = static_cast<int64_t>(2 * key.size() + response.body.size() +
                                      response.content_type.size()) + kEntryOverhead;
  if (budget_ <= 0 || size > budget_ / 8) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (auto it = index_.find(key); it != index_.end()) Erase(it->second);
  while (!lru_.empty() && bytes_ + size > budget_) Erase(std::prev(lru_.end()));
  lru_.push_front(Entry{key, version, response, size});
  index_[key] = lru_.begin();
  bytes_ += size;
}

void AnswerCache::Erase(std::list<Entry>::iterator it) {
  bytes_ -= it->bytes;
  index_.erase(it->key);
  lru_.erase(it);
}

int64_t AnswerCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

size_t AnswerCache::entries() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

}  // namespace entente::serve
