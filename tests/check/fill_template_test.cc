#include <doctest/doctest.h>

#include "check/checker.h"

namespace hirelint {
namespace {

TEST_CASE("FillTemplate: fills known {names} and keeps everything else as written") {
  const std::map<std::string, std::string> vars = {{"phrase", "various"}, {"n", "3"}, {"", "E"}};
  CHECK(FillTemplate("", vars).empty());
  CHECK(FillTemplate("no names here", vars) == "no names here");
  CHECK(FillTemplate("'{phrase}' is vague", vars) == "'various' is vague");
  CHECK(FillTemplate("{n}{n} at {phrase}", vars) == "33 at various");
  CHECK(FillTemplate("{unknown} and {phrase}", vars) == "{unknown} and various");
  CHECK(FillTemplate("{} empty name", vars) == "E empty name");
  CHECK(FillTemplate("unclosed {phrase", vars) == "unclosed {phrase");
  CHECK(FillTemplate("{{phrase}}", vars) == "{various}");
  CHECK(FillTemplate("ends with {", vars) == "ends with {");
}

}  // namespace
}  // namespace hirelint
