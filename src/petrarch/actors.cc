// actors.cc — PETRARCH .actors / .agents / discards / issues readers.
// Actors: a primary phrase line, `+` synonym lines, then codes on the same
// line or on indented lines: `[CODE]` (default), `[CODE >DATE]` (on/after),
// `[CODE <DATE]` (strictly before), `[CODE DATE-DATE]` (start ≤ d < end),
// tested in order (../shared/reference/actor_codes.md §2–3). They become
// `entente-actors 1` entries: one code → `country` (3 letters) or `org`;
// dated codes → `group -` with role lines FROM..TO. Names are written in
// lower case (PETRARCH phrases are upper case; lower case matches any case).
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "petrarch/convert.h"
#include "petrarch/text_lines.h"
#include "util/civil_date.h"

namespace entente::petrarch {

namespace {

void Problem(DiagnosticSink* sink, ConvertStats* stats, const std::string& file, uint32_t line,
             const std::string& reason) {
  ++stats->problems;
  if (sink) sink->Report({Severity::kWarning, file, line, reason});
}

bool ValidCode(const std::string& c) {
  if (c.empty() || c.size() % 3 != 0) return false;
  for (char ch : c) {
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  }
  return true;
}

// PETRARCH codes are opaque strings: one that is not 3-character blocks
// ("ITHTV") but only letters, digits and '-' is kept (with a warning).
bool OpaqueCode(const std::string& c) {
  if (c.empty() || c.size() > 30) return false;
  for (char ch : c) {
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  }
  return true;
}

// "FRO/BIL/SAM": several actors named at once; each part a valid code.
bool ValidCodes(const std::string& c) {
  size_t start = 0;
  while (true) {
    size_t slash = c.find('/', start);
    if (!ValidCode(c.substr(start, slash == std::string::npos ? std::string::npos : slash - start))) return false;
    if (slash == std::string::npos) return true;
    start = slash + 1;
  }
}

// PETRARCH's automatic plural of an agent phrase (its last word): Y → IES,
// S → ES, else + S.
std::string AgentPlural(const std::string& phrase) {
  if (phrase.empty()) return phrase;
  char last = phrase.back();
  if (last == 'y') return phrase.substr(0, phrase.size() - 1) + "ies";
  if (last == 's') return phrase + "es";
  return phrase + "s";
}

// The day after an ISO date "YYYY-MM-DD" (civil calendar).
std::string NextDay(const std::string& iso) {
  std::optional<int64_t> day = iso.size() == 10 ? DayNumber(iso) : std::nullopt;
  return day ? DateOfDay(*day + 1) : iso;  // PetrarchDate never makes a bad one; kept safe
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// "PRESIDENT_GEORGE_W._BUSH_" → "president george w. bush".
// With `gaps`, words PETRARCH joins with a blank rather than `_` ("ITHILEN
// TELEVISION": other words may stand between) are joined by the gap word
// ".." of entente's format: "ithilen .. television".
std::string Phrase(std::string s, bool gaps = false) {
  std::string out;
  for (const std::string& chunk : Words(s)) {
    if (chunk == "+") continue;
    std::string part = chunk;
    for (char& c : part) {
      if (c == '_') c = ' ';
    }
    std::string joined;
    for (const std::string& w : Words(part)) joined += (joined.empty() ? "" : " ") + Lower(w);
    if (joined.empty()) continue;
    out += (out.empty() ? "" : gaps ? " .. " : " ") + joined;
  }
  for (char& c : out) {
    if (c == ';') c = ',';
  }
  return out;
}

// An actor phrase without a trailing `_` matches its last word as a stem
// ("ERIADOR" → "Eriadorian"); only for a last word of 4+ letters (a short
// stem such as ENT would match "entire", "enter" …).
bool IsStem(const std::string& raw) {
  std::vector<std::string> w = Words(raw);
  if (w.empty() || raw.find_last_not_of(" \t") == std::string::npos) return false;
  if (raw[raw.find_last_not_of(" \t")] == '_') return false;
  std::string last = w.back();
  if (size_t u = last.rfind('_'); u != std::string::npos) last = last.substr(u + 1);
  if (last.size() < 4) return false;
  for (char c : last) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return true;
}

struct Pending {
  std::vector<std::string> names;
  std::vector<std::string> roles;  // "CODE FROM..TO" / "CODE *"
  std::string code;                // the single undated code
  uint32_t line = 0;
  bool null_code = false;          // [---]
  bool prefix = false;             // agents: [CODE~], the code goes before the actor's
  bool failed = false;             // a code of this entry was rejected (reported)
  bool closed = false;             // an undated code after dated ones was seen
};

// Parses "[CODE …]" into a role line (or *code for an undated code).
bool ParseCodeBlock(const std::string& inside, Pending* p, std::string* err) {
  std::vector<std::string> w = Words(inside);
  if (w.empty()) { *err = "empty code brackets"; return false; }
  std::string code = Upper(w[0]);
  if (code.starts_with("~")) {
    code = code.substr(1);
  } else if (code.size() > 1 && code.ends_with("~")) {  // [NGO~]: before the actor's code
    code.pop_back();
    p->prefix = true;
  }
  if (code == "---") { p->null_code = true; return true; }
  if (!ValidCodes(code) && OpaqueCode(code)) {
    *err = "code '" + code + "' is not 3-character blocks (kept as written)";
  } else if (!ValidCodes(code) || (code.find('/') != std::string::npos && w.size() > 1)) {
    *err = "bad actor code '" + w[0] + "'";
    return false;
  }
  std::string when;
  for (size_t i = 1; i < w.size(); ++i) when += w[i];
  if (p->closed) { *err = "code after an undated default that ends the list; ignored"; return false; }
  if (when.empty()) {
    if (p->roles.empty()) {
      p->code = code;
    } else {  // PETRARCH tests in order: an undated code ends the list
      p->roles.push_back(code + " *");
      p->closed = true;
    }
    return true;
  }
  std::string from, to;
  if (when[0] == '<') {
    if (!PetrarchDate(when.substr(1), &to)) { *err = "bad date '" + when.substr(1) + "'"; return false; }
  } else if (when[0] == '>') {
    if (!PetrarchDate(when.substr(1), &from)) { *err = "bad date '" + when.substr(1) + "'"; return false; }
  } else {
    size_t dash = when.find('-');
    if (dash == std::string::npos || !PetrarchDate(when.substr(0, dash), &from) ||
        !PetrarchDate(when.substr(dash + 1), &to)) {
      *err = "bad date range '" + when + "' (expected <DATE, >DATE or DATE-DATE)";
      return false;
    }
    if (to < from) { *err = "empty date range '" + when + "'"; return false; }
    to = NextDay(to);  // the end day is included (records DATE-*: "upper bound")
  }
  // An undated code on the phrase line stays the default, tested last.
  p->roles.push_back(code + " " + from + ".." + to);
  return true;
}

void Flush(Pending* p, bool agents, const std::string& file, DiagnosticSink* sink, ConvertStats* stats,
           std::string* out) {
  if (p->names.empty()) return;
  std::string names;
  for (const std::string& n : p->names) {
    if (!n.empty()) names += (names.empty() ? "" : "; ") + n;
  }
  if (names.empty()) {
  } else if (p->null_code && p->code.empty() && p->roles.empty()) {
    // [---]: deliberately not coded.
  } else if (p->code.empty() && p->roles.empty()) {
    if (!p->failed) Problem(sink, stats, file, p->line, "'" + p->names[0] + "' has no code");
  } else if (agents) {
    *out += (p->prefix ? "agent-prefix " : "agent ") + p->code + " " + names + "\n";
    ++stats->agents;
    stats->agent_names += p->names.size();
  } else if (p->roles.empty()) {
    *out += std::string(p->code.size() == 3 ? "country " : "org ") + p->code + " " + names + "\n";
    ++stats->actors;
    stats->actor_names += p->names.size();
  } else {
    *out += "group - " + names + "\n";
    for (const std::string& r : p->roles) *out += "  " + r + "\n";
    if (!p->code.empty()) *out += "  " + p->code + " *\n";
    ++stats->actors;
    stats->actor_names += p->names.size();
    stats->dated_codes += p->roles.size();
  }
  *p = Pending();
}

std::string Convert(const std::string& text, const std::string& file, bool agents, DiagnosticSink* sink,
                    ConvertStats* stats) {
  std::string out = "@format entente-actors 1\n# converted from PETRARCH file " + file + "\n";
  std::vector<std::pair<std::string, std::vector<std::string>>> subst;  // !SET! → words
  Pending p;
  std::vector<std::string> lines = CleanLines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    uint32_t n = static_cast<uint32_t>(i + 1);
    if (l.empty() || l.starts_with("<!")) continue;  // PETRARCH skips "<!" lines ("<! -- …")
    if (agents && l[0] == '!' && l.find('=') != std::string::npos) {
      size_t eq = l.find('=');
      std::string name = Words(l.substr(0, eq)).empty() ? "" : Words(l.substr(0, eq))[0];
      std::vector<std::string> set;
      std::string rest = l.substr(eq + 1);
      for (char& c : rest) {
        if (c == ',') c = ' ';
      }
      for (const std::string& w : Words(rest)) set.push_back(w);
      subst.emplace_back(name, set);
      continue;
    }
    std::string body = l, codes;
    if (size_t open = l.find('['); open != std::string::npos) {
      size_t close = l.find(']', open);
      if (close == std::string::npos) { Problem(sink, stats, file, n, "'[' without ']'"); continue; }
      codes = l.substr(open + 1, close - open - 1);
      body = l.substr(0, open);
    }
    std::vector<std::string> forms;
    bool braces = false;
    if (size_t b = body.find('{'); b != std::string::npos) {  // agents' explicit plurals
      size_t e = body.find('}', b);
      forms = Words(body.substr(b + 1, e == std::string::npos ? std::string::npos : e - b - 1));
      body = body.substr(0, b) + " ";
      braces = true;
    }
    bool synonym = !body.empty() && body[0] == '+';
    if (synonym) body = body.substr(1);
    std::string name = Phrase(body, true);
    // A phrase line without codes shares the codes that follow it (PETRARCH
    // lists several primary phrases above one block of codes).
    bool waiting = !p.names.empty() && p.code.empty() && p.roles.empty() && !p.null_code && !p.failed;
    if (!name.empty() && !synonym && !waiting) {
      Flush(&p, agents, file, sink, stats, &out);
      p.line = n;
    }
    if (!name.empty()) {
      if (p.names.empty() && synonym) {
        Problem(sink, stats, file, n, "'+' synonym without a primary phrase above it");
        continue;
      }
      // Substitution sets: one name per member.
      std::string raw = body;
      bool expanded = false;
      for (const auto& [set, words] : subst) {
        if (size_t at = raw.find(set); at != std::string::npos) {
          for (const std::string& w : words) {  // CONGRESS!PERSON! → CONGRESSMAN …
            std::string v = raw;
            v.replace(at, set.size(), w);
            p.names.push_back(Phrase(v, true));
          }
          expanded = true;
          break;
        }
      }
      if (!expanded) {
        if (raw.find('!') != std::string::npos) {
          Problem(sink, stats, file, n, "unknown substitution set in '" + raw + "'");
        } else if (agents) {
          // A role noun with explicit plurals ({…}, {} = none) is a whole
          // word (record AGENT-22: POLICE {} does not match "polices");
          // otherwise a stem as for actors ("DEFENSE_MINIST" → "defense
          // minister", "ministry"), with PETRARCH's plural.
          p.names.push_back(name + (!braces && IsStem(raw) ? "*" : ""));
          if (!braces) p.names.push_back(AgentPlural(name));
        } else {
          p.names.push_back(name + (IsStem(raw) ? "*" : ""));
        }
      }
      for (const std::string& f : forms) p.names.push_back(Phrase(f, true));
    }
    if (!codes.empty()) {
      if (p.names.empty()) { Problem(sink, stats, file, n, "code without a phrase above it"); continue; }
      std::string err;
      if (!ParseCodeBlock(codes, &p, &err)) p.failed = true;
      if (!err.empty()) Problem(sink, stats, file, n, err);  // a failure, or a code kept with a warning
    }
  }
  Flush(&p, agents, file, sink, stats, &out);
  return out;
}

}  // namespace

bool PetrarchDate(const std::string& s, std::string* iso) {
  if ((s.size() != 6 && s.size() != 8) || s.find_first_not_of("0123456789") != std::string::npos) return false;
  int year = 0;
  std::string md;
  if (s.size() == 6) {
    int yy = std::stoi(s.substr(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    md = s.substr(2);
  } else {
    year = std::stoi(s.substr(0, 4));
    md = s.substr(4);
  }
  int m = std::stoi(md.substr(0, 2)), d = std::stoi(md.substr(2));
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m, d);  // "0512…": year 0512, four digits
  *iso = buf;
  return true;
}

std::string ConvertActors(const std::string& text, const std::string& file, DiagnosticSink* sink,
                          ConvertStats* stats) {
  ConvertStats local;
  return Convert(text, file, false, sink, stats ? stats : &local);
}

std::string ConvertAgents(const std::string& text, const std::string& file, DiagnosticSink* sink,
                          ConvertStats* stats) {
  ConvertStats local;
  return Convert(text, file, true, sink, stats ? stats : &local);
}

void ReadDiscards(const std::string& text, const std::string& file, DiagnosticSink* sink,
                  ConvertStats* stats, std::vector<std::string>* phrases) {
  (void)file;
  (void)sink;
  for (const std::string& l : CleanLines(text)) {
    if (l.empty()) continue;
    std::string p = Phrase(l[0] == '+' ? l.substr(1) : l);
    if (p.empty()) continue;
    phrases->push_back(p);
    ++stats->discards;
  }
}

void ReadIssues(const std::string& text, const std::string& file, DiagnosticSink* sink,
                ConvertStats* stats) {
  std::vector<std::string> lines = CleanLines(text);
  bool in_issue = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    uint32_t n = static_cast<uint32_t>(i + 1);
    if (l.empty()) continue;
    if (l.starts_with("<ISSUE")) { in_issue = true; continue; }
    if (l.starts_with("</ISSUE")) { in_issue = false; continue; }
    if (!in_issue) { Problem(sink, stats, file, n, "issue phrase outside an <ISSUE> block"); continue; }
    if (l[0] == '~') continue;  // a phrase that blocks the issue
    size_t open = l.find('['), close = l.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open) {
      Problem(sink, stats, file, n, "issue phrase without [CODE]");
      continue;
    }
    ++stats->issues;
  }
}

}  // namespace entente::petrarch
