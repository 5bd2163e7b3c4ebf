// json_util.h — JSON string escaping for the output writers.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// Appends `s` as a JSON string literal (with quotes) to *out. Quotes,
// backslashes and every control character are escaped; the input is valid
// UTF-8 (Document::text is) and is copied through unchanged otherwise.
void AppendJsonString(std::string_view s, std::string* out);

// A TSV field: tabs and line breaks become spaces.
std::string TsvField(std::string_view s);

}  // namespace entente
