// The text view shared by the PDF and DOCX extractors: items over synthetic lines, ligature
// repair mapped back to the view, unmapped glyphs reported once each, pages recorded.

#include "extract/document_view.h"

#include <doctest/doctest.h>

namespace hirelint {
namespace {

ViewBlock Block(ItemKind kind, std::vector<ViewSpan> spans, int level = 0) {
  ViewBlock b;
  b.kind = kind;
  b.level = level;
  b.spans = std::move(spans);
  return b;
}

TEST_CASE("Document view: spans join across lines; ligatures are repaired and mapped back") {
  std::vector<ViewLine> lines = {
      {"Experience", 1}, {"• Built an ef ﬁ cient and", 1}, {"ﬂexible pipeline.", 2}};
  std::vector<ViewBlock> blocks = {
      Block(ItemKind::kHeading, {{0, 0, 10}}, 1),
      Block(ItemKind::kBullet, {{1, 4, lines[1].text.size()}, {2, 0, lines[2].text.size()}})};
  DocumentViewOptions options;
  options.page_count = 2;
  Extraction e = BuildDocumentView("cv.pdf", lines, blocks, {}, options);
  REQUIRE(e.view);
  REQUIRE(e.items.size() == 2);
  const Item& bullet = e.items[1];
  CHECK(bullet.text == "Built an efficient and flexible pipeline.");
  CHECK(bullet.section == "Experience");
  // "flexible" starts on page 2, line 1 of the view.
  Position p = e.view->PositionOf(bullet.map.ToSource(bullet.text.find("flexible")));
  CHECK(p.page == 2);
  CHECK(p.line == 1);
  CHECK(p.column == 1);
  REQUIRE(e.issues.size() == 2);
  CHECK(e.issues[0].rule == "parse-ligature");
  CHECK(e.issues[0].vars.at("found") == "ef ﬁ cient");
  CHECK(e.issues[0].vars.at("word") == "efficient");
  CHECK(e.issues[1].vars.at("found") == "ﬂexible");
}

TEST_CASE("Document view: unmapped glyphs are dropped from the text and reported once each") {
  std::vector<ViewLine> lines = {{"Cut cost \xEF\x80\xA8 by 20% \xEF\xBF\xBD and", 0},
                                 {"Cut time \xEF\x80\xA8 by 30%", 0}};
  std::vector<ViewBlock> blocks = {Block(ItemKind::kBullet, {{0, 0, lines[0].text.size()}}),
                                   Block(ItemKind::kBullet, {{1, 0, lines[1].text.size()}})};
  Extraction e = BuildDocumentView("cv.docx", lines, blocks, {}, DocumentViewOptions());
  REQUIRE(e.items.size() == 2);
  CHECK(e.items[0].text == "Cut cost by 20% and");
  CHECK_FALSE(e.view->paged());
  REQUIRE(e.issues.size() == 2);
  CHECK(e.issues[0].vars.at("glyph") == "U+F028");
  CHECK(e.issues[0].vars.at("count") == "2 times");
  CHECK(e.issues[1].vars.at("glyph") == "U+FFFD");
  CHECK(e.issues[1].vars.at("count") == "once");
}

TEST_CASE("Document view: short summaries are dropped; a line issue marks the whole line") {
  std::vector<ViewLine> lines = {{"Seattle, WA", 1}, {"A longer summary of six words here.", 1}};
  std::vector<ViewBlock> blocks = {Block(ItemKind::kSummary, {{0, 0, 11}}),
                                   Block(ItemKind::kSummary, {{1, 0, lines[1].text.size()}})};
  std::vector<ViewIssue> issues = {{kRuleParseColumns, 1, {{"page", "1"}}}};
  DocumentViewOptions options;
  options.page_count = 1;
  Extraction e = BuildDocumentView("cv.pdf", lines, blocks, issues, options);
  REQUIRE(e.items.size() == 1);
  CHECK(e.items[0].text == "A longer summary of six words here.");
  REQUIRE(e.issues.size() == 1);
  CHECK(e.issues[0].begin == 12);
  CHECK(e.issues[0].end == 12 + lines[1].text.size());
}

TEST_CASE("BulletGlyphLength: glyphs need a blank after them") {
  CHECK(BulletGlyphLength("• Built") == 4);
  CHECK(BulletGlyphLength("▪  Built") == 5);
  CHECK(BulletGlyphLength("– Built") == 4);
  CHECK(BulletGlyphLength("- Built") == 2);
  CHECK(BulletGlyphLength("* Built") == 2);
  CHECK(BulletGlyphLength("\xEF\x82\xB7\tBuilt") == 4);  // a Symbol-font bullet, U+F0B7
  CHECK(BulletGlyphLength("-5% churn") == 0);
  CHECK(BulletGlyphLength("Built") == 0);
  CHECK(BulletGlyphLength("") == 0);
}

}  // namespace
}  // namespace hirelint
