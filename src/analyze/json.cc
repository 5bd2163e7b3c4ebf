#include "analyze/json.h"

#include "util/json_escape.h"

#include <cmath>
#include <cstdio>

namespace entente::json {

void AppendString(std::string* out, std::string_view s) {
  AppendJsonString(s, out, JsonEscape::kHtmlSafe);
}

void AppendNumber(std::string* out, double v) {
  if (!std::isfinite(v)) {
    *out += "null";
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  *out += buf;
}

void Writer::Comma() {
  if (need_comma_) out_.push_back(',');
  need_comma_ = true;
}
void Writer::Open(char c) {
  Comma();
  out_.push_back(c);
  need_comma_ = false;
}
void Writer::Close(char c) {
  out_.push_back(c);
  need_comma_ = true;
}
void Writer::Key(std::string_view k) {
  Comma();
  AppendString(&out_, k);
  out_.push_back(':');
  need_comma_ = false;
}
void Writer::String(std::string_view s) {
  Comma();
  AppendString(&out_, s);
}
void Writer::Int(int64_t v) {
  Comma();
  out_ += std::to_string(v);
}
void Writer::Double(double v) {
  Comma();
  AppendNumber(&out_, v);
}
void Writer::Bool(bool v) {
  Comma();
  out_ += v ? "true" : "false";
}
void Writer::Null() {
  Comma();
  out_ += "null";
}
void Writer::Raw(std::string_view json) {
  Comma();
  out_ += json;
}

}  // namespace entente::json
