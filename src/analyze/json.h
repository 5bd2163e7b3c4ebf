// json.h — a minimal JSON text builder for the barometer and the HTTP API
// (JSON only at the edges). Strings are escaped so the output is valid JSON
// for any UTF-8 input; '<', '>' and '&' are escaped too, so JSON embedded in
// HTML can never close a <script> element.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace entente::json {

// Appends `s` as a quoted JSON string.
void AppendString(std::string* out, std::string_view s);
// Appends a number; NaN and infinities (not JSON) become null.
void AppendNumber(std::string* out, double v);

// Builds one JSON value with automatic commas:
//   Writer w; w.BeginObject(); w.Key("a"); w.Int(1); w.EndObject();
class Writer {
 public:
  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view k);
  void String(std::string_view s);
  void Int(int64_t v);
  void Double(double v);
  void Bool(bool v);
  void Null();
  // Inserts already-serialised JSON as one value.
  void Raw(std::string_view json);

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void Open(char c);
  void Close(char c);
  void Comma();

  std::string out_;
  bool need_comma_ = false;
};

}  // namespace entente::json
