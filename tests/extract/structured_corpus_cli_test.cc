// End to end over the real CVs in tests/fixtures/corpus/{json,yaml} and the samples: what
// `hirelint tag --format jsonl` reports (item count, sections, kinds) and, for every item and
// every metric, that the file's bytes at the reported line and column start with its first
// word once escapes are decoded.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/structured_positions.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

struct Expected {
  const char* path;
  std::vector<std::pair<std::string, int>> sections;  // runs of equal sections, in order
  const char* kinds;                                  // B bullet, S summary, one per item
};

bool AtReportedPosition(const SourceFile& file, size_t line, size_t column,
                        const std::string& text) {
  std::string word = testing::FirstWord(text);
  size_t at = testing::OffsetOf(file, Position{line, column});
  return !word.empty() && testing::UnescapedAt(file.bytes(), at, word.size()) == word;
}

void CheckReport(const Expected& expected) {
  CAPTURE(expected.path);
  const std::string path = testing::SourcePath(expected.path);
  testing::CommandResult r = testing::RunHirelint({"tag", "--format", "jsonl", path});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  SourceFile file(path, testing::ReadFileOrDie(path));
  std::vector<std::pair<std::string, int>> sections;
  std::string kinds;
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    nlohmann::json item = nlohmann::json::parse(line);
    std::string section = item["section"];
    std::string text = item["text"];
    CAPTURE(text);
    CHECK(item["file"] == path);
    if (sections.empty() || sections.back().first != section) sections.push_back({section, 0});
    ++sections.back().second;
    kinds += item["kind"] == "bullet" ? 'B' : item["kind"] == "summary" ? 'S' : '?';
    CHECK(AtReportedPosition(file, item["line"], item["column"], text));
    for (const auto& metric : item["metrics"]) {
      CAPTURE(metric.dump());
      CHECK(AtReportedPosition(file, metric["line"], metric["column"], metric["text"]));
    }
  }
  CHECK(sections == expected.sections);
  CHECK(kinds == expected.kinds);
}

TEST_CASE("Corpus, end to end: JSON Resume and RenderCV CVs and the samples") {
  const std::string chorus = "X, the moonshot factory (Chorus)";
  const Expected cases[] = {
      {"tests/fixtures/corpus/json/cv-ml-engineer.resume.json",
       {{"Summary", 1},
        {"StoryverseNYC", 5},
        {chorus, 9},
        {"Waymo", 3},
        {"A Long Day in Hell", 3},
        {"Paranoia Agent", 1},
        {"Factorio Working Group", 1},
        {"Petrock", 1}},
       "SSBBBBSBBBSBBBBSBBSBBSSS"},
      {"tests/fixtures/corpus/json/software-developer.resume.json",
       {{"Summary", 1},
        {"Joint Research for Demo", 5},
        {"Kinetic Vision", 7},
        {"SlashDB", 5},
        {"Arcadia Redux (Dota 2 Unofficial)", 4},
        {"Brands Insurance", 3}},
       "SSBBBBSBBBBBBSBBBBSBBBSBB"},
      {"tests/fixtures/corpus/yaml/ai-engineer-rendercv.yaml",
       {{"Experience", 11}, {"Projects", 2}},
       "SBBBBBBBSBBSS"},
      {"tests/fixtures/corpus/yaml/hydrology-ml-rendercv.yaml",
       {{"Summary", 1},
        {"Education", 7},
        {"Experience", 7},
        {"Selected Honors", 12},
        {"Other Information", 3}},
       "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"},
      {"samples/cv.resume.json",
       {{"Summary", 1},
        {"Lumen Logistics", 8},
        {"Fernhill Bank", 3},
        {"café-recsys", 3},
        {"Awards", 1}},
       "SSBBBBBBBBBBSBBS"},
      {"samples/cv.rendercv.yaml",
       {{"Summary", 1}, {"Experience", 10}, {"Projects", 2}, {"Selected Honors", 1}},
       "BSBBBBBBBBBSBB"},
  };
  for (const Expected& expected : cases) CheckReport(expected);
}

}  // namespace
}  // namespace hirelint
