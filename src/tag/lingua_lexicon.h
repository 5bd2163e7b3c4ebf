// lingua_lexicon.h — the Penn Treebank word/tag counts and tag-bigram
// probabilities of Debian's liblingua-en-tagger-perl, read at run time from
// the installed package (GPL-3 data: never copied into this repository).
//
//   words.yml    word -> {tag: count}, 43,818 words of the Penn Treebank
//   tags.yml     previous tag -> {next tag: P(next | previous)}
//
// Immutable after Load(); safe to share between threads.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "tag/string_table.h"
#include "tag/tagset.h"

namespace entente {

// Where the package installs its data; $ENTENTE_LINGUA_DIR overrides.
inline constexpr const char* kDefaultLinguaDir = "/usr/share/perl5/Lingua/EN/Tagger";
std::string LinguaDir();

struct TagCount {
  Tag tag;
  uint32_t count;
};

class LinguaLexicon {
 public:
  // Reads words.yml and tags.yml from `dir`. NotFound (naming the Debian
  // package) if they are missing, Corrupt if they cannot be parsed.
  static Result<std::unique_ptr<LinguaLexicon>> Load(const std::string& dir);

  // The tag counts of `word` exactly as spelled; empty if unknown.
  std::span<const TagCount> Find(std::string_view word) const;
  // Dense id of `word` (0 .. size()-1), or StringTable::kMissing.
  uint32_t Id(std::string_view word) const { return table_.Find(word); }
  std::span<const TagCount> Entry(uint32_t id) const {
    return {counts_.data() + spans_[id].first, spans_[id].second};
  }
  size_t size() const { return spans_.size(); }
  // Calls fn(word, counts) for every word.
  template <typename Fn>
  void ForEachWord(Fn fn) const {
    table_.ForEach([&](std::string_view w, uint32_t id) { fn(w, Entry(id)); });
  }

  // P(next | previous); `previous` = kPeriod stands for "sentence start".
  float Transition(Tag previous, Tag next) const {
    return transitions_[TagIndex(previous)][TagIndex(next)];
  }
  // Total count of `t` over the whole lexicon.
  uint64_t TagTotal(Tag t) const { return tag_totals_[TagIndex(t)]; }

 private:
  Status ParseWords(std::string_view text);
  Status ParseTags(std::string_view text);

  StringTable table_;
  std::vector<std::pair<uint32_t, uint32_t>> spans_;  // (first, count) into counts_
  std::vector<TagCount> counts_;
  std::array<std::array<float, kNumTags>, kNumTags> transitions_{};
  std::array<uint64_t, kNumTags> tag_totals_{};
};

}  // namespace entente
