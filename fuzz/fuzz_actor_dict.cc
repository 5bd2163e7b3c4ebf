// fuzz_actor_dict.cc — the actor dictionary loader, both formats
// (`@format entente-actors 1`, data/actors/*.txt, and `@format
// entente-people 1`, data/actors/people/*.txt), chosen by the input's
// @format line as for a real file; and the same bytes as a country
// attribution model (data/actors/attribution.model). Bad lines must become
// diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "actors/attribution.h"
#include "actors/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  entente::NullSink sink;
  entente::actors::Dictionary dict;
  (void)dict.LoadText("fuzz.txt", text, &sink);
  (void)dict.Stats();
  // Every phrase must point at an entry.
  for (const auto& p : dict.phrases()) {
    if (p.entry >= dict.entries().size()) __builtin_trap();
  }
  auto model = entente::actors::AttributionModel::Parse("fuzz.model", text, &sink);
  if (model.ok()) (void)model->Probability({"bias", "n1"});
  return 0;
}
