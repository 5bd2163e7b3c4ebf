// matcher.cc — trie construction and longest-match search (see matcher.h).
#include "actors/matcher.h"

namespace entente::actors {

namespace {

constexpr uint32_t kNoWord = 0xFFFFFFFFu;
// At most this many words stand in a gap ("Ithilen state-run television").
constexpr uint32_t kMaxGap = 3;
constexpr uint8_t kPossessive = 1, kExPrefix = 2, kClitic = 4;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// The possessive clitics the tokenizer splits off ("People" "'s",
// "Workers" "'"): passed over inside a phrase.
bool IsPossessiveToken(std::string_view folded) { return folded == "'s" || folded == "'"; }

}  // namespace

void MatchKey(std::string_view folded, std::string* out) {
  out->clear();
  for (char c : folded) {
    if (c != '\'' && c != '-' && c != '.') out->push_back(c);
  }
  if (out->empty()) out->assign(folded);  // "--", "."
}

CaseRule CaseRuleOf(std::string_view w) {
  size_t letters = 0, uppers = 0;
  for (char ch : w) {
    letters += IsUpper(ch) || IsLower(ch);
    uppers += IsUpper(ch);
  }
  if (uppers > 0 && uppers == letters && letters <= 3) return kAllCaps;  // US, UN, EU, IS
  if (uppers > 1 && uppers < letters) return kExactCase;                 // LeT, McCain
  if (!w.empty() && IsUpper(w[0])) return kCapitalised;                  // Turkey, Nato
  return kAnyCase;
}

void PhraseWordKey(const std::string& word, std::string* out) {
  std::string folded;
  FoldWord(word, &folded);
  std::string_view f = folded;
  if (f.size() > 2 && f.ends_with("'s")) f.remove_suffix(2);                    // "People's"
  else if (f.size() > 2 && f.back() == '\'' && f[f.size() - 2] == 's') f.remove_suffix(1);  // "Workers'"
  MatchKey(f, out);
}

int Matcher::Strictness(const Compiled& c) {
  int n = 0;
  for (uint8_t r : c.rules) n += r == kAnyCase ? 0 : r == kCapitalised ? 1 : 2;
  return n;
}

Matcher::Matcher(const Dictionary& dict) : dict_(dict), stems_(dict.has_stems()), overlay_(dict.has_overlay()) {
  first_.push_back(FlatMap64::kMissing);  // root
  words_.reserve(dict.phrases().size());
  phrases_.reserve(dict.phrases().size());
  std::string folded;
  for (uint32_t pi = 0; pi < dict.phrases().size(); ++pi) {
    const PhraseDef& def = dict.phrases()[pi];
    Compiled c;
    c.entry = def.entry;
    c.def = pi;
    c.preferred = dict.entries()[def.entry].preferred;
    c.stem = def.stem;
    for (const std::string& w : def.words) c.gappy = c.gappy || w == "..";
    uint32_t node = 0;
    for (const std::string& w : def.words) {
      // Stems and the overlay's gap word are matched as written.
      if (def.stem || w == "..") FoldWord(w, &folded);
      else PhraseWordKey(w, &folded);
      uint32_t word = word_ids_.Insert(std::hash<std::string_view>{}(folded), static_cast<uint32_t>(words_.size()));
      if (word == words_.size()) words_.push_back(folded);
      uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
      uint32_t fresh = static_cast<uint32_t>(first_.size());
      node = edges_.Insert(key, fresh);
      if (node == fresh) {
        first_.push_back(FlatMap64::kMissing);
      }
      c.rules.push_back(CaseRuleOf(w));
    }
    // Phrases ending at one node are tried overlay entries first, then
    // strictest case first, then in dictionary order: "State Department" (a
    // named body) before the role noun "state department", which still
    // matches lower-case text.
    uint32_t id = static_cast<uint32_t>(phrases_.size());
    int strict = Strictness(c) + (c.preferred ? 1000 : 0);
    phrases_.push_back(std::move(c));
    uint32_t* link = &first_[node];
    while (*link != FlatMap64::kMissing &&
           Strictness(phrases_[*link]) + (phrases_[*link].preferred ? 1000 : 0) >= strict) {
      link = &phrases_[*link].next;
    }
    phrases_[id].next = *link;
    *link = id;
  }
  if (overlay_) gap_word_ = WordId("..");
}

uint32_t Matcher::StemHit(uint32_t node, std::string_view folded, const std::vector<Token>& tokens,
                          uint32_t begin, const uint8_t* flags, const std::string& tag) const {
  // With tags: a stem matches nouns and adjectives only ("Eriadorian",
  // "Argentina"; not an adverb or a verb that happens to start alike).
  if (!tag.empty() && !tag.starts_with("NN") && !tag.starts_with("JJ")) return FlatMap64::kMissing;
  for (size_t len = folded.size() - 1; len >= 3 && len < folded.size(); --len) {
    uint32_t w = WordId(folded.substr(0, len));
    if (w == kNoWord) continue;
    uint32_t next = edges_.Find((static_cast<uint64_t>(node) << 32) | w);
    if (next == FlatMap64::kMissing) continue;
    for (uint32_t p = first_[next]; p != FlatMap64::kMissing; p = phrases_[p].next) {
      if (!phrases_[p].stem || !CaseOk(phrases_[p], tokens, begin, flags, nullptr)) continue;
      // A role noun's stem only makes nouns: not "diplomatic", "officially".
      if (!tag.empty() && !tag.starts_with("NN") && dict_.entries()[phrases_[p].entry].kind == ActorKind::kAgent) {
        continue;
      }
      return p;
    }
  }
  return FlatMap64::kMissing;
}

uint32_t Matcher::WordId(std::string_view folded) const {
  uint32_t id = word_ids_.Find(std::hash<std::string_view>{}(folded));
  return (id != FlatMap64::kMissing && words_[id] == folded) ? id : kNoWord;
}

bool Matcher::CaseOk(const Compiled& p, const std::vector<Token>& tokens, uint32_t begin,
                     const uint8_t* flags, const uint32_t* pos) const {
  if (p.gappy) return true;  // overlay phrases are lower case: any case
  for (size_t i = 0; i < p.rules.size(); ++i) {
    // pos: the token (relative to begin) each phrase word matched; absent
    // for a stem look-up, whose words are consecutive tokens.
    uint32_t k = pos ? pos[i] : static_cast<uint32_t>(i);
    const std::string& t = tokens[begin + k].text;
    size_t skip = (flags[k] & kExPrefix) ? 3 : 0;
    if (t.size() <= skip) return false;
    switch (p.rules[i]) {
      case kAnyCase: break;
      case kCapitalised:
        if (IsLower(t[skip])) return false;
        break;
      case kExactCase: {
        const std::string& w = dict_.phrases()[p.def].words[i];
        for (size_t c = 0; c < w.size() && c + skip < t.size(); ++c) {
          if ((IsUpper(w[c]) && IsLower(t[c + skip])) || (IsLower(w[c]) && IsUpper(t[c + skip]))) return false;
        }
        break;
      }
      case kAllCaps:
        for (size_t c = skip; c < t.size(); ++c) {
          if (IsLower(t[c])) return false;
        }
        break;
    }
  }
  return true;
}

void Matcher::Match(const std::vector<Token>& tokens, uint32_t first, uint32_t last, MatchScratch* s,
                    std::vector<Hit>* out) const {
  const uint32_t n = last - first;
  s->word_ids.assign(n, kNoWord);
  s->joined_ids.assign(n, kNoWord);
  s->flags.assign(n, 0);
  if (s->folded.size() < n) s->folded.resize(n);
  if (s->keys.size() < n) s->keys.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string& f = s->folded[i];
    FoldWord(tokens[first + i].text, &f);
    std::string& key = s->keys[i];
    if (IsPossessiveToken(f)) {
      s->flags[i] |= kClitic;
      key.clear();
      continue;
    }
    std::string_view base = f;
    if (f.size() > 2 && f.ends_with("'s")) {
      base.remove_suffix(2);
      s->flags[i] |= kPossessive;
    } else if (f.size() > 1 && f.back() == '\'' && f[f.size() - 2] == 's') {
      base.remove_suffix(1);  // "Philippines'"
      s->flags[i] |= kPossessive;
    } else if (f.size() > 3 && f.starts_with("ex-")) {
      base.remove_prefix(3);
      s->flags[i] |= kExPrefix;
    }
    MatchKey(base, &key);
    s->word_ids[i] = WordId(key);
    if (s->word_ids[i] == kNoWord) s->flags[i] &= static_cast<uint8_t>(~(kPossessive | kExPrefix));
  }
  // "Zanu PF" for "ZANU-PF", "al Qaeda" for "al-Qaeda": an unknown word
  // joined to the next one.
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (s->word_ids[i] != kNoWord || s->keys[i].empty() || s->keys[i + 1].empty() ||
        tokens[first + i].kind != TokenKind::kWord || tokens[first + i + 1].kind != TokenKind::kWord) {
      continue;
    }
    s->joined.assign(s->keys[i]);
    s->joined += s->keys[i + 1];
    s->joined_ids[i] = WordId(s->joined);
  }
  for (uint32_t i = 0; i < n;) {
    uint32_t node = 0, best_len = 0, best_phrase = 0;
    s->pos.clear();
    for (uint32_t j = i; j < n; ++j) {
      uint32_t w = s->word_ids[j];
      uint32_t stem = FlatMap64::kMissing;  // a stem phrase ending here ("Eriadorian" for "eriador")
      if (stems_ && s->folded[j].size() > 3 && !(s->flags[j] & (kPossessive | kExPrefix | kClitic))) {
        stem = StemHit(node, s->folded[j], tokens, first + i, s->flags.data() + i, tokens[first + j].tag);
        if (stem != FlatMap64::kMissing) {
          best_len = j - i + 1;
          best_phrase = stem;
        }
      }
      // A possessive clitic inside a name ("People 's Protection Units").
      if ((s->flags[j] & kClitic) && j > i && j + 1 < n) continue;
      // PETRARCH text joins a name's words with '_' ("Dol_Amroth"): under an
      // overlay a lone '_' token inside a phrase is passed over.
      if (w == kNoWord && overlay_ && j > i && j + 1 < n && tokens[first + j].text == "_") continue;
      // A possessive or ex- token may only end / start a phrase.
      if (j > i && (s->flags[j] & kExPrefix)) break;
      uint32_t at = j;
      if (w == kNoWord && s->joined_ids[j] != kNoWord) {
        w = s->joined_ids[j];
        ++j;
      }
      uint32_t next = w == kNoWord ? FlatMap64::kMissing : edges_.Find((static_cast<uint64_t>(node) << 32) | w);
      if (next == FlatMap64::kMissing && gap_word_ != kNoWord && j > i) {
        // PETRARCH's blank connector: up to kMaxGap other words, then the next word.
        uint32_t g = edges_.Find((static_cast<uint64_t>(node) << 32) | gap_word_);
        for (uint32_t skip = 0; g != FlatMap64::kMissing && skip <= kMaxGap && j + skip < n; ++skip) {
          uint32_t w2 = s->word_ids[j + skip];
          uint32_t to = w2 == kNoWord ? FlatMap64::kMissing : edges_.Find((static_cast<uint64_t>(g) << 32) | w2);
          if (to != FlatMap64::kMissing) {
            next = to;
            s->pos.push_back(at - i);  // the gap word
            j += skip;
            at = j;
            break;
          }
          const Token& gap = tokens[first + j + skip];
          if (gap.kind != TokenKind::kWord || s->folded[j + skip] == "and" || s->folded[j + skip] == "or") break;
        }
      }
      if (next == FlatMap64::kMissing) break;
      node = next;
      s->pos.push_back(at - i);
      for (uint32_t p = first_[node]; p != FlatMap64::kMissing; p = phrases_[p].next) {
        if (phrases_[p].rules.size() == s->pos.size() &&
            CaseOk(phrases_[p], tokens, first + i, s->flags.data() + i, s->pos.data())) {
          // An overlay stem beats a built-in whole word ending at the same token.
          if (stem == FlatMap64::kMissing || phrases_[p].preferred || !phrases_[stem].preferred) {
            best_len = j - i + 1;
            best_phrase = p;
          }
          break;
        }
      }
      if (s->flags[j] & kPossessive) break;
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    Hit h;
    h.begin = first + i;
    h.end = first + i + best_len;
    h.phrase = best_phrase;
    h.entry = phrases_[best_phrase].entry;
    h.possessive = (s->flags[i + best_len - 1] & kPossessive) != 0;
    h.ex_prefix = (s->flags[i] & kExPrefix) != 0;
    out->push_back(h);
    i += best_len;
  }
}

}  // namespace entente::actors
