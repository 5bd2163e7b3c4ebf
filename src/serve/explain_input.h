// explain_input.h — the body of POST /api/explain: the text itself (any
// content type but JSON, with ?date=), or a JSON object {"text": …,
// "date": "YYYY-MM-DD"} sent as application/json.
#pragma once

#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente::serve {

struct ExplainInput {
  std::string text;
  std::string date;  // "" = unknown
};

// Reads a JSON body into *in: "text" (a non-empty string) is required;
// "date" (a string or null) replaces in->date when present. Any other key,
// or a value of the wrong type, is kInvalidArgument naming it.
Status ParseExplainJson(std::string_view body, ExplainInput* in);

}  // namespace entente::serve
