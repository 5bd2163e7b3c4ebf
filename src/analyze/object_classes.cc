// object_classes.cc — what promises and deeds are about: classes of words
// (data/commitments/objects.txt; doc/codebook.md, "Follow-up").
#include <algorithm>
#include <cctype>

#include "commitments/word_util.h"
#include "entente/follow_up.h"
#include "events/text_util.h"

namespace entente {

namespace {

constexpr const char* kFormat = "entente-objects 1";

// The lower-cased words of `text` (letters, digits, '-' inside a word); a
// possessive "'s" ends its word.
std::vector<std::string> LowerWords(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    while (!w.empty() && w.back() == '-') w.pop_back();
    if (!w.empty()) out.push_back(w);
    w.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (std::isalnum(ch) || (ch == '-' && !w.empty()) || ch >= 0x80) {
      w += static_cast<char>(std::tolower(ch));
    } else {
      flush();
      if (ch == '\'' && i + 1 < text.size() && (text[i + 1] == 's' || text[i + 1] == 'S')) ++i;
    }
  }
  flush();
  return out;
}

}  // namespace

Result<ObjectClasses> ObjectClasses::Parse(const std::string& text, const std::string& file) {
  ObjectClasses oc;
  Status bad = Status::Ok();
  Status read = ForEachDataLine(text, file, kFormat, [&](uint64_t line_no, std::string_view line) {
    std::string where = file + ":" + std::to_string(line_no) + ": ";
    size_t tab = line.find('\t');
    std::string cls(Trim(line.substr(0, tab)));
    if (tab == std::string_view::npos || cls.empty()) {
      if (bad.ok()) bad = Status::Corrupt(where + "expected CLASS<TAB>entries");
      return;
    }
    for (std::string_view entry : Split(line.substr(tab + 1), ',')) {
      std::vector<std::string> words = LowerWords(std::string(entry));
      if (words.empty()) {
        if (bad.ok()) bad = Status::Corrupt(where + "an empty entry in class '" + cls + "'");
        return;
      }
      std::string joined;
      for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
      oc.entries_.emplace_back(joined, cls);
      oc.longest_ = std::max(oc.longest_, words.size());
    }
  });
  if (!read.ok()) return read;
  if (!bad.ok()) return bad;
  std::sort(oc.entries_.begin(), oc.entries_.end());
  oc.entries_.erase(std::unique(oc.entries_.begin(), oc.entries_.end()), oc.entries_.end());
  return oc;
}

std::vector<ObjectMention> ObjectClasses::Find(const std::string& text) const {
  std::vector<ObjectMention> out;
  std::vector<std::string> words = LowerWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string phrase;
    for (size_t n = 0; n < longest_ && i + n < words.size(); ++n) {
      phrase += (n ? " " : "") + words[i + n];
      auto it = std::lower_bound(entries_.begin(), entries_.end(), std::make_pair(phrase, std::string()));
      for (; it != entries_.end() && it->first == phrase; ++it) {
        if (it->second[0] == '-') continue;
        bool seen = std::any_of(out.begin(), out.end(), [&](const ObjectMention& m) { return m.object == it->second; });
        if (!seen) out.push_back({it->second, phrase});
      }
    }
  }
  return out;
}

bool ObjectClasses::In(const std::string& word, const std::string& cls) const {
  return std::binary_search(entries_.begin(), entries_.end(), std::make_pair(word, cls));
}

std::string ObjectClasses::HeadWord(const std::string& object) const {
  std::string head;
  for (const std::string& w : LowerWords(object)) {
    bool number = std::all_of(w.begin(), w.end(),
                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
    if (head.empty() && (number || In(w, "-determiner"))) continue;
    if (In(w, "-boundary")) break;
    head = w;
  }
  return head;
}

std::string ObjectClasses::FindHead(const std::string& text, const std::string& head) {
  if (head.empty()) return "";
  for (const std::string& w : LowerWords(text)) {
    bool plural = w == head + "s" || w == head + "es", singular = head.size() > 3 && w + "s" == head;
    if (w == head || plural || singular) {
      return w;
    }
  }
  return "";
}

}  // namespace entente
