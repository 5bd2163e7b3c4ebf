#include "native/convert.h"

namespace entente::python {

namespace {

// The warning category, created once by RegisterErrors and kept for the
// life of the process (a module is never unloaded).
PyObject* warning_type = nullptr;

}  // namespace

void RegisterErrors(py::module_& m) {
  py::register_exception<Error>(m, "EntenteError", PyExc_Exception);
  warning_type = PyErr_NewExceptionWithDoc(
      "entente._native.EntenteWarning",
      "A record that was repaired or skipped, with the library's diagnostic.", PyExc_UserWarning,
      nullptr);
  if (!warning_type) throw py::error_already_set();
  m.attr("EntenteWarning") = py::handle(warning_type);
}

void Raise(const Status& s) { throw Error(s.ToString()); }

void Warn(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (PyErr_WarnEx(warning_type, d.ToString().c_str(), 1) < 0) throw py::error_already_set();
  }
}

void AppendJsonLines(std::string_view lines, py::list* out) {
  py::object loads = py::module_::import("json").attr("loads");
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = lines.find('\n', start);
    if (end == std::string_view::npos) end = lines.size();
    if (end > start) {
      std::string_view line = lines.substr(start, end - start);
      out->append(loads(py::str(line.data(), line.size())));
    }
    start = end + 1;
  }
}

}  // namespace entente::python
