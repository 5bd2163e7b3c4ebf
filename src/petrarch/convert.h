// convert.h — readers for PETRARCH2/TABARI dictionary files other than
// verbs (verb_dict.h reads those): .actors and .agents translated into
// entente's actor dictionary format (`entente-actors 1`), discards and
// issues. Every problem is reported with file, line and reason and reading
// goes on. Format notes and the translation rules: doc/formats/petrarch.md.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "entente/diagnostics.h"

namespace entente::petrarch {

struct ConvertStats {
  size_t actors = 0, actor_names = 0, dated_codes = 0;
  size_t agents = 0, agent_names = 0;
  size_t discards = 0, issues = 0;
  size_t problems = 0;            // diagnostics reported
};

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
