// date_resolver.h — dates written in English text ("on March 3, 2016",
// "in 2016", "last year", "on Tuesday", "yesterday"), resolved against an
// anchor date (the publication date). One resolver serves every use: the
// date of a coded event, and the calendar words and arithmetic of the
// deadlines the commitments stage reads (src/commitments/deadline_rules.h,
// which resolves forwards where event dates resolve backwards).
// The word lists are data: data/dates/en.txt (doc/formats/dates.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analysis.h"
#include "entente/status.h"

namespace entente {

// A date found in text. `date` is "YYYY-MM-DD": the day itself, or the first
// day of the week, month or year the text names; `precision` says which
// ("day", "week", "month", "year"). `begin`/`end` are byte offsets of the
// expression in the text searched.
struct TextDate {
  std::string date;
  std::string precision;
  size_t begin = 0, end = 0;
};

class DateResolver {
 public:
  // Reads a word file such as data/dates/en.txt; an error names the file and
  // line of a bad entry.
  static Result<std::unique_ptr<DateResolver>> Load(const std::string& path);
  ~DateResolver();

  // Every date expression in `text`, in text order. `anchor` ("YYYY-MM-DD")
  // resolves relative and incomplete dates ("last year", "on Tuesday",
  // "March 3"); when it is empty or invalid only complete dates are found.
  // Incomplete dates resolve to the most recent such date not after the
  // anchor. Thread-safe (const).
  std::vector<TextDate> Find(std::string_view text, std::string_view anchor) const;

  // The event-date rule (doc/formats/events.md, "Event dates"): of the
  // dates in the event's sentence that are not after the publication date,
  // the one nearest the trigger dates the event; none (or a sentence that
  // names only future dates) leaves the publication date, precision "".
  // Fills Event::event_date and Event::date_precision of every event.
  void DateEvents(AnalyzedDocument* doc) const;

  // The calendar words, for other readers of dates in text (the deadlines
  // of the commitments stage): the month (1..12) or weekday (0 = Sunday …
  // 6 = Saturday) that `word` names, in any case and with or without a
  // final period ("Sept."); -1 if none.
  int MonthOf(std::string_view word) const;
  int WeekdayOf(std::string_view word) const;
  // The last month (1..12) of the season `word` names ("summer": 8), or -1.
  // Seasons are not event dates; deadlines read them ("by the summer").
  int SeasonEndOf(std::string_view word) const;

  struct Words;

 private:
  explicit DateResolver(std::unique_ptr<Words> words);
  std::unique_ptr<Words> words_;
};

}  // namespace entente
