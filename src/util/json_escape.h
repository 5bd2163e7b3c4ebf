// json_escape.h — the one JSON string escaper, shared by the output writers
// and the server's JSON.
#pragma once

#include <string>
#include <string_view>

namespace entente {

enum class JsonEscape {
  kPlain,     // quotes, backslashes and control characters (and DEL)
  kHtmlSafe,  // also < > & as \u003c \u003e \u0026, so JSON placed in or
              // next to HTML can never close a tag
};

// Appends `s` as a JSON string literal (with quotes) to *out. Well-formed
// UTF-8 is copied through; any byte that is not part of a well-formed
// sequence becomes \ufffd, so the result is always valid JSON in UTF-8
// (text from a request or a damaged store never reaches a client raw).
void AppendJsonString(std::string_view s, std::string* out,
                      JsonEscape mode = JsonEscape::kPlain);

}  // namespace entente
