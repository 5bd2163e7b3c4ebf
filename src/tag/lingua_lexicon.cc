#include "tag/lingua_lexicon.h"

#include <charconv>
#include <cstdlib>

#include "util/data_dir.h"
#include "util/lines.h"

namespace entente {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits `KEY: { a: 1, b: 2 }` into the key (unquoted) and the inside of the
// braces. False if the line has another shape.
bool SplitLine(std::string_view line, std::string_view* key, std::string_view* body) {
  size_t colon;
  if (!line.empty() && line.front() == '"') {
    size_t close = line.find('"', 1);
    if (close == std::string_view::npos) return false;
    *key = line.substr(1, close - 1);
    colon = line.find(':', close);
  } else {
    colon = line.find(": {");
    *key = line.substr(0, colon);
  }
  if (colon == std::string_view::npos) return false;
  size_t open = line.find('{', colon);
  size_t close = line.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return false;
  *body = line.substr(open + 1, close - open - 1);
  return true;
}

// Calls fn(name, value_text) for each "name: value" pair of a brace body.
template <typename Fn>
bool ForEachPair(std::string_view body, Fn fn) {
  while (!body.empty()) {
    size_t comma = body.find(',');
    std::string_view item = Trim(body.substr(0, comma));
    body = comma == std::string_view::npos ? std::string_view() : body.substr(comma + 1);
    if (item.empty()) continue;
    size_t colon = item.find(':');
    if (colon == std::string_view::npos) return false;
    if (!fn(Trim(item.substr(0, colon)), Trim(item.substr(colon + 1)))) return false;
  }
  return true;
}

}  // namespace

std::string LinguaDir() {
  if (const char* env = std::getenv("ENTENTE_LINGUA_DIR"); env && *env) return env;
  return kDefaultLinguaDir;
}

Result<std::unique_ptr<LinguaLexicon>> LinguaLexicon::Load(const std::string& dir) {
  auto lex = std::make_unique<LinguaLexicon>();
  std::string text;
  for (const char* name : {"words.yml", "tags.yml"}) {
    std::string path = dir + "/" + name;
    if (!ReadFile(path, &text) || text.empty()) {
      return Status::NotFound("cannot read " + path +
                              " (install the Debian package liblingua-en-tagger-perl, "
                              "or set ENTENTE_LINGUA_DIR)");
    }
    Status st = name[0] == 'w' ? lex->ParseWords(text) : lex->ParseTags(text);
    if (!st.ok()) return Status::Corrupt(path + ": " + st.message());
  }
  return lex;
}

Status LinguaLexicon::ParseWords(std::string_view text) {
  table_.Reserve(48000);
  spans_.reserve(48000);
  counts_.reserve(80000);
  size_t line_no = 0;
  std::string_view line;
  while (NextLine(&text, &line)) {
    ++line_no;
    if (line.empty() || line.rfind("---", 0) == 0) continue;
    std::string_view key, body;
    if (!SplitLine(line, &key, &body)) return Status::Corrupt("line " + std::to_string(line_no) + ": unexpected shape");
    uint32_t first = static_cast<uint32_t>(counts_.size());
    bool ok = ForEachPair(body, [&](std::string_view tag_name, std::string_view value) {
      Tag t;
      uint32_t n = 0;
      if (!ParseLinguaTagName(tag_name, &t)) return true;  // tag we do not model
      auto r = std::from_chars(value.data(), value.data() + value.size(), n);
      if (r.ec != std::errc()) return false;
      counts_.push_back({t, n});
      tag_totals_[TagIndex(t)] += n;
      return true;
    });
    if (!ok) return Status::Corrupt("line " + std::to_string(line_no) + ": bad count");
    uint32_t n = static_cast<uint32_t>(counts_.size()) - first;
    if (n == 0) continue;
    uint32_t id = static_cast<uint32_t>(spans_.size());
    if (table_.Insert(key, id) != id) {
      counts_.resize(first);  // duplicate key: keep the first
      continue;
    }
    spans_.push_back({first, n});
  }
  if (spans_.empty()) return Status::Corrupt("no words");
  return Status::Ok();
}

Status LinguaLexicon::ParseTags(std::string_view text) {
  size_t rows = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty() || line.rfind("---", 0) == 0) continue;
    std::string_view key, body;
    Tag prev;
    if (!SplitLine(line, &key, &body)) return Status::Corrupt("unexpected line shape");
    if (!ParseLinguaTagName(key, &prev)) continue;
    ++rows;
    bool ok = ForEachPair(body, [&](std::string_view tag_name, std::string_view value) {
      Tag next;
      if (!ParseLinguaTagName(tag_name, &next)) return true;
      char* end = nullptr;
      std::string v(value);
      float p = std::strtof(v.c_str(), &end);
      if (end == v.c_str()) return false;
      transitions_[TagIndex(prev)][TagIndex(next)] = p;
      return true;
    });
    if (!ok) return Status::Corrupt("bad probability");
  }
  if (rows == 0) return Status::Corrupt("no tag rows");
  return Status::Ok();
}

std::span<const TagCount> LinguaLexicon::Find(std::string_view word) const {
  uint32_t id = table_.Find(word);
  if (id == StringTable::kMissing) return {};
  return Entry(id);
}

}  // namespace entente
