// `lint --cache`: the second lint of a file reads its metrics from the cache directory, with the
// same output and exit code; the cache is written only when asked for, and never for stdin.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace hirelint {
namespace {

namespace fs = std::filesystem;
using testing::Contains;
using testing::RunHirelint;

size_t CountFiles(const std::string& dir) {
  if (!fs::exists(dir)) return 0;
  size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) n += entry.is_regular_file();
  return n;
}

TEST_CASE("CLI: lint --cache gives the same output and exit code, from a cache file per CV") {
  const std::string dir = testing::TempDir();
  const std::string cache = dir + "/cache";
  auto plain = RunHirelint({"lint", "--fail-on", "warning", "samples/cv.md", "samples/cv.txt"});
  REQUIRE(plain.exit_code == 1);
  for (int run = 0; run < 2; ++run) {
    CAPTURE(run);
    auto cached = RunHirelint({"lint", "--cache", "--cache-location", cache, "--fail-on", "warning",
                               "samples/cv.md", "samples/cv.txt"});
    CHECK(cached.exit_code == plain.exit_code);
    CHECK(cached.out == plain.out);
    CHECK(cached.err == plain.err);
    CHECK(CountFiles(cache) == 2);
  }
  auto json = RunHirelint({"lint", "-f", "json", "samples/cv.md"});
  auto json_cached =
      RunHirelint({"lint", "-f", "json", "--cache", "--cache-location", cache, "samples/cv.md"});
  CHECK(json_cached.out == json.out);
}

TEST_CASE("CLI: lint --cache goes to $XDG_CACHE_HOME/hirelint, and never caches stdin") {
  const std::string dir = testing::TempDir();
  auto r = RunHirelint({"lint", "--cache", "samples/cv.md"}, "", {"XDG_CACHE_HOME=" + dir});
  CHECK(r.exit_code == 0);
  CHECK(CountFiles(dir + "/hirelint") == 1);
  auto home = RunHirelint({"lint", "--cache", "samples/cv.md"}, "",
                          {"XDG_CACHE_HOME=", "HOME=" + dir + "/home"});
  CHECK(home.exit_code == 0);
  CHECK(CountFiles(dir + "/home/.cache/hirelint") == 1);
  const std::string bullet = "- Cut p99 latency from 120 ms to 68 ms for 2M users.\n";
  auto stdin_run =
      RunHirelint({"lint", "--cache", "--cache-location", dir + "/stdin", "-"}, bullet);
  CHECK(stdin_run.exit_code == 0);
  CHECK(CountFiles(dir + "/stdin") == 0);
  // Without --cache nothing is written anywhere.
  RunHirelint({"lint", "samples/cv.md"}, "", {"XDG_CACHE_HOME=" + dir + "/off"});
  CHECK_FALSE(fs::exists(dir + "/off"));
}

TEST_CASE("CLI: --cache-location needs --cache; an unwritable cache is a warning") {
  auto alone = RunHirelint({"lint", "--cache-location", "/tmp", "samples/cv.md"});
  CHECK(alone.exit_code == 2);
  CHECK(Contains(alone.err, "--cache"));
  const std::string dir = testing::TempDir();
  std::ofstream(dir + "/file") << "";
  auto plain_two = RunHirelint({"lint", "samples/cv.md", "samples/cv.txt"});
  auto blocked = RunHirelint({"lint", "--cache", "--cache-location", dir + "/file/cache",
                              "samples/cv.md", "samples/cv.txt"});
  CHECK(blocked.exit_code == plain_two.exit_code);
  CHECK(blocked.out == plain_two.out);
  CHECK(Contains(blocked.err, "hirelint: warning: "));
  // Named once, though both CVs would write there.
  const std::string warning = "cannot create the metric cache directory";
  REQUIRE(Contains(blocked.err, warning));
  CHECK(blocked.err.find(warning) == blocked.err.rfind(warning));
}

}  // namespace
}  // namespace hirelint
