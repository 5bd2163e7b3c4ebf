// small_store.h — for fuzz targets that serve or query a store: a SQLite
// store in a fresh temporary directory (removed at exit), built from a few coded sentences
// (so that events, dyads, barometers and documents exist). Aborts if it
// cannot be built: the target would test nothing. Call it once per process.
#pragma once

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "entente/pipeline.h"
#include "entente/store.h"

namespace entente::fuzz {

inline std::string BuildSmallStore() {
  static constexpr const char* kStories[] = {
      "@2024-03-01 Russian forces shelled Kharkiv on Friday, Ukrainian officials said.",
      "@2024-03-02 The United States and China agreed to resume military talks.",
      "@2024-03-02 France condemned the attack and urged Russia to withdraw its troops.",
      "@2024-03-04 Police arrested protesters in Nairobi. Kenya's president met the envoy.",
      "@1950-03-01 Soviet forces shelled Finnish positions, the Finnish government said.",
  };
  static std::string dir = "/tmp/entente-fuzz-store-XXXXXX";
  if (!mkdtemp(dir.data())) std::abort();
  // Removed at exit, after whatever was built on the store later (exit
  // handlers and static objects go in reverse order).
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  });
  std::string db = dir + "/events.db";
  NullSink sink;
  auto p = Pipeline::Create({}, &sink);
  auto store = EventStore::Open(db);
  if (!p.ok() || !store.ok()) std::abort();
  int n = 0;
  for (const char* s : kStories) {
    Document d;
    d.id = "doc" + std::to_string(++n);
    d.date = std::string(s + 1, 10);
    d.text = s + 12;
    AnalyzedDocument a;
    (*p)->Analyze(d, &a);
    if (!(*store)->Write(a).ok()) std::abort();
  }
  return db;
}

}  // namespace entente::fuzz
