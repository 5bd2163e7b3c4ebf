// store_reader.h — entente._native.read_store: the deduplicated events of a
// store (SQLite file or PostgreSQL URL), one dict per event cluster with the
// columns of `entente export` (doc/formats/export.md), filtered and checked
// as the command does.
#pragma once

#include <string>

#include <pybind11/pybind11.h>

#include "entente/export.h"

namespace entente::python {

namespace py = pybind11;

// The matching clusters, newest first, as the JSON Lines export writes them
// (empty fields are None). Opens `location` read-only; a missing store, a
// store of another schema version, a malformed filter or a code the store
// does not know (with near codes) is an EntenteError. The GIL is released
// while the database is read.
py::list ReadStore(const std::string& location, const ExportFilters& filters);

// The export's column names, in order (the keys of ReadStore's dicts).
py::list ExportColumns();

}  // namespace entente::python
