// deadline_rules.h — deadline expressions ("by 2031", "within days", "by
// the end of next year", "on Monday") found in a sentence's tokens and
// resolved against the document's date. The patterns are data
// (data/commitments/deadlines.txt, format in doc/formats/commitments.md);
// the month and weekday names and the calendar are those of the one date
// resolver (text/date_resolver.h, data/dates/en.txt, util/civil_date.h).
// Immutable after Load(); safe to share between threads.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/diagnostics.h"
#include "entente/status.h"
#include "entente/token.h"
#include "text/date_resolver.h"

namespace entente {

// A deadline expression found in a sentence.
struct DeadlineMatch {
  uint32_t begin = 0, end = 0;  // tokens [begin, end), absolute indices
  std::string date;             // resolved: "YYYY", "YYYY-MM", "YYYY-MM-DD" or ""
  bool past = false;            // resolves to before the document's date: not a deadline
  std::string rule;             // the resolution rule, for explain
};

class DeadlineRules {
 public:
  // Reads <data_dir>/commitments/deadlines.txt; MONTH and WEEKDAY match
  // the words of `dates` (required). Bad lines go to `sink` and are
  // skipped; a missing file or another format version is an error.
  static Result<DeadlineRules> Load(const std::string& data_dir, std::shared_ptr<const DateResolver> dates,
                                    DiagnosticSink* sink);
  // Parses the text of a rules file (tests).
  static Result<DeadlineRules> Parse(std::string_view text, const std::string& file,
                                     std::shared_ptr<const DateResolver> dates, DiagnosticSink* sink);

  // Every deadline expression in tokens[first, last), leftmost-longest, not
  // overlapping, resolved against `doc_date` ("YYYY-MM-DD…" or "").
  std::vector<DeadlineMatch> Find(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                                  const std::string& doc_date) const;

  // Resolves a deadline written alone ("by the end of 2016") against
  // `doc_date`: the date, or "" if none (also "" when no pattern matches
  // the whole text, reported through `matched`).
  std::string ResolveText(std::string_view text, const std::string& doc_date, bool* matched) const;

  size_t size() const { return rules_.size(); }

 private:
  enum class Slot : uint8_t { kWord, kYear, kMonth, kDay, kWeekday, kSeason, kNum };
  struct Item {
    Slot slot = Slot::kWord;
    std::vector<std::string> words;  // kWord: the choices
    bool optional = false;
  };
  struct Rule {
    std::vector<Item> items;
    std::string kind;   // "year", "add_days", …
    std::string arg;    // "" or a number or "NUM"
    std::string text;   // as written, for explain
  };
  // What the placeholders of one match captured.
  struct Captures {
    int year = 0, month = 0, day = 0, weekday = -1, num = -1;
  };

  // Reports a bad line of the rules file.
  using Complaint = std::function<void(const std::string&)>;
  void AddWordClass(std::string_view line, const Complaint& bad);
  void AddRule(std::string_view line, const Complaint& bad);

  // Length of the longest match of rule `r` at words[at…] (0 if none).
  size_t Match(const Rule& r, const std::vector<std::string_view>& words, size_t at, Captures* caps) const;
  size_t MatchFrom(const Rule& r, size_t item, const std::vector<std::string_view>& words, size_t at,
                   Captures* caps) const;
  bool MatchSlot(const Item& it, std::string_view w, Captures* caps) const;
  std::string Resolve(const Rule& r, const Captures& caps, const std::string& doc_date, bool* past) const;
  void BestAt(const std::vector<std::string_view>& words, size_t at, const std::string& doc_date,
              size_t* len, DeadlineMatch* m) const;

  std::vector<Rule> rules_;
  std::shared_ptr<const DateResolver> dates_;
  std::unordered_map<std::string, int> numbers_;  // the words of @NUM
};

}  // namespace entente
