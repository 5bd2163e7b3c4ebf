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
                                           DiagnosticSink* sink) {
  std::string dir = data_dir.empty() ? DataDir() : data_dir;
  std::string path = dir + "/events/cameo_codes.tsv";
  std::string text;
  if (!ReadFile(path, &text)) return Status::NotFound("cannot read " + path);
  auto cameo = CameoTable::Parse(text, path, sink);
  if (!cameo.ok()) return cameo.status();
  return std::make_unique<Coder>(std::move(dicts->verbs), std::move(cameo).value());
}

bool Discarded(const PetrarchDicts& dicts, const std::string& sentence) {
  std::string s = " ";
  for (char c : Lower(sentence)) s += (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ? c : ' ';
  s += " ";
  std::string squeezed;
  for (char c : s) {
    if (c == ' ' && !squeezed.empty() && squeezed.back() == ' ') continue;
    squeezed += c;
  }
  for (const std::string& d : dicts.discards) {
    if (squeezed.find(" " + d + " ") != std::string::npos) return true;
  }
  return false;
}

void ApplyConventions(const PetrarchDicts& dicts, AnalyzedDocument* doc) {
  if (dicts.discards.empty()) return;
  std::erase_if(doc->events, [&](const Event& e) {
    if (e.sentence >= doc->sentences.size()) return false;
    const Span& sp = doc->sentences[e.sentence].span;
    return sp.end <= doc->doc.text.size() && Discarded(dicts, doc->doc.text.substr(sp.begin, sp.end - sp.begin));
  });
}

}  // namespace entente::petrarch
