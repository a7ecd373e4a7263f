// Golden files for each output format, over the samples. Regenerate after an intended change
// with: HIRELINT_UPDATE_GOLDEN=1 ./build/hirelint_tests -tc='Golden*' (then review the diff).

#include <doctest/doctest.h>

#include "support/test_support.h"

namespace hirelint {
namespace {

void CheckGolden(const std::vector<std::string>& args, const std::string& golden, int exit_code) {
  auto r = testing::RunHirelint(args);
  CAPTURE(r.err);
  CHECK(r.exit_code == exit_code);
  CHECK(r.err.empty());
  CAPTURE(golden);
  CHECK(testing::MatchesGolden(golden, r.out));
}

TEST_CASE("Golden: lint text and json") {
  CheckGolden({"lint", "samples/cv.md"}, "lint/cv.md.txt", 0);
  CheckGolden({"lint", "samples/cv.txt"}, "lint/cv.txt.txt", 0);
  CheckGolden({"lint", "--format", "json", "samples/cv.md"}, "lint/cv.md.json", 0);
}

TEST_CASE("Golden: tag jsonl, json and text") {
  CheckGolden({"tag", "--format", "jsonl", "samples/cv.md"}, "tag/cv.md.jsonl", 0);
  CheckGolden({"tag", "--format", "json", "samples/cv.txt"}, "tag/cv.txt.json", 0);
  CheckGolden({"tag", "samples/cv.md"}, "tag/cv.md.txt", 0);
}

TEST_CASE("Golden: rules list and one rule") {
  CheckGolden({"rules"}, "rules/list.txt", 0);
  CheckGolden({"rules", "lifecycle-training-only"}, "rules/lifecycle-training-only.txt", 0);
}

}  // namespace
}  // namespace hirelint
