// json_util.h — field escaping for the output writers (JSON strings come
// from util/json_escape.h).
#pragma once

#include <string>
#include <string_view>

#include "util/json_escape.h"

namespace entente {

// A TSV field: tabs and line breaks become spaces.
std::string TsvField(std::string_view s);

}  // namespace entente
