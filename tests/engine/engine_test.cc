// Engine::Process's own options (the stages themselves have their own tests).

#include <doctest/doctest.h>

#include <sstream>

#include "report/report.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("Engine: RunOptions::findings false skips the checks and rewrites, not the tags") {
  const std::string cv =
      "# Experience\n"
      "- Responsible for building a model\n"
      "- Cut p99 latency from 120 ms to 80 ms for 2M users\n";
  auto run = [&](bool findings) {
    RunOptions options;
    options.findings = findings;
    return testing::SharedEngine().Process(SourceFile("cv.md", cv), options);
  };
  FileResult full = run(true);
  FileResult tags_only = run(false);
  REQUIRE_FALSE(full.findings.empty());
  REQUIRE_FALSE(full.rewrites.empty());
  CHECK(tags_only.findings.empty());
  CHECK(tags_only.rewrites.empty());
  auto tag_json = [](FileResult r) {
    std::vector<FileResult> results;
    results.push_back(std::move(r));
    std::ostringstream out;
    WriteTagJson(results, out);
    return out.str();
  };
  CHECK(tag_json(std::move(tags_only)) == tag_json(std::move(full)));
}

}  // namespace
}  // namespace hirelint
