// utf8.h — checking UTF-8 without ICU, for the JSON escaper and the
// dictionary checks.
#pragma once

#include <cstddef>
#include <string_view>

namespace entente {

// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no
// overlong forms, no surrogates, nothing past U+10FFFF), or 0 if there is
// none. ASCII bytes are sequences of length 1.
size_t Utf8SequenceLength(std::string_view s, size_t i);

// Offset of the first byte that is not part of a well-formed sequence, or
// std::string_view::npos if all of `s` is valid UTF-8.
size_t FirstInvalidUtf8(std::string_view s);

}  // namespace entente
