// matcher.h — the compiled phrase matcher: a token-level trie over folded
// words, built once from a Dictionary, then const and thread-safe. For each
// start token it follows the trie as far as the sentence allows and keeps
// the longest phrase whose case rules the text satisfies (so "US" but not
// "us", "Turkey" but not "turkey"). Cost: one hash look-up per token plus
// one per trie step (plus one per prefix of a token when the dictionary has
// stem phrases, which only PETRARCH dictionaries do). Overlay (preferred)
// phrases are tried before the others ending at the same trie node. Words
// are compared by MatchKey, so punctuation variants ("Hay'at"/"Hayat",
// "ZANU-PF"/"Zanu PF"), a possessive inside a name ("People's Protection
// Units", "Kurdistan Workers' Party") and "U.S."/"US" match one entry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "actors/flat_map.h"
#include "entente/token.h"

namespace entente::actors {

// One phrase found in the text: tokens [begin, end) name `entry`.
struct Hit {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t entry = 0;
  uint32_t phrase = 0;
  bool possessive = false;  // the last token carried "'s" ("Germany's")
  bool ex_prefix = false;   // the first token carried "ex-" ("ex-president")
  bool article = false;     // the first token is an Arabic article joined to a capitalised name ("el-Arish")
};

// Per-thread scratch space for Match().
struct MatchScratch {
  std::vector<uint32_t> word_ids;
  std::vector<uint8_t> flags;
  // FoldWord of each token of the last sentence matched, [first, last):
  // folded once per sentence and read again by the resolver. Strings keep
  // their buffers from sentence to sentence (the vector never shrinks).
  std::vector<std::string> folded;
  std::vector<std::string> keys;       // MatchKey of each token ("" for a clitic)
  std::vector<uint32_t> joined_ids;    // an unknown word joined to the next one
  std::vector<uint32_t> pos;           // the token of each phrase word matched so far
  std::string joined;
};

// The key a word is matched on: the folded word without apostrophes,
// hyphens and full stops ("hay'at" → "hayat", "zanu-pf" → "zanupf",
// "u.s." → "us"). Dictionary words and text words go through the same key,
// so spelling variants of punctuation match without entries of their own.
void MatchKey(std::string_view folded, std::string* out);
// A dictionary word's key: folded, a possessive "'s"/"'" at its end dropped
// (the tokenizer splits it off the text: "People's" → "people"), then MatchKey.
void PhraseWordKey(const std::string& word, std::string* out);

// How a dictionary word constrains the case of the text word it matches:
// any case ("al-Qaeda"'s lower-case words), capitalised ("Turkey", not
// "turkey"), all capitals for short acronyms ("US", "IS": never "us", "is"),
// or exactly as written for mixed case ("LeT", "McCain").
enum CaseRule : uint8_t { kAnyCase = 0, kCapitalised = 1, kAllCaps = 2, kExactCase = 3 };
CaseRule CaseRuleOf(std::string_view word);

class Matcher {
 public:
  explicit Matcher(const Dictionary& dict);

  // Appends the longest, leftmost, non-overlapping hits in tokens
  // [first, last) to *out.
  void Match(const std::vector<Token>& tokens, uint32_t first, uint32_t last, MatchScratch* scratch,
             std::vector<Hit>* out) const;

  size_t node_count() const { return first_.size(); }

 private:
  struct Compiled {
    uint32_t entry = 0;
    std::vector<uint8_t> rules;
    uint32_t next = 0xFFFFFFFFu;     // next phrase ending at the same node
    uint32_t def = 0;                // index into Dictionary::phrases (kExactCase)
    bool preferred = false;          // an overlay entry: tried before the others
    bool stem = false;               // the last word matches as a stem
    bool gappy = false;              // holds the gap word ".."
  };

  static int Strictness(const Compiled& c);
  // Length of the Arabic article and hyphen opening folded word w ("el-" of
  // "el-arish"), or 0 when it has none or nothing of a name follows.
  size_t ArticleLength(std::string_view w) const;
  // Whether lower-case token t may still be a word of a place's name ("the
  // Gaza strip"): not a place noun ("Nairobi city"), nor after a possessive.
  bool LowerWordMayName(const std::vector<Token>& tokens, uint32_t t, uint8_t flags) const;
  // The same for a word as written (folds it first).
  size_t ArticleOf(std::string_view word) const;
  // The trie node a phrase of these keys ends at; inserted when `insert`,
  // else kMissing when a word or edge is not there.
  uint32_t Walk(const std::vector<std::string>& keys, bool insert);
  // Appends a compiled phrase ending at `node` to the node's list (overlay
  // entries first, then strictest case first, then in order added).
  void Link(uint32_t node, Compiled c);
  // Each phrase with an article word also as the bare name, where no
  // phrase of the dictionary already ends at that node.
  void AddBareVariants();
  // A word of `def` opens with a name article ("al-"), or its first word is
  // one written apart ("Ar Raqqah"): AddBareVariants' quick test.
  bool HasArticle(const PhraseDef& def, std::string* folded) const;
  // A stem phrase ending at `node` + a word that the token at `j` starts
  // with (the longest such stem): the phrase, or kMissing.
  uint32_t StemHit(uint32_t node, std::string_view folded, const std::vector<Token>& tokens, uint32_t begin,
                   const uint8_t* flags, const std::string& tag) const;
  uint32_t WordId(std::string_view folded) const;
  bool CaseOk(const Compiled& p, const std::vector<Token>& tokens, uint32_t begin,
              const uint8_t* flags, const uint32_t* pos) const;

  // Folded word → id: an open-addressing table keyed by the word's 64-bit
  // hash (one cache line per look-up), checked against the stored text.
  FlatMap64 word_ids_;
  std::vector<std::string> words_;
  const Dictionary& dict_;
  bool stems_ = false;              // the dictionary has stem phrases
  bool overlay_ = false;            // a PETRARCH overlay is loaded ('_' joins words)
  uint32_t gap_word_ = 0xFFFFFFFFu; // id of the gap word ".." (PETRARCH's blank connector)
  FlatMap64 edges_;                 // (node << 32 | word) → node
  std::vector<uint32_t> first_;     // per node: first phrase ending there, dictionary order
  std::vector<Compiled> phrases_;
};

}  // namespace entente::actors
