// The texts come in as Python objects, go through the library's own JSON
// record reader (JsonRecord → RecordReader, the rules of a JSON Lines input)
// so that Python callers get exactly the diagnostics and repairs the
// command line gives, and are coded by RunPipeline with the GIL released.
#include "native/coder.h"

#include <utility>
#include <vector>

#include "entente/ingest.h"
#include "entente/runner.h"
#include "native/convert.h"

namespace entente::python {

namespace {

// The documents of one Code() call, handed to RunPipeline in order.
class VectorStream : public DocumentStream {
 public:
  explicit VectorStream(std::vector<Document> docs) : docs_(std::move(docs)) {
    for (const Document& d : docs_) total_ += d.text.size();
  }
  bool Next(Document* doc) override {
    if (next_ == docs_.size()) return false;
    read_ += docs_[next_].text.size();
    *doc = std::move(docs_[next_++]);
    return true;
  }
  uint64_t documents_read() const override { return next_; }
  uint64_t records_skipped() const override { return 0; }
  uint64_t bytes_read() const override { return read_; }
  uint64_t bytes_total() const override { return total_; }

 private:
  std::vector<Document> docs_;
  size_t next_ = 0;
  uint64_t read_ = 0, total_ = 0;
};

// The UTF-8 bytes of a str or bytes value. A str with lone surrogates, or
// bytes that are not UTF-8, set *ill_formed: JsonRecord then writes each
// stray byte as U+FFFD.
std::string Utf8Bytes(py::handle v, bool* ill_formed) {
  if (PyBytes_Check(v.ptr())) {
    std::string bytes(PyBytes_AS_STRING(v.ptr()), PyBytes_GET_SIZE(v.ptr()));
    PyObject* decoded = PyUnicode_DecodeUTF8(bytes.data(), bytes.size(), "strict");
    if (!decoded) {
      PyErr_Clear();
      *ill_formed = true;
    }
    Py_XDECREF(decoded);
    return bytes;
  }
  Py_ssize_t size = 0;
  if (const char* utf8 = PyUnicode_AsUTF8AndSize(v.ptr(), &size)) return std::string(utf8, size);
  PyErr_Clear();
  *ill_formed = true;
  py::bytes passed = py::reinterpret_steal<py::bytes>(
      PyUnicode_AsEncodedString(v.ptr(), "utf-8", "surrogatepass"));
  if (!passed) throw py::error_already_set();
  return passed;
}

[[noreturn]] void TypeError(size_t index, const std::string& field, py::handle v,
                            const char* expected) {
  throw py::type_error("texts[" + std::to_string(index) + "]" + field + " is " +
                       std::string(py::str(py::type::handle_of(v).attr("__name__"))) +
                       ", not " + expected);
}

// An optional text field: None → "", str → its UTF-8 (a date object → its
// "YYYY-MM-DD" when `dates` is set).
std::string Field(size_t index, const char* key, py::handle v, bool dates, bool* ill_formed) {
  if (v.is_none()) return "";
  if (PyUnicode_Check(v.ptr())) return Utf8Bytes(v, ill_formed);
  if (dates && py::hasattr(v, "strftime")) return py::str(v.attr("strftime")("%Y-%m-%d"));
  TypeError(index, std::string("[\"") + key + "\"]", v, dates ? "a str, date or None" : "a str or None");
}

// One item of `texts` as the Document its fields give (before the reader's
// checks). The id defaults to the position.
Document FromItem(size_t index, py::handle item, bool* ill_formed) {
  Document d;
  d.id = std::to_string(index);
  if (PyUnicode_Check(item.ptr()) || PyBytes_Check(item.ptr())) {
    d.text = Utf8Bytes(item, ill_formed);
    return d;
  }
  if (!PyDict_Check(item.ptr())) TypeError(index, "", item, "a str, bytes or dict");
  py::dict rec = py::reinterpret_borrow<py::dict>(item);
  if (!rec.contains("text")) throw py::type_error("texts[" + std::to_string(index) + "] has no \"text\"");
  py::handle text = rec["text"];
  if (!PyUnicode_Check(text.ptr()) && !PyBytes_Check(text.ptr())) {
    TypeError(index, "[\"text\"]", text, "a str or bytes");
  }
  d.text = Utf8Bytes(text, ill_formed);
  if (rec.contains("id") && !rec["id"].is_none()) {
    py::handle id = rec["id"];
    if (PyLong_Check(id.ptr())) d.id = py::str(id);
    else d.id = Field(index, "id", id, false, ill_formed);
  }
  for (const char* key : {"published", "date"}) {  // "date" wins, as in JSON Lines input
    if (rec.contains(key) && !rec[key].is_none()) d.date = Field(index, key, rec[key], true, ill_formed);
  }
  if (rec.contains("title")) d.title = Field(index, "title", rec["title"], false, ill_formed);
  if (rec.contains("url")) d.url = Field(index, "url", rec["url"], false, ill_formed);
  if (rec.contains("publisher")) d.publisher = Field(index, "publisher", rec["publisher"], false, ill_formed);
  return d;
}

// The call's default date, read by the ingest rules ("" if none); an
// unreadable one is an EntenteError.
std::string DefaultDate(const py::object& date) {
  if (date.is_none()) return "";
  bool ill_formed = false;
  Document probe;
  probe.id = "date";
  probe.text = "date";
  probe.date = Field(0, "date", date, true, &ill_formed);
  RecordReader reader;
  CollectingSink sink;
  Document read;
  if (!reader.Read("date", 0, JsonRecord(probe), &read, &sink).ok() || read.date.empty()) {
    throw Error("date: unreadable date \"" + probe.date + "\" (YYYY-MM-DD)");
  }
  return read.date;
}

}  // namespace

std::unique_ptr<Coder> Coder::Create(const CoderOptions& options) {
  PipelineOptions po;
  po.data_dir = options.data_dir;
  po.syntax_model = options.syntax_model;
  po.event_model = options.event_model;
  po.petrarch_dir = options.petrarch_dir;
  po.include_negated = options.include_negated;
  CollectingSink sink;
  Result<std::unique_ptr<Pipeline>> pipeline = [&] {
    py::gil_scoped_release release;
    return Pipeline::Create(po, &sink);
  }();
  Warn(sink.diagnostics());
  if (!pipeline.ok()) Raise(pipeline.status());
  OutputOptions oo;
  oo.include_why = options.include_why;
  oo.provenance = (*pipeline)->provenance();
  auto writer = EventWriter::Create(OutputFormat::kJsonl, oo);
  return std::unique_ptr<Coder>(new Coder(std::move(*pipeline), std::move(writer)));
}

py::list Coder::Code(const py::iterable& texts, const py::object& date, int threads,
                     const std::string& errors) const {
  if (errors != "warn" && errors != "raise" && errors != "ignore") {
    throw py::value_error("errors must be \"warn\", \"raise\" or \"ignore\"");
  }
  if (threads < 0) throw py::value_error("threads must be 0 (one per core) or more");
  if (PyUnicode_Check(texts.ptr()) || PyBytes_Check(texts.ptr())) {
    throw py::type_error("texts must be a list of texts, not one text");
  }
  const std::string default_date = DefaultDate(date);
  RecordReader reader;
  CollectingSink sink;
  std::vector<Document> docs;
  size_t index = 0;
  for (py::handle item : texts) {
    bool ill_formed = false;
    Document raw = FromItem(index, item, &ill_formed);
    const uint64_t line = index + 1;
    ++index;
    if (ill_formed) {
      sink.Report({Severity::kWarning, "texts", line,
                   "not valid Unicode (lone surrogates or bytes that are not UTF-8); each stray "
                   "byte replaced by U+FFFD"});
    }
    Document doc;
    if (!reader.Read("texts", line, JsonRecord(raw), &doc, &sink).ok()) continue;
    if (doc.date.empty()) doc.date = default_date;
    docs.push_back(std::move(doc));
  }
  std::vector<Diagnostic> diagnostics = sink.diagnostics();
  if (errors == "raise") {
    for (const Diagnostic& d : diagnostics) {
      if (d.severity == Severity::kError) throw Error(d.ToString());
    }
  }
  if (errors != "ignore") Warn(diagnostics);

  VectorStream stream(std::move(docs));
  RunnerOptions ro;
  ro.threads = threads;
  std::string lines;
  Result<RunStats> run = [&] {
    py::gil_scoped_release release;
    return RunPipeline(*pipeline_, &stream, ro, [&](const AnalyzedDocument& doc) {
      writer_->Write(doc, &lines);
      return true;
    });
  }();
  if (!run.ok()) Raise(run.status());
  py::list events;
  AppendJsonLines(lines, &events);
  return events;
}

py::dict Coder::Provenance() const {
  const entente::Provenance& p = pipeline_->provenance();
  py::dict d;
  d["version"] = p.version;
  d["model"] = p.model;
  d["dictionaries"] = p.dictionaries;
  d["stamp"] = p.Stamp();
  return d;
}

}  // namespace entente::python
