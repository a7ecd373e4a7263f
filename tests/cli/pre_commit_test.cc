// .pre-commit-hooks.yaml: the hook pre-commit runs, and the files it passes to hirelint.

#include <doctest/doctest.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include "extract/extractor.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("pre-commit: the hirelint hook runs lint on exactly the files hirelint reads") {
  YAML::Node hooks = YAML::LoadFile(testing::SourcePath(".pre-commit-hooks.yaml"));
  REQUIRE(hooks.IsSequence());
  REQUIRE(hooks.size() == 1);
  const YAML::Node& hook = hooks[0];
  CHECK(hook["id"].as<std::string>() == "hirelint");
  CHECK(hook["entry"].as<std::string>() == "hirelint lint");
  CHECK(hook["language"].as<std::string>() == "system");
  // pre-commit matches `files` with Python's re.search; RE2 reads this subset the same way.
  RE2 files(hook["files"].as<std::string>());
  REQUIRE(files.ok());
  for (const auto& extractor : Extractors()) {
    for (const char* ext : extractor.extensions) {
      std::string path = std::string("cv/resume") + ext;
      CAPTURE(path);
      CHECK(RE2::PartialMatch(path, files));
      std::string upper = path;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      CHECK(RE2::PartialMatch(upper, files));  // hirelint reads .MD as Markdown too
      CHECK(IsSupportedPath(path));
    }
  }
  for (std::string other : {"photo.png", "cv.rtf", "cv.md.bak", "cv.odt", "notes.mdx"}) {
    CAPTURE(other);
    CHECK_FALSE(RE2::PartialMatch(other, files));
    CHECK_FALSE(IsSupportedPath(other));
  }
}

}  // namespace
}  // namespace hirelint
