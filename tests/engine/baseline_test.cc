#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "engine/baseline.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

FileResult Lint(const std::string& path, const std::string& text) {
  return testing::ProcessText(path, text);
}

TEST_CASE("Baseline: entries are relative to the baseline's folder, sorted, without lines") {
  std::string dir = testing::TempDir();
  std::vector<FileResult> files = {
      Lint(dir + "/cv/b.md", "## Experience\n\n- Helped with the migration.\n"),
      Lint(dir + "/cv/a.md", "## Experience\n\n- Worked on billing.\n")};
  Baseline b = MakeBaseline(files, dir + "/.hirelint-baseline.json");
  REQUIRE(b.entries.size() == 5);
  CHECK(b.entries[0].file == "cv/a.md");
  CHECK(b.entries[0].rule == "bullet-length");
  CHECK(b.entries[0].text == "worked on billing.");
  CHECK(b.entries.back().file == "cv/b.md");
  std::string text = SerializeBaseline(b);
  CHECK(text.rfind("{\n  \"hirelint_baseline\": 1,\n  \"findings\": [\n    {\"file\":\"cv/a.md\"",
                   0) == 0);
  CHECK(text.find("\"line\"") == std::string::npos);
}

TEST_CASE("Baseline: written, read back, and applied once per entry") {
  std::string dir = testing::TempDir();
  std::string path = dir + "/baseline.json";
  std::vector<FileResult> before = {Lint(dir + "/cv.md",
                                         "## Experience\n\n"
                                         "- Cut costs by 30% for 4 teams.\n"
                                         "- Helped with the migration to Kubernetes.\n"
                                         "- Led the billing team of 6 engineers.\n")};
  CHECK(before[0].findings.size() == 4);  // lifecycle-coverage, 2 on the Helped bullet, 1 on Led
  REQUIRE_FALSE(WriteBaseline(before, path));
  auto read = ReadBaseline(path);
  REQUIRE(read.ok());
  CHECK(read.value().entries.size() == 4);
  CHECK(read.value().dir == dir);

  // The bullets moved; the Helped bullet was copied once, and an edited copy is new.
  std::vector<FileResult> after = {Lint(dir + "/cv.md",
                                        "## Experience\n\n"
                                        "- Led the billing team of 6 engineers.\n"
                                        "- Cut costs by 30% for 4 teams.\n"
                                        "- Helped with the migration to Kubernetes.\n"
                                        "- Helped with the migration to Kubernetes.\n"
                                        "- Helped with the migration to Nomad.\n")};
  CHECK(after[0].findings.size() == 8);
  CHECK(ApplyBaseline(read.value(), &after) == 4);
  std::string left;
  for (const Finding& f : after[0].findings) {
    left += std::to_string(after[0].source.PositionOf(f.begin).line) + " " + f.rule + "; ";
  }
  CHECK(left ==
        "6 impact-unquantified; 6 verb-weak-opener; 7 impact-unquantified; 7 verb-weak-opener; ");
}

TEST_CASE("Baseline: another file with the same bullet is not covered") {
  std::string dir = testing::TempDir();
  std::vector<FileResult> a = {Lint(dir + "/a.md", "- Helped with the migration to Kubernetes.\n")};
  Baseline b = MakeBaseline(a, dir + "/baseline.json");
  std::vector<FileResult> other = {
      Lint(dir + "/b.md", "- Helped with the migration to Kubernetes.\n")};
  REQUIRE(!b.entries.empty());
  CHECK(ApplyBaseline(b, &other) == 0);
  CHECK(other[0].findings.size() == b.entries.size());
}

TEST_CASE("Baseline: bad files are config errors with a position where JSON says one") {
  std::string dir = testing::TempDir();
  auto missing = ReadBaseline(dir + "/none.json");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::kConfig);
  CHECK(missing.error().message == "baseline file not found (write one with --write-baseline)");
  std::ofstream(dir + "/syntax.json") << "{\n  \"hirelint_baseline\": 1,\n  \"findings\": [,]\n}\n";
  auto syntax = ReadBaseline(dir + "/syntax.json");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.error().line == 3);
  CHECK(syntax.error().column == 16);
  CHECK(syntax.error().message.find("not valid JSON") == 0);
  std::ofstream(dir + "/other.json") << "[1, 2]\n";
  auto other = ReadBaseline(dir + "/other.json");
  REQUIRE_FALSE(other.ok());
  CHECK(other.error().message.find("not a hirelint baseline") == 0);
  std::ofstream(dir + "/version.json") << "{\"hirelint_baseline\": 2, \"findings\": []}";
  auto version = ReadBaseline(dir + "/version.json");
  REQUIRE_FALSE(version.ok());
  CHECK(version.error().message ==
        "baseline version 2 is not supported; this hirelint reads version 1");
  std::ofstream(dir + "/entry.json")
      << "{\"hirelint_baseline\": 1, \"findings\": [{\"file\": \"a\"}]}";
  auto entry = ReadBaseline(dir + "/entry.json");
  REQUIRE_FALSE(entry.ok());
  CHECK(entry.error().message == "finding 1 needs a string 'rule'");
}

}  // namespace
}  // namespace hirelint
