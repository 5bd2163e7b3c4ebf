#include "ingest/json_record.h"

#include <cstring>
#include <string_view>

namespace entente::ingest {

namespace {

// Appends `more` to a "; "-separated list of reasons.
void AddReason(std::string* reasons, const std::string& more) {
  if (!reasons->empty()) *reasons += "; ";
  *reasons += more;
}

// Reads a string field; null counts as absent. False if of another type.
bool OptionalString(simdjson::dom::element v, std::string* out) {
  out->clear();
  if (v.is_null()) return true;
  std::string_view s;
  if (v.get_string().get(s)) return false;
  out->assign(s);
  return true;
}

}  // namespace

Outcome JsonRecordParser::Parse(const std::string& file, uint64_t line_no, std::string* line,
                                Document* doc) {
  if (!line->empty() && line->back() == '\r') line->pop_back();
  StripBom(line);
  if (const void* nul = std::memchr(line->data(), '\0', line->size())) {
    size_t col = static_cast<const char*>(nul) - line->data() + 1;
    return Outcome::Skip(line_no, "NUL byte at column " + std::to_string(col) +
                                      ": not UTF-8 text (binary or UTF-16?); record skipped");
  }
  std::string warnings;
  if (Utf8Repair r = MakeValidUtf8(line); r.bad > 0) AddReason(&warnings, r.Describe(true));

  size_t size = line->size();
  line->append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::dom::element root;
  simdjson::error_code err = parser_.parse(line->data(), size, false).get(root);
  line->resize(size);
  if (err) {
    return Outcome::Skip(line_no, std::string("malformed JSON: ") +
                                      simdjson::error_message(err) + "; record skipped");
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    return Outcome::Skip(line_no, "not a JSON object; record skipped");
  }

  doc->id.clear();
  doc->date.clear();
  doc->title.clear();
  doc->url.clear();
  doc->publisher.clear();
  doc->text.clear();
  bool has_text = false;
  std::string date, published;
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element v = field.value;
    if (key == "text") {
      if (v.is_null()) continue;
      std::string_view s;
      if (v.get_string().get(s)) return Outcome::Skip(line_no, "\"text\" is not a string; record skipped");
      doc->text.assign(s);
      has_text = true;
    } else if (key == "id") {
      if (v.is_string()) doc->id.assign(std::string_view(v.get_string().value_unsafe()));
      else if (v.is_int64() || v.is_uint64() || v.is_double()) doc->id = simdjson::minify(v);
      else AddReason(&warnings, "\"id\" is neither a string nor a number; derived from the line");
    } else if (key == "date" || key == "published") {
      std::string* slot = key == "date" ? &date : &published;
      if (v.is_int64() || v.is_uint64()) *slot = simdjson::minify(v);
      else if (!OptionalString(v, slot)) AddReason(&warnings, "\"" + std::string(key) + "\" is not a string; ignored");
    } else if (key == "title") {
      if (!OptionalString(v, &doc->title)) AddReason(&warnings, "\"title\" is not a string; ignored");
    } else if (key == "url") {
      if (!OptionalString(v, &doc->url)) AddReason(&warnings, "\"url\" is not a string; ignored");
    } else if (key == "publisher") {
      if (!OptionalString(v, &doc->publisher)) AddReason(&warnings, "\"publisher\" is not a string; ignored");
    }
  }
  if (!has_text) return Outcome::Skip(line_no, "no \"text\" field; record skipped");

  for (const std::string* d : {&date, &published}) {
    if (d->empty()) continue;
    if (NormalizeDate(*d, &doc->date)) break;
    AddReason(&warnings, "unreadable date \"" + d->substr(0, 40) + "\"; ignored");
  }
  if (doc->id.empty()) doc->id = (file == "-" ? "stdin" : FileStem(file)) + ":" + std::to_string(line_no);
  doc->source_file = file;
  doc->source_line = line_no;

  Outcome text = CleanText(&doc->text, line_no);
  if (text.skipped()) return text;
  if (!text.reason.empty()) AddReason(&warnings, text.reason);
  if (warnings.empty()) return Outcome();
  return Outcome::Warn(line_no, warnings);
}

}  // namespace entente::ingest
