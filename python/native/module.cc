// module.cc — entente._native, the compiled half of the `entente` Python
// package (python/entente/__init__.py is the front users import): Coder
// (texts → event records), read_store (a store → rows), the export's
// columns and the store schema version. Errors are EntenteError with the
// library's message; nothing a caller passes can crash the interpreter.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>

#include "entente/store.h"
#include "native/coder.h"
#include "native/convert.h"
#include "native/store_reader.h"

namespace py = pybind11;
using entente::python::Coder;
using entente::python::CoderOptions;
using entente::ExportFilters;

PYBIND11_MODULE(_native, m) {
  m.doc() = "entente's native module: coding texts and reading stores (see the entente package)";
  entente::python::RegisterErrors(m);

  py::class_<Coder>(m, "Coder",
                    "The loaded pipeline (models and dictionaries); create once, code many times.")
      .def(py::init([](const std::string& data_dir, const std::string& syntax_model,
                       const std::string& event_model, const std::string& petrarch_dir, bool why,
                       bool include_negated) {
             CoderOptions o{data_dir, syntax_model, event_model, petrarch_dir, why, include_negated};
             return Coder::Create(o);
           }),
           py::arg("data_dir") = "", py::arg("syntax_model") = "", py::arg("event_model") = "",
           py::arg("petrarch_dir") = "", py::arg("why") = false,
           py::arg("include_negated") = false)
      .def("code", &Coder::Code, py::arg("texts"), py::arg("date") = py::none(),
           py::arg("threads") = 0, py::arg("errors") = "warn",
           "Event records (dicts of the JSON Lines output) of the texts, in order.")
      .def_property_readonly("provenance", &Coder::Provenance);

  m.def(
      "read_store",
      [](const std::string& location, const std::string& dyad, bool undirected,
         const std::string& actor, const std::string& type, const std::string& modality,
         const std::string& date_from, const std::string& date_to,
         const std::string& location_country, const std::string& location_region,
         std::optional<double> min_confidence) {
        ExportFilters f{dyad,      undirected, actor,           type,
                        modality,  date_from,  date_to,         location_country,
                        location_region, min_confidence};
        return entente::python::ReadStore(location, f);
      },
      py::arg("location"), py::arg("dyad") = "", py::arg("undirected") = false,
      py::arg("actor") = "", py::arg("type") = "", py::arg("modality") = "",
      py::arg("date_from") = "", py::arg("date_to") = "", py::arg("location_country") = "",
      py::arg("location_region") = "", py::arg("min_confidence") = py::none(),
      "One dict per event cluster of the store, with the export's columns, newest first.");

  m.attr("EXPORT_COLUMNS") = entente::python::ExportColumns();
  m.attr("STORE_SCHEMA_VERSION") = entente::kStoreSchemaVersion;
}
