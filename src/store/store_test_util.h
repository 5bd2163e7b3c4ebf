// store_test_util.h — builds small AnalyzedDocuments with events for the
// store, barometer and server tests, and opens a fresh store per test on
// either backend (SQLite in a temp file; PostgreSQL in a private schema of
// the test server started by scripts/pg_test_server.sh).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/store.h"

namespace entente::testing {

// One event of a synthetic document: source and target codes (country =
// first three letters unless the code starts with "IGO"), CAMEO code, quad,
// Goldstein, and the sentence it is found in.
struct FakeEvent {
  std::string source, target, cameo;
  int quad = 1;
  double goldstein = 1.0;
  std::string sentence = "";     // "" = "<source> met <target> in story <id>."
  Modality modality = Modality::kDone;
  bool negated = false;
  std::string plover = "";       // "" = COOPERATE for quads 1-2, else CONFLICT
};

// Adds a commitment made from event `event` of `doc` (its sources promise,
// its targets are the counterparts), with a deadline as written and resolved.
void AddFakeCommitment(AnalyzedDocument* doc, size_t event, const std::string& deadline_text = "",
                       const std::string& deadline_date = "");

// Gives event `event` of `doc` the location `text` (found in its sentence,
// for the span; absent: no span), with the place id "<precision>:<country>:
// <text lower-cased>", `region`, and coordinates when `lat`/`lon` are given.
void SetFakeLocation(AnalyzedDocument* doc, size_t event, const std::string& text,
                     const std::string& country, const std::string& region = "",
                     const std::string& precision = "city", const double* lat = nullptr,
                     const double* lon = nullptr);

// A document with one sentence per event; actor and trigger spans point at
// the first occurrences of the source code, target code and the word "met"
// (or the trigger word given as the third word of the sentence).
AnalyzedDocument FakeDocument(const std::string& id, const std::string& date,
                              const std::vector<FakeEvent>& events);

// "sqlite" or "postgresql". Returns nullptr and sets *skip_reason when the
// backend is not available (the test should skip); returns nullptr with a
// test failure when it is available but the store does not open. Test names
// become private database names.
// The location of a new, empty store for `backend` ("" with *skip_reason
// set, or with a test failure, when there is none).
std::string FreshTestStoreLocation(const std::string& backend, const std::string& test_name,
                                   std::string* skip_reason);

std::unique_ptr<EventStore> OpenTestStore(const std::string& backend, const std::string& test_name,
                                          std::string* skip_reason, StoreOptions options = {});

}  // namespace entente::testing
