// convert.h — readers for PETRARCH2/TABARI dictionary files (.verbs in the
// CAMEO.2.0 format, .actors, .agents, discards, issues) that translate them
// into entente's own formats: the lexicon (`entente-lexicon 1`) and the
// actor dictionary (`entente-actors 1`). What cannot be expressed is
// approximated (the verb's bare code) and counted; every problem is reported
// with file, line and reason and reading goes on. Format notes and the
// translation rules: doc/formats/petrarch.md.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "entente/diagnostics.h"

namespace entente::petrarch {

struct ConvertStats {
  size_t verb_blocks = 0, verbs = 0, synsets = 0;
  size_t patterns = 0;            // pattern lines read
  size_t patterns_exact = 0;      // translated with their constraints
  size_t patterns_approx = 0;     // some part dropped (words before the verb, `$` after it …)
  size_t patterns_skipped = 0;    // no translation (code "---" or not numeric, no `*`)
  size_t actors = 0, actor_names = 0, dated_codes = 0;
  size_t agents = 0, agent_names = 0;
  size_t discards = 0, issues = 0;
  size_t problems = 0;            // diagnostics reported
};

// Converts a .verbs file into lexicon text (with its `#format` line).
// `file` names it in diagnostics.
std::string ConvertVerbs(const std::string& text, const std::string& file, DiagnosticSink* sink,
                         ConvertStats* stats);

// Converts a .actors file into `entente-actors 1` text.
std::string ConvertActors(const std::string& text, const std::string& file, DiagnosticSink* sink,
                          ConvertStats* stats);

// Converts an .agents file (`[~CODE]`, `!SET!` substitutions) into
// `entente-actors 1` agent lines.
std::string ConvertAgents(const std::string& text, const std::string& file, DiagnosticSink* sink,
                          ConvertStats* stats);

// Reads a discards file: the phrases (lower case, single spaces) whose
// presence makes PETRARCH skip a sentence (`+` = the whole story).
void ReadDiscards(const std::string& text, const std::string& file, DiagnosticSink* sink,
                  ConvertStats* stats, std::vector<std::string>* phrases);

// Reads an issues file (Phoenix.IssueCoding.txt): counts `<ISSUE>` blocks and
// phrase lines and reports malformed lines. Issues are not coded by entente.
void ReadIssues(const std::string& text, const std::string& file, DiagnosticSink* sink,
                ConvertStats* stats);

// A PETRARCH date: 6 digits YYMMDD (00–30 → 20xx) or 8 digits YYYYMMDD, to
// "YYYY-MM-DD"; false if malformed.
bool PetrarchDate(const std::string& s, std::string* iso);

}  // namespace entente::petrarch
