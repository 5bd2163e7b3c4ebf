// entente — one binary, a verb per job. See `entente --help`.
#include <cstdio>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace entente::cli;
  CLI::App app{
      "entente — turns English news into political event data (CAMEO/PLOVER).\n"
      "Exit status: 0 all records read; 1 some records were skipped (reasons on\n"
      "stderr, with file and line); 2 usage or fatal error."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente 0.1.0");

  std::vector<Command> commands = {
      AddCode(app),
      AddExplain(app),
      AddDict(app),
      AddTag(app),
      AddIngest(app),
      AddPublish(app),
      AddWorker(app),
      AddBarometer(app),
      AddCommitments(app),
      AddExport(app),
      AddServe(app),
      AddPetrarchValidate(app),
      AddParse(app),
      AddTrainParser(app),
      AddTrain(app),
      AddTrainActors(app),
      AddTrainLocator(app),
      AddEval(app),
      AddUpgradeModel(app),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitFatal;
  }
  for (Command& c : commands) {
    if (c.app->parsed()) return FinishStandardOutput(c.app->get_name(), c.run());
  }
  std::fputs(app.help().c_str(), stderr);
  return kExitFatal;
}
