#include "tag/train/corpus.h"

#include <cstring>

#include "util/data_dir.h"

namespace entente {

namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The string value of "key" in one JSON object line (first occurrence).
bool JsonString(std::string_view line, std::string_view key, std::string* out) {
  std::string pattern = "\"" + std::string(key) + "\":";
  size_t at = line.find(pattern);
  if (at == std::string_view::npos) return false;
  size_t i = at + pattern.size();
  while (i < line.size() && line[i] == ' ') ++i;
  if (i >= line.size() || line[i] != '"') return false;
  out->clear();
  for (++i; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') return true;
    if (c != '\\') {
      out->push_back(c);
      continue;
    }
    if (++i >= line.size()) return false;
    switch (line[i]) {
      case 'n': out->push_back('\n'); break;
      case 't': out->push_back('\t'); break;
      case 'r': break;
      case 'u': {
        if (i + 4 >= line.size()) return false;
        uint32_t cp = std::stoul(std::string(line.substr(i + 1, 4)), nullptr, 16);
        i += 4;
        if (cp >= 0xD800 && cp < 0xE000) cp = ' ';  // surrogate halves: not worth decoding here
        AppendUtf8(cp, out);
        break;
      }
      default: out->push_back(line[i]);
    }
  }
  return false;
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsAbbreviation(std::string_view w) {
  static const char* kAbbrev[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Gen.", "Gov.",
                                  "Sen.", "Rep.", "Lt.", "Col.", "Sgt.", "Capt.", "Prof.", "Inc.",
                                  "Corp.", "Co.", "Ltd.", "No.", "vs.", "Jan.", "Feb.", "Aug.",
                                  "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Mt.", "Ft.", "e.g.",
                                  "i.e.", "etc.", "Bros.", "Rev."};
  for (const char* a : kAbbrev) {
    if (w == a) return true;
  }
  // Initials and dotted acronyms: "U.S.", "J.", "a.m."
  if (w.size() >= 2 && w.back() == '.') {
    bool dotted = true;
    for (size_t i = 0; i < w.size(); i += 2) {
      if (!IsAlnum(w[i]) || i + 1 >= w.size() || w[i + 1] != '.') dotted = false;
    }
    if (dotted) return true;
  }
  return false;
}

// Splits one whitespace-delimited chunk into tokens.
void SplitChunk(std::string_view chunk, bool split_hyphens, std::vector<std::string>* out) {
  static const char* kOpen[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\"", "'", "(", "[", "{", "`"};
  static const char* kClose[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'", ")", "]", "}",
                                 ",", ";", ":", "!", "?", "..."};
  std::vector<std::string> tail;
  bool changed = true;
  while (!chunk.empty() && changed) {
    changed = false;
    for (const char* p : kOpen) {
      size_t n = std::strlen(p);
      if (chunk.size() > n && chunk.substr(0, n) == p) {
        out->emplace_back(p);
        chunk.remove_prefix(n);
        changed = true;
      }
    }
  }
  changed = true;
  while (!chunk.empty() && changed) {
    changed = false;
    for (const char* p : kClose) {
      size_t n = std::strlen(p);
      if (chunk.size() > n && chunk.substr(chunk.size() - n) == p) {
        // keep "'" of plural possessives attached to nothing: "allies'" -> allies '
        tail.emplace_back(p);
        chunk.remove_suffix(n);
        changed = true;
      }
    }
    if (!changed && chunk.size() > 1 && chunk.back() == '.' && !IsAbbreviation(chunk)) {
      tail.emplace_back(".");
      chunk.remove_suffix(1);
      changed = true;
    }
  }
  // Clitics: "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" (straight or curly
  // apostrophe; emitted with a straight one, as the text stage normalises).
  std::string word(chunk);
  auto ends = [&](const std::string& s) {
    return word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0;
  };
  bool split = false;
  for (const std::string ap : {"'", "\xE2\x80\x99"}) {
    if (ends("n" + ap + "t") || ends("N" + ap + "T")) {
      tail.push_back("n't");
      word.resize(word.size() - ap.size() - 2);
      split = true;
    }
    for (const char* rest : {"s", "S", "re", "ve", "ll", "d", "m"}) {
      if (split) break;
      if (ends(ap + rest)) {
        tail.push_back("'" + std::string(rest));
        word.resize(word.size() - ap.size() - std::strlen(rest));
        split = true;
      }
    }
    if (split) break;
  }
  if (!word.empty()) {
    if (split_hyphens && word.find('-') != std::string::npos && IsAlnum(word.front()) && IsAlnum(word.back())) {
      size_t start = 0;
      for (size_t i = 0; i <= word.size(); ++i) {
        if (i == word.size() || word[i] == '-') {
          if (i > start) out->push_back(word.substr(start, i - start));
          if (i < word.size()) out->push_back("-");
          start = i + 1;
        }
      }
    } else {
      out->push_back(word);
    }
  }
  for (size_t i = tail.size(); i-- > 0;) out->push_back(tail[i]);
}

bool EndsSentence(const std::string& tok) { return tok == "." || tok == "!" || tok == "?"; }

}  // namespace

bool ReadJsonlTexts(const std::string& path, std::vector<std::string>* texts) {
  std::string data;
  if (!ReadFile(path, &data)) return false;
  std::string_view rest = data;
  std::string text;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (JsonString(line, "text", &text) && !text.empty()) texts->push_back(text);
  }
  return true;
}

void SimpleTokenize(std::string_view text, bool split_hyphens, std::vector<std::vector<std::string>>* sentences) {
  std::vector<std::string> cur, toks;
  auto flush = [&] {
    if (!cur.empty()) sentences->push_back(std::move(cur));
    cur.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') flush();
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r') ++j;
    toks.clear();
    SplitChunk(text.substr(i, j - i), split_hyphens, &toks);
    for (std::string& t : toks) cur.push_back(std::move(t));
    // A sentence ends at . ! ? (possibly followed by closing quotes/brackets).
    size_t k = cur.size();
    while (k > 0 && (cur[k - 1] == "\"" || cur[k - 1] == "'" || cur[k - 1] == ")" ||
                     cur[k - 1] == "\xE2\x80\x9D" || cur[k - 1] == "\xE2\x80\x99")) {
      --k;
    }
    if (k > 0 && EndsSentence(cur[k - 1])) flush();
    i = j;
  }
  flush();
}

}  // namespace entente
