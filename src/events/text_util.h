// text_util.h — small string helpers for the events data-file readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente {

// Lines of `text` without their "\n" / "\r\n".
std::vector<std::string_view> SplitLines(std::string_view text);
// Fields separated by `sep` (empty fields kept).
std::vector<std::string_view> Split(std::string_view s, char sep);
// Fields separated by runs of spaces/tabs (empty fields dropped).
std::vector<std::string_view> SplitWords(std::string_view s);
std::string_view Trim(std::string_view s);

}  // namespace entente
