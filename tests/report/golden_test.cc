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

TEST_CASE("Golden: lint sarif, github, rdjson, checkstyle and junit over the samples") {
  for (const char* sample : {"cv.md", "cv.txt", "cv.tex", "cv.rendercv.yaml", "cv.resume.json"}) {
    CAPTURE(sample);
    const std::string path = std::string("samples/") + sample;
    const std::string stem = std::string("lint/") + sample;
    CheckGolden({"lint", "--format", "sarif", path}, stem + ".sarif", 0);
    CheckGolden({"lint", "--format", "github", path}, stem + ".github.txt", 0);
    CheckGolden({"lint", "--format", "rdjson", path}, stem + ".rdjson", 0);
    CheckGolden({"lint", "--format", "checkstyle", path}, stem + ".checkstyle.xml", 0);
    CheckGolden({"lint", "--format", "junit", path}, stem + ".junit.xml", 0);
  }
}

// The fixture résumé repository adds what the samples lack: configs that change severities
// (errors), several files, and unused suppressions whose fixes are concrete edits.
TEST_CASE("Golden: every lint format over the fixture résumé repository") {
  const std::string repo = "tests/fixtures/resume-repo";
  CheckGolden({"lint", repo}, "lint/resume-repo.txt", 1);
  CheckGolden({"lint", "--format", "json", repo}, "lint/resume-repo.json", 1);
  CheckGolden({"lint", "--format", "sarif", repo}, "lint/resume-repo.sarif", 1);
  CheckGolden({"lint", "--format", "github", repo}, "lint/resume-repo.github.txt", 1);
  CheckGolden({"lint", "--format", "rdjson", repo}, "lint/resume-repo.rdjson", 1);
  CheckGolden({"lint", "--format", "checkstyle", repo}, "lint/resume-repo.checkstyle.xml", 1);
  CheckGolden({"lint", "--format", "junit", repo}, "lint/resume-repo.junit.xml", 1);
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
