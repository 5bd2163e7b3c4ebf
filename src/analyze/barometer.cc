// barometer.cc — folds the store's per-day, per-quad aggregates into
// periods and computes the cooperation/conflict and words/deeds measures
// (definitions in include/entente/barometer.h).
#include "entente/barometer.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "analyze/json.h"
#include "store/dates.h"

namespace entente {

namespace {

using store::DateOfDay;
using store::DayNumber;

const char* PeriodName(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
    case Period::kQuarter: return "quarter";
    case Period::kYear: return "year";
  }
  return "month";
}

int MonthsIn(Period p) { return p == Period::kYear ? 12 : p == Period::kQuarter ? 3 : 1; }

std::string NextPeriod(const std::string& start, Period p) {
  if (p == Period::kMonth || p == Period::kQuarter || p == Period::kYear) {
    int y = std::stoi(start.substr(0, 4)), m = std::stoi(start.substr(5, 2)) + MonthsIn(p);
    if (m > 12) {
      m -= 12;
      ++y;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, m);
    return buf;
  }
  return DateOfDay(DayNumber(start).value_or(0) + (p == Period::kWeek ? 7 : 1));
}

double Ratio(double a, double b) { return b > 0 ? a / b : std::nan(""); }

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
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth, Period::kQuarter, Period::kYear}) {
    if (name == PeriodName(p)) {
      *period = p;
      return true;
    }
  }
  return false;
}

std::string PeriodStart(const std::string& date, Period period) {
  std::optional<int64_t> day = DayNumber(date);
  if (!day) return "";
  switch (period) {
    case Period::kDay: return DateOfDay(*day);
    case Period::kWeek: return DateOfDay(store::WeekStart(*day));
    case Period::kMonth: return date.substr(0, 7) + "-01";
    case Period::kQuarter: {
      int m = std::stoi(date.substr(5, 2));
      char buf[16];
      std::snprintf(buf, sizeof buf, "-%02d-01", (m - 1) / 3 * 3 + 1);
      return date.substr(0, 4) + buf;
    }
    case Period::kYear: return date.substr(0, 4) + "-01-01";
  }
  return "";
}

Result<std::vector<BarometerRow>> FoldBarometer(const std::vector<DailyQuad>& days,
                                                const std::vector<DailyVolume>& volumes,
                                                const BarometerOptions& options,
                                                const std::string& from, const std::string& to) {
  std::map<std::string, BarometerRow> rows;
  for (const DailyQuad& d : days) {
    std::string p = PeriodStart(d.date, options.period);
    if (p.empty() || d.quad < 1 || d.quad > 4) continue;
    BarometerRow& r = rows[p];
    r.quad[d.quad] += options.count_reports ? d.reports : d.clusters;
    r.goldstein_sum += options.count_reports ? d.goldstein_reports : d.goldstein_clusters;
  }
  std::string first = PeriodStart(from, options.period), last = PeriodStart(to, options.period);
  if (first.empty() && !rows.empty()) first = rows.begin()->first;
  if (last.empty() && !rows.empty()) last = rows.rbegin()->first;
  if (options.fill_gaps && !first.empty() && first <= last) {
    int64_t n = 1;
    for (std::string p = first; p < last; p = NextPeriod(p, options.period)) {
      if (++n > options.max_periods) {
        return Status::InvalidArgument(
            "more than " + std::to_string(options.max_periods) + " " + PeriodName(options.period) +
            " periods between " + first + " and " + last +
            "; choose a longer period (--by), narrower dates or a larger --max-periods");
      }
    }
    for (std::string p = first; p <= last; p = NextPeriod(p, options.period)) rows[p];
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
  EventQuery q = query;
  q.modality = options.modality;
  auto days = store->DailyQuads(q);
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
  auto rows = FoldBarometer(*days, volumes, options, query.from, query.to);
  if (!rows.ok()) return rows.status();
  b.rows = std::move(rows).value();
  return b;
}

namespace {

// A measure in text: "NA" (table), "" (CSV) when undefined.
std::string Number(double v, const char* format, const char* undefined) {
  if (std::isnan(v)) return undefined;
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string Header(const Barometer& b) {
  std::string modality = b.options.modality.empty() ? "any modality" : b.options.modality;
  return "# " + b.dyad + (b.undirected ? " (both directions)" : " (source:target)") + ", by " +
         PeriodName(b.options.period) + ", counting " +
         (b.options.count_reports ? "reports" : "events") + " (" + modality + ")" +
         (b.options.normalize ? "; quad columns are rates per 1,000 events of all dyads" : "") +
         "\n";
}

}  // namespace

std::string BarometerTable(const Barometer& b) {
  std::string out = Header(b);
  char line[256];
  bool rate = b.options.normalize;
  std::snprintf(line, sizeof line, "%-10s %8s %8s %8s %8s %6s %9s %7s %8s %8s%s\n", "period",
                rate ? "vcoop/1k" : "vcoop", rate ? "mcoop/1k" : "mcoop",
                rate ? "vconf/1k" : "vconf", rate ? "mconf/1k" : "mconf", "total", "goldstein",
                "mean", "balance", "w-d gap", rate ? "   volume" : "");
  out += line;
  for (const BarometerRow& r : b.rows) {
    std::string quads;
    for (int i = 1; i <= 4; ++i) {
      quads += ' ' + (rate ? Number(r.rate[i], "%8.2f", "      NA")
                           : Number(static_cast<double>(r.quad[i]), "%8.0f", ""));
    }
    std::snprintf(line, sizeof line, "%-10s%s %6lld %9.1f %7s %8s %8s", r.period.c_str(),
                  quads.c_str(), static_cast<long long>(r.total), r.goldstein_sum,
                  Number(r.goldstein_mean, "%.2f", "NA").c_str(),
                  Number(r.balance, "%.3f", "NA").c_str(),
                  Number(r.words_deeds_gap, "%.3f", "NA").c_str());
    out += line;
    if (rate) {
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
  if (b.options.normalize) {
    out += ",volume,verbal_coop_per_1000,material_coop_per_1000,verbal_conflict_per_1000,"
           "material_conflict_per_1000";
  }
  out += '\n';
  char buf[256];
  for (const BarometerRow& r : b.rows) {
    std::snprintf(buf, sizeof buf, "%s,%lld,%lld,%lld,%lld,%lld,%.4f", r.period.c_str(),
                  static_cast<long long>(r.quad[1]), static_cast<long long>(r.quad[2]),
                  static_cast<long long>(r.quad[3]), static_cast<long long>(r.quad[4]),
                  static_cast<long long>(r.total), r.goldstein_sum);
    out += buf;
    for (double v : {r.goldstein_mean, r.balance, r.words_deeds_gap, r.conflict_gap}) {
      out += ',' + Number(v, "%.4f", "");
    }
    if (b.options.normalize) {
      out += ',' + std::to_string(r.volume);
      for (int i = 1; i <= 4; ++i) out += ',' + Number(r.rate[i], "%.4f", "");
    }
    out += '\n';
  }
  return out;
}

std::string BarometerJson(const Barometer& b) {
  json::Writer w;
  auto measure = [&w](const std::string& key, double v) {
    w.Key(key);
    if (std::isnan(v)) w.Null();
    else w.Double(v);
  };
  w.BeginObject();
  w.Key("dyad");
  w.String(b.dyad);
  w.Key("undirected");
  w.Bool(b.undirected);
  w.Key("by");
  w.String(PeriodName(b.options.period));
  w.Key("counting");
  w.String(b.options.count_reports ? "reports" : "events");
  w.Key("modality");
  if (b.options.modality.empty()) w.Null();
  else w.String(b.options.modality);
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
    measure("goldstein_mean", r.goldstein_mean);
    measure("balance", r.balance);
    measure("words_deeds_gap", r.words_deeds_gap);
    measure("conflict_gap", r.conflict_gap);
    if (b.options.normalize) {
      w.Key("volume");
      w.Int(r.volume);
      for (int i = 1; i <= 4; ++i) measure(std::string(kQuad[i]) + "_per_1000", r.rate[i]);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace entente
