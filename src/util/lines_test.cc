#include "util/lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace entente {
namespace {

std::vector<std::string> AllLines(std::string_view text) {
  std::vector<std::string> out;
  std::string_view line;
  while (NextLine(&text, &line)) out.emplace_back(line);
  return out;
}

TEST(NextLine, CutsLinesAndKeepsALastLineWithoutNewline) {
  EXPECT_EQ(AllLines("a\n\nbc\nd"), (std::vector<std::string>{"a", "", "bc", "d"}));
  EXPECT_EQ(AllLines("a\n"), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(AllLines("").empty());
}

}  // namespace
}  // namespace entente
