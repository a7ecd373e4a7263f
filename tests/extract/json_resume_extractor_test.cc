// JSON CVs: JSON Resume (every schema path, the real CVs in tests/fixtures/corpus/json) and
// generic JSON with highlights lists, chosen from the extractor table; positions of every item
// checked against the file as written.

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "extract/structured_positions.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::FirstWordAtReportedPosition;
using testing::MisplacedWord;

struct Extracted {
  SourceFile file;
  std::string format;  // the extractor table entry chosen
  std::vector<Item> items;
};

Extracted ExtractFixture(const std::string& relative) {
  Extracted out;
  out.file = SourceFile(relative, testing::ReadFileOrDie(testing::SourcePath(relative)));
  const ExtractorEntry* entry = ChooseExtractor(relative, out.file, "");
  REQUIRE(entry != nullptr);
  out.format = entry->name;
  auto extraction = entry->extract(out.file, ExtractMode::kBullets);
  REQUIRE(extraction.ok());
  out.items = extraction.value().items;
  return out;
}

// Sections as runs: {"Summary", 1}, {"StoryverseNYC", 5}, ...
std::vector<std::pair<std::string, int>> SectionRuns(const std::vector<Item>& items) {
  std::vector<std::pair<std::string, int>> runs;
  for (const Item& item : items) {
    if (runs.empty() || runs.back().first != item.section) {
      runs.push_back({item.section, 0});
    }
    ++runs.back().second;
  }
  return runs;
}

// One letter per item: B bullet, S summary.
std::string Kinds(const std::vector<Item>& items) {
  std::string out;
  for (const Item& item : items) out += item.kind == ItemKind::kBullet ? 'B' : 'S';
  return out;
}

void CheckEveryPosition(const Extracted& x) {
  size_t previous = 0;
  for (const Item& item : x.items) {
    CAPTURE(item.text);
    CHECK(FirstWordAtReportedPosition(x.file, item));
    CHECK(MisplacedWord(x.file, item) == "");
    CHECK(item.SourceBegin() >= previous);  // file order
    previous = item.SourceBegin();
  }
}

TEST_CASE("JSON Resume corpus: cv-ml-engineer.resume.json") {
  Extracted x = ExtractFixture("tests/fixtures/corpus/json/cv-ml-engineer.resume.json");
  CHECK(x.format == "json-resume");
  REQUIRE(x.items.size() == 24);
  const std::string chorus = "X, the moonshot factory (Chorus)";
  CHECK(SectionRuns(x.items) ==
        std::vector<std::pair<std::string, int>>{{"Summary", 1},
                                                 {"StoryverseNYC", 5},
                                                 {chorus, 9},
                                                 {"Waymo", 3},
                                                 {"A Long Day in Hell", 3},
                                                 {"Paranoia Agent", 1},
                                                 {"Factorio Working Group", 1},
                                                 {"Petrock", 1}});
  CHECK(Kinds(x.items) == "SSBBBBSBBBSBBBBSBBSBBSSS");
  CHECK(x.items[1].text == "CV systems for GÖSPEL, an immersive theater production.");
  CheckEveryPosition(x);
  // Item begin is the string's first content byte; end is its closing quote.
  for (const Item& item : x.items) {
    CHECK(x.file.bytes()[item.begin - 1] == '"');
    CHECK(x.file.bytes()[item.end] == '"');
  }
}

TEST_CASE("JSON Resume corpus: software-developer.resume.json") {
  Extracted x = ExtractFixture("tests/fixtures/corpus/json/software-developer.resume.json");
  CHECK(x.format == "json-resume");
  REQUIRE(x.items.size() == 25);
  CHECK(SectionRuns(x.items) ==
        std::vector<std::pair<std::string, int>>{{"Summary", 1},
                                                 {"Joint Research for Demo", 5},
                                                 {"Kinetic Vision", 7},
                                                 {"SlashDB", 5},
                                                 {"Arcadia Redux (Dota 2 Unofficial)", 4},
                                                 {"Brands Insurance", 3}});
  CHECK(Kinds(x.items) == "SSBBBBSBBBBBBSBBBBSBBBSBB");
  // The leading blank line shifts everything down one line.
  Position first = x.file.PositionOf(x.items[0].SourceBegin());
  CHECK(first.line == 10);
  CHECK(first.column == 17);
  CheckEveryPosition(x);
}

TEST_CASE("JSON Resume: every schema path, in file order, with its section") {
  Extracted x = ExtractFixture("tests/fixtures/json/all-paths.resume.json");
  CHECK(x.format == "json-resume");
  REQUIRE(x.items.size() == 11);
  CHECK(SectionRuns(x.items) == std::vector<std::pair<std::string, int>>{{"Summary", 1},
                                                                         {"Orbit Labs", 3},
                                                                         {"Legacy Corp", 1},
                                                                         {"Code Club", 2},
                                                                         {"Awards", 1},
                                                                         {"Publications", 1},
                                                                         {"tinyrank", 2}});
  CHECK(Kinds(x.items) == "SSBBBSBSSSB");
  CHECK(x.items[0].text == "Backend engineer moving into ML platform work.");
  CHECK(x.items[4].text == "Responsible for the billing pipeline");  // "company" names it
  CHECK(x.items[9].text == "A learning-to-rank library.");           // a project description
  for (const Item& item : x.items) {
    CHECK(item.text.find("Machine Learning") == std::string::npos);  // education is not read
    CHECK(item.text.find("PyTorch") == std::string::npos);           // nor skills
  }
  CheckEveryPosition(x);
}

TEST_CASE("JSON Resume: escapes decode and findings point at the escape in the file") {
  Extracted x = ExtractFixture("tests/fixtures/json/escapes.resume.json");
  REQUIRE(x.items.size() == 5);
  const std::string& b = x.file.bytes();
  const Item& summary = x.items[0];
  CHECK(summary.text == "Café owner turned ML engineer: \"shipped\" models, not notebooks.");
  CHECK(summary.section == "Summary");
  // "é" is \u00e9 at line 3, column 20; the quote of "shipped" is \" at column 53.
  Position e = x.file.PositionOf(summary.map.ToSource(summary.text.find("é")));
  CHECK(e.line == 3);
  CHECK(e.column == 20);
  CHECK(b.compare(summary.map.ToSource(summary.text.find("é")), 6, "\\u00e9") == 0);
  Position quote = x.file.PositionOf(summary.map.ToSource(summary.text.find('"')));
  CHECK(quote.line == 3);
  CHECK(quote.column == 53);
  // The word after the \n escape is on the same source line, after the escape.
  CHECK(b.compare(summary.map.ToSource(summary.text.find("not")), 3, "not") == 0);
  // A finding's end on "é" covers the whole escape.
  size_t e_clean = summary.text.find("é");
  CHECK(summary.map.ToSourceEnd(e_clean + 2) ==
        summary.map.ToSource(e_clean) + std::string("\\u00e9").size());

  const Item& etude = x.items[1];
  CHECK(etude.section == "Acme Café");
  CHECK(etude.text == "Étude of latency 🚀 budgets");
  Position p = x.file.PositionOf(etude.SourceBegin());
  CHECK(p.line == 8);
  CHECK(p.column == 19);
  CHECK(b.compare(etude.SourceBegin(), 6, "\\u00c9") == 0);
  CHECK(b.compare(etude.map.ToSource(etude.text.find("🚀")), 12, "\\ud83d\\ude80") == 0);

  CHECK(x.items[2].text == "Cut p99 latency from 120\u00a0ms to 68 ms for the \"search\" ranker");
  // Leading blanks inside the string are not the item's start.
  CHECK(x.items[3].text == "Tab separated/slash\\backslash");
  Position tab = x.file.PositionOf(x.items[3].SourceBegin());
  CHECK(tab.line == 11);
  CHECK(tab.column == 12);
  CHECK(x.items[4].text == "naïve Bayes → gradient boosting, +4% AUC");
  CheckEveryPosition(x);
}

TEST_CASE("JSON: a generic object with highlights, bullets and achievements lists") {
  Extracted x = ExtractFixture("tests/fixtures/json/generic-highlights.json");
  CHECK(x.format == "json");
  REQUIRE(x.items.size() == 3);
  CHECK(x.items[0].text == "Deployed a churn model to 2M users");
  CHECK(x.items[0].section == "Nimbus");
  CHECK(x.items[1].text == "Trained a small LLM on 8 GPUs");
  CHECK(x.items[1].section == "Side project");
  // A top-level list has no company or title: its key names the section (the top-level
  // "name" is the person's).
  CHECK(x.items[2].text == "Kaggle silver medal (top 3%)");
  CHECK(x.items[2].section == "achievements");
  CHECK(Kinds(x.items) == "BBB");
  CheckEveryPosition(x);
}

TEST_CASE("JSON Resume sample: samples/cv.resume.json") {
  Extracted x = ExtractFixture("samples/cv.resume.json");
  CHECK(x.format == "json-resume");
  CHECK(SectionRuns(x.items) == std::vector<std::pair<std::string, int>>{{"Summary", 1},
                                                                         {"Lumen Logistics", 8},
                                                                         {"Fernhill Bank", 3},
                                                                         {"café-recsys", 3},
                                                                         {"Awards", 1}});
  CHECK(Kinds(x.items) == "SSBBBBBBBBBBSBBS");
  CHECK(x.items[7].text == "Responsible for the \"routing-api\" on-call rotation");
  CheckEveryPosition(x);
}

TEST_CASE("JSON: RenderCV written as JSON is read by the json entry") {
  SourceFile file("cv.json",
                  "{\"cv\": {\"sections\": {\"work_history\": [\n"
                  "  {\"company\": \"A\", \"highlights\": [\"**Cut** cost by 10%\"]}]}}}");
  const ExtractorEntry* entry = ChooseExtractor("cv.json", file, "");
  REQUIRE(entry != nullptr);
  CHECK(std::string(entry->name) == "json");
  auto extraction = entry->extract(file, ExtractMode::kBullets);
  REQUIRE(extraction.ok());
  REQUIRE(extraction.value().items.size() == 1);
  const Item& item = extraction.value().items[0];
  CHECK(item.text == "Cut cost by 10%");
  CHECK(item.section == "Work History");
  CHECK(file.PositionOf(item.SourceBegin()).column == 38);  // after the **
}

TEST_CASE("JSON: the extractor table picks json-resume by content and honours --input-format") {
  SourceFile resume("cv.json", "{\"meta\": {}, \"work\": []}");
  SourceFile nested("cv.json", "{\"profile\": {\"work\": []}}");
  SourceFile array("cv.json", "[{\"basics\": {}}]");
  CHECK(std::string(ChooseExtractor("cv.json", resume, "")->name) == "json-resume");
  CHECK(std::string(ChooseExtractor("CV.JSON", resume, "")->name) == "json-resume");
  CHECK(std::string(ChooseExtractor("cv.json", nested, "")->name) == "json");
  CHECK(std::string(ChooseExtractor("cv.json", array, "")->name) == "json");
  CHECK(std::string(ChooseExtractor("cv.json", nested, "json-resume")->name) == "json-resume");
  CHECK(IsSupportedPath("resume.json"));
  CHECK(LooksLikeJsonResume(SourceFile("a.json", "\xEF\xBB\xBF {\"basics\" : {}}")));
  CHECK_FALSE(LooksLikeJsonResume(SourceFile("a.json", "{\"x\": \"\\\"work\\\": 1\"}")));
}

TEST_CASE("JSON: a malformed file is an input error and nothing is extracted") {
  FileResult r = testing::ProcessText("cv.json", "{\"work\": [\n  {\"highlights\": [\"a\",]}\n]}");
  REQUIRE(r.error.has_value());
  CHECK(r.items.empty());
  CHECK(r.error->ToString() ==
        "cv.json:2:22: invalid JSON: trailing comma before ']'; JSON does not allow one, "
        "remove it");
}

TEST_CASE("JSON: stories mode says where stories are read from") {
  FileResult r = testing::ProcessText("cv.json", "{\"work\": []}", ExtractMode::kStories);
  REQUIRE(r.error.has_value());
  CHECK(r.error->message.find("stories are read from .jsonl, .md and .txt files") !=
        std::string::npos);
  FileResult generic = testing::ProcessText("x.json", "{}", ExtractMode::kStories);
  REQUIRE(generic.error.has_value());
}

TEST_CASE("JSON: hirelint exits 2 on a bad file and still lints the good one") {
  std::string dir = testing::TempDir();
  std::string bad = dir + "/bad.json";
  std::ofstream(bad) << "{\"basics\": {\"summary\": \"unterminated}\n}\n";
  testing::CommandResult r =
      testing::RunHirelint({"tag", "--format", "jsonl", bad,
                            testing::SourcePath("tests/fixtures/json/all-paths.resume.json")});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("hirelint: error: " + bad +
                   ":1:24: invalid JSON: unterminated string; add the closing '\"'") !=
        std::string::npos);
  CHECK(r.out.find("\"line\":8,\"column\":64,\"kind\":\"bullet\",\"section\":\"Orbit Labs\","
                   "\"text\":\"Helped with various ML projects\"") != std::string::npos);
}

}  // namespace
}  // namespace hirelint
