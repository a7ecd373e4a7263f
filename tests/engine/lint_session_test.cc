// RunLintSession: one engine per distinct set of lexicons and weights, held by the session for
// whoever holds it (the CLI keeps it until exit).

#include "engine/lint_session.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("RunLintSession: holds each engine its files were linted with, once") {
  namespace fs = std::filesystem;
  const std::string root = testing::TempDir();
  fs::create_directories(root + "/plain");
  fs::create_directories(root + "/weighted");
  const std::string bullet = "- Shipped a ranking model that lifted CTR by 4%.\n";
  for (const char* path : {"/plain/a.md", "/plain/b.md", "/weighted/c.md"}) {
    std::ofstream(root + path) << bullet;
  }
  std::ofstream(root + "/weighted/.hirelint.yaml") << "story_weights: {tradeoff: 15}\n";

  LintSessionOptions options;
  options.paths = {root + "/plain/a.md", root + "/weighted/c.md", root + "/plain/b.md"};
  auto discovered = RunLintSession(options);
  REQUIRE(discovered.ok());
  CHECK(discovered.value().files.size() == 3);
  // No config and the weighted config: two engines, in first use order.
  REQUIRE(discovered.value().engines.size() == 2);
  CHECK(discovered.value().engines[0] != discovered.value().engines[1]);

  options.config_mode = ConfigMode::kNone;
  auto none = RunLintSession(options);
  REQUIRE(none.ok());
  CHECK(none.value().engines.size() == 1);
}

}  // namespace
}  // namespace hirelint
