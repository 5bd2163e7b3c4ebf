#include "events/cameo_table.h"

#include <cstdlib>
#include <string_view>

#include "events/text_util.h"
#include "util/data_dir.h"

namespace entente {

Result<CameoTable> CameoTable::Load(const std::string& data_dir, DiagnosticSink* sink) {
  std::string path = (data_dir.empty() ? DataDir() : data_dir) + "/events/cameo_codes.tsv";
  std::string text;
  if (!ReadFile(path, &text)) return Status::NotFound("cannot read " + path);
  return Parse(text, path, sink);
}

Result<CameoTable> CameoTable::Parse(const std::string& text, const std::string& file,
                                     DiagnosticSink* sink) {
  CameoTable table;
  bool saw_format = false;
  uint64_t line_no = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    if (line.starts_with("#format ")) {
      if (line != "#format entente-cameo 1") {
        return Status::Unsupported(file + ":" + std::to_string(line_no) +
                                   ": unsupported format line '" + std::string(line) + "'");
      }
      saw_format = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    auto bad = [&](const std::string& why) {
      if (sink) sink->Report({Severity::kWarning, file, line_no, why});
    };
    if (f.size() < 7) { bad("expected 7 tab-separated fields"); continue; }
    CameoFacts c;
    c.code = std::string(f[0]);
    if (c.code.size() < 2 || c.code.size() > 4 ||
        c.code.find_first_not_of("0123456789") != std::string::npos) {
      bad("bad CAMEO code '" + c.code + "'");
      continue;
    }
    c.quad = std::atoi(std::string(f[1]).c_str());
    c.goldstein = std::strtod(std::string(f[2]).c_str(), nullptr);
    if (c.quad < 1 || c.quad > 4) { bad("quad class must be 1..4"); continue; }
    if (f[3] != "-") c.plover = std::string(f[3]);
    if (f[4] != "-") c.mode = std::string(f[4]);
    if (f[5] != "-") {
      for (std::string_view x : Split(f[5], ';')) {
        if (!x.empty()) c.context.emplace_back(x);
      }
    }
    c.name = std::string(f[6]);
    table.codes_[c.code] = std::move(c);
  }
  if (!saw_format) return Status::Corrupt(file + ": missing '#format entente-cameo 1' line");
  return table;
}

const CameoFacts* CameoTable::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace entente
