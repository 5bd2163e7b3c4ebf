// coder.h — entente._native.Coder: a loaded pipeline that codes Python texts
// into event records, the dicts of the JSON Lines output
// (doc/formats/events.md), through the library's ingest rules, parallel
// driver and JSON Lines writer.
#pragma once

#include <memory>
#include <string>

#include <pybind11/pybind11.h>

#include "entente/output.h"
#include "entente/pipeline.h"

namespace entente::python {

namespace py = pybind11;

struct CoderOptions {
  std::string data_dir, syntax_model, event_model, petrarch_dir;  // "" = shipped
  bool include_why = false;      // add each event's `why`
  bool include_negated = false;  // keep negated and hypothetical mentions
};

// Immutable once created; Code() may run from several Python threads at
// once (it releases the GIL while coding).
class Coder {
 public:
  // Loads the models and dictionaries (seconds). Throws Error when the set-up
  // is unusable; problems in dictionary files become EntenteWarnings.
  static std::unique_ptr<Coder> Create(const CoderOptions& options);

  // Codes `texts`, an iterable whose items are str or bytes (a text), or
  // dicts with "text" and optionally "id", "date" (or "published"),
  // "title", "url", "publisher" (str, None; a date may be a datetime.date),
  // and returns the event records of all texts in order. Documents without
  // an id are named by their position ("0", "1", …); `date` ("YYYY-MM-DD",
  // or a date object) applies to texts without one. A record the library's
  // ingest rules skip (empty text, NUL byte…) or repair (ill-formed UTF-8,
  // unreadable date) gets a diagnostic "texts:N: …" (N = position + 1):
  // with errors "warn" an EntenteWarning, with "raise" an EntenteError for the
  // first skipped record before anything is coded, with "ignore" nothing.
  // A wrong type (a number for a text) is a TypeError. `threads`: 0 = one
  // per core.
  py::list Code(const py::iterable& texts, const py::object& date, int threads,
                const std::string& errors) const;

  // {"version", "model", "dictionaries", "stamp"} of the loaded pipeline.
  py::dict Provenance() const;

 private:
  Coder(std::unique_ptr<Pipeline> pipeline, std::unique_ptr<EventWriter> writer)
      : pipeline_(std::move(pipeline)), writer_(std::move(writer)) {}

  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<EventWriter> writer_;
};

}  // namespace entente::python
