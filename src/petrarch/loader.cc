// loader.cc — see loader.h.
#include "petrarch/loader.h"

#include <algorithm>
#include <filesystem>

#include "events/cameo_table.h"
#include "petrarch/text_lines.h"
#include "util/data_dir.h"

namespace entente::petrarch {

namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

}  // namespace

Status ReadPetrarchDir(const std::string& dir, PetrarchDicts* out, DiagnosticSink* sink) {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  for (const std::string& part : Split(dir, ',')) {
    if (part.empty()) continue;
    std::error_code ec;
    // "DIR/PREFIX" (not a directory): the files of DIR whose names start with PREFIX.
    fs::path root(part);
    std::string prefix;
    if (!fs::is_directory(root, ec)) {
      prefix = root.filename().string();
      root = root.parent_path();
      if (root.empty()) root = ".";
    }
    size_t before = paths.size();
    for (const auto& e : fs::directory_iterator(root, ec)) {
      if (e.is_regular_file() && e.path().filename().string().starts_with(prefix)) paths.push_back(e.path());
    }
    if (ec) return Status::NotFound("cannot read PETRARCH dictionary directory " + part + ": " + ec.message());
    std::sort(paths.begin() + static_cast<long>(before), paths.end());
  }
  bool verbs = false;
  for (const fs::path& p : paths) {
    std::string name = p.filename().string();
    std::string lower = Lower(name);
    std::string text;
    if (!ReadFile(p.string(), &text)) {
      if (sink) sink->Report({Severity::kError, p.string(), 0, "cannot read file"});
      continue;
    }
    if (lower.find("verbs") != std::string::npos || lower.starts_with("cameo")) {
      out->verbs.Read(text, name, sink);
      verbs = true;
    } else if (lower.find("agents") != std::string::npos) {
      out->actor_files.emplace_back(name + " (converted)", ConvertAgents(text, name, sink, &out->stats));
    } else if (lower.find("actors") != std::string::npos) {
      out->actor_files.emplace_back(name + " (converted)", ConvertActors(text, name, sink, &out->stats));
    } else if (lower.find("discards") != std::string::npos) {
      ReadDiscards(text, name, sink, &out->stats, &out->discards);
    } else if (lower.find("issue") != std::string::npos) {
      ReadIssues(text, name, sink, &out->stats);
    } else {
      if (sink) sink->Report({Severity::kWarning, name, 0, "not a PETRARCH dictionary name (verbs, actors, agents, discards, issues); skipped"});
      continue;
    }
    out->files.push_back(name);
  }
  if (!verbs) return Status::NotFound("no PETRARCH verbs file (*verbs* or CAMEO*) in " + dir);
  return Status::Ok();
}

Result<std::unique_ptr<ActorStage>> CreateActorStage(const std::string& data_dir,
                                                     const PetrarchDicts& dicts, DiagnosticSink* sink) {
  return ActorStage::Create(data_dir.empty() ? DataDir() : data_dir, dicts.actor_files, sink);
}

Result<std::unique_ptr<Coder>> CreateCoder(const std::string& data_dir, PetrarchDicts* dicts,
                                           const CoderOptions& options, DiagnosticSink* sink) {
  auto cameo = CameoTable::Load(data_dir, sink);
  if (!cameo.ok()) return cameo.status();
  return std::make_unique<Coder>(std::move(dicts->verbs), std::move(cameo).value(), options);
}

DiscardIndex::DiscardIndex(const std::vector<std::string>& phrases) {
  for (const std::string& d : phrases) {
    std::vector<std::string> w = Words(d);
    if (w.empty()) continue;
    std::string joined;
    for (const std::string& x : w) joined += (joined.empty() ? "" : " ") + x;
    phrases_.insert(joined);
    max_words_ = std::max(max_words_, w.size());
  }
}

bool DiscardIndex::Matches(const std::string& sentence) const {
  if (phrases_.empty()) return false;
  // Words of letters, digits and '-', lower case; every run of up to the
  // longest phrase's length is looked up.
  std::vector<std::string> words(1);
  for (char c : Lower(sentence)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') words.back() += c;
    else if (!words.back().empty()) words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  for (size_t i = 0; i < words.size(); ++i) {
    std::string gram;
    for (size_t n = 0; n < max_words_ && i + n < words.size(); ++n) {
      if (n > 0) gram += ' ';
      gram += words[i + n];
      if (phrases_.count(gram)) return true;
    }
  }
  return false;
}

void DiscardIndex::Apply(AnalyzedDocument* doc) const {
  if (phrases_.empty()) return;
  std::vector<int8_t> discarded(doc->sentences.size(), -1);  // per sentence, computed once
  std::erase_if(doc->events, [&](const Event& e) {
    if (e.sentence >= doc->sentences.size()) return false;
    int8_t& d = discarded[e.sentence];
    if (d < 0) {
      const Span& sp = doc->sentences[e.sentence].span;
      d = sp.end <= doc->doc.text.size() && Matches(doc->doc.text.substr(sp.begin, sp.end - sp.begin));
    }
    return d == 1;
  });
}

}  // namespace entente::petrarch
