// The metric cache: Engine::Run keeps each file's metrics in a cache directory and reads them
// back on the next run of the same file, with the same results as without it.

#include "engine/metric_cache.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/build_id.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

namespace fs = std::filesystem;

const char kCv[] =
    "## Experience\n"
    "- Cut p99 latency from 120 ms to 68 ms for 2M daily users.\n"
    "- Shipped a ranking model that lifted CTR by 4%.\n"
    "- Led the migration to a feature store.\n";

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Every metric of every item, in a form that compares whole.
std::string MetricsOf(const FileResult& r) {
  std::string out;
  for (const ItemTags& tags : r.tags) {
    for (const Metric& m : tags.metrics) {
      out += m.kind + "|" + std::to_string(m.begin) + "|" + std::to_string(m.end) + "|" + m.text +
             "|" + std::to_string(m.value) + "|" + m.unit + "|" + m.before + "|" + m.after + "|" +
             m.stage + "\n";
    }
    out += "--\n";
  }
  return out;
}

// A CV written to a fresh directory, and run options that cache its metrics next to it.
struct CachedCv {
  CachedCv() {
    Write(cv, kCv);
    cached.metric_cache_dir = cache;
  }
  const Engine& engine = testing::SharedEngine();
  const std::string root = testing::TempDir();
  const std::string cv = root + "/cv.md";
  const std::string cache = root + "/cache";
  RunOptions cached;
};

TEST_CASE("CodeBuildId: the build IDs of the test binary and its libraries, in hex") {
  const std::string& id = CodeBuildId();
  REQUIRE_FALSE(id.empty());
  CHECK(id.find_first_not_of("0123456789abcdef.") == std::string::npos);
  // The executable's own ID comes first: a GNU build ID is 20 bytes (SHA-1) by default.
  CHECK(id.find('.') != 0);
  CHECK(&CodeBuildId() == &id);
}

TEST_CASE("MetricCachePath: one file per document, named by its absolute path") {
  const std::string dir = testing::TempDir();
  std::string a = MetricCachePath(dir, "cv.md");
  CHECK(a == MetricCachePath(dir, (fs::current_path() / "cv.md").string()));
  CHECK(a == MetricCachePath(dir, "./x/../cv.md"));
  CHECK(a != MetricCachePath(dir, "other.md"));
  CHECK(fs::path(a).parent_path() == fs::path(dir));
  CHECK(fs::path(a).filename().string().rfind("metrics-", 0) == 0);
}

TEST_CASE_FIXTURE(
    CachedCv,
    "Engine::Run with a metric cache: same results, cached on the first run, read on the next") {
  RunOptions plain;
  FileResult expected = engine.Run(cv, plain);
  REQUIRE_FALSE(expected.error);
  REQUIRE(testing::Contains(MetricsOf(expected), "latency|"));

  FileResult first = engine.Run(cv, cached);
  CHECK_FALSE(first.cache_warning);
  CHECK(MetricsOf(first) == MetricsOf(expected));
  const std::string cache_file = MetricCachePath(cache, cv);
  REQUIRE(fs::exists(cache_file));
  const std::string written = testing::ReadFileOrDie(cache_file);
  auto stamp = fs::last_write_time(cache_file);

  // The second run finds every item: the same results, and the file is not rewritten.
  FileResult second = engine.Run(cv, cached);
  CHECK(MetricsOf(second) == MetricsOf(expected));
  CHECK(fs::last_write_time(cache_file) == stamp);

  // What is in the cache is what is used: a cached metric that Find would not give shows up,
  // which proves the second run read it instead of searching.
  std::string doctored = written;
  size_t at = doctored.find("8:CTR by 4%");
  if (at == std::string::npos) at = doctored.find("2:4%");
  REQUIRE(at != std::string::npos);
  size_t unit = doctored.find("1:%", at);
  REQUIRE(unit != std::string::npos);
  doctored.replace(unit, 3, "1:#");
  Write(cache_file, testing::ResignMetricMemo(doctored));
  FileResult from_cache = engine.Run(cv, cached);
  CHECK(testing::Contains(MetricsOf(from_cache), "|#|"));
}

TEST_CASE_FIXTURE(
    CachedCv, "Engine::Run with a metric cache: an edited document keeps only its current items") {
  engine.Run(cv, cached);
  const std::string edited = std::string(kCv) + "- Served 40,000 QPS at launch.\n";
  Write(cv, edited);
  FileResult result = engine.Run(cv, cached);
  CHECK(MetricsOf(result) == MetricsOf(engine.Run(cv, RunOptions())));
  Write(cv, "## Experience\n- Served 40,000 QPS at launch.\n");
  engine.Run(cv, cached);
  const std::string file = testing::ReadFileOrDie(MetricCachePath(cache, cv));
  CHECK(testing::Contains(file, "Served 40,000 QPS"));
  CHECK_FALSE(testing::Contains(file, "Cut p99 latency"));
}

TEST_CASE_FIXTURE(
    CachedCv, "Engine::Run with a metric cache: a file of another build or lexicon is replaced") {
  fs::create_directories(cache);
  // Valid for another id: its doctored metric must not be used.
  MetricMemo stale("another-build");
  stale.Remember("Shipped a ranking model that lifted CTR by 4%.", {});
  Write(MetricCachePath(cache, cv), stale.Serialize());
  FileResult result = engine.Run(cv, cached);
  CHECK(MetricsOf(result) == MetricsOf(engine.Run(cv, RunOptions())));
  CHECK_FALSE(
      testing::Contains(testing::ReadFileOrDie(MetricCachePath(cache, cv)), "another-build"));
}

TEST_CASE_FIXTURE(CachedCv,
                  "LoadMetricMemo: only a regular file of this user's, within the size limit") {
  engine.Run(cv, cached);
  const std::string file = MetricCachePath(cache, cv);
  const std::string id = MetricCacheId(engine.tagger().metric_fingerprint());
  REQUIRE(LoadMetricMemo(file, id, 1 << 20).size() >= 3);
  // Written for this user alone: it holds the CV's bullets.
  struct stat st {};
  REQUIRE(stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  REQUIRE(stat(cache.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0700);
  // Over the size limit: not read.
  CHECK(LoadMetricMemo(file, id, 10).size() == 0);
  // A symlink to it, a FIFO (which would block a plain read), a directory: all read as empty.
  const std::string link = root + "/link";
  fs::create_symlink(file, link);
  CHECK(LoadMetricMemo(link, id, 1 << 20).size() == 0);
  const std::string fifo = root + "/fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(LoadMetricMemo(fifo, id, 1 << 20).size() == 0);
  CHECK(LoadMetricMemo(root, id, 1 << 20).size() == 0);
  CHECK(LoadMetricMemo(root + "/missing", id, 1 << 20).size() == 0);
}

TEST_CASE_FIXTURE(
    CachedCv, "Engine::Run with a metric cache: a cache that cannot be written is a warning only") {
  // A file where the cache directory would go: no directory can be made there.
  Write(root + "/blocked", "");
  cached.metric_cache_dir = root + "/blocked/cache";
  FileResult result = engine.Run(cv, cached);
  CHECK_FALSE(result.error);
  REQUIRE(result.cache_warning);
  CHECK(
      testing::Contains(result.cache_warning->message, "cannot create the metric cache directory"));
  CHECK(MetricsOf(result) == MetricsOf(engine.Run(cv, RunOptions())));
}

}  // namespace
}  // namespace hirelint
