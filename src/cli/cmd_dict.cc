// entente dict — checks and counts dictionary files: `entente dict check
// DIR` reports every format problem with file and line (exit 1 if any
// error); `entente dict stats DIR` counts entries by kind; `entente dict
// audit INPUT…` lists the actor mentions of a corpus that no dictionary
// entry names directly: coded only through a gazetteer city or through
// the sentence's context, so dictionary gaps are visible.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/actor.h"
#include "entente/ingest.h"
#include "entente/pipeline.h"

namespace entente::cli {

namespace {

struct DictArgs {
  std::string dir;
  bool installed = false;
  std::vector<std::string> inputs;  // audit
};

// How a mention was coded when no entry names it: "gazetteer" (a
// libgeonames city), "context" (the country of the sentence or of the
// place it is in), or "" (a dictionary entry).
const char* Indirect(const ActorMention& m) {
  if (m.why.find("+country of") != std::string::npos) return "context";
  if (m.why.find("@geonames") != std::string::npos) return "gazetteer";
  if (m.code.starts_with("---")) return "unknown-country";
  return "";
}

int RunAudit(const DictArgs& a) {
  StderrSink sink;
  PipelineOptions popts;
  popts.last_stage = Stage::kActors;
  auto pipeline = Pipeline::Create(popts, &sink);
  auto stream = DocumentStream::Open(a.inputs, {}, &sink);
  if (!pipeline.ok() || !stream.ok()) {
    std::fprintf(stderr, "entente dict audit: %s\n",
                 (pipeline.ok() ? stream.status() : pipeline.status()).ToString().c_str());
    return kExitFatal;
  }
  std::printf("doc\tkind\ttext\tcode\twhy\n");
  Document doc;
  AnalyzedDocument out;
  size_t mentions = 0, listed = 0;
  while ((*stream)->Next(&doc)) {
    (*pipeline)->Analyze(doc, &out);
    for (const ActorMention& m : out.actors) {
      if (m.location) continue;
      ++mentions;
      const char* kind = Indirect(m);
      if (!*kind) continue;
      ++listed;
      std::printf("%s\t%s\t%s\t%s\t%s\n", doc.id.c_str(), kind, m.text.c_str(), m.code.c_str(), m.why.c_str());
    }
  }
  std::fprintf(stderr, "%zu of %zu actor mentions coded without a dictionary entry naming them\n", listed, mentions);
  return sink.error_count() ? kExitSkipped : kExitOk;
}

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
  CLI::App* audit = app->add_subcommand(
      "audit", "List a corpus's actor mentions coded only through the gazetteer or context (TSV on stdout).");
  audit->add_option("inputs", args->inputs, "text or JSON Lines files, directories, or - for stdin")->required();
  for (CLI::App* sub : {check, stats}) {
    sub->add_option("dir", args->dir, "a data directory holding actors/, or an actors directory")->required();
    sub->add_flag("--installed", args->installed,
                  "also load what the stage adds at start-up (ISO 3166 names, geonames cities)");
  }
  return {app, [args, check, audit] {
            if (audit->parsed()) return RunAudit(*args);
            return check->parsed() ? RunCheck(*args) : RunStats(*args);
          }};
}

}  // namespace entente::cli
