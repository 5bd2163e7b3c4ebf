// The DocumentStream: walks the inputs, reads each file as plain text or
// JSON Lines, and turns every bad record into one diagnostic.
#include <functional>
#include <memory>
#include <unordered_set>

#include "entente/ingest.h"
#include "ingest/input_file.h"
#include "ingest/input_walker.h"
#include "ingest/json_record.h"
#include "ingest/record.h"

namespace entente {

namespace {

using ingest::FileKind;
using ingest::InputFile;
using ingest::Outcome;

class DocumentStreamImpl : public DocumentStream {
 public:
  DocumentStreamImpl(std::vector<std::string> inputs, IngestOptions options, DiagnosticSink* sink)
      : walker_(std::move(inputs)), options_(std::move(options)), sink_(sink) {
    bytes_total_ = walker_.TotalBytes();
  }

  bool Next(Document* doc) override;

  uint64_t documents_read() const override { return read_; }
  uint64_t records_skipped() const override { return skipped_; }
  uint64_t bytes_read() const override {
    return bytes_done_ + (file_ ? file_->file_position() : 0);
  }
  uint64_t bytes_total() const override { return bytes_total_; }

 private:
  // Opens the next file; false at the end of all inputs.
  bool OpenNextFile();
  void CloseFile();
  // Reads the current file as one plain-text document.
  bool ReadTextFile(Document* doc);
  // Reads the next JSON Lines record of the current file.
  bool ReadJsonLine(Document* doc);

  void Report(Severity severity, uint64_t line, std::string reason) {
    sink_->Report({severity, path_, line, std::move(reason)});
  }
  // Reports a skipped record or a kept one with a warning; true if kept.
  bool Accept(const Outcome& outcome) {
    if (outcome.skipped()) {
      Report(Severity::kError, outcome.line, outcome.reason);
      ++skipped_;
      return false;
    }
    if (!outcome.reason.empty()) Report(outcome.severity, outcome.line, outcome.reason);
    return true;
  }
  void Produced(Document* doc) {
    if (!doc->date.empty() && !ingest::YearInRange(doc->date, options_.min_year,
                                                    options_.max_year)) {
      Report(Severity::kWarning, line_no_,
             "date " + doc->date + " is outside the years " + std::to_string(options_.min_year) +
                 ".." + std::to_string(options_.max_year) + "; the document is kept undated");
      doc->date.clear();
    }
    if (doc->date.empty()) doc->date = options_.default_date;
    // One 64-bit hash per document (about 40 bytes with the set's nodes):
    // a repeated id would make two documents one in every output keyed on it.
    if (!seen_ids_.insert(std::hash<std::string>{}(doc->id)).second) {
      Report(Severity::kWarning, line_no_, "id '" + doc->id.substr(0, 80) +
                                               "' was already used by an earlier record");
    }
    ++read_;
  }

  ingest::InputWalker walker_;
  IngestOptions options_;
  DiagnosticSink* sink_;
  ingest::JsonRecordParser json_;

  std::unique_ptr<InputFile> file_;  // the file being read, if any
  std::string path_;
  FileKind kind_ = FileKind::kText;
  uint64_t line_no_ = 0;
  std::string buf_;

  std::unordered_set<size_t> seen_ids_;
  uint64_t read_ = 0;
  uint64_t skipped_ = 0;
  uint64_t bytes_done_ = 0;  // bytes of the files already closed
  uint64_t bytes_total_ = 0;
};

bool DocumentStreamImpl::OpenNextFile() {
  for (;;) {
    Diagnostic problem;
    if (!walker_.Next(&path_, &kind_, &problem)) return false;
    if (path_.empty()) {
      sink_->Report(problem);
      if (problem.severity == Severity::kError) ++skipped_;
      continue;
    }
    auto file = std::make_unique<InputFile>();
    uint64_t device_limit = path_ == "-" ? UINT64_MAX : options_.max_device_bytes;
    if (Status s = file->Open(path_, device_limit); !s.ok()) {
      Report(Severity::kError, 0, "cannot open: " + s.message());
      ++skipped_;
      continue;
    }
    file_ = std::move(file);
    line_no_ = 0;
    if (kind_ != FileKind::kText) {
      int first = file_->PeekFirstNonSpace();
      if (kind_ == FileKind::kSniff) kind_ = first == '{' ? FileKind::kJsonl : FileKind::kText;
      if (kind_ == FileKind::kJsonl && first == '[') {
        Report(Severity::kError, 1, "a JSON array, not JSON Lines (one object per line); file skipped");
        ++skipped_;
        CloseFile();
        continue;
      }
    }
    return true;
  }
}

void DocumentStreamImpl::CloseFile() {
  if (!file_) return;
  // Reading stopped early (damaged gzip, device limit): one diagnostic.
  if (!file_->stop_reason().empty()) {
    Report(Severity::kError, line_no_, file_->stop_reason());
    ++skipped_;
  }
  bytes_done_ += file_->file_position();
  file_.reset();
}

bool DocumentStreamImpl::ReadTextFile(Document* doc) {
  InputFile::Read r = file_->ReadAll(options_.max_record_bytes, &buf_);
  std::string error = file_->error();
  bool cut = !file_->stop_reason().empty();
  CloseFile();
  if (cut) return false;  // reported by CloseFile: a cut document is not coded
  switch (r) {
    case InputFile::Read::kTooLong:
      Report(Severity::kError, 0,
             "document longer than " + std::to_string(options_.max_record_bytes) +
                 " bytes (max_record_bytes); skipped");
      ++skipped_;
      return false;
    case InputFile::Read::kError:
      Report(Severity::kError, 0, "read error: " + error);
      ++skipped_;
      return false;
    default:
      break;
  }
  if (!Accept(ingest::MakeTextDocument(path_, &buf_, doc))) return false;
  Produced(doc);
  return true;
}

bool DocumentStreamImpl::ReadJsonLine(Document* doc) {
  for (;;) {
    InputFile::Read r = file_->ReadLine(options_.max_record_bytes, &buf_);
    switch (r) {
      case InputFile::Read::kEnd:
        CloseFile();
        return false;
      case InputFile::Read::kError:
        Report(Severity::kError, line_no_ + 1, "read error: " + file_->error() + "; rest of file skipped");
        ++skipped_;
        CloseFile();
        return false;
      case InputFile::Read::kTooLong:
        ++line_no_;
        Report(Severity::kError, line_no_,
               "line longer than " + std::to_string(options_.max_record_bytes) +
                   " bytes (max_record_bytes); record skipped");
        ++skipped_;
        continue;
      case InputFile::Read::kOk:
        break;
    }
    ++line_no_;
    // Concatenated files may carry a byte-order mark on any line.
    ingest::StripBom(&buf_);
    if (ingest::IsBlank(buf_)) continue;  // blank lines are not records
    if (!Accept(json_.Parse(path_, line_no_, &buf_, doc))) continue;
    Produced(doc);
    return true;
  }
}

bool DocumentStreamImpl::Next(Document* doc) {
  for (;;) {
    if (!file_ && !OpenNextFile()) return false;
    if (kind_ == FileKind::kJsonl) {
      if (ReadJsonLine(doc)) return true;
    } else if (ReadTextFile(doc)) {
      return true;
    }
  }
}

}  // namespace

Result<std::unique_ptr<DocumentStream>> DocumentStream::Open(std::vector<std::string> inputs,
                                                             IngestOptions options,
                                                             DiagnosticSink* sink) {
  if (!sink) return Status::InvalidArgument("DocumentStream::Open: no diagnostic sink");
  if (inputs.empty()) return Status::InvalidArgument("no inputs");
  if (!options.default_date.empty()) {
    std::string normalized;
    if (!ingest::NormalizeDate(options.default_date, &normalized)) {
      return Status::InvalidArgument("default date \"" + options.default_date +
                                     "\" is not a date (YYYY-MM-DD)");
    }
    options.default_date = normalized;
    if (!ingest::YearInRange(normalized, options.min_year, options.max_year)) {
      return Status::InvalidArgument("default date " + normalized + " is outside the years " +
                                     std::to_string(options.min_year) + ".." +
                                     std::to_string(options.max_year));
    }
  }
  if (options.max_record_bytes == 0) return Status::InvalidArgument("max_record_bytes is 0");
  return std::unique_ptr<DocumentStream>(
      std::make_unique<DocumentStreamImpl>(std::move(inputs), std::move(options), sink));
}

}  // namespace entente
