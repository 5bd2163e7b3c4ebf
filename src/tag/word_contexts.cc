#include "tag/word_contexts.h"

#include "util/lines.h"

namespace entente {

Result<std::unique_ptr<WordContexts>> WordContexts::Parse(std::string_view text, const std::string& name) {
  auto out = std::make_unique<WordContexts>();
  size_t line_no = 0;
  std::string_view line;
  while (NextLine(&text, &line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::string_view field[1 + kContexts];
    int n = 0;
    for (; n < 1 + kContexts && !line.empty(); ++n) {
      size_t tab = line.find('\t');
      field[n] = line.substr(0, tab);
      line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    }
    if (n != 1 + kContexts || !line.empty() || field[0].empty()) {
      return Status::Corrupt(name + ":" + std::to_string(line_no) + ": expected a word and " +
                             std::to_string(kContexts) + " context words separated by tabs");
    }
    Hashes h;
    for (int k = 0; k < kContexts; ++k) h[k] = HashBytes(field[1 + k], 0x5EED0000ULL + k);
    uint32_t id = static_cast<uint32_t>(out->contexts_.size());
    if (out->table_.Insert(field[0], id) != id) {
      return Status::Corrupt(name + ":" + std::to_string(line_no) + ": word listed twice");
    }
    out->contexts_.push_back(h);
  }
  return out;
}

const WordContexts::Hashes* WordContexts::Find(std::string_view lower) const {
  uint32_t id = table_.Find(lower);
  return id == StringTable::kMissing ? nullptr : &contexts_[id];
}

}  // namespace entente
