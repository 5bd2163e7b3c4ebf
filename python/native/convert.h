// convert.h — what the native module's parts share: the Python exception
// and warning types, and the turning of the library's Status values,
// diagnostics and JSON Lines records into Python exceptions, warnings and
// dicts. Every function here needs the GIL.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <pybind11/pybind11.h>

#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente::python {

namespace py = pybind11;

// Thrown by the module's C++ code; Python sees entente.EntenteError with the
// library's message.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Adds EntenteError (an Exception) and EntenteWarning (a UserWarning) to `m`.
void RegisterErrors(py::module_& m);

// Throws Error with `s`'s message ("invalid argument: …"). `s` must not be ok.
[[noreturn]] void Raise(const Status& s);

// Issues each diagnostic as an EntenteWarning ("texts:3: warning: …"). A
// warnings filter set to "error" makes this throw the warning.
void Warn(const std::vector<Diagnostic>& diagnostics);

// Parses each line of `lines` (JSON Lines, newline-terminated records) with
// Python's json module and appends the values to `out`.
void AppendJsonLines(std::string_view lines, py::list* out);

}  // namespace entente::python
