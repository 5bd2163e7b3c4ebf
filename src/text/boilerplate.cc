#include "text/boilerplate.h"

#include <string>
#include <unordered_set>

namespace entente {

namespace {

// Whole lines (lower case, punctuation removed, single spaces).
const std::unordered_set<std::string_view>& ExactLines() {
  static const std::unordered_set<std::string_view> set{
      "advertisement", "advertisements", "ad", "sponsored", "sponsored content",
      "leave a comment", "leave a reply", "post a comment", "add a comment", "comments",
      "comment", "view comments", "show comments", "hide comments", "share this article",
      "share this story", "share this", "share", "share article", "share on facebook",
      "share on twitter", "share via email", "share this page", "share this post", "tweet",
      "email", "e mail", "print", "print this article", "read more", "read full article",
      "read the full story", "related", "related articles", "related stories",
      "related content", "related coverage", "related topics", "more stories",
      "more on this story", "recommended", "recommended stories", "you may also like",
      "subscribe", "subscribe now", "sign up", "skip to main content", "skip to content",
      "skip advertisement", "story continues below", "story continues below advertisement",
      "article continues below", "article continues below advertisement", "continue reading",
      "continue reading below", "click here", "log in", "sign in", "back to top",
      "top stories", "most read", "most popular", "trending", "listen to this article",
      "listen", "watch", "video", "photos", "gallery", "see also", "follow us",
      "all rights reserved", "hide caption", "toggle caption", "enlarge this image",
      "image caption", "media caption", "scroll to continue with content", "loading",
      "next article", "previous article", "next story", "previous story", "copy link",
      "link copied", "whatsapp", "facebook", "twitter", "linkedin", "reddit", "telegram",
      "newsletter", "get our newsletter", "sign up for our newsletter", "follow",
      "open in app", "accept cookies", "cookie settings"};
  return set;
}

// Lines that start with these words (then anything).
constexpr std::string_view kPrefixes[] = {
    "click here", "sign up for", "sign up to", "subscribe to", "subscribe for",
    "follow us on", "copyright", "all rights reserved", "reporting by",
    "additional reporting by", "editing by", "writing by", "compiled by", "story continues",
    "image caption", "media caption", "getty images", "file photo", "download our app",
    "download the app", "share this article", "share this story", "this story has been updated",
    "this article has been updated", "want to read more", "you may also like",
    "scroll down to read", "sponsored by"};

// Lines that start with these words followed by a colon ("Related: ...").
constexpr std::string_view kColonPrefixes[] = {
    "related", "see also", "watch", "photo", "photos", "image", "video", "read more",
    "also read", "read also", "listen", "more", "credit", "source", "advertisement",
    "updated", "published", "posted", "last updated", "filed"};

// Bytes of a line that are keyed (longer than every exact line and prefix).
constexpr size_t kKeyBytes = 48;

// Lower-cased words of the line, single spaces; *colon_after_words is the
// number of words before the first ':' (or -1).
std::string Key(std::string_view line, int* words, int* colon_after_words) {
  std::string key;
  key.reserve(line.size());
  *words = 0;
  *colon_after_words = -1;
  bool in_word = false;
  for (char ch : line) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c >= 0x80;
    if (alnum) {
      if (!in_word) {
        if (!key.empty()) key.push_back(' ');
        ++*words;
        in_word = true;
      }
      key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
    } else {
      in_word = false;
      if (c == ':' && *colon_after_words < 0) *colon_after_words = *words;
    }
  }
  return key;
}

bool StartsWithWords(std::string_view key, std::string_view prefix) {
  return key.size() >= prefix.size() && key.substr(0, prefix.size()) == prefix &&
         (key.size() == prefix.size() || key[prefix.size()] == ' ');
}

// First words of every pattern: a line whose first word is not among them
// is rejected without building its key (most lines of a story).
const std::unordered_set<std::string>& FirstWords() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> words;
    auto add = [&words](std::string_view p) { words.emplace(p.substr(0, p.find(' '))); };
    for (std::string_view p : ExactLines()) add(p);
    for (std::string_view p : kPrefixes) add(p);
    for (std::string_view p : kColonPrefixes) add(p);
    return words;
  }();
  return set;
}

// "By Jane Roe", "By Jane Roe and Ali Khan, Entente Wire": a byline of at
// most kMaxBylineWords capitalised words (and "and"), without a final stop.
bool IsByline(std::string_view line) {
  constexpr int kMaxBylineWords = 8;
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() < 4 || (line.substr(0, 3) != "By " && line.substr(0, 3) != "BY ")) return false;
  if (line.back() == '.' || line.back() == '!' || line.back() == '?') return false;
  int words = 0;
  size_t i = 3;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',')) ++i;
    if (i >= line.size()) break;
    size_t e = i;
    while (e < line.size() && line[e] != ' ' && line[e] != ',') ++e;
    std::string_view w = line.substr(i, e - i);
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (w != "and" && !(c >= 'A' && c <= 'Z') && c < 0x80) return false;
    if (++words > kMaxBylineWords) return false;
    i = e;
  }
  return words >= 1;
}

int CountWords(std::string_view s) {
  int n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

}  // namespace

bool IsBoilerplateLine(std::string_view line) {
  // Cheap reject: long lines are article text.
  if (line.size() > kMaxBoilerplateBytes) return false;
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '(')) ++i;
  std::string_view rest = line.substr(i);
  if (rest.substr(0, 2) == "\xC2\xA9") return true;  // ©
  // Every pattern is decided by the first few words: only they are keyed.
  char first[16];
  size_t n = 0;
  for (char ch : rest) {
    bool upper = ch >= 'A' && ch <= 'Z';
    if (!upper && !(ch >= 'a' && ch <= 'z')) break;
    if (n == sizeof first) return false;
    first[n++] = upper ? static_cast<char>(ch + 32) : ch;
  }
  if (n == 2 && first[0] == 'b' && first[1] == 'y') return IsByline(rest);
  if (n == 0 || FirstWords().count(std::string(first, n)) == 0) return false;
  int words = 0, colon = -1;
  std::string key = Key(line.substr(0, kKeyBytes), &words, &colon);
  if (key.empty()) return false;
  if (line.size() <= kKeyBytes && ExactLines().count(key) > 0) return true;
  for (std::string_view p : kPrefixes) {
    if (StartsWithWords(key, p)) return true;
  }
  for (std::string_view p : kColonPrefixes) {
    if (colon == CountWords(p) && StartsWithWords(key, p)) return true;
  }
  return false;
}

}  // namespace entente
