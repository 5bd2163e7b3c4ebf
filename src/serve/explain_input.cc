// explain_input.cc — parses the JSON body of POST /api/explain (simdjson).
#include "serve/explain_input.h"

#include <simdjson.h>

namespace entente::serve {

Status ParseExplainJson(std::string_view body, ExplainInput* in) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(body);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root)) return Status::InvalidArgument("the body is not valid JSON");
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    return Status::InvalidArgument("the JSON body must be an object {\"text\": …, \"date\": …}");
  }
  bool has_text = false;
  for (auto field : obj) {
    std::string_view key = field.key, value;
    if (key == "text") {
      if (field.value.get_string().get(value)) return Status::InvalidArgument("\"text\" must be a string");
      in->text.assign(value);
      has_text = !value.empty();
    } else if (key == "date") {
      if (field.value.is_null()) {
        in->date.clear();
      } else if (field.value.get_string().get(value)) {
        return Status::InvalidArgument("\"date\" must be a string YYYY-MM-DD or null");
      } else {
        in->date.assign(value);
      }
    } else {
      return Status::InvalidArgument("unknown key \"" + std::string(key) + "\" (text, date)");
    }
  }
  if (!has_text) return Status::InvalidArgument("the JSON body has no non-empty \"text\"");
  return Status::Ok();
}

}  // namespace entente::serve
