// entente upgrade-model — re-writes model bundles (doc/formats/tagger.md) in
// the current bundle format, their parts unchanged:
//   entente upgrade-model data/syntax/en_ewt.model data/events/model.bin
// A bundle of format 1 ends with an FNV-1a checksum that is slow to verify at
// every start-up; format 2 ends with XXH3-64. The file is checked (read as its
// own version), then replaced through a temporary file beside it; one already
// in the current format is left alone.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "util/data_dir.h"
#include "util/model_bundle.h"

namespace entente::cli {

namespace {

// The version field of a bundle's header (after the 16-byte magic); 0 if short.
uint32_t StoredVersion(std::string_view bytes) {
  uint32_t v = 0;
  if (bytes.size() >= 20) std::memcpy(&v, bytes.data() + 16, sizeof v);
  return v;
}

// Upgrades one file; false (with a message) on an error.
bool Upgrade(const std::string& path) {
  std::string serialized;
  {
    auto bundle = ModelBundle::Load(path);
    if (!bundle.ok()) {
      std::fprintf(stderr, "entente upgrade-model: %s\n", bundle.status().ToString().c_str());
      return false;
    }
    FileBytes bytes;
    if (FileBytes::Open(path, &bytes) && StoredVersion(bytes.bytes()) == ModelBundle::kFormatVersion) {
      std::printf("%s: already format %u\n", path.c_str(), ModelBundle::kFormatVersion);
      return true;
    }
    serialized = bundle->Serialize();
  }  // the mapping is released before the file is replaced
  std::string tmp = path + ".upgrade.tmp";
  if (Status st = WriteFile(tmp, serialized); !st.ok()) {
    std::fprintf(stderr, "entente upgrade-model: %s\n", st.ToString().c_str());
    return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::fprintf(stderr, "entente upgrade-model: cannot replace %s: %s\n", path.c_str(), ec.message().c_str());
    std::filesystem::remove(tmp, ec);
    return false;
  }
  std::printf("%s: written in format %u\n", path.c_str(), ModelBundle::kFormatVersion);
  return true;
}

}  // namespace

Command AddUpgradeModel(CLI::App& root) {
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* app = root.add_subcommand(
      "upgrade-model", "Re-write model bundles (syntax and event models) in the current format, parts unchanged.");
  app->add_option("files", *files, "model bundle files, replaced in place")->required();
  return {app, [files] {
            bool ok = true;
            for (const std::string& f : *files) ok = Upgrade(f) && ok;
            return ok ? kExitOk : kExitFatal;
          }};
}

}  // namespace entente::cli
