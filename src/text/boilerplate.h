// boilerplate.h — recognises lines of web-page furniture that are not
// article text ("Advertisement", "Leave a Comment", "Share this article",
// "(Reporting by ...; Editing by ...)", "Copyright ...", "By Jane Roe",
// "Updated: March 3, 2021"), so that later
// stages can skip their sentences (Sentence::boilerplate).
#pragma once

#include <string_view>

namespace entente {

// True when the whole normalised line is page furniture. Lines longer than
// kMaxBoilerplateBytes are never boilerplate.
bool IsBoilerplateLine(std::string_view line);

inline constexpr size_t kMaxBoilerplateBytes = 300;

}  // namespace entente
