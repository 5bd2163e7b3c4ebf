#include "tag/train/corpus.h"

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

}  // namespace entente
