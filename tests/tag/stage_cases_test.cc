// The stage table (tests/data/stage_cases.tsv): stages a sentence must show (`has`) and must
// not show (`not`), including context ("data model" is not a model) and negation.

#include <doctest/doctest.h>

#include <sstream>

#include "support/test_support.h"

namespace hirelint {
namespace {

std::vector<std::string> Fields(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

TEST_CASE("Tagger: the stage table") {
  std::istringstream in(testing::ReadFileOrDie(testing::SourcePath("tests/data/stage_cases.tsv")));
  std::string line;
  std::getline(in, line);
  size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = Fields(line, '\t');
    REQUIRE(f.size() == 4);
    ++rows;
    CAPTURE(f[0]);
    CAPTURE(f[3]);
    ItemTags tags = testing::SharedEngine().tagger().Tag(f[0]);
    for (const auto& stage : Fields(f[1], ',')) {
      if (stage.empty()) continue;
      CAPTURE(stage);
      REQUIRE(StageIndex(stage) >= 0);
      CHECK(tags.HasStage(StageIndex(stage)));
    }
    for (const auto& stage : Fields(f[2], ',')) {
      if (stage.empty()) continue;
      CAPTURE(stage);
      REQUIRE(StageIndex(stage) >= 0);
      CHECK_FALSE(tags.HasStage(StageIndex(stage)));
    }
  }
  CHECK(rows >= 100);
}

}  // namespace
}  // namespace hirelint
