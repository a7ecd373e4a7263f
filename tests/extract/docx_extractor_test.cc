// The DOCX extractor on a LibreOffice export and on hand-written WordprocessingML
// (tests/fixtures/pdf/src/broken-text, zipped by tests/fixtures/pdf/make_fixtures.sh).

#include <doctest/doctest.h>

#include "support/test_support.h"

namespace hirelint {
namespace {

FileResult RunFixture(const std::string& relative) {
  return testing::SharedEngine().Run(testing::SourcePath(relative), RunOptions());
}

TEST_CASE("DOCX (LibreOffice): list paragraphs are bullets, heading styles give sections") {
  FileResult r = RunFixture("tests/fixtures/docx/cv-libreoffice.docx");
  REQUIRE_FALSE(r.error);
  std::vector<std::string> bullets;
  std::vector<std::string> headings;
  for (const Item& item : r.items) {
    if (item.kind == ItemKind::kBullet) bullets.push_back(item.text);
    if (item.kind == ItemKind::kHeading)
      headings.push_back(std::to_string(item.level) + " " + item.text);
  }
  REQUIRE(bullets.size() == 9);
  CHECK(
      bullets[0] ==
      "Reduced p99 latency of the fraud-scoring API from 120 ms to 68 ms by moving feature lookups "
      "to a Redis feature store, saving $12k/month in compute.");
  CHECK(bullets[5] ==
        "Scaled the product search API to 9,000 requests per second during holiday peaks with "
        "autoscaling on 12 nodes.");
  CHECK(bullets[8] == "Python, Go, SQL, Spark, PyTorch, LightGBM, Kubernetes, Redis");
  CHECK(headings ==
        std::vector<std::string>{"1 Alex Morgan", "2 Summary", "2 Experience",
                                 "3 Northwind Payments, Senior Software Engineer, 2021 to present",
                                 "3 Contoso Retail, Software Engineer, 2018 to 2021", "2 Skills"});
  CHECK(r.items.back().section == "Skills");
  CHECK_FALSE(r.source.paged());
}

TEST_CASE("DOCX: runs joined, tables cell by cell, a line per paragraph, ligatures repaired") {
  FileResult r = RunFixture("tests/fixtures/docx/broken-text.docx");
  REQUIRE_FALSE(r.error);
  std::vector<std::string> bullets;
  std::vector<size_t> lines;
  for (const Item& item : r.items) {
    if (item.kind != ItemKind::kBullet) continue;
    bullets.push_back(item.text);
    lines.push_back(r.source.PositionOf(item.SourceBegin()).line);
  }
  CHECK(bullets ==
        std::vector<std::string>{
            "Built an efficient feature pipeline that cut nightly runtime from 6 h to 2 h.",
            "Ran an effective A/B test of the ranking model on 10% of traffic.",
            "Deployed the churn model behind a canary release with rollback.",
            "Wrote a feature store client used by 5 teams.",
            "Set up drift monitoring in Grafana for 3 models."});
  // Paragraph numbers: an empty paragraph counts; table cells are paragraphs too.
  CHECK(lines == std::vector<size_t>{3, 4, 5, 8, 9});
  // "Experience" uses a localized style id whose name is "heading 1".
  CHECK(r.items[1].kind == ItemKind::kHeading);
  CHECK(r.items[1].text == "Experience");
  CHECK(r.items[4].section == "Experience");
  CHECK(r.items[7].section == "Projects");
  std::vector<std::string> health;
  for (const Finding& f : r.findings) {
    if (f.rule.rfind("parse-", 0) == 0) health.push_back(f.rule + " " + f.message);
  }
  CHECK(health ==
        std::vector<std::string>{"parse-ligature a parser reads \"ef ﬁ cient\", not \"efficient\": "
                                 "the text holds a ligature glyph",
                                 "parse-ligature a parser reads \"eﬀective\", not \"effective\": "
                                 "the text holds a ligature glyph",
                                 "parse-ligature a parser reads \"traﬃc\", not \"traffic\": the "
                                 "text holds a ligature glyph",
                                 "parse-unmapped-glyph glyph U+F0B7 has no Unicode meaning (used "
                                 "once): a parser shows it as a box or drops it"});
  // The repaired word's finding marks the broken word in the paragraph.
  for (const Finding& f : r.findings) {
    if (f.rule != "parse-ligature") continue;
    CHECK(r.source.PositionOf(f.begin).line == 3);
    CHECK(r.source.bytes().substr(f.begin, f.end - f.begin) == "ef ﬁ cient");
    break;
  }
}

TEST_CASE("DOCX: damaged archives and archives that are not Word documents are errors") {
  std::string real =
      testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/docx/cv-libreoffice.docx"));
  FileResult truncated = testing::ProcessText("cv.docx", real.substr(0, real.size() / 2));
  REQUIRE(truncated.error);
  CHECK(truncated.error->message.find("cannot read this DOCX") == 0);
  FileResult not_word = RunFixture("tests/fixtures/docx/not-word.docx");
  REQUIRE(not_word.error);
  CHECK(not_word.error->message.find("not a DOCX: the archive has no word/document.xml") == 0);
  FileResult text = testing::ProcessText("cv.docx", "plain text\n");
  REQUIRE(text.error);
  CHECK(text.error->message.find("not a DOCX") == 0);
}

}  // namespace
}  // namespace hirelint
