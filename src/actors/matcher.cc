// matcher.cc — trie construction and longest-match search (see matcher.h).
#include "actors/matcher.h"

namespace entente::actors {

namespace {

constexpr uint32_t kNoWord = 0xFFFFFFFFu;
// At most this many words stand in a gap ("Ithilen state-run television").
constexpr uint32_t kMaxGap = 3;
constexpr uint8_t kPossessive = 1, kExPrefix = 2, kClitic = 4, kArticle = 8;

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
  std::vector<std::string> keys;
  for (uint32_t pi = 0; pi < dict.phrases().size(); ++pi) {
    const PhraseDef& def = dict.phrases()[pi];
    Compiled c;
    c.entry = def.entry;
    c.def = pi;
    c.preferred = dict.entries()[def.entry].preferred;
    c.stem = def.stem;
    keys.assign(def.words.size(), std::string());
    for (size_t k = 0; k < def.words.size(); ++k) {
      const std::string& w = def.words[k];
      c.gappy = c.gappy || w == "..";
      // Stems and the overlay's gap word are matched as written.
      if (def.stem || w == "..") FoldWord(w, &keys[k]);
      else PhraseWordKey(w, &keys[k]);
      c.rules.push_back(CaseRuleOf(w));
    }
    Link(Walk(keys, true), std::move(c));
  }
  AddBareVariants();
  if (overlay_) gap_word_ = WordId("..");
}

uint32_t Matcher::Walk(const std::vector<std::string>& keys, bool insert) {
  uint32_t node = 0;
  for (const std::string& k : keys) {
    uint32_t word = insert ? word_ids_.Insert(std::hash<std::string_view>{}(k), static_cast<uint32_t>(words_.size()))
                           : WordId(k);
    if (word == kNoWord) return FlatMap64::kMissing;
    if (word == words_.size()) words_.push_back(k);
    uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
    if (!insert) {
      node = edges_.Find(key);
      if (node == FlatMap64::kMissing) return node;
      continue;
    }
    uint32_t fresh = static_cast<uint32_t>(first_.size());
    node = edges_.Insert(key, fresh);
    if (node == fresh) first_.push_back(FlatMap64::kMissing);
  }
  return node;
}

void Matcher::Link(uint32_t node, Compiled c) {
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

bool Matcher::LowerWordMayName(const std::vector<Token>& tokens, uint32_t t, uint8_t flags) const {
  if (flags & (kPossessive | kExPrefix | kArticle)) return false;
  // After "'s" the words name something of the place ("Nairobi's city").
  if (t > 0 && IsPossessiveToken(tokens[t - 1].text)) return false;
  std::string folded;
  FoldWord(tokens[t].text, &folded);
  return !dict_.IsPlaceNoun(folded);  // "Nairobi city", "Kano state": the name and a place noun
}

size_t Matcher::ArticleOf(std::string_view word) const {
  std::string folded;
  FoldWord(word, &folded);
  return ArticleLength(folded);
}

size_t Matcher::ArticleLength(std::string_view w) const {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 3 > w.size()) return 0;
  return dict_.IsWord(WordClass::kNameArticle, w.substr(0, dash)) ? dash + 1 : 0;
}

bool Matcher::HasArticle(const PhraseDef& def, std::string* folded) const {
  for (std::string_view w : def.words) {
    if (w.find('-') == std::string_view::npos) continue;
    FoldWord(w, folded);
    if (ArticleLength(*folded) > 0) return true;
  }
  if (def.words.size() < 2) return false;
  FoldWord(def.words[0], folded);
  return dict_.IsWord(WordClass::kNameArticleApart, *folded);
}

void Matcher::AddBareVariants() {
  std::vector<std::string> keys;
  std::string folded;
  const size_t originals = phrases_.size();
  for (uint32_t id = 0; id < originals; ++id) {
    if (phrases_[id].stem || phrases_[id].gappy) continue;
    const PhraseDef& def = dict_.phrases()[phrases_[id].def];
    if (!HasArticle(def, &folded)) continue;  // most names: nothing to copy
    Compiled c = phrases_[id];
    c.next = FlatMap64::kMissing;
    keys.assign(def.words.size(), std::string());
    bool bare = false;
    for (size_t k = 0; k < def.words.size(); ++k) {
      std::string_view w = def.words[k];
      FoldWord(w, &folded);
      size_t skip = ArticleLength(folded);
      if (skip > 0) {
        w.remove_prefix(skip);
        bare = true;
        // An exact-case rule reads the file's word, which still has its article.
        c.rules[k] = CaseRuleOf(w) == kExactCase ? kCapitalised : CaseRuleOf(w);
      }
      PhraseWordKey(std::string(w), &keys[k]);
    }
    // "Ar Raqqah", "Al Mansurah" (libgeonames writes the article apart):
    // also the name alone, when it is not a short word ("As Salt", "At Tall").
    if (!bare && keys.size() >= 2 && (keys.size() > 2 || keys[1].size() >= 5)) {
      FoldWord(def.words[0], &folded);
      if (dict_.IsWord(WordClass::kNameArticleApart, folded)) {
        keys.erase(keys.begin());
        c.rules.erase(c.rules.begin());
        for (uint8_t& r : c.rules) if (r == kExactCase) r = kCapitalised;  // the file's words no longer align
        bare = true;
      }
    }
    if (!bare) continue;
    // A phrase of its own ("Arish" beside "al-Arish") wins: no variant.
    uint32_t there = Walk(keys, false);
    if (there != FlatMap64::kMissing && first_[there] != FlatMap64::kMissing) continue;
    Link(Walk(keys, true), std::move(c));
  }
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
  // A place's name of several words may have one written in lower case ("the
  // Gaza strip", "the central African Republic"), but not the first of two
  // ("south Sudan" is a direction and Sudan).
  const size_t n = p.rules.size();
  int lower_left = n >= 2 && dict_.entries()[p.entry].precision != Precision::kNone ? 1 : 0;
  for (size_t i = 0; i < n; ++i) {
    // pos: the token (relative to begin) each phrase word matched; absent
    // for a stem look-up, whose words are consecutive tokens.
    uint32_t k = pos ? pos[i] : static_cast<uint32_t>(i);
    const std::string& t = tokens[begin + k].text;
    size_t skip = (flags[k] & kExPrefix) ? 3 : 0;
    if (flags[k] & kArticle) skip = t.find('-') + 1;  // an article's case is free: "al-Raqqa" for "Al-Raqqa"
    if (t.size() <= skip) return false;
    switch (p.rules[i]) {
      case kAnyCase: break;
      case kCapitalised:
        if (!IsLower(t[skip])) break;
        if (lower_left == 0 || (i == 0 && n == 2) || !LowerWordMayName(tokens, begin + k, flags[k])) return false;
        --lower_left;
        break;
      case kExactCase: {
        std::string_view w = dict_.phrases()[p.def].words[i];
        if (flags[k] & kArticle) w.remove_prefix(ArticleOf(w));
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
    if (size_t a = ArticleLength(base); a > 0) {
      s->flags[i] |= kArticle;
      if (s->word_ids[i] == kNoWord) {
        MatchKey(base.substr(a), &key);  // "el-Arish" → "Arish"
        s->word_ids[i] = WordId(key);
      }
    }
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
    const std::string& opening = tokens[first + i].text;
    size_t a = ArticleLength(s->folded[i]);
    h.article = a > 0 && a < opening.size() && IsUpper(opening[a]);
    out->push_back(h);
    i += best_len;
  }
}

}  // namespace entente::actors
