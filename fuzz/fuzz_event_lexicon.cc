// fuzz_event_lexicon.cc — the event data loaders: the pattern lexicon
// (data/events/lexicon/*.lex, Lexicon::AddFile) and the CAMEO facts table
// (data/events/cameo_codes.tsv, CameoTable::Parse). The first byte picks
// which; the rest is the file's text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "events/cameo_table.h"
#include "events/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  entente::NullSink sink;
  if (data[0] & 1) {
    auto t = entente::CameoTable::Parse(text, "fuzz.tsv", &sink);
    if (t.ok()) (void)t->Find("010");
  } else {
    entente::Lexicon lex;
    (void)lex.AddFile(text, "fuzz.lex", &sink);
    (void)lex.Find("say");
    size_t n = 0;
    lex.ForEach([&n](const entente::Pattern&) { ++n; });
  }
  return 0;
}
