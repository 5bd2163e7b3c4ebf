// barometer.cc — folds the store's per-day, per-quad aggregates into
// periods and computes the cooperation/conflict and words/deeds measures
// (definitions in include/entente/barometer.h).
#include "entente/barometer.h"

#include <cstdio>
#include <map>

#include "analyze/json.h"
#include "store/dates.h"

namespace entente {

namespace {

using store::DateOfDay;
using store::DayNumber;

// The largest number of periods a gap-filled barometer emits (ten years of
// days, seventy of weeks, three centuries of months). A wider span (one
// stray date in 9999 once made 36,602 empty periods, 7.2 MB of JSON) is
// emitted without its empty periods.
constexpr int64_t kMaxFilledPeriods = 3660;

const char* PeriodName(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
  }
  return "month";
}

std::string NextPeriod(const std::string& start, Period p) {
  if (p == Period::kMonth) {
    int y = std::stoi(start.substr(0, 4)), m = std::stoi(start.substr(5, 2));
    if (++m > 12) {
      m = 1;
      ++y;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, m);
    return buf;
  }
  return DateOfDay(DayNumber(start) + (p == Period::kWeek ? 7 : 1));
}

// How many periods lie from the period starting `first` to the one
// starting `last` (both period starts, first <= last).
int64_t PeriodsBetween(const std::string& first, const std::string& last, Period p) {
  if (p == Period::kMonth) {
    auto months = [](const std::string& d) {
      return std::stoll(d.substr(0, 4)) * 12 + std::stoll(d.substr(5, 2));
    };
    return months(last) - months(first);
  }
  return (DayNumber(last) - DayNumber(first)) / (p == Period::kWeek ? 7 : 1);
}

double Ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

void Finish(BarometerRow* r, bool normalize) {
  const int64_t* q = r->quad;
  r->total = q[1] + q[2] + q[3] + q[4];
  r->goldstein_mean = Ratio(r->goldstein_sum, static_cast<double>(r->total));
  double coop = static_cast<double>(q[1] + q[2]), conf = static_cast<double>(q[3] + q[4]);
  r->balance = Ratio(coop - conf, coop + conf);
  r->words_deeds_gap = Ratio(static_cast<double>(q[1] - q[2]), static_cast<double>(q[1] + q[2]));
  r->conflict_gap = Ratio(static_cast<double>(q[3] - q[4]), static_cast<double>(q[3] + q[4]));
  if (normalize) {
    for (int i = 1; i <= 4; ++i) {
      r->rate[i] = Ratio(1000.0 * static_cast<double>(q[i]), static_cast<double>(r->volume));
    }
  }
}

}  // namespace

bool ParsePeriod(const std::string& name, Period* period) {
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth}) {
    if (name == PeriodName(p)) {
      *period = p;
      return true;
    }
  }
  return false;
}

std::string PeriodStart(const std::string& date, Period period) {
  int64_t day = DayNumber(date);
  if (day < 0) return "";
  switch (period) {
    case Period::kDay: return DateOfDay(day);
    case Period::kWeek: return DateOfDay(day - (day + 3) % 7);  // 1970-01-01 was a Thursday
    case Period::kMonth: return date.substr(0, 7) + "-01";
  }
  return "";
}

std::vector<BarometerRow> FoldBarometer(const std::vector<DailyQuad>& days,
                                        const std::vector<DailyVolume>& volumes,
                                        const BarometerOptions& options) {
  std::map<std::string, BarometerRow> rows;
  for (const DailyQuad& d : days) {
    std::string p = PeriodStart(d.date, options.period);
    if (p.empty() || d.quad < 1 || d.quad > 4) continue;
    BarometerRow& r = rows[p];
    r.quad[d.quad] += options.count_reports ? d.reports : d.clusters;
    r.goldstein_sum += options.count_reports ? d.goldstein_reports : d.goldstein_clusters;
  }
  if (options.fill_gaps && !rows.empty() &&
      PeriodsBetween(rows.begin()->first, rows.rbegin()->first, options.period) <
          kMaxFilledPeriods) {
    std::string last = rows.rbegin()->first;
    for (std::string p = rows.begin()->first; p < last;) {
      p = NextPeriod(p, options.period);
      rows[p];
    }
  }
  if (options.normalize) {
    for (const DailyVolume& v : volumes) {
      auto it = rows.find(PeriodStart(v.date, options.period));
      if (it != rows.end()) it->second.volume += options.count_reports ? v.reports : v.clusters;
    }
  }
  std::vector<BarometerRow> out;
  out.reserve(rows.size());
  for (auto& [period, r] : rows) {
    r.period = period;
    Finish(&r, options.normalize);
    out.push_back(r);
  }
  return out;
}

Result<Barometer> ComputeBarometer(EventStore* store, const EventQuery& query,
                                   const BarometerOptions& options) {
  auto days = store->DailyQuads(query);
  if (!days.ok()) return days.status();
  std::vector<DailyVolume> volumes;
  if (options.normalize) {
    auto v = store->DailyVolumes(query.from, query.to);
    if (!v.ok()) return v.status();
    volumes = std::move(v).value();
  }
  Barometer b;
  b.dyad = query.source.code + ":" + query.target.code;
  b.undirected = query.undirected;
  b.options = options;
  b.rows = FoldBarometer(*days, volumes, options);
  return b;
}

std::string BarometerTable(const Barometer& b) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "# %s %s, by %s, counting %s%s\n", b.dyad.c_str(),
                b.undirected ? "(both directions)" : "(source:target)",
                PeriodName(b.options.period), b.options.count_reports ? "reports" : "events",
                b.options.normalize ? ", rates per 1,000 events of all dyads" : "");
  out += line;
  std::snprintf(line, sizeof line, "%-10s %6s %6s %6s %6s %6s %9s %7s %8s %8s%s\n", "period",
                "vcoop", "mcoop", "vconf", "mconf", "total", "goldstein", "mean", "balance",
                "w-d gap", b.options.normalize ? "   volume" : "");
  out += line;
  for (const BarometerRow& r : b.rows) {
    std::snprintf(line, sizeof line, "%-10s %6lld %6lld %6lld %6lld %6lld %9.1f %7.2f %8.3f %8.3f",
                  r.period.c_str(), static_cast<long long>(r.quad[1]),
                  static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]),
                  static_cast<long long>(r.quad[4]), static_cast<long long>(r.total),
                  r.goldstein_sum, r.goldstein_mean, r.balance, r.words_deeds_gap);
    out += line;
    if (b.options.normalize) {
      std::snprintf(line, sizeof line, " %8lld", static_cast<long long>(r.volume));
      out += line;
    }
    out += '\n';
  }
  return out;
}

std::string BarometerCsv(const Barometer& b) {
  std::string out =
      "period,verbal_coop,material_coop,verbal_conflict,material_conflict,total,"
      "goldstein_sum,goldstein_mean,balance,words_deeds_gap,conflict_gap";
  if (b.options.normalize) out += ",volume,verbal_coop_rate,material_coop_rate,verbal_conflict_rate,material_conflict_rate";
  out += '\n';
  char buf[512];
  for (const BarometerRow& r : b.rows) {
    std::snprintf(buf, sizeof buf, "%s,%lld,%lld,%lld,%lld,%lld,%.4f,%.4f,%.4f,%.4f,%.4f",
                  r.period.c_str(), static_cast<long long>(r.quad[1]),
                  static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]),
                  static_cast<long long>(r.quad[4]), static_cast<long long>(r.total),
                  r.goldstein_sum, r.goldstein_mean, r.balance, r.words_deeds_gap,
                  r.conflict_gap);
    out += buf;
    if (b.options.normalize) {
      std::snprintf(buf, sizeof buf, ",%lld,%.4f,%.4f,%.4f,%.4f", static_cast<long long>(r.volume),
                    r.rate[1], r.rate[2], r.rate[3], r.rate[4]);
      out += buf;
    }
    out += '\n';
  }
  return out;
}

std::string BarometerJson(const Barometer& b) {
  json::Writer w;
  w.BeginObject();
  w.Key("dyad");
  w.String(b.dyad);
  w.Key("undirected");
  w.Bool(b.undirected);
  w.Key("by");
  w.String(PeriodName(b.options.period));
  w.Key("counting");
  w.String(b.options.count_reports ? "reports" : "events");
  w.Key("normalized");
  w.Bool(b.options.normalize);
  w.Key("rows");
  w.BeginArray();
  for (const BarometerRow& r : b.rows) {
    w.BeginObject();
    w.Key("period");
    w.String(r.period);
    static const char* kQuad[] = {"", "verbal_coop", "material_coop", "verbal_conflict",
                                  "material_conflict"};
    for (int i = 1; i <= 4; ++i) {
      w.Key(kQuad[i]);
      w.Int(r.quad[i]);
    }
    w.Key("total");
    w.Int(r.total);
    w.Key("goldstein_sum");
    w.Double(r.goldstein_sum);
    w.Key("goldstein_mean");
    w.Double(r.goldstein_mean);
    w.Key("balance");
    w.Double(r.balance);
    w.Key("words_deeds_gap");
    w.Double(r.words_deeds_gap);
    w.Key("conflict_gap");
    w.Double(r.conflict_gap);
    if (b.options.normalize) {
      w.Key("volume");
      w.Int(r.volume);
      for (int i = 1; i <= 4; ++i) {
        w.Key(std::string(kQuad[i]) + "_rate");
        w.Double(r.rate[i]);
      }
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace entente
