// object_classes.cc — what promises and deeds are about: classes of words
// (data/commitments/objects.txt; doc/codebook.md, "Follow-up").
#include <algorithm>
#include <cctype>

#include "entente/follow_up.h"

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

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Result<ObjectClasses> ObjectClasses::Parse(const std::string& text, const std::string& file) {
  ObjectClasses oc;
  size_t line_no = 0, start = 0;
  bool saw_format = false;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string where = file + ":" + std::to_string(line_no) + ": ";
    if (!saw_format) {
      if (line != kFormat) return Status::Unsupported(where + "expected '" + std::string(kFormat) + "'");
      saw_format = true;
      continue;
    }
    size_t tab = line.find('\t');
    std::string cls = Trim(line.substr(0, tab));
    if (tab == std::string::npos || cls.empty()) return Status::Corrupt(where + "expected CLASS<TAB>entries");
    for (size_t b = tab + 1; b <= line.size();) {
      size_t comma = std::min(line.find(',', b), line.size());
      std::vector<std::string> words = LowerWords(line.substr(b, comma - b));
      b = comma + 1;
      if (words.empty()) return Status::Corrupt(where + "an empty entry in class '" + cls + "'");
      std::string entry;
      for (const std::string& w : words) entry += (entry.empty() ? "" : " ") + w;
      oc.entries_.emplace_back(entry, cls);
      oc.longest_ = std::max(oc.longest_, words.size());
    }
  }
  if (!saw_format) return Status::Corrupt(file + ": no '" + std::string(kFormat) + "' line");
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
    bool number = std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
    if (head.empty() && (number || In(w, "-determiner"))) continue;
    if (In(w, "-boundary")) break;
    head = w;
  }
  return head;
}

std::string ObjectClasses::FindHead(const std::string& text, const std::string& head) {
  if (head.empty()) return "";
  for (const std::string& w : LowerWords(text)) {
    if (w == head || w == head + "s" || w == head + "es" || (head.size() > 3 && head.back() == 's' && w + "s" == head)) {
      return w;
    }
  }
  return "";
}

}  // namespace entente
