#include <doctest/doctest.h>

#include "support/test_support.h"

namespace hirelint {
namespace {

Extraction Extract(const std::string& text) {
  auto r = ExtractText(SourceFile("cv.txt", text), ExtractMode::kBullets);
  REQUIRE(r.ok());
  return r.value();
}

TEST_CASE("ExtractText: each non-empty line is an item, glyphs stripped, positions kept") {
  SourceFile file("cv.txt", "EXPERIENCE\n\n- Cut p99 latency by 40%\n\xE2\x80\xA2 Shipped a model\n  2. Built a feature store\n");
  auto r = ExtractText(file, ExtractMode::kBullets);
  REQUIRE(r.ok());
  const auto& items = r.value().items;
  REQUIRE(items.size() == 4);
  CHECK(items[0].kind == ItemKind::kHeading);
  CHECK(items[0].text == "EXPERIENCE");
  CHECK(items[1].text == "Cut p99 latency by 40%");
  CHECK(items[1].section == "EXPERIENCE");
  CHECK(file.PositionOf(items[1].SourceBegin()).line == 3);
  CHECK(file.PositionOf(items[1].SourceBegin()).column == 3);
  CHECK(items[2].text == "Shipped a model");
  CHECK(file.PositionOf(items[2].SourceBegin()).column == 3);  // after "• "
  CHECK(items[3].text == "Built a feature store");
  CHECK(file.PositionOf(items[3].SourceBegin()).column == 6);
}

TEST_CASE("ExtractText: without glyphs every line is a bullet, so line numbers identify bullets") {
  auto items = Extract("Trained a model\nDeployed it to production\r\nCut costs by 20%\r").items;
  REQUIRE(items.size() == 3);
  for (const auto& item : items) CHECK(item.kind == ItemKind::kBullet);
}

TEST_CASE("ExtractText: with glyphs, other lines are headings or summaries") {
  auto items = Extract("Skills:\n- Python\nAcme Corp, Senior Engineer, 2020-2023\n- Built things\n").items;
  REQUIRE(items.size() == 4);
  CHECK(items[0].kind == ItemKind::kHeading);
  CHECK(items[0].text == "Skills");
  CHECK(items[1].section == "Skills");
  CHECK(items[2].kind == ItemKind::kHeading);
  CHECK(items[2].level == 2);
  CHECK(items[3].section == "Skills");
}

TEST_CASE("ExtractText: a BOM is skipped") {
  SourceFile file("cv.txt", "\xEF\xBB\xBFShipped a model\n");
  auto r = ExtractText(file, ExtractMode::kBullets);
  REQUIRE(r.ok());
  REQUIRE(r.value().items.size() == 1);
  CHECK(r.value().items[0].text == "Shipped a model");
  CHECK(file.PositionOf(r.value().items[0].SourceBegin()).column == 1);
}

}  // namespace
}  // namespace hirelint
