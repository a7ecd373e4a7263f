// YAML CVs: RenderCV (the real CVs in tests/fixtures/corpus/yaml and every entry kind),
// YAMLResume, generic highlights lists, every scalar style mapped back to its bytes, and
// hostile or malformed files refused with a clear PATH:LINE:COL error.

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "extract/structured_positions.h"
#include "extract/yaml_source.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::FirstWordAtReportedPosition;
using testing::MisplacedWord;

struct Extracted {
  SourceFile file;
  std::vector<Item> items;
};

Extracted ExtractYamlText(const std::string& name, const std::string& text) {
  Extracted out;
  out.file = SourceFile(name, text);
  const ExtractorEntry* entry = ChooseExtractor(name, out.file, "");
  REQUIRE(entry != nullptr);
  REQUIRE(std::string(entry->name) == "yaml");
  auto extraction = entry->extract(out.file, ExtractMode::kBullets);
  if (!extraction.ok()) FAIL(extraction.error().ToString());
  out.items = extraction.value().items;
  return out;
}

Extracted ExtractFixture(const std::string& relative) {
  return ExtractYamlText(relative, testing::ReadFileOrDie(testing::SourcePath(relative)));
}

Error YamlError(const std::string& text) {
  auto extraction = ExtractYaml(SourceFile("cv.yaml", text), ExtractMode::kBullets);
  REQUIRE_FALSE(extraction.ok());
  return extraction.error();
}

std::vector<std::pair<std::string, int>> SectionRuns(const std::vector<Item>& items) {
  std::vector<std::pair<std::string, int>> runs;
  for (const Item& item : items) {
    if (runs.empty() || runs.back().first != item.section) runs.push_back({item.section, 0});
    ++runs.back().second;
  }
  return runs;
}

std::string Kinds(const std::vector<Item>& items) {
  std::string out;
  for (const Item& item : items) out += item.kind == ItemKind::kBullet ? 'B' : 'S';
  return out;
}

std::vector<std::string> Texts(const std::vector<Item>& items) {
  std::vector<std::string> out;
  for (const Item& item : items) out.push_back(item.text);
  return out;
}

void CheckEveryPosition(const Extracted& x) {
  size_t previous = 0;
  for (const Item& item : x.items) {
    CAPTURE(item.text);
    CHECK(FirstWordAtReportedPosition(x.file, item));
    CHECK(MisplacedWord(x.file, item) == "");
    CHECK(item.SourceBegin() >= previous);
    previous = item.SourceBegin();
  }
}

Position PositionOfWord(const Extracted& x, const Item& item, const std::string& word) {
  size_t at = item.text.find(word);
  REQUIRE(at != std::string::npos);
  return x.file.PositionOf(item.map.ToSource(at));
}

TEST_CASE("RenderCV corpus: ai-engineer-rendercv.yaml") {
  Extracted x = ExtractFixture("tests/fixtures/corpus/yaml/ai-engineer-rendercv.yaml");
  REQUIRE(x.items.size() == 13);
  CHECK(SectionRuns(x.items) ==
        std::vector<std::pair<std::string, int>>{{"Experience", 11}, {"Projects", 2}});
  CHECK(Kinds(x.items) == "SBBBBBBBSBBSS");
  // "**AI Customer Service Platform:** Built ..." loses its Markdown and points past the **.
  const Item& platform = x.items[1];
  CHECK(platform.text.rfind("AI Customer Service Platform: Built full-stack AI chatbot", 0) == 0);
  Position p = x.file.PositionOf(platform.SourceBegin());
  CHECK(p.line == 19);
  CHECK(p.column == 16);
  CHECK(platform.text.find("--") != std::string::npos);  // prose, not Markdown: kept
  CheckEveryPosition(x);
  // The design: block's templates ("**POSITION**, COMPANY") are not CV content.
  for (const Item& item : x.items) CHECK(item.text.find("POSITION") == std::string::npos);
}

TEST_CASE("RenderCV corpus: hydrology-ml-rendercv.yaml") {
  Extracted x = ExtractFixture("tests/fixtures/corpus/yaml/hydrology-ml-rendercv.yaml");
  REQUIRE(x.items.size() == 30);
  CHECK(SectionRuns(x.items) == std::vector<std::pair<std::string, int>>{{"Summary", 1},
                                                                         {"Education", 7},
                                                                         {"Experience", 7},
                                                                         {"Selected Honors", 12},
                                                                         {"Other Information", 3}});
  CHECK(Kinds(x.items) == std::string(30, 'B'));
  CHECK(x.items[1].text == "Advisor: Dr. Sam Advisor");
  CHECK(x.items[28].text ==
        "Certifications & Memberships: AGU, ASCE, Licensed 'A' Civil Engineer (Nepal)");
  // 'A' is written ''A'' inside single quotes: the word points at the first quote pair.
  CHECK(x.file.bytes().compare(x.items[28].map.ToSource(x.items[28].text.find("'A'")), 5,
                               "''A''") == 0);
  CheckEveryPosition(x);
}

TEST_CASE("RenderCV: highlights, bullet, summary and text entries; Markdown removed") {
  Extracted x = ExtractFixture("tests/fixtures/yaml/rendercv-paths.yaml");
  CHECK(Texts(x.items) ==
        std::vector<std::string>{
            "Backend engineer moving into ML platform work, with production "
            "experience.",
            "Search and ranking services for 3M users.",
            "Feature store: Built a feature store serving 40k QPS",
            "Helped with various ML projects", "Owner's guide: wrote the on-call runbook",
            "Hackathon winner, first of 40 teams", "Best paper award at the KDD workshop",
            "Maintained the billing pipeline"});
  CHECK(Kinds(x.items) == "BSBBBBBB");
  CHECK(SectionRuns(x.items) ==
        std::vector<std::pair<std::string, int>>{
            {"Summary", 1}, {"Experience", 4}, {"Selected Honors", 2}, {"Work Experience", 1}});
  // Link text keeps its place in the file; the URL is gone.
  Position link = PositionOfWord(x, x.items[0], "production");
  CHECK(link.line == 5);
  CHECK(link.column == 66);
  Position feature = x.file.PositionOf(x.items[2].SourceBegin());
  CHECK(feature.line == 11);
  CHECK(feature.column == 16);
  CheckEveryPosition(x);
}

TEST_CASE("RenderCV sample: samples/cv.rendercv.yaml") {
  Extracted x = ExtractFixture("samples/cv.rendercv.yaml");
  CHECK(SectionRuns(x.items) ==
        std::vector<std::pair<std::string, int>>{
            {"Summary", 1}, {"Experience", 10}, {"Projects", 2}, {"Selected Honors", 1}});
  CHECK(Kinds(x.items) == "BSBBBBBBBBBSBB");
  CHECK(x.items[2].text.rfind("Learning to rank: replaced hand-tuned search weights", 0) == 0);
  CHECK(x.items[8].text == "Helped with various data platform migrations");
  CheckEveryPosition(x);
}

TEST_CASE("YAML: every scalar style maps back to its bytes") {
  Extracted x = ExtractFixture("tests/fixtures/yaml/scalar-styles.yaml");
  CHECK(Texts(x.items) ==
        std::vector<std::string>{"plain bullet on one line",
                                 "a plain bullet that wraps onto a second line",
                                 "single 'quoted' bullet", "double \"quoted\" café bullet",
                                 "double quoted that folds across lines",
                                 "literal block line one literal block line two",
                                 "folded block line one folded block line two after an empty line",
                                 "folded strip chomping",
                                 "anchored bullet",  // its alias below is not read again
                                 "tagged bullet", "single quoted across lines",
                                 "escaped line break joins", "explicit indentation indicator",
                                 "literal keep chomping", "flow bullet one", "flow bullet two"});
  CHECK(SectionRuns(x.items) ==
        std::vector<std::pair<std::string, int>>{{"Scalar Styles Inc", 14}, {"Second Entry", 2}});
  struct Where {
    size_t item;
    const char* word;
    size_t line;
    size_t column;
  };
  const Where cases[] = {
      {1, "onto", 7, 9},        // a plain scalar's continuation line
      {2, "'quoted'", 8, 17},   // '' inside single quotes
      {3, "café", 9, 28},       // caf\u00e9: the word starts at its verbatim 'c'
      {4, "folds", 11, 9},      // a double-quoted scalar's folded line
      {5, "literal", 13, 9},    // a literal block's first line
      {5, "two", 14, 28},       // and its second
      {6, "after", 19, 9},      // a folded block after an empty line
      {8, "anchored", 22, 17},  // after the &anchor property
      {9, "tagged", 24, 15},    // after the !!str tag
      {11, "break", 28, 9},     // after an escaped line break
      {12, "explicit", 30, 11}, {15, "flow", 35, 36},  // a quoted scalar inside a flow sequence
  };
  for (const Where& w : cases) {
    CAPTURE(w.word);
    Position p = PositionOfWord(x, x.items[w.item], w.word);
    CHECK(p.line == w.line);
    CHECK(p.column == w.column);
  }
  // "é" maps to the whole \u00e9 escape.
  const Item& cafe = x.items[3];
  size_t e = cafe.text.find("é");
  CHECK(x.file.bytes().compare(cafe.map.ToSource(e), 6, "\\u00e9") == 0);
  CHECK(cafe.map.ToSourceEnd(e + 2) == cafe.map.ToSource(e) + 6);
  CheckEveryPosition(x);
}

TEST_CASE("YAMLResume: Markdown summaries split into bullets and paragraphs") {
  Extracted x = ExtractFixture("tests/fixtures/yaml/yamlresume.yml");
  CHECK(Texts(x.items) ==
        std::vector<std::string>{
            "Backend engineer with 6 years of Go and Python", "Familiar with various ML tools",
            "Built the ranking platform for Orbit search.", "Cut p99 latency from 120 ms to 68 ms",
            "Deployed a churn model to 2M users, monitored weekly for drift",
            "Reached 1.2k GitHub stars"});
  CHECK(Kinds(x.items) == "BBSBBB");
  CHECK(SectionRuns(x.items) == std::vector<std::pair<std::string, int>>{
                                    {"Summary", 2}, {"Orbit Labs", 3}, {"tinyrank", 1}});
  Position first = x.file.PositionOf(x.items[0].SourceBegin());
  CHECK(first.line == 7);
  CHECK(first.column == 9);  // after "- ", the Markdown list marker
  Position monitored = PositionOfWord(x, x.items[4], "monitored");
  CHECK(monitored.line == 17);
  CHECK(monitored.column == 11);
  CHECK(x.items[4].end == x.file.LineEnd(17));
  CheckEveryPosition(x);
}

TEST_CASE("YAML: generic highlights, bullets and achievements lists") {
  Extracted x = ExtractFixture("tests/fixtures/yaml/generic.yml");
  CHECK(Texts(x.items) == std::vector<std::string>{"Deployed a churn model to 2M users",
                                                   "Taught Python to 30 students",
                                                   "Top 3% in a Kaggle competition"});
  CHECK(SectionRuns(x.items) == std::vector<std::pair<std::string, int>>{
                                    {"ML Engineer", 1}, {"Code Club", 1}, {"highlights", 1}});
  CheckEveryPosition(x);
}

TEST_CASE("YAML: a BOM and CRLF line breaks keep positions right") {
  const std::string text =
      "\xEF\xBB\xBF"
      "cv:\r\n  sections:\r\n    experience:\r\n      - highlights:\r\n"
      "          - \"Cut serving cost\r\n            by 30%\"\r\n          - plain "
      "\xC3\xA9t\xC3\xA9 "
      "bullet\r\n";
  Extracted x = ExtractYamlText("cv.yml", text);
  REQUIRE(x.items.size() == 2);
  CHECK(x.items[0].text == "Cut serving cost by 30%");
  Position by = PositionOfWord(x, x.items[0], "by");
  CHECK(by.line == 6);
  CHECK(by.column == 13);
  CHECK(x.items[1].text == "plain été bullet");
  Position bullet = PositionOfWord(x, x.items[1], "bullet");
  CHECK(bullet.line == 7);
  CHECK(bullet.column == 23);  // code points: "été" is three columns
  CheckEveryPosition(x);
}

TEST_CASE("YAML: malformed files give yaml-cpp's error at PATH:LINE:COL with a fix") {
  SUBCASE("a tab used for indentation") {
    Error e = YamlError("cv:\n\tsections: {}\n");
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.message.find("a tab is used for indentation; YAML indents with spaces only") !=
          std::string::npos);
  }
  SUBCASE("a tab before a list entry") {
    Error e = YamlError("cv:\n  sections:\n    summary:\n\t- text\n");
    CHECK(e.line == 4);
    CHECK(e.column == 1);
    CHECK(e.message.find("a tab is used for indentation") != std::string::npos);
  }
  SUBCASE("bad indentation") {
    Error e = YamlError(
        "cv:\n  sections:\n    experience:\n      - company: A\n     highlights:\n       - x\n");
    CHECK(e.path == "cv.yaml");
    CHECK(e.line == 5);
    CHECK(e.column == 6);
    CHECK(e.message ==
          "invalid YAML: end of map not found; check this line's indentation against the lines "
          "above (YAML nests by indentation, in spaces)");
  }
  SUBCASE("an unterminated double-quoted string (yaml-cpp reads it to the end of the file)") {
    Error e = YamlError("cv:\n  name: \"Sam\n  email: x\n");
    CHECK(e.line == 2);
    CHECK(e.column == 9);
    CHECK(e.message == "invalid YAML: unterminated double-quoted string; add the closing \"");
  }
  SUBCASE("an unterminated single-quoted string") {
    Error e = YamlError("highlights:\n  - 'Built it\n");
    CHECK(e.line == 2);
    CHECK(e.column == 5);
    CHECK(e.message.find("unterminated single-quoted string") != std::string::npos);
  }
  SUBCASE("an unclosed flow sequence") {
    Error e = YamlError("highlights: [a, b\n");
    CHECK(e.line == 2);
    CHECK(e.message.find("a '[' is not closed with ']'") != std::string::npos);
  }
}

TEST_CASE("YAML: an alias bomb is refused where the expansion passes the limit") {
  const std::string laughs =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
      "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
      "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
  Error e = YamlError(laughs);
  // Aliases up to line 5 stand for 74,718 nodes; the first *e on line 6 passes 100,000.
  CHECK(e.line == 6);
  CHECK(e.column == 8);
  CHECK(e.message.find("aliases expand to more than 100000 nodes") != std::string::npos);
  CHECK(e.message.find("billion laughs") != std::string::npos);
}

TEST_CASE("YAML: ordinary anchors and aliases are read, the anchored text once") {
  Extracted x = ExtractYamlText("cv.yaml",
                                "base: &base\n  highlights:\n    - Shipped the ranking model\n"
                                "jobs:\n  - company: A\n    <<: *base\n  - company: B\n"
                                "    bullets: [*base, Cut cost by 10%]\n");
  CHECK(Texts(x.items) == std::vector<std::string>{"Shipped the ranking model", "Cut cost by 10%"});
  CHECK(x.items[1].section == "B");
}

TEST_CASE("YAML: 100,000 levels of nesting give an error, not a stack overflow") {
  const size_t n = 100000;
  SUBCASE("flow sequences") {
    Error e = YamlError("highlights: " + std::string(n, '[') + std::string(n, ']') + "\n");
    CHECK(e.line == 1);
    CHECK(e.column == 12 + kMaxDocumentDepth);  // the mapping is one level, then 255 '['
    CHECK(e.message ==
          "invalid YAML: nested deeper than 256 levels; hirelint stops here (no CV nests this "
          "deep)");
  }
  SUBCASE("a bare flow sequence") {
    Error e = YamlError(std::string(n, '['));
    CHECK(e.line == 1);
    CHECK(e.column == kMaxDocumentDepth + 1);
  }
  SUBCASE("block sequences written compactly") {
    std::string text;
    for (size_t i = 0; i < n; ++i) text += "- ";
    Error e = YamlError(text + "x\n");
    CHECK(e.line == 1);
    CHECK(e.column == 2 * kMaxDocumentDepth + 1);
    CHECK(e.message.find("nested deeper than 256 levels") != std::string::npos);
  }
  SUBCASE("block mappings by indentation") {
    std::string text;
    for (size_t i = 0; i < 300; ++i) text += std::string(i, ' ') + "k:\n";
    Error e = YamlError(text);
    CHECK(e.line == kMaxDocumentDepth + 1);
    CHECK(e.column == kMaxDocumentDepth + 1);
  }
  SUBCASE("complex keys, which only yaml-cpp's events show") {
    std::string text;
    for (size_t i = 0; i < 2000; ++i) text += "? ";
    Error e = YamlError(text + "x\n");
    CHECK(e.line == 1);
    CHECK(e.column == 2 * kMaxDocumentDepth + 1);
    CHECK(e.message.find("nested deeper than 256 levels") != std::string::npos);
  }
}

// yaml-cpp 0.7 leaves a token it cannot start a document's value with unread, and its
// HandleNextDocument then returns true forever (fuzz: extract_yaml_fuzzer, 798 bytes; the
// file minimises to ",").
TEST_CASE("YAML: a ',' or '?' where a document's value starts is an error, not a hang") {
  const std::string comma_message =
      "invalid YAML: a ',' outside brackets where a document's value should start; commas "
      "separate items only inside [ ] or { } (yaml-cpp cannot read past it)";
  SUBCASE("the fuzzer's file: a ',' after a top-level flow mapping") {
    const std::string path = "tests/fixtures/yaml/hostile/yaml-cpp-hang-1.yaml";
    auto extraction = ExtractYaml(
        SourceFile(path, testing::ReadFileOrDie(testing::SourcePath(path))), ExtractMode::kBullets);
    REQUIRE_FALSE(extraction.ok());
    CHECK(extraction.error().line == 2);
    CHECK(extraction.error().column == 97);
    CHECK(extraction.error().message == comma_message);
  }
  SUBCASE("a lone ','") {
    Error e = YamlError(",\n");
    CHECK(e.line == 1);
    CHECK(e.column == 1);
    CHECK(e.message == comma_message);
  }
  SUBCASE("after a flow collection, a quoted scalar, an indented mapping, '---' and an anchor") {
    const std::vector<std::pair<std::string, Position>> cases = {
        {"{a: 1},\n", {1, 7}},     {"[a], b\n", {1, 4}},   {"\"x\"\n, y\n", {2, 1}},
        {"  a: 1\n, x\n", {2, 1}}, {"--- &a ,\n", {1, 8}}, {"\xEF\xBB\xBF, x\n", {1, 1}}};
    for (const auto& [text, position] : cases) {
      CAPTURE(text);
      Error e = YamlError(text);
      CHECK(e.line == position.line);
      CHECK(e.column == position.column);
      CHECK(e.message == comma_message);
    }
  }
  SUBCASE("a '?' after a block scalar") {
    Error e = YamlError("\"\"|\n? \n");
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.message.find("a '?' (an explicit key)") != std::string::npos);
  }
  SUBCASE("hirelint exits 2 with the place") {
    testing::CommandResult r =
        testing::RunHirelint({"tests/fixtures/yaml/hostile/yaml-cpp-hang-1.yaml"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("hirelint: error: tests/fixtures/yaml/hostile/yaml-cpp-hang-1.yaml:2:97: "
                     "invalid YAML: a ','") != std::string::npos);
  }
}

TEST_CASE("YAML: empty documents, and a ',' inside a plain scalar, are not that loop") {
  CHECK(ExtractYaml(SourceFile("cv.yaml", "---\n---\n...\n---\nhighlights: [Cut cost by 10%]\n"),
                    ExtractMode::kBullets)
            .ok());
  CHECK(ExtractYaml(SourceFile("cv.yaml", "x\n, y\n"), ExtractMode::kBullets).ok());
  CHECK(ExtractYaml(SourceFile("cv.yaml", "highlights:\n  - Cut cost, then latency\n"),
                    ExtractMode::kBullets)
            .ok());
}

TEST_CASE("YAML: nesting up to the limit and brackets inside text are fine") {
  Extracted x = ExtractYamlText(
      "cv.yaml",
      "highlights:\n  - Built [the API](https://x.example) with {braces} [1]\n"
      "  - \"[[[[ quoted brackets\"\n  - 'it''s {fine}'\n" +
          std::string("deep: ") + std::string(200, '[') + std::string(200, ']') + "\n");
  CHECK(Texts(x.items) == std::vector<std::string>{"Built [the API](https://x.example) with "
                                                   "{braces} [1]",
                                                   "[[[[ quoted brackets", "it's {fine}"});
}

TEST_CASE("YAML: the table reads .yaml and .yml; stories mode says where stories are read") {
  SourceFile file("cv.yml", "cv: {}\n");
  CHECK(std::string(ChooseExtractor("cv.yml", file, "")->name) == "yaml");
  CHECK(std::string(ChooseExtractor("cv.YAML", file, "")->name) == "yaml");
  CHECK(std::string(ChooseExtractor("cv.txt", file, "yaml")->name) == "yaml");
  FileResult r = testing::ProcessText("cv.yaml", "cv: {}\n", ExtractMode::kStories);
  REQUIRE(r.error.has_value());
  CHECK(r.error->message.find("stories are read from .jsonl, .md and .txt files") !=
        std::string::npos);
}

TEST_CASE("YAML: hirelint reports a malformed file with exit 2 and lints the rest") {
  std::string dir = testing::TempDir();
  std::string bad = dir + "/bad.yaml";
  {
    std::FILE* f = std::fopen(bad.c_str(), "wb");
    std::fputs("cv:\n  sections:\n\t  summary: []\n", f);
    std::fclose(f);
  }
  testing::CommandResult r = testing::RunHirelint(
      {bad, testing::SourcePath("tests/fixtures/corpus/yaml/hydrology-ml-rendercv.yaml")});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("hirelint: error: " + bad +
                   ":3:1: invalid YAML: a tab is used for indentation") != std::string::npos);
  CHECK(r.out.find("hydrology-ml-rendercv.yaml:54:13: warning: no number shows the outcome") !=
        std::string::npos);
}

}  // namespace
}  // namespace hirelint
