// word_util.h — the commitments stage's small text helpers.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente {

// ASCII lower case (the stage's word lists are ASCII).
std::string LowerAscii(std::string_view s);
// A non-negative integer written in digits (thousands commas allowed), or
// -1.
long ParseCount(std::string_view s);

// Reads the text of a versioned data file: its first content line must be
// `format` (else kUnsupported naming file:line; none at all is kCorrupt),
// then `fn(line_no, line)` runs for every later line that is not blank or a
// `#` comment, trimmed.
Status ForEachDataLine(std::string_view text, const std::string& file, std::string_view format,
                       const std::function<void(uint64_t, std::string_view)>& fn);

}  // namespace entente
