// fuzz_petrarch_coder.cc — the PETRARCH .verbs reader and coder together:
// the input up to the first blank line is a verbs file, the rest a story.
// The story goes through entente's stages up to actors (built-in
// dictionaries, built once), then the coder built from the fuzzed verbs
// codes it and dumps the events. Catches pattern matching that runs away
// (deep backtracking, markers at sentence edges) as well as reader bugs;
// require_dyad and new_actor_length vary with the input's length.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "entente/pipeline.h"
#include "events/cameo_table.h"
#include "built_in_pipeline.h"
#include "petrarch/coder.h"
#include "petrarch/verb_dict.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  entente::fuzz::InitDataDir();
  entente::fuzz::BuiltInPipeline(entente::Stage::kActors);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t split = input.find("\n\n");
  if (split == std::string::npos) return 0;
  entente::NullSink sink;
  entente::petrarch::VerbDictionary verbs;
  verbs.Read(input.substr(0, split), "fuzz.verbs", &sink);
  entente::petrarch::CoderOptions options;  // PETRARCH's options, varied with the input
  options.require_dyad = size % 2 == 0;
  options.new_actor_length = size % 5;
  entente::petrarch::Coder coder(std::move(verbs), entente::CameoTable(), options);
  entente::Document doc;
  doc.id = "fuzz";
  doc.text = input.substr(split + 2);
  if (doc.text.find('\0') != std::string::npos || doc.text.empty()) return 0;
  entente::AnalyzedDocument out;
  entente::fuzz::BuiltInPipeline(entente::Stage::kActors).Analyze(doc, &out);
  coder.Run(&out);
  (void)coder.Dump(out);
  return 0;
}
