// entente export — the deduplicated store as a data set: one row per event
// (cluster) with its report, source and document counts (doc/formats/export.md).
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/codes.h"
#include "entente/export.h"
#include "entente/store.h"

namespace entente::cli {

namespace {

struct ExportArgs {
  std::string db, format = "csv", out = "-";
  ExportFilters filters;
  double min_confidence = 0;
  CLI::Option* min_confidence_given = nullptr;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "entente export: %s\n", message.c_str());
  return kExitFatal;
}

int RunExport(const ExportArgs& a) {
  ExportFormat format;
  if (!ParseExportFormat(a.format, &format)) return Fail("--format must be csv, jsonl or gdelt");
  ExportFilters filters = a.filters;
  if (a.min_confidence_given->count() > 0) filters.min_confidence = a.min_confidence;
  auto query = ExportQuery(filters);
  if (!query.ok()) return Fail("--" + query.status().message());
  EventQuery q = *query;
  StoreOptions so;
  so.read_only = true;
  auto store = EventStore::Open(a.db, so);
  if (!store.ok()) return Fail(store.status().ToString());
  if (Status s = CheckQueryCodes(store->get(), q); !s.ok()) return Fail(s.message());
  auto out = Output::Open(a.out);
  if (!out) return kExitFatal;
  auto n = ExportEvents(store->get(), q, format, [&](std::string_view chunk) {
    out->Write(std::string(chunk));
    return out->Ok();
  });
  if (!n.ok()) return Fail(n.status().ToString());
  std::fprintf(stderr, "entente export: %lld events\n", static_cast<long long>(*n));
  return out->Ok() ? kExitOk : kExitFatal;
}

}  // namespace

Command AddExport(CLI::App& root) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* app = root.add_subcommand(
      "export",
      "Write the deduplicated events of a store: one row per event (however many\n"
      "documents reported it) with its report, source and document counts, the\n"
      "evidence of its first report and what coded it; newest first. Columns:\n"
      "doc/formats/export.md.");
  app->add_option("--db", args->db, "SQLite file or postgresql://… URL")->required();
  app->add_option("--format", args->format, "csv | jsonl | gdelt")->capture_default_str();
  app->add_option("-o,--output", args->out, "output file (default: stdout)");
  app->add_option("--dyad", args->filters.dyad, "SOURCE:TARGET (either side may be empty)");
  app->add_flag("--undirected", args->filters.undirected, "the dyad in both directions");
  app->add_option("--actor", args->filters.actor, "an actor on either side");
  app->add_option("--type", args->filters.type, "CAMEO code prefix (04) or PLOVER type (AGREE)");
  app->add_option("--modality", args->filters.modality,
                  "done | intended | demanded | hypothetical | all (default: all)");
  app->add_option("--from", args->filters.date_from, "first event date, YYYY-MM-DD");
  app->add_option("--to", args->filters.date_to, "last event date, YYYY-MM-DD");
  app->add_option("--location-country", args->filters.location_country,
                  "where the event happened: ISO 3166-1 alpha-3 (SYR)");
  app->add_option("--location-region", args->filters.location_region,
                  "where the event happened: ISO 3166-2 region (SY-02)");
  args->min_confidence_given = app->add_option(
      "--min-confidence", args->min_confidence,
      "only events the learned coder scored at least this sure (their first\n"
      "report's confidence); leaves out events without one (PETRARCH coder,\n"
      "stores before schema version 5)");
  return {app, [args] { return RunExport(*args); }};
}

}  // namespace entente::cli
