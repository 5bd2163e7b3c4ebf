// date_resolver.cc — finds date expressions in a sentence's words and
// resolves them against the publication date. Patterns, tried longest first
// at each word (punctuation between words is ignored):
//   MONTH DAY YEAR | DAY MONTH YEAR          "March 3, 2016", "3 March 2016"  day
//   MONTH YEAR                               "March 2016"                     month
//   MONTH DAY | DAY MONTH                    "March 3" (most recent)          day
//   IN YEAR | IN MONTH                       "in 2016", "in March"            year, month
//   PREVIOUS UNIT                            "last year", "last week"         year, month, week
//   OFFSET | WEEKDAY                         "yesterday", "on Tuesday"        day
// A month name alone is never a date ("they may meet").
#include "text/date_resolver.h"

#include <cstdlib>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "util/civil_date.h"
#include "util/data_dir.h"

namespace entente {

struct DateResolver::Words {
  std::unordered_map<std::string, int> month, weekday, offset, unit;  // unit: 0 year 1 month 2 week
  std::unordered_map<std::string, int> season;                        // the season's last month
  std::unordered_map<std::string, int> previous, in;
};

namespace {

struct Word {
  std::string text;  // lower case
  size_t begin, end;
  int number = -1;   // 1..31 or a 4-digit year, else -1
};

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int NumberOf(const std::string& w) {
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) return -1;
  std::string rest = w.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  if (!rest.empty() && digits > 2) return -1;
  return std::atoi(w.substr(0, digits).c_str());
}

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> out;
  for (size_t i = 0; i < text.size();) {
    if (!IsAlnum(text[i])) { ++i; continue; }
    size_t j = i;
    std::string w;
    while (j < text.size() && IsAlnum(text[j])) {
      char c = text[j++];
      w.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    Word word{w, i, j};
    word.number = NumberOf(w);
    out.push_back(std::move(word));
    i = j;
  }
  return out;
}

bool IsYear(int n) { return n >= 1000; }
bool IsDay(int n) { return n >= 1 && n <= 31; }

struct Anchor {
  bool valid = false;
  int64_t day = 0;  // a day number (negative before 1970) when valid
  int year = 0, month = 0;
};

Anchor MakeAnchor(std::string_view date) {
  Anchor a;
  std::optional<int64_t> day = DayNumber(date);
  if (!day) return a;
  a.day = *day;
  a.valid = true;
  a.year = std::atoi(std::string(date.substr(0, 4)).c_str());
  a.month = std::atoi(std::string(date.substr(5, 2)).c_str());
  return a;
}

// The most recent month/day not after the anchor.
std::optional<int64_t> RecentDay(const Anchor& a, int month, int day) {
  return NearestCivilDay(a.day, month, day, false);
}

int Lookup(const std::unordered_map<std::string, int>& m, const Word* w, int none = -100) {
  if (!w) return none;
  auto it = m.find(w->text);
  return it == m.end() ? none : it->second;
}

// The value of `word` (any case, one final period allowed: "Sept.") in `m`,
// or -1.
int WordValue(const std::unordered_map<std::string, int>& m, std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  std::string w(word);
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  auto it = m.find(w);
  return it == m.end() ? -1 : it->second;
}

}  // namespace

DateResolver::DateResolver(std::unique_ptr<Words> words) : words_(std::move(words)) {}
DateResolver::~DateResolver() = default;

Result<std::unique_ptr<DateResolver>> DateResolver::Load(const std::string& path) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return Status::IoError(path + ": cannot read the date words");
  auto words = std::make_unique<Words>();
  std::istringstream in(bytes);
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    std::istringstream fields(line);
    std::string kind, value, word;
    if (!(fields >> kind) || kind[0] == '#') continue;
    auto bad = [&](const std::string& why) {
      return Status::Corrupt(path + ":" + std::to_string(line_no) + ": " + why);
    };
    if (!(fields >> value)) return bad("entry has no value");
    if (kind == "version") {
      if (value != "1") return bad("date words version " + value + " is newer than this build reads (1)");
      continue;
    }
    std::unordered_map<std::string, int>* table = nullptr;
    int n = 0;
    if (kind == "unit") {
      table = &words->unit;
      n = value == "year" ? 0 : value == "month" ? 1 : value == "week" ? 2 : -1;
      if (n < 0) return bad("unit must be year, month or week");
    } else {
      char* end = nullptr;
      n = static_cast<int>(std::strtol(value.c_str(), &end, 10));
      if (*end != '\0') return bad("value is not a number: " + value);
      if (kind == "month") table = &words->month;
      else if (kind == "weekday") table = &words->weekday;
      else if (kind == "season") table = &words->season;
      else if (kind == "offset") table = &words->offset;
      else if (kind == "previous") table = &words->previous;
      else if (kind == "in") table = &words->in;
      else return bad("unknown kind " + kind);
      if (((kind == "month" || kind == "season") && (n < 1 || n > 12)) || (kind == "weekday" && (n < 0 || n > 6))) {
        return bad("value out of range: " + value);
      }
    }
    bool any = false;
    while (fields >> word) {
      (*table)[word] = n;
      any = true;
    }
    if (!any) return bad("entry lists no words");
  }
  return std::unique_ptr<DateResolver>(new DateResolver(std::move(words)));
}

std::vector<TextDate> DateResolver::Find(std::string_view text, std::string_view anchor_date) const {
  const Words& W = *words_;
  Anchor a = MakeAnchor(anchor_date);
  std::vector<Word> w = SplitWords(text);
  std::vector<TextDate> out;
  auto at = [&](size_t i) -> const Word* { return i < w.size() ? &w[i] : nullptr; };
  auto num = [&](size_t i) { return i < w.size() ? w[i].number : -1; };
  auto emit = [&](std::optional<int64_t> day, const char* precision, size_t first, size_t last) {
    if (day) out.push_back({DateOfDay(*day), precision, w[first].begin, w[last].end});
  };
  for (size_t i = 0; i < w.size(); ++i) {
    int month = Lookup(W.month, at(i));
    int month2 = Lookup(W.month, at(i + 1));
    if (month > 0 && IsDay(num(i + 1)) && IsYear(num(i + 2))) {
      emit(DayOfCivil(num(i + 2), month, num(i + 1)), "day", i, i + 2), i += 2;
    } else if (IsDay(num(i)) && month2 > 0 && IsYear(num(i + 2))) {
      emit(DayOfCivil(num(i + 2), month2, num(i)), "day", i, i + 2), i += 2;
    } else if (month > 0 && IsYear(num(i + 1))) {
      emit(DayOfCivil(num(i + 1), month, 1), "month", i, i + 1), i += 1;
    } else if (month > 0 && IsDay(num(i + 1))) {
      if (a.valid) emit(RecentDay(a, month, num(i + 1)), "day", i, i + 1);
      i += 1;
    } else if (IsDay(num(i)) && month2 > 0) {
      if (a.valid) emit(RecentDay(a, month2, num(i)), "day", i, i + 1);
      i += 1;
    } else if (Lookup(W.in, at(i)) != -100 && IsYear(num(i + 1))) {
      emit(DayOfCivil(num(i + 1), 1, 1), "year", i + 1, i + 1), i += 1;
    } else if (Lookup(W.in, at(i)) != -100 && month2 > 0) {
      if (a.valid) emit(RecentDay(a, month2, 1), "month", i + 1, i + 1);
      i += 1;
    } else if (Lookup(W.previous, at(i)) != -100 && Lookup(W.unit, at(i + 1)) != -100) {
      int unit = Lookup(W.unit, at(i + 1));
      if (a.valid && unit == 0) emit(DayOfCivil(a.year - 1, 1, 1), "year", i, i + 1);
      if (a.valid && unit == 1) {
        emit(DayOfCivil(a.month == 1 ? a.year - 1 : a.year, a.month == 1 ? 12 : a.month - 1, 1),
             "month", i, i + 1);
      }
      // The week before the anchor's, from its Monday.
      if (a.valid && unit == 2) emit(WeekStart(a.day) - 7, "week", i, i + 1);
      i += 1;
    } else if (a.valid && Lookup(W.offset, at(i)) != -100) {
      emit(a.day + Lookup(W.offset, at(i)), "day", i, i);
    } else if (a.valid && Lookup(W.weekday, at(i)) != -100) {
      emit(a.day - (Weekday(a.day) - Lookup(W.weekday, at(i)) + 7) % 7, "day", i, i);
    }
  }
  return out;
}

int DateResolver::MonthOf(std::string_view word) const { return WordValue(words_->month, word); }

int DateResolver::WeekdayOf(std::string_view word) const { return WordValue(words_->weekday, word); }

int DateResolver::SeasonEndOf(std::string_view word) const { return WordValue(words_->season, word); }

void DateResolver::DateEvents(AnalyzedDocument* doc) const {
  std::optional<int64_t> published = DayNumber(doc->doc.date);
  for (Event& e : doc->events) {
    e.event_date.clear();
    e.date_precision.clear();
    if (e.sentence >= doc->sentences.size()) continue;
    Span s = doc->sentences[e.sentence].span;
    if (s.end > doc->doc.text.size() || s.empty()) continue;
    std::string_view sentence = std::string_view(doc->doc.text).substr(s.begin, s.size());
    size_t trigger = e.trigger_span.begin >= s.begin ? e.trigger_span.begin - s.begin : 0;
    size_t best_distance = std::string::npos;
    for (const TextDate& d : Find(sentence, doc->doc.date)) {
      if (published && DayNumber(d.date) > published) continue;  // a plan, not the event
      size_t distance = d.begin > trigger ? d.begin - trigger : trigger - d.begin;
      if (distance < best_distance) {
        best_distance = distance;
        e.event_date = d.date;
        e.date_precision = d.precision;
      }
    }
  }
}

}  // namespace entente
