#include "tag/conllu.h"

#include <charconv>

#include "util/data_dir.h"
#include "util/lines.h"

namespace entente {

namespace {

// Splits a line at tabs into exactly ten fields; false otherwise.
bool SplitColumns(std::string_view line, std::string_view* cols) {
  int n = 0;
  while (n < 10) {
    size_t tab = line.find('\t');
    cols[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n == 10 && line.find('\t') == std::string_view::npos;
}

bool ParseInt(std::string_view s, int* v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string Column(std::string_view s) { return s == "_" ? std::string() : std::string(s); }

void Report(DiagnosticSink* sink, const std::string& name, uint64_t line, std::string why) {
  if (sink) sink->Report({Severity::kError, name, line, std::move(why)});
}

}  // namespace

std::string_view UniversalRelation(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

size_t ParseConllu(std::string_view text, const std::string& name, DiagnosticSink* sink,
                   std::vector<ConlluSentence>* out) {
  size_t problems = 0;
  ConlluSentence cur;
  bool bad = false;
  uint64_t lineno = 0;
  auto flush = [&] {
    if (!cur.words.empty() && !bad) {
      for (const ConlluWord& w : cur.words) {
        if (w.head > static_cast<int>(cur.words.size())) {
          Report(sink, name, cur.line, "a head points past the end of its sentence");
          ++problems;
          bad = true;
          break;
        }
      }
      if (!bad) out->push_back(std::move(cur));
    }
    cur = ConlluSentence();
    bad = false;
  };
  std::string_view line;
  while (NextLine(&text, &line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (cur.words.empty()) cur.comments.emplace_back(line);
      continue;
    }
    std::string_view c[10];
    if (!SplitColumns(line, c)) {
      if (!bad) Report(sink, name, lineno, "expected 10 tab-separated columns");
      problems += !bad;
      bad = true;
      continue;
    }
    if (c[0].find_first_of("-.") != std::string_view::npos) continue;  // range or empty node
    int id = 0;
    ConlluWord w;
    if (!ParseInt(c[0], &id) || id != static_cast<int>(cur.words.size()) + 1) {
      if (!bad) Report(sink, name, lineno, "word ids must count 1, 2, 3, … within a sentence");
      problems += !bad;
      bad = true;
      continue;
    }
    if (c[6] != "_" && (!ParseInt(c[6], &w.head) || w.head < 0)) {
      if (!bad) Report(sink, name, lineno, "the head column is not a word id");
      problems += !bad;
      bad = true;
      continue;
    }
    if (cur.words.empty()) cur.line = lineno;
    w.form = std::string(c[1]);
    w.lemma = Column(c[2]);
    w.upos = Column(c[3]);
    w.xpos = Column(c[4]);
    w.feats = Column(c[5]);
    w.deprel = Column(c[7]);
    cur.words.push_back(std::move(w));
  }
  flush();
  return problems;
}

bool ReadConlluFile(const std::string& path, DiagnosticSink* sink, std::vector<ConlluSentence>* out) {
  std::string text;
  if (!ReadFile(path, &text)) {
    Report(sink, path, 0, "cannot read the file");
    return false;
  }
  ParseConllu(text, path, sink, out);
  return true;
}

void AppendConllu(const ConlluSentence& s, std::string* out) {
  for (const std::string& c : s.comments) {
    out->append(c);
    out->push_back('\n');
  }
  auto col = [&](const std::string& v) {
    out->append(v.empty() ? "_" : v);
    out->push_back('\t');
  };
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    out->append(std::to_string(i + 1));
    out->push_back('\t');
    col(w.form);
    col(w.lemma);
    col(w.upos);
    col(w.xpos);
    col(w.feats);
    out->append(w.head < 0 ? "_" : std::to_string(w.head));
    out->push_back('\t');
    col(w.deprel);
    out->append("_\t_\n");
  }
  out->push_back('\n');
}

}  // namespace entente
