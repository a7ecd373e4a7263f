#include <doctest/doctest.h>

#include "support/test_support.h"

namespace hirelint {
namespace {

std::vector<Item> Bullets(const SourceFile& file) {
  auto r = ExtractMarkdown(file, ExtractMode::kBullets);
  REQUIRE(r.ok());
  std::vector<Item> out;
  for (auto& item : r.value().items) {
    if (item.kind == ItemKind::kBullet) out.push_back(item);
  }
  return out;
}

TEST_CASE("ExtractMarkdown: wrapped continuation lines join the bullet") {
  SourceFile file("cv.md",
                  "## Experience\n"
                  "* Built a pipeline that moved records\n"
                  "from the legacy system\n"
                  "  and cut costs by 30%\n"
                  "* Next bullet\n");
  auto bullets = Bullets(file);
  REQUIRE(bullets.size() == 2);
  CHECK(bullets[0].text == "Built a pipeline that moved records from the legacy system and cut costs by 30%");
  CHECK(bullets[0].section == "Experience");
  size_t at = bullets[0].text.find("30%");
  CHECK(file.PositionOf(bullets[0].map.ToSource(at)).line == 4);
  CHECK(file.PositionOf(bullets[0].map.ToSource(at)).column == 20);
}

TEST_CASE("ExtractMarkdown: nested lists are separate bullets; sections come from headings") {
  SourceFile file("cv.md",
                  "# Jordan Rivera\n\n"
                  "## Experience\n\n"
                  "### Acme | 2021 - present\n\n"
                  "- Led the migration\n"
                  "  - Wrote the runbook\n"
                  "1. Numbered bullet\n\n"
                  "## Projects\n\n"
                  "+ A side project\n");
  auto bullets = Bullets(file);
  REQUIRE(bullets.size() == 4);
  CHECK(bullets[0].text == "Led the migration");
  CHECK(bullets[1].text == "Wrote the runbook");
  CHECK(file.PositionOf(bullets[1].SourceBegin()).column == 5);
  CHECK(bullets[1].section == "Experience");
  CHECK(bullets[2].text == "Numbered bullet");
  CHECK(bullets[3].section == "Projects");
}

TEST_CASE("ExtractMarkdown: code, comments, front matter and URLs are not prose") {
  SourceFile file("cv.md",
                  "---\ntitle: CV\nlayout: page\n---\n"
                  "<!-- - a commented-out bullet -->\n"
                  "```\n- not a bullet\n```\n"
                  "- Built **the** [ranking API](https://example.com/api) in `Go`, see https://example.com\n"
                  "- Cut cost &amp; time by 2\\*\n");
  auto bullets = Bullets(file);
  REQUIRE(bullets.size() == 2);
  CHECK(bullets[0].text == "Built the ranking API in Go, see");
  CHECK(bullets[1].text == "Cut cost & time by 2*");
  size_t api = bullets[0].text.find("ranking");
  CHECK(file.PositionOf(bullets[0].map.ToSource(api)).column == 18);
}

TEST_CASE("ExtractMarkdown: setext headings, paragraphs and table cells") {
  SourceFile file("cv.md",
                  "Summary\n=======\n\n"
                  "I am an engineer who builds production machine learning systems end to end.\n\n"
                  "Short line\n\n"
                  "| Role | What |\n|---|---|\n| Engineer | - Shipped a fraud model |\n");
  auto r = ExtractMarkdown(file, ExtractMode::kBullets);
  REQUIRE(r.ok());
  const auto& items = r.value().items;
  // "Short line" and the cells "Role", "What", "Engineer" are too short to be prose.
  REQUIRE(items.size() == 3);
  CHECK(items[0].kind == ItemKind::kHeading);
  CHECK(items[0].text == "Summary");
  CHECK(items[1].kind == ItemKind::kSummary);
  CHECK(items[1].section == "Summary");
  CHECK(items[2].kind == ItemKind::kBullet);  // a bullet inside a table cell
  CHECK(items[2].text == "Shipped a fraud model");
  CHECK(file.PositionOf(items[2].SourceBegin()).line == 10);
  CHECK(file.PositionOf(items[2].SourceBegin()).column == 16);
}

TEST_CASE("ExtractMarkdown in story mode: each second-level heading starts a story") {
  SourceFile file("stories.md",
                  "# My stories\n\nIntro text here.\n\n"
                  "## Drift incident\n\nSituation: the model drifted.\n- I added alerts\n\n"
                  "## Cost cut\n\nWe cut costs by 30%.\n");
  auto r = ExtractMarkdown(file, ExtractMode::kStories);
  REQUIRE(r.ok());
  const auto& items = r.value().items;
  REQUIRE(items.size() == 2);
  CHECK(items[0].kind == ItemKind::kStory);
  CHECK(items[0].id == "Drift incident");
  CHECK(items[0].text == "Situation: the model drifted. I added alerts.");
  CHECK(items[1].text == "We cut costs by 30%.");
  size_t at = items[1].text.find("30%");
  CHECK(file.PositionOf(items[1].map.ToSource(at)).line == 12);
}

}  // namespace
}  // namespace hirelint
