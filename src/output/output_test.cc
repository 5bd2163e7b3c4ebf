#include <gtest/gtest.h>

#include "output/json_util.h"

namespace entente {
namespace {

TEST(JsonUtilTest, Escapes) {
  std::string out;
  AppendJsonString("a\"b\\c\n\x01", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
}

}  // namespace
}  // namespace entente
