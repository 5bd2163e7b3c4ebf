// store_reader.h — entente._native.read_store: the deduplicated events of a
// store (SQLite file or PostgreSQL URL), one dict per event cluster with the
// columns of `entente export` (doc/formats/export.md), filtered and checked
// as the command does.
#pragma once

#include <string>

#include <pybind11/pybind11.h>

namespace entente::python {

namespace py = pybind11;

// Which events to read; "" = no filter. Dates are "YYYY-MM-DD", inclusive.
struct StoreFilters {
  std::string dyad;      // "SRC:TGT", either side may be empty
  bool undirected = false;
  std::string actor;     // an actor on either side
  std::string type;      // CAMEO prefix ("04") or PLOVER type ("AGREE")
  std::string modality;  // done | intended | demanded | hypothetical | all ("" = all)
  std::string date_from, date_to;
};

// The matching clusters, newest first, as the JSON Lines export writes them
// (empty fields are None). Opens `location` read-only; a missing store, a
// store of another schema version, a malformed filter or a code the store
// does not know (with near codes) is an EntenteError. The GIL is released
// while the database is read.
py::list ReadStore(const std::string& location, const StoreFilters& filters);

// The export's column names, in order (the keys of ReadStore's dicts).
py::list ExportColumns();

}  // namespace entente::python
