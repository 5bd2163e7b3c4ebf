// text_lines.h — line handling shared by the PETRARCH dictionary readers:
// splitting into lines with XML-style `<!-- -->` comments blanked (they may
// span lines) and `#` comments stripped, and small word helpers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente::petrarch {

// The file's lines (1-based: lines[0] is line 1) with comments removed and
// surrounding blanks trimmed.
std::vector<std::string> CleanLines(const std::string& text);

// ASCII lower case.
std::string Lower(std::string_view s);

// Splits on blanks.
std::vector<std::string> Words(std::string_view s);

}  // namespace entente::petrarch
