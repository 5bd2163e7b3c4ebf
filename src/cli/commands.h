// commands.h — the subcommands of the `entente` tool. Each cmd_<verb>.cc adds
// its options to the CLI11 app and returns the function that runs it; main.cc
// only dispatches. Commands return the process exit status:
//   0 success, every record read; 1 some records were skipped (see stderr);
//   2 usage or fatal error.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace entente::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;
inline constexpr int kExitFatal = 2;

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command AddCode(CLI::App& root);
Command AddExplain(CLI::App& root);
Command AddDict(CLI::App& root);
Command AddTag(CLI::App& root);
Command AddIngest(CLI::App& root);
Command AddPublish(CLI::App& root);
Command AddWorker(CLI::App& root);
Command AddBarometer(CLI::App& root);
Command AddCommitments(CLI::App& root);
Command AddExport(CLI::App& root);
Command AddServe(CLI::App& root);
Command AddPetrarchValidate(CLI::App& root);
Command AddParse(CLI::App& root);
Command AddTrainParser(CLI::App& root);
Command AddTrain(CLI::App& root);
Command AddTrainActors(CLI::App& root);
Command AddTrainLocator(CLI::App& root);
Command AddEval(CLI::App& root);
Command AddUpgradeModel(CLI::App& root);

}  // namespace entente::cli
