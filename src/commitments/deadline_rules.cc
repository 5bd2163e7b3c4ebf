// deadline_rules.cc — reading the deadline patterns, matching them over a
// sentence's words (leftmost-longest) and resolving what they name.
#include "commitments/deadline_rules.h"

#include <algorithm>
#include <cstdio>

#include "commitments/word_util.h"
#include "events/text_util.h"
#include "text/date_resolver.h"
#include "util/civil_date.h"
#include "util/data_dir.h"

namespace entente {

namespace {

constexpr std::string_view kFormat = "entente-deadlines 2";
constexpr size_t kMaxItems = 16;

std::string Year(int y) { return std::to_string(y); }
std::string YearMonth(int y, int m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

// "1st", "22nd", "15" -> 15; -1 if not a day of the month.
int DayOfMonth(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return -1;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  int d = static_cast<int>(ParseCount(w.substr(0, n)));
  return d >= 1 && d <= 31 ? d : -1;
}

// "2031", "mid-2031", "end-2031" -> 2031; 0 if not a year.
int YearOf(std::string_view w) {
  size_t dash = w.rfind('-');
  if (dash != std::string_view::npos) {
    std::string_view pre = w.substr(0, dash);
    if (pre != "mid" && pre != "end" && pre != "early" && pre != "late") return 0;
    w = w.substr(dash + 1);
  }
  if (w.size() != 4) return 0;
  long y = ParseCount(w);
  return y >= 1900 && y <= 2199 ? static_cast<int>(y) : 0;
}

}  // namespace

Result<DeadlineRules> DeadlineRules::Load(const std::string& data_dir,
                                          std::shared_ptr<const DateResolver> dates, DiagnosticSink* sink) {
  std::string path = (data_dir.empty() ? DataDir() : data_dir) + "/commitments/deadlines.txt";
  std::string text;
  if (!ReadFile(path, &text)) return Status::NotFound("cannot read " + path);
  return Parse(text, path, std::move(dates), sink);
}

Result<DeadlineRules> DeadlineRules::Parse(std::string_view text, const std::string& file,
                                           std::shared_ptr<const DateResolver> dates, DiagnosticSink* sink) {
  if (!dates) return Status::InvalidArgument(file + ": deadlines need the date resolver's words");
  DeadlineRules rules;
  rules.dates_ = std::move(dates);
  Status s = ForEachDataLine(text, file, kFormat, [&](uint64_t line_no, std::string_view line) {
    Complaint bad = [&](const std::string& why) {
      if (sink) sink->Report({Severity::kWarning, file, line_no, why});
    };
    if (line[0] == '@') rules.AddWordClass(line, bad);
    else rules.AddRule(line, bad);
  });
  if (!s.ok()) return s;
  if (rules.rules_.empty()) return Status::Corrupt(file + ": no deadline patterns");
  return rules;
}

void DeadlineRules::AddWordClass(std::string_view line, const Complaint& bad) {
  std::vector<std::string_view> f = SplitWords(line);
  // Month and weekday names are the date resolver's (data/dates/en.txt).
  if (f[0] != "@NUM") return bad("unknown word class '" + std::string(f[0]) + "'");
  for (size_t i = 1; i < f.size(); ++i) {
    size_t eq = f[i].find('=');
    long v = eq == std::string_view::npos ? -1 : ParseCount(f[i].substr(eq + 1));
    if (v < 0) bad("expected word=number, found '" + std::string(f[i]) + "'");
    else numbers_[std::string(f[i].substr(0, eq))] = static_cast<int>(v);
  }
}

void DeadlineRules::AddRule(std::string_view line, const Complaint& bad) {
  std::vector<std::string_view> f = Split(line, '\t');
  if (f.size() != 2) return bad("expected RESOLUTION<TAB>PATTERN");
  Rule r;
  std::string_view res = Trim(f[0]);
  size_t colon = res.find(':');
  r.kind = std::string(res.substr(0, colon));
  if (colon != std::string_view::npos) r.arg = std::string(res.substr(colon + 1));
  static const std::vector<std::string> kKinds = {
      "year", "month_year", "date", "month_next", "date_next", "weekday", "this_year", "this_month",
      "this_week", "add_days", "add_weeks", "add_months", "add_years", "none"};
  if (std::find(kKinds.begin(), kKinds.end(), r.kind) == kKinds.end()) {
    return bad("unknown resolution '" + std::string(res) + "'");
  }
  if (!r.arg.empty() && r.arg != "NUM" && ParseCount(r.arg) < 0) {
    return bad("resolution argument must be a number or NUM");
  }
  r.text = std::string(f[1]);
  for (std::string_view w : SplitWords(f[1])) {
    Item it;
    if (w.size() > 1 && w.back() == '?') {
      it.optional = true;
      w.remove_suffix(1);
    }
    if (w == "YEAR") it.slot = Slot::kYear;
    else if (w == "MONTH") it.slot = Slot::kMonth;
    else if (w == "DAY") it.slot = Slot::kDay;
    else if (w == "WEEKDAY") it.slot = Slot::kWeekday;
    else if (w == "SEASON") it.slot = Slot::kSeason;
    else if (w == "NUM") it.slot = Slot::kNum;
    else for (std::string_view c : Split(w, '|')) it.words.emplace_back(c);
    r.items.push_back(std::move(it));
  }
  if (r.items.empty() || r.items.size() > kMaxItems) return bad("pattern needs 1..16 words");
  rules_.push_back(std::move(r));
}

bool DeadlineRules::MatchSlot(const Item& it, std::string_view w, Captures* caps) const {
  auto lookup = [&](const std::unordered_map<std::string, int>& t, int* out) {
    auto f = t.find(std::string(w));
    if (f == t.end()) return false;
    *out = f->second;
    return true;
  };
  switch (it.slot) {
    case Slot::kWord: return std::find(it.words.begin(), it.words.end(), w) != it.words.end();
    case Slot::kYear: return (caps->year = YearOf(w)) != 0;
    case Slot::kMonth: return (caps->month = dates_->MonthOf(w)) > 0;
    case Slot::kDay: return (caps->day = DayOfMonth(w)) > 0;
    case Slot::kWeekday: return (caps->weekday = dates_->WeekdayOf(w)) >= 0;
    case Slot::kSeason: return (caps->month = dates_->SeasonEndOf(w)) > 0;  // resolved as its last month
    case Slot::kNum: {
      long n = ParseCount(w);
      if (n > 0 && n < 1000) { caps->num = static_cast<int>(n); return true; }
      return lookup(numbers_, &caps->num);
    }
  }
  return false;
}

size_t DeadlineRules::MatchFrom(const Rule& r, size_t item, const std::vector<std::string_view>& words,
                                size_t at, Captures* caps) const {
  if (item == r.items.size()) return at;
  const Item& it = r.items[item];
  size_t best = 0;
  Captures keep = *caps;
  if (at < words.size() && MatchSlot(it, words[at], caps)) {
    best = MatchFrom(r, item + 1, words, at + 1, caps);
    if (!best) *caps = keep;
  }
  if (!best && it.optional) best = MatchFrom(r, item + 1, words, at, caps);
  return best;
}

size_t DeadlineRules::Match(const Rule& r, const std::vector<std::string_view>& words, size_t at,
                            Captures* caps) const {
  size_t end = MatchFrom(r, 0, words, at, caps);
  return end > at ? end - at : 0;
}

std::string DeadlineRules::Resolve(const Rule& r, const Captures& c, const std::string& doc_date,
                                   bool* past) const {
  *past = false;
  std::optional<int64_t> today = DayNumber(doc_date);
  int y = 0, m = 0;
  if (today) {
    y = static_cast<int>(ParseCount(doc_date.substr(0, 4)));
    m = static_cast<int>(ParseCount(doc_date.substr(5, 2)));
  }
  int k = r.arg == "NUM" ? c.num : static_cast<int>(r.arg.empty() ? 0 : ParseCount(r.arg));
  std::string out;
  std::optional<int64_t> last_day;  // the last day the deadline covers, to tell a past date
  // DayOfCivil clamps the day to the month's length: day 31 is the last.
  if (r.kind == "year") {
    out = Year(c.year);
    last_day = DayOfCivil(c.year, 12, 31);
  } else if (r.kind == "month_year") {
    out = YearMonth(c.year, c.month);
    last_day = DayOfCivil(c.year, c.month, 31);
  } else if (r.kind == "date") {
    last_day = DayOfCivil(c.year, c.month, c.day);
    out = last_day ? DateOfDay(*last_day) : "";
  } else if (!today || r.kind == "none") {
    return "";  // relative to a date we do not know, or no date named
  } else if (r.kind == "month_next") {
    // The month whose last day is the first not before D.
    if (auto d = NearestCivilDay(*today, c.month, 31, true)) out = DateOfDay(*d).substr(0, 7);
  } else if (r.kind == "date_next") {
    if (auto d = NearestCivilDay(*today, c.month, c.day, true)) out = DateOfDay(*d);
  } else if (r.kind == "weekday") {
    int ahead = (c.weekday - Weekday(*today) + 7) % 7;
    out = DateOfDay(*today + (ahead == 0 ? 7 : ahead));
  } else if (r.kind == "this_year") {
    out = Year(y + k);
  } else if (r.kind == "this_month") {
    int mm = m - 1 + k;
    out = YearMonth(y + mm / 12, mm % 12 + 1);
  } else if (r.kind == "this_week") {
    out = DateOfDay(*today + (7 - Weekday(*today)) % 7 + 7 * k);  // Weekday: 0 = Sunday
  } else if (r.kind == "add_days" || r.kind == "add_weeks") {
    out = DateOfDay(*today + static_cast<int64_t>(k) * (r.kind == "add_days" ? 1 : 7));
  } else if (r.kind == "add_months" || r.kind == "add_years") {
    int months = r.kind == "add_months" ? k : 12 * k;
    int mm = m - 1 + months, yy = y + mm / 12;
    mm = mm % 12 + 1;
    if (auto d = DayOfCivil(yy, mm, static_cast<int>(ParseCount(doc_date.substr(8, 2))))) out = DateOfDay(*d);
  }
  if (today && last_day && *last_day < *today) *past = true;
  return out;
}

void DeadlineRules::BestAt(const std::vector<std::string_view>& words, size_t at, const std::string& doc_date,
                           size_t* len, DeadlineMatch* m) const {
  *len = 0;
  for (const Rule& r : rules_) {
    Captures caps;
    size_t n = Match(r, words, at, &caps);
    if (n > *len) {
      *len = n;
      m->date = Resolve(r, caps, doc_date, &m->past);
      m->rule = r.kind + (r.arg.empty() ? "" : ":" + r.arg) + "  " + r.text;
    }
  }
}

std::vector<DeadlineMatch> DeadlineRules::Find(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                                               const std::string& doc_date) const {
  std::vector<std::string> lower;
  for (uint32_t i = first; i < last && i < tokens.size(); ++i) lower.push_back(LowerAscii(tokens[i].text));
  std::vector<std::string_view> words(lower.begin(), lower.end());
  std::vector<DeadlineMatch> out;
  for (size_t at = 0; at < words.size();) {
    size_t len = 0;
    DeadlineMatch m;
    BestAt(words, at, doc_date, &len, &m);
    if (len == 0) {
      ++at;
      continue;
    }
    m.begin = first + static_cast<uint32_t>(at);
    m.end = m.begin + static_cast<uint32_t>(len);
    out.push_back(std::move(m));
    at += len;
  }
  return out;
}

std::string DeadlineRules::ResolveText(std::string_view text, const std::string& doc_date, bool* matched) const {
  std::vector<std::string> lower;
  for (std::string_view w : SplitWords(text)) {
    // Split off commas and a final period the way the tokenizer does.
    std::string s = LowerAscii(w);
    bool comma = !s.empty() && s.back() == ',';
    if (comma) s.pop_back();
    if (!s.empty()) lower.push_back(s);
    if (comma) lower.emplace_back(",");
  }
  std::vector<std::string_view> words(lower.begin(), lower.end());
  *matched = false;
  // The deadline is the longest expression anywhere in the text ("next
  // month on August 2 at 5 p.m." resolves by "on August 2").
  std::string best;
  size_t best_len = 0;
  for (size_t at = 0; at < words.size(); ++at) {
    size_t len = 0;
    DeadlineMatch m;
    BestAt(words, at, doc_date, &len, &m);
    if (len > best_len) {
      best_len = len;
      best = m.date;
      *matched = true;
    }
  }
  return best;
}

}  // namespace entente
