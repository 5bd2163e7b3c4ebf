// word_util.h — the commitments stage's small text helpers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente {

// ASCII lower case (the stage's word lists are ASCII).
std::string LowerAscii(std::string_view s);
// A non-negative integer written in digits (thousands commas allowed), or
// -1.
long ParseCount(std::string_view s);

}  // namespace entente
