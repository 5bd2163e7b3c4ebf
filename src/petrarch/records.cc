// records.cc — see records.h.
#include "petrarch/records.h"


#include "petrarch/convert.h"
#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

// The value of attribute `name` in a start tag, tolerating blanks around '='.
bool Attr(const std::string& tag, const std::string& name, std::string* value) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string::npos) {
    bool boundary = pos == 0 || tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n';
    size_t i = pos + name.size();
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (!boundary || i >= tag.size() || tag[i] != '=') { pos += name.size(); continue; }
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return false;
    char q = tag[i];
    size_t end = tag.find(q, i + 1);
    if (end == std::string::npos) return false;
    *value = tag.substr(i + 1, end - i - 1);
    // PETRARCH writes a null code as '""'.
    if (*value == "\"\"") value->clear();
    return true;
  }
  return false;
}

std::string Between(const std::string& s, const std::string& open, const std::string& close) {
  size_t b = s.find(open);
  if (b == std::string::npos) return "";
  b += open.size();
  size_t e = s.find(close, b);
  return s.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

// Line numbers of increasing positions, counting each newline once.
class LineCounter {
 public:
  explicit LineCounter(const std::string& s) : s_(s) {}
  uint32_t At(size_t pos) {
    for (; done_ < pos && done_ < s_.size(); ++done_) line_ += s_[done_] == '\n';
    return line_;
  }

 private:
  const std::string& s_;
  size_t done_ = 0;
  uint32_t line_ = 1;
};

// `xml` with every <!-- … --> replaced by blanks (newlines kept, so that
// positions and line numbers stay).
std::string BlankComments(const std::string& xml) {
  std::string out = xml;
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t end = out.find("-->", pos + 4);
    end = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < end; ++i) {
      if (out[i] != '\n') out[i] = ' ';
    }
    pos = end;
  }
  return out;
}

// Applies the <Config> elements of xml[from, to) to `config`.
void ReadConfig(const std::string& xml, size_t from, size_t to, std::map<std::string, std::string>* config) {
  size_t pos = from;
  while ((pos = xml.find("<Config", pos)) != std::string::npos && pos < to) {
    size_t end = xml.find('>', pos);
    if (end == std::string::npos || end > to) break;
    std::string tag = xml.substr(pos, end - pos);
    std::string option, value;
    if (Attr(tag, "option", &option) && Attr(tag, "value", &value)) (*config)[Lower(option)] = Lower(value);
    pos = end;
  }
}

}  // namespace

std::vector<Record> ParseRecords(const std::string& raw, const std::string& file, DiagnosticSink* sink) {
  const std::string xml = BlankComments(raw);
  std::vector<Record> out;
  std::map<std::string, std::string> config;
  size_t pos = 0;
  auto report = [&](uint32_t line, const std::string& reason) {
    if (sink) sink->Report({Severity::kWarning, file, line, reason});
  };
  size_t last_end = 0;
  LineCounter lines(xml);
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    ReadConfig(xml, last_end, pos, &config);
    size_t tag_end = xml.find('>', pos);
    size_t end = xml.find("</Sentence>", pos);
    Record r;
    r.config = config;
    r.line = lines.At(pos);
    if (tag_end == std::string::npos || end == std::string::npos) {
      report(r.line, "unterminated <Sentence>");
      break;
    }
    std::string tag = xml.substr(pos, tag_end - pos);
    std::string body = xml.substr(tag_end + 1, end - tag_end - 1);
    pos = end;
    last_end = end;
    std::string date;
    Attr(tag, "id", &r.id);
    Attr(tag, "category", &r.category);
    if (!Attr(tag, "date", &date) || !PetrarchDate(date, &r.date)) {
      report(r.line, "record '" + r.id + "' has no valid date");
      continue;
    }
    for (const std::string& w : Words(Between(body, "<Text>", "</Text>"))) {
      r.text += (r.text.empty() ? "" : " ") + w;
    }
    r.parse = Between(body, "<Parse>", "</Parse>");
    size_t e = 0;
    while ((e = body.find("<EventCoding", e)) != std::string::npos) {
      size_t te = body.find('>', e);
      if (te == std::string::npos) break;
      std::string et = body.substr(e, te - e);
      e = te;
      std::string v;
      if (Attr(et, "noevents", &v)) { r.noevents = true; continue; }
      if (Attr(et, "error", &v)) { r.error = true; continue; }
      Coding c;
      if (!Attr(et, "sourcecode", &c.source) || !Attr(et, "targetcode", &c.target) ||
          !Attr(et, "eventcode", &c.code)) {
        report(r.line, "record '" + r.id + "': EventCoding without sourcecode/targetcode/eventcode");
        continue;
      }
      r.expected.push_back(c);
    }
    if (r.text.empty()) { report(r.line, "record '" + r.id + "' has no <Text>"); continue; }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> TreeTags(const std::string& tree) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  while ((i = tree.find('(', i)) != std::string::npos) {
    size_t j = i + 1;
    size_t close = tree.find(')', j);
    size_t next_open = tree.find('(', j);
    if (close == std::string::npos) break;
    if (next_open == std::string::npos || close < next_open) {
      std::vector<std::string> w = Words(tree.substr(j, close - j));
      std::vector<std::string> parts;
      for (const std::string& x : w) {
        for (const std::string& y : Words(x)) parts.push_back(y);
      }
      if (parts.size() == 2) out.emplace_back(parts[1], parts[0]);
    }
    i = j;
  }
  return out;
}

}  // namespace entente::petrarch
