// Rows come from the library's exporter (ExportEvents, JSON Lines), so
// Python reads exactly what `entente export --format jsonl` writes.
#include "native/store_reader.h"

#include <exception>
#include <memory>

#include "entente/codes.h"
#include "entente/export.h"
#include "entente/store.h"
#include "native/convert.h"

namespace entente::python {

py::list ReadStore(const std::string& location, const ExportFilters& filters) {
  auto parsed = ExportQuery(filters);
  if (!parsed.ok()) throw Error(parsed.status().message());
  EventQuery query = *parsed;
  py::list rows;
  std::exception_ptr failure;  // a Python error while parsing a page
  Status status;
  {
    py::gil_scoped_release release;
    StoreOptions so;
    so.read_only = true;
    auto store = EventStore::Open(location, so);
    if (!store.ok()) {
      status = store.status();
    } else if (Status s = CheckQueryCodes(store->get(), query); !s.ok()) {
      status = s;
    } else {
      auto n = ExportEvents(store->get(), query, ExportFormat::kJsonl, [&](std::string_view page) {
        py::gil_scoped_acquire acquire;
        try {
          AppendJsonLines(page, &rows);
          return true;
        } catch (...) {
          failure = std::current_exception();
          return false;
        }
      });
      if (!n.ok()) status = n.status();
    }
  }
  if (failure) std::rethrow_exception(failure);
  if (!status.ok()) Raise(status);
  return rows;
}

py::list ExportColumns() {
  std::string header = ExportHeader(ExportFormat::kCsv);
  py::list columns;
  size_t start = 0;
  while (start < header.size()) {
    size_t end = header.find_first_of(",\n", start);
    columns.append(header.substr(start, end - start));
    start = end + 1;
  }
  return columns;
}

}  // namespace entente::python
