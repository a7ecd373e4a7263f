// `hirelint init`, configs met from standard input, and the CI flags' usage errors.

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "config/config.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::Contains;

namespace fs = std::filesystem;
using testing::RunHirelint;

std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("init: writes the commented default config, then refuses to overwrite it") {
  std::string dir = testing::TempDir();
  auto first = RunHirelint({"init", dir});
  CHECK(first.exit_code == 0);
  CHECK(first.err.empty());
  CHECK(first.out == "wrote " + dir +
                         "/.hirelint.yaml; edit it to change rules, ignore paths or "
                         "set fail_on\n");
  std::string written = testing::ReadFileOrDie(dir + "/.hirelint.yaml");
  CHECK(written == DefaultConfigText(testing::SharedEngine().checker().rules()));
  CHECK(Entries(dir) == std::vector<std::string>{".hirelint.yaml"});  // no temporary file left

  std::ofstream(dir + "/.hirelint.yaml") << "fail_on: info\n";
  auto second = RunHirelint({"init", dir});
  CHECK(second.exit_code == 2);
  CHECK(second.err == "hirelint: error: " + dir +
                          "/.hirelint.yaml: file exists; hirelint does not overwrite it\n");
  CHECK(testing::ReadFileOrDie(dir + "/.hirelint.yaml") == "fail_on: info\n");
  CHECK(Entries(dir) == std::vector<std::string>{".hirelint.yaml"});
}

TEST_CASE("init: the default config lints exactly like no config") {
  std::string dir = testing::TempDir();
  fs::create_directories(dir + "/.git");
  fs::copy_file(testing::SourcePath("samples/cv.md"), dir + "/cv.md");
  REQUIRE(RunHirelint({"init", dir}).exit_code == 0);
  auto with = RunHirelint({"--format", "json", dir + "/cv.md"});
  auto without = RunHirelint({"--format", "json", "--no-config", dir + "/cv.md"});
  CHECK(with.exit_code == without.exit_code);
  CHECK(with.out == without.out);
  CHECK(Contains(with.out, "verb-weak-opener"));
}

TEST_CASE("init: a missing directory is a usage error; a typo gets did-you-mean") {
  auto missing = RunHirelint({"init", "no/such/dir"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "hirelint: error: no/such/dir: not a directory; 'hirelint init DIR' writes "
        "DIR/.hirelint.yaml\n");
  auto typo = RunHirelint({"innit"});
  CHECK(typo.exit_code == 2);
  CHECK(Contains(typo.err, "unknown command 'innit'; did you mean 'init'?"));
}

TEST_CASE("Config: standard input uses the config above the working directory") {
  std::string dir = testing::TempDir();
  fs::create_directories(dir + "/.git");
  fs::create_directories(dir + "/cv");
  std::ofstream(dir + "/.hirelint.yaml") << "rules:\n  verb-weak-opener: error\n";
  std::ofstream(dir + "/in.txt") << "- Responsible for the billing service of the shop.\n";
  std::string cmd =
      "cd '" + dir + "/cv' && NO_COLOR=1 '" + HIRELINT_BINARY + "' - < ../in.txt > ../out.txt 2>&1";
  int status = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(Contains(testing::ReadFileOrDie(dir + "/out.txt"),
                 "<stdin>:1:3: error: 'Responsible for' describes a role"));
}

TEST_CASE("Config: directory walks skip hidden files such as the config and the baseline") {
  std::string dir = testing::TempDir();
  fs::create_directories(dir + "/.git");
  std::ofstream(dir + "/.hirelint.yaml") << "rules: {}\n";
  std::ofstream(dir + "/.notes.md") << "- Helped with the migration to Kubernetes.\n";
  std::ofstream(dir + "/cv.md") << "- Cut p99 latency from 120 ms to 68 ms for 2M users.\n";
  auto walked = RunHirelint({"--format", "json", dir});
  CHECK(walked.out == "[]\n");
  auto named = RunHirelint({"--format", "json", dir + "/.notes.md"});
  CHECK(Contains(named.out, "verb-weak-opener"));
}

TEST_CASE("score: the config's story_weights change the story scores") {
  std::string dir = testing::TempDir();
  fs::create_directories(dir + "/.git");
  fs::copy_file(testing::SourcePath("samples/stories.md"), dir + "/stories.md");
  auto score = [&](const std::string& flags) {
    std::string cmd = "cd '" + dir + "' && '" + HIRELINT_BINARY + "' score -q --format csv " +
                      flags + " stories.md > out.csv 2> err.txt";
    int status = std::system(cmd.c_str());
    return std::make_pair(WEXITSTATUS(status), testing::ReadFileOrDie(dir + "/out.csv") +
                                                   testing::ReadFileOrDie(dir + "/err.txt"));
  };
  auto [plain_status, plain] = score("");
  CHECK(plain_status == 0);
  // The first story states a trade-off; with its weight at 0 it loses those points.
  std::ofstream(dir + "/.hirelint.yaml") << "story_weights:\n  tradeoff: 0\n";
  auto [weighted_status, weighted] = score("");
  CHECK(weighted_status == 0);
  CHECK(weighted != plain);
  auto [ignored_status, ignored] = score("--no-config");
  CHECK(ignored == plain);
  std::ofstream(dir + "/other.yaml") << "story_weights:\n  tradeof: 0\n";
  auto [typo_status, typo] = score("--config other.yaml");
  CHECK(typo_status == 2);
  CHECK(typo ==
        "hirelint: error: other.yaml:2:3: unknown story weight 'tradeof'; did you mean "
        "'tradeoff'?\n");
}

TEST_CASE("CLI: the CI flags' usage errors") {
  auto both = RunHirelint({"--baseline", "a.json", "--write-baseline", "b.json", "samples/cv.md"});
  CHECK(both.exit_code == 2);
  CHECK(Contains(both.err, "excludes"));
  auto negative = RunHirelint({"--max-warnings", "-1", "samples/cv.md"});
  CHECK(negative.exit_code == 2);
  auto format = RunHirelint({"--format", "sarif2", "samples/cv.md"});
  CHECK(format.exit_code == 2);
  auto fail_on = RunHirelint({"--fail-on", "warnings", "samples/cv.md"});
  CHECK(fail_on.exit_code == 2);
}

}  // namespace
}  // namespace hirelint
