// fuzz_petrarch.cc — the PETRARCH2/Phoenix dictionary readers (src/petrarch):
// the first byte picks verbs, actors, agents, discards or issues; the rest is
// the file's text. Verbs are read into the coder's dictionary (verb_dict.h);
// what the actor converters produce is loaded by entente's actor
// dictionary loader, as ReadPetrarchDir's users do.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "petrarch/convert.h"
#include "petrarch/verb_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  entente::NullSink sink;
  entente::petrarch::ConvertStats stats;
  switch (data[0] % 6) {
    case 0: {
      entente::petrarch::VerbDictionary verbs;
      verbs.Read(text, "fuzz.verbs", &sink);
      break;
    }
    case 1:
    case 2: {
      std::string actors =
          data[0] % 6 == 1 ? entente::petrarch::ConvertActors(text, "fuzz.actors", &sink, &stats)
                           : entente::petrarch::ConvertAgents(text, "fuzz.agents", &sink, &stats);
      entente::actors::Dictionary d;
      (void)d.LoadText("converted.txt", actors, &sink);
      break;
    }
    case 3: {
      std::vector<std::string> phrases;
      entente::petrarch::ReadDiscards(text, "fuzz.discards", &sink, &stats, &phrases);
      break;
    }
    case 4:
      entente::petrarch::ReadIssues(text, "fuzz.issues", &sink, &stats);
      break;
    default: {
      std::string iso;
      (void)entente::petrarch::PetrarchDate(text, &iso);
    }
  }
  return 0;
}
