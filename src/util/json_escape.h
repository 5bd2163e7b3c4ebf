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

// Appends `s` as a JSON string literal (with quotes) to *out. The input is
// valid UTF-8 (Document::text is) and is copied through otherwise unchanged.
void AppendJsonString(std::string_view s, std::string* out,
                      JsonEscape mode = JsonEscape::kPlain);

}  // namespace entente
