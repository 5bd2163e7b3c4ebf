// entente commitments — the promises in an event store, each held against
// the later deeds of its promiser: kept, broken, overdue or pending, with
// the linking evidence.
#include <memory>
#include <sstream>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/codes.h"
#include "entente/export.h"
#include "entente/follow_up.h"
#include "entente/store.h"

namespace entente::cli {

namespace {

struct CommitmentsArgs {
  std::string db;
  ExportFilters filters;  // dyad, actor, type, dates (modality unused)
  std::string as_of;
  std::vector<std::string> statuses;
  std::string format = "table";
  std::string out = "-";
  int limit = 1000;
};

int Fail(const std::string& why) {
  std::fprintf(stderr, "entente commitments: %s\n", why.c_str());
  return kExitFatal;
}

int RunCommitments(const CommitmentsArgs& a) {
  auto query = ExportQuery(a.filters);
  if (!query.ok()) return Fail("--" + query.status().message());
  EventQuery q = *query;
  q.limit = a.limit;
  FollowUpOptions o;
  o.as_of = a.as_of;
  for (const std::string& name : a.statuses) {
    CommitmentStatus st;
    if (!ParseCommitmentStatus(name, &st)) return Fail("--status must be pending, kept, broken or overdue");
    o.statuses.push_back(st);
  }
  if (a.format != "table" && a.format != "csv" && a.format != "json") {
    return Fail("--format must be table, csv or json");
  }
  auto rules = FollowUpRules::Load("");
  if (!rules.ok()) return Fail(rules.status().ToString());
  StoreOptions so;
  so.read_only = true;
  auto store = EventStore::Open(a.db, so);
  if (!store.ok()) return Fail(store.status().ToString());
  if (Status s = CheckQueryCodes(store->get(), q); !s.ok()) return Fail(s.message());
  auto records = FollowUpCommitments(store->get(), q, *rules, o);
  if (!records.ok()) return Fail(records.status().ToString());
  auto out = Output::Open(a.out);
  if (!out) return kExitFatal;
  if (a.format == "csv") out->Write(CommitmentsCsv(*records));
  else if (a.format == "json") out->Write(CommitmentsJson(*records, AsOfDay(o)) + "\n");
  else out->Write(CommitmentsTable(*records));
  return out->Ok() ? kExitOk : kExitFatal;
}

}  // namespace

Command AddCommitments(CLI::App& root) {
  auto args = std::make_shared<CommitmentsArgs>();
  CLI::App* app = root.add_subcommand(
      "commitments",
      "Promises in an event store and whether words became deeds. Each commitment\n"
      "(promiser, counterpart, promised type, object, quantity, deadline) is held\n"
      "against the later events of its promiser: kept (a done event of the promised\n"
      "type), broken (a refusal, a negated or opposite deed), overdue (deadline\n"
      "passed, no deed) or pending; the rules are in doc/codebook.md.");
  app->add_option("--db", args->db, "SQLite file or postgresql://… URL")->required();
  app->add_option("--actor", args->filters.actor, "promiser or counterpart (code prefix or country)");
  app->add_option("--dyad", args->filters.dyad, "PROMISER:COUNTERPART, e.g. DEU:IGOWSTNAT");
  app->add_option("--status", args->statuses, "pending | kept | broken | overdue (repeatable)");
  app->add_option("--type", args->filters.type, "promised type: PLOVER type or CAMEO prefix");
  app->add_option("--from", args->filters.date_from, "promises made on or after, YYYY-MM-DD");
  app->add_option("--to", args->filters.date_to, "promises made on or before, YYYY-MM-DD");
  app->add_option("--as-of", args->as_of, "judge deadlines and see events up to this day (default: today)");
  app->add_option("--limit", args->limit, "at most this many commitments (1..1000)")->capture_default_str();
  app->add_option("--format", args->format, "table | csv | json")->capture_default_str();
  app->add_option("-o,--output", args->out, "output file (default: stdout)");
  app->add_flag("--undirected", args->filters.undirected, "with --dyad, both directions");
  return {app, [args] { return RunCommitments(*args); }};
}

}  // namespace entente::cli
