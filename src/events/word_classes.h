// word_classes.h — WordNet's semantic classes of nouns and verbs, read from
// the Debian package wordnet-base (the lemmatizer's files): for a lemma, the
// lexicographer files of its first two senses ("verb.communication",
// "noun.act") and, of its first sense, the synset and up to three levels of
// hypernyms. The learned coder's `wordnet` feature group reads them so that a
// verb or event noun the training corpus never had can borrow from known words
// of its class. Load() indexes the lemmas only; a lemma's classes are read
// from the files (a few lines, pread) on its first look-up and kept (start-up time: most of
// WordNet's 66,000 one-word lemmas are never asked for). Safe to share between
// threads: Find() may be called concurrently.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "tag/string_table.h"

namespace entente {

class WordClasses {
 public:
  enum class Pos : uint8_t { kNoun, kVerb };
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr int kLevels = 3;
  struct Classes {
    std::array<uint8_t, 2> lexfile = {0xFF, 0xFF};  // of senses 1 and 2 (0xFF: none)
    uint32_t synset = kNone;                         // the first sense's synset
    std::array<uint32_t, kLevels> hypernyms = {kNone, kNone, kNone};  // its ancestors, nearest first
  };

  // Maps index.{noun,verb} and data.{noun,verb} of `dir` (WordNetDir()) and
  // indexes the one-word lemmas. NotFound naming the package if a file is
  // missing; Corrupt if an index has no lemmas.
  static Result<std::unique_ptr<const WordClasses>> Load(const std::string& dir);

  // The classes of a lower-case lemma, or nullptr if WordNet does not know
  // it. Valid while this object lives. Thread-safe; the first look-up of a
  // lemma reads its synsets (a few lines of the data file), later ones are a
  // table look-up.
  const Classes* Find(std::string_view lemma, Pos pos) const;
  // The synsets of a lemma's first `kChainSenses` senses and each one's
  // hypernyms up to the root (first hypernym at each level, at most
  // kMaxChain per sense), the sense's own synset first; empty if WordNet does
  // not know the lemma. Read on the first call for a lemma and kept (a few
  // dozen lines of the data file); thread-safe. The topic feature group
  // (events/topic_features.h) asks whether a chain reaches an anchor synset.
  static constexpr int kChainSenses = 2;
  static constexpr int kMaxChain = 24;
  std::vector<uint32_t> Ancestors(std::string_view lemma, Pos pos) const;
  // "verb.communication"; "" for 0xFF.
  static std::string_view LexfileName(uint8_t lexfile);
  // A synset's readable name: its first word and part of speech ("assail.v");
  // "" for kNone. A synset's id is its byte offset in its data file, with
  // kVerbSynset set for verbs.
  std::string SynsetName(uint32_t synset) const;
  static constexpr uint32_t kVerbSynset = 0x80000000u;

 private:
  // A lemma's classes once read: state kEmpty until a first Find() claims it
  // (kFilling), then kReady, or kAbsent when its index line is unusable.
  enum State : uint8_t { kEmpty, kFilling, kReady, kAbsent };
  struct Slot {
    std::atomic<uint8_t> state{kEmpty};
    Classes classes;
  };
  struct FileHandle {  // an open file, closed with this object
    int fd = -1;
    FileHandle() = default;
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    ~FileHandle();
  };
  struct PosTables {
    FileHandle index, data;                // open for this object's lifetime
    StringTable lemmas;                    // lemma -> slot
    std::vector<uint32_t> lines;           // slot -> byte offset of its index line
    std::unique_ptr<Slot[]> slots;         // filled on first look-up (hence shared, not const)
  };
  Status LoadPos(const std::string& dir, Pos pos);
  // Fills slot k of `pos`, or waits while another thread does.
  void Fill(Pos pos, uint32_t k) const;
  // The classes of the lemma whose index line starts at `line`; false if the
  // line cannot be read or names no sense (a sense whose synset cannot be
  // read is left at 0xFF / kNone, as when all were read at start-up).
  bool Read(Pos pos, uint32_t line, Classes* out) const;
  // Reads the chains Ancestors() keeps for slot k of `pos`.
  std::vector<uint32_t> ReadChains(Pos pos, uint32_t line) const;
  PosTables tables_[2];
  // Ancestors() of the lemmas asked for, by (pos << 32 | slot).
  mutable std::shared_mutex chains_mu_;
  mutable std::unordered_map<uint64_t, std::vector<uint32_t>> chains_;
};

}  // namespace entente
