#include "events/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <numeric>

#include "events/text_util.h"
#include "util/data_dir.h"

namespace entente {

namespace {

// Orders a trigger's patterns most specific first, keeping the file order
// among equals (a stable sort). Patterns are large, so the sort orders
// indices and each pattern moves once; a list already in order (most are)
// is left as it is.
void SortBySpecificity(std::vector<Pattern>* patterns) {
  auto more = [](const Pattern& a, const Pattern& b) { return a.specificity > b.specificity; };
  if (std::is_sorted(patterns->begin(), patterns->end(), more)) return;
  std::vector<uint32_t> order(patterns->size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return more((*patterns)[a], (*patterns)[b]); });
  std::vector<Pattern> sorted;
  sorted.reserve(patterns->size());
  for (uint32_t i : order) sorted.push_back(std::move((*patterns)[i]));
  *patterns = std::move(sorted);
}

constexpr std::string_view kFormatLine = "#format entente-lexicon 1";

bool IsCode(std::string_view s) {
  return s.size() >= 2 && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string::npos;
}

std::string Underscores(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// Reads "@name = a b c" and "%name a b c" lines; returns false if `line` is
// neither.
bool ParseDefinition(std::string_view line,
                     std::unordered_map<std::string, std::unordered_set<std::string>>* classes,
                     std::unordered_map<std::string, std::unordered_set<std::string>>* lists) {
  if (line.empty() || (line[0] != '@' && line[0] != '%')) return false;
  std::vector<std::string_view> w = SplitWords(line);
  if (w.empty()) return true;
  std::string name(w[0].substr(1));
  size_t first = 1;
  if (w.size() > 1 && w[1] == "=") first = 2;
  auto& set = line[0] == '@' ? (*classes)[name] : (*lists)[name];
  for (size_t i = first; i < w.size(); ++i) set.insert(Underscores(w[i]));
  return true;
}

}  // namespace

Result<Lexicon> Lexicon::Load(const std::string& dir, DiagnosticSink* sink) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".lex") files.push_back(e.path());
  }
  if (ec) return Status::NotFound("cannot read lexicon directory " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<std::pair<std::string, std::string>> texts;
  Lexicon lex;
  for (const auto& p : files) {
    std::string text;
    if (!ReadFile(p.string(), &text)) return Status::IoError("cannot read " + p.string());
    for (std::string_view line : SplitLines(text)) {
      ParseDefinition(Trim(line), &lex.classes_, &lex.lists_);
    }
    texts.emplace_back(p.filename().string(), std::move(text));
  }
  for (const auto& [name, text] : texts) {
    if (Status s = lex.AddFile(text, name, sink); !s.ok()) return s;
  }
  if (lex.pattern_count_ == 0) return Status::NotFound("no event patterns in " + dir);
  return lex;
}

Status Lexicon::AddFile(const std::string& text, const std::string& file, DiagnosticSink* sink) {
  std::vector<std::string_view> lines = SplitLines(text);
  bool saw_format = false;
  for (std::string_view line : lines) {
    line = Trim(line);
    if (line.starts_with("#format")) {
      if (line != kFormatLine) {
        return Status::Unsupported(file + ": unsupported lexicon format '" + std::string(line) +
                                   "' (this entente reads '" + std::string(kFormatLine) + "')");
      }
      saw_format = true;
    }
    ParseDefinition(line, &classes_, &lists_);
  }
  if (!saw_format) return Status::Corrupt(file + ": missing '" + std::string(kFormatLine) + "'");
  uint32_t n = 0;
  for (std::string_view line : lines) {
    ++n;
    line = Trim(line);
    if (line.empty() || line[0] == '#' || line[0] == '@' || line[0] == '%') continue;
    if (Status s = ParseLine(line, file, n, sink); !s.ok()) {
      if (sink) sink->Report({Severity::kWarning, file, n, s.message()});
    }
  }
  Finish();
  return Status::Ok();
}

bool Lexicon::ParseLemmaSet(std::string_view list, uint32_t* id, std::string* error) {
  std::unordered_set<std::string> set;
  for (std::string_view item : Split(list, '|')) {
    if (item.empty()) continue;
    if (item[0] == '@') {
      auto it = classes_.find(std::string(item.substr(1)));
      if (it == classes_.end()) {
        *error = "unknown class '" + std::string(item) + "'";
        return false;
      }
      set.insert(it->second.begin(), it->second.end());
    } else {
      set.insert(Underscores(item));
    }
  }
  if (set.empty()) {
    *error = "empty lemma list";
    return false;
  }
  *id = static_cast<uint32_t>(sets_.size());
  sets_.push_back(std::move(set));
  return true;
}

bool Lexicon::ParseConstraint(std::string_view tok, Constraint* c, std::string* error) {
  if (!tok.empty() && tok[0] == '>') { c->target = true; tok.remove_prefix(1); }
  if (!tok.empty() && tok[0] == '-') { c->absent = true; tok.remove_prefix(1); }
  std::string_view role = tok, list;
  if (size_t eq = tok.find('='); eq != std::string_view::npos) {
    role = tok.substr(0, eq);
    list = tok.substr(eq + 1);
  }
  if (role.empty()) { *error = "empty role"; return false; }
  if (role == "obj") c->kind = RoleKind::kObject;
  else if (role == "obj2") c->kind = RoleKind::kObject2;
  else if (role == "inf") c->kind = RoleKind::kInfinitive;
  else if (role == "that") c->kind = RoleKind::kThat;
  else if (role == "subj") c->kind = RoleKind::kSubject;
  else {
    for (char ch : role) {
      if (!(ch >= 'a' && ch <= 'z') && ch != '_' && ch != '|' && ch != '-') {
        *error = "unknown role '" + std::string(role) + "'";
        return false;
      }
    }
    c->kind = RoleKind::kPrep;
    for (std::string_view p : Split(role, '|')) {
      if (!p.empty()) c->preps.push_back(Underscores(p));
    }
  }
  if (!list.empty()) {
    uint32_t id = 0;
    if (!ParseLemmaSet(list, &id, error)) return false;
    c->lemma_sets.push_back(id);
  }
  return true;
}

Status Lexicon::ParseLine(std::string_view line, const std::string& file, uint32_t line_no,
                          DiagnosticSink* sink) {
  if (size_t hash = line.find(" #"); hash != std::string_view::npos) line = Trim(line.substr(0, hash));
  std::vector<std::string_view> w = SplitWords(line);
  if (w.size() < 2) return Status::InvalidArgument("expected 'CODE trigger [constraints]'");
  if (!IsCode(w[0])) return Status::InvalidArgument("bad CAMEO code '" + std::string(w[0]) + "'");
  Pattern base;
  base.code = std::string(w[0]);
  base.file = file;
  base.line = line_no;
  base.text = std::string(line);
  for (size_t i = 2; i < w.size(); ++i) {
    std::string_view t = w[i];
    if (t == "pass") { base.voice = 2; continue; }
    if (t == "act") { base.voice = 1; continue; }
    if (t == "notarget") { base.no_target = true; continue; }
    Constraint c;
    std::string error;
    if (!ParseConstraint(t, &c, &error)) return Status::InvalidArgument(error);
    base.constraints.push_back(std::move(c));
  }
  // Specificity: a constrained role counts more than a bare one, a particle
  // like a constrained role, so "pull out of" beats "pull".
  base.specificity = 0;
  for (const Constraint& c : base.constraints) {
    base.specificity += c.absent ? 1 : (c.lemma_sets.empty() ? 2 : 4);
  }
  for (std::string_view trig : Split(w[1], '|')) {
    Pattern p = base;
    if (size_t slash = trig.find('/'); slash != std::string_view::npos) {
      std::string_view pos = trig.substr(slash + 1);
      if (pos != "n" && pos != "v") return Status::InvalidArgument("trigger POS must be /n or /v");
      p.pos = pos[0];
      trig = trig.substr(0, slash);
    }
    if (size_t us = trig.find('_'); us != std::string_view::npos) {
      p.particle = Underscores(trig.substr(us + 1));
      trig = trig.substr(0, us);
      p.specificity += 4;
    }
    if (trig.empty()) return Status::InvalidArgument("empty trigger");
    p.lemma = std::string(trig);
    index_[p.lemma].push_back(std::move(p));
    ++pattern_count_;
  }
  return Status::Ok();
}

void Lexicon::Finish() {
  for (auto& [lemma, v] : index_) {
    for (const Pattern& p : v) {
      for (const Constraint& c : p.constraints) {
        if (c.kind == RoleKind::kInfinitive && !c.absent) takes_inf_.insert(lemma);
      }
    }
    SortBySpecificity(&v);
  }
}

const std::vector<Pattern>* Lexicon::Find(const std::string& lemma) const {
  auto it = index_.find(lemma);
  return it == index_.end() ? nullptr : &it->second;
}

bool Lexicon::InSet(uint32_t id, const std::string& lemma) const {
  return id < sets_.size() && sets_[id].count(lemma) > 0;
}

const std::unordered_set<std::string>* Lexicon::List(const std::string& list) const {
  static const std::unordered_set<std::string> kEmpty;
  auto it = lists_.find(list);
  return it == lists_.end() ? &kEmpty : &it->second;
}

bool Lexicon::InList(const std::string& list, const std::string& word) const {
  auto it = lists_.find(list);
  return it != lists_.end() && it->second.count(word) > 0;
}

}  // namespace entente
