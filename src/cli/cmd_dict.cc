// entente dict — checks and counts dictionary files: `entente dict check
// DIR` reports every format problem with file and line (exit 1 if any
// error); `entente dict stats DIR` counts entries by kind.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/actor.h"

namespace entente::cli {

namespace {

struct DictArgs {
  std::string dir;
  bool installed = false;
};

int RunCheck(const DictArgs& a) {
  StderrSink sink;
  auto r = CheckActorDictionary(a.dir, a.installed, &sink);
  if (!r.ok()) {
    std::fprintf(stderr, "entente dict check: %s\n", r.status().ToString().c_str());
    return kExitFatal;
  }
  size_t errors = sink.error_count();
  std::printf("%u files, %u phrases: %zu error(s)\n", r->files, r->phrases, errors);
  return errors ? kExitSkipped : kExitOk;
}

int RunStats(const DictArgs& a) {
  StderrSink sink;
  auto r = CheckActorDictionary(a.dir, a.installed, &sink);
  if (!r.ok()) {
    std::fprintf(stderr, "entente dict stats: %s\n", r.status().ToString().c_str());
    return kExitFatal;
  }
  const ActorDictionaryStats& s = *r;
  std::printf("files\t%u\ncountries\t%u\ndemonyms\t%u\nregions\t%u\nplaces\t%u\ncities\t%u\n"
              "organisations\t%u\npeople\t%u\nroles\t%u\nagents\t%u\nidentities\t%u\nphrases\t%u\n",
              s.files, s.countries, s.demonyms, s.regions, s.places, s.cities, s.organisations, s.people,
              s.roles, s.agents, s.identities, s.phrases);
  return sink.error_count() ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddDict(CLI::App& root) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* app = root.add_subcommand("dict", "Check dictionary files or count their entries.");
  app->require_subcommand(1);
  CLI::App* check = app->add_subcommand(
      "check", "Report format errors (file:line: reason) in a dictionary directory; exit 1 if any.");
  CLI::App* stats = app->add_subcommand("stats", "Count a dictionary directory's entries by kind.");
  for (CLI::App* sub : {check, stats}) {
    sub->add_option("dir", args->dir, "a data directory holding actors/, or an actors directory")->required();
    sub->add_flag("--installed", args->installed,
                  "also load what the stage adds at start-up (ISO 3166 names, geonames cities)");
  }
  return {app, [args, check] { return check->parsed() ? RunCheck(*args) : RunStats(*args); }};
}

}  // namespace entente::cli
