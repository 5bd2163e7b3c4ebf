// entente barometer — cooperation vs conflict, words vs deeds, for one dyad
// over time, from an event store.
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/barometer.h"
#include "entente/codes.h"
#include "entente/store.h"

namespace entente::cli {

namespace {

struct BarometerArgs {
  std::string db;
  std::string dyad;
  std::string by = "month";
  std::string from, to;
  std::string type;
  std::string format = "table";
  std::string out = "-";
  bool undirected = false;
  bool reports = false;
  bool normalize = false;
  std::string modality = "done";
  int64_t max_periods = 5000;
  std::string location_country, location_region;
  double min_confidence = 0;
  CLI::Option* min_confidence_given = nullptr;
};

int RunBarometer(const BarometerArgs& a) {
  EventQuery q;
  Status s = ParseDyad(a.dyad, &q);
  if (!s.ok()) {
    std::fprintf(stderr, "entente barometer: --dyad: %s\n", s.message().c_str());
    return kExitFatal;
  }
  q.undirected = a.undirected;
  q.from = a.from;
  q.to = a.to;
  q.type = a.type;
  q.location_country = a.location_country;
  q.location_region = a.location_region;
  if (a.min_confidence_given->count() > 0) q.min_confidence = a.min_confidence;
  if (Status l = CheckLocationFilter(q.location_country, q.location_region); !l.ok()) {
    std::fprintf(stderr, "entente barometer: %s\n", l.message().c_str());
    return kExitFatal;
  }
  BarometerOptions o;
  if (!ParsePeriod(a.by, &o.period)) {
    std::fprintf(stderr, "entente barometer: --by must be day, week, month, quarter or year\n");
    return kExitFatal;
  }
  if (a.format != "table" && a.format != "csv" && a.format != "json") {
    std::fprintf(stderr, "entente barometer: --format must be table, csv or json\n");
    return kExitFatal;
  }
  o.count_reports = a.reports;
  o.normalize = a.normalize;
  o.modality = a.modality == "all" ? "" : a.modality;
  o.max_periods = a.max_periods;
  q.modality = o.modality;
  StoreOptions so;
  so.read_only = true;
  auto store = EventStore::Open(a.db, so);
  if (!store.ok()) {
    std::fprintf(stderr, "entente barometer: %s\n", store.status().ToString().c_str());
    return kExitFatal;
  }
  if (Status c = CheckQueryCodes(store->get(), q); !c.ok()) {
    std::fprintf(stderr, "entente barometer: %s\n", c.message().c_str());
    return kExitFatal;
  }
  auto b = ComputeBarometer(store->get(), q, o);
  if (!b.ok()) {
    std::fprintf(stderr, "entente barometer: %s\n", b.status().ToString().c_str());
    return kExitFatal;
  }
  auto out = Output::Open(a.out);
  if (!out) return kExitFatal;
  if (a.format == "csv") out->Write(BarometerCsv(*b));
  else if (a.format == "json") out->Write(BarometerJson(*b) + "\n");
  else out->Write(BarometerTable(*b));
  return out->Finish() ? kExitOk : kExitFatal;
}

}  // namespace

Command AddBarometer(CLI::App& root) {
  auto args = std::make_shared<BarometerArgs>();
  CLI::App* app = root.add_subcommand(
      "barometer",
      "Cooperation vs conflict and words vs deeds for one dyad, per period.\n"
      "Columns: events per quad class (verbal/material cooperation, verbal/material\n"
      "conflict), Goldstein sum and mean, balance = (coop-conflict)/(coop+conflict),\n"
      "w-d gap = (verbal-material)/(verbal+material) cooperation. Events reported by\n"
      "several documents count once unless --reports. A dyad side matches actor codes\n"
      "that start with it (USA: USAGOV, USAMIL…) or whose country is it.");
  app->add_option("--db", args->db, "SQLite file or postgresql://… URL")->required();
  app->add_option("--dyad", args->dyad, "SOURCE:TARGET, e.g. USA:IGOWSTNAT")->required();
  app->add_option("--by", args->by, "day | week | month | quarter | year")->capture_default_str();
  app->add_option("--modality", args->modality,
                  "what counts: done (default: deeds and statements asserted as done), "
                  "intended, demanded, hypothetical, or all")->capture_default_str();
  app->add_option("--max-periods", args->max_periods,
                  "at most this many periods between --from and --to (else an error)")
      ->capture_default_str();
  app->add_option("--from", args->from, "first date, YYYY-MM-DD");
  app->add_option("--to", args->to, "last date, YYYY-MM-DD");
  app->add_option("--type", args->type, "CAMEO code prefix (04) or PLOVER type");
  app->add_option("--location-country", args->location_country,
                  "only events that happened there: ISO 3166-1 alpha-3 (SYR)");
  app->add_option("--location-region", args->location_region,
                  "only events that happened there: ISO 3166-2 region (SY-02)");
  args->min_confidence_given = app->add_option(
      "--min-confidence", args->min_confidence,
      "only events the learned coder scored at least this sure (their first\n"
      "report's confidence); leaves out events without one");
  app->add_option("--format", args->format, "table | csv | json")->capture_default_str();
  app->add_option("-o,--output", args->out, "output file (default: stdout)");
  app->add_flag("--undirected", args->undirected, "count both directions of the dyad");
  app->add_flag("--reports", args->reports, "count every report, not every event");
  app->add_flag("--normalize", args->normalize,
                "quad columns as rates per 1,000 events of all dyads in the period");
  return {app, [args] { return RunBarometer(*args); }};
}

}  // namespace entente::cli
