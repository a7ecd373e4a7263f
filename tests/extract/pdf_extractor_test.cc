// The PDF extractor on fixtures made by LibreOffice, pdflatex and groff
// (tests/fixtures/pdf/make_fixtures.sh), and the layout rules on words placed by hand.

#include <doctest/doctest.h>

#include "extract/pdf_layout.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

FileResult RunFixture(const std::string& relative) {
  return testing::SharedEngine().Run(testing::SourcePath(relative), RunOptions());
}

std::vector<std::string> Bullets(const FileResult& r) {
  std::vector<std::string> out;
  for (const Item& item : r.items) {
    if (item.kind == ItemKind::kBullet) out.push_back(item.text);
  }
  return out;
}

std::vector<const Finding*> FindingsOf(const FileResult& r, const std::string& rule) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.rule == rule) out.push_back(&f);
  }
  return out;
}

// The bullets of tests/fixtures/pdf/src/cv.md, in order.
const std::vector<std::string> kCvBullets = {
    "Reduced p99 latency of the fraud-scoring API from 120 ms to 68 ms by moving feature lookups "
    "to a Redis feature store, saving $12k/month in compute.",
    "Built a chargeback prediction pipeline end to end: a Spark feature pipeline over 18 months of "
    "transactions, a LightGBM model with AUC from 0.78 to 0.86 offline, a shadow deployment on "
    "2.3M requests per day, and drift alerts that trigger weekly retraining.",
    "Responsible for the on-call rotation of the payments gateway.",
    "Helped with the migration to Kubernetes.",
    "Trained an image classifier with 94% validation accuracy.",
    "Scaled the product search API to 9,000 requests per second during holiday peaks with "
    "autoscaling on 12 nodes.",
    "Worked on various internal tools for the search team.",
    "Built large-scale data pipelines.",
    "Python, Go, SQL, Spark, PyTorch, LightGBM, Kubernetes, Redis",
};

TEST_CASE("PDF (LibreOffice): bullets in order with wrapped lines joined, headings give sections") {
  FileResult r = RunFixture("tests/fixtures/pdf/cv-libreoffice.pdf");
  REQUIRE_FALSE(r.error);
  CHECK(Bullets(r) == kCvBullets);
  std::vector<std::string> headings;
  for (const Item& item : r.items) {
    if (item.kind == ItemKind::kHeading) headings.push_back(item.text);
  }
  CHECK(headings ==
        std::vector<std::string>{"Alex Morgan", "Summary", "Experience",
                                 "Northwind Payments, Senior Software Engineer, 2021 to present",
                                 "Contoso Retail, Software Engineer, 2018 to 2021", "Skills"});
  for (const Item& item : r.items) {
    if (item.text.rfind("Python", 0) == 0) CHECK(item.section == "Skills");
    if (item.text.rfind("Reduced", 0) == 0) CHECK(item.section == "Experience");
  }
  // A clean export: nothing for the parse-health rules.
  for (const Finding& f : r.findings) CHECK(f.rule.rfind("parse-", 0) != 0);
}

TEST_CASE("PDF (pdflatex): the same bullets; its Type 3 bullet glyph is reported once") {
  FileResult r = RunFixture("tests/fixtures/pdf/cv-pdflatex.pdf");
  REQUIRE_FALSE(r.error);
  CHECK(Bullets(r) == kCvBullets);
  auto glyphs = FindingsOf(r, "parse-unmapped-glyph");
  REQUIRE(glyphs.size() == 1);
  CHECK(glyphs[0]->message.find("(used 9 times)") != std::string::npos);
}

TEST_CASE("PDF positions: page and line of the rebuilt text; findings say page:line") {
  FileResult r = RunFixture("tests/fixtures/pdf/split-bullet.pdf");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.source.paged());
  const Item* last = nullptr;
  for (const Item& item : r.items) last = &item;
  REQUIRE(last != nullptr);
  Position p = r.source.PositionOf(last->SourceBegin());
  CHECK(p.page == 2);
  CHECK(p.line == 3);  // after the two lines that end the bullet begun on page 1
  CHECK(last->text ==
        "Scaled the product search API to 9,000 requests per second during holiday peaks.");
}

TEST_CASE("PDF: a bullet split across pages is joined, past the page number, and reported") {
  FileResult r = RunFixture("tests/fixtures/pdf/split-bullet.pdf");
  REQUIRE_FALSE(r.error);
  std::vector<std::string> bullets = Bullets(r);
  REQUIRE(bullets.size() == 4);
  CHECK(
      bullets[2] ==
      "Built a chargeback prediction pipeline end to end: a Spark feature pipeline over 18 months "
      "of transactions, a LightGBM model with AUC from 0.78 to 0.86 offline, a shadow deployment "
      "on 2.3M requests per day, and drift alerts in Grafana that trigger weekly retraining when "
      "the population stability index passes 0.2.");
  auto split = FindingsOf(r, "parse-bullet-split-page");
  REQUIRE(split.size() == 1);
  Position p = r.source.PositionOf(split[0]->begin);
  CHECK(p.page == 2);
  CHECK(p.line == 1);
  CHECK(split[0]->message.find("page 1") != std::string::npos);
}

TEST_CASE("PDF (groff): two columns are read column by column and reported") {
  FileResult r = RunFixture("tests/fixtures/pdf/two-column.pdf");
  REQUIRE_FALSE(r.error);
  std::vector<std::string> bullets = Bullets(r);
  REQUIRE(bullets.size() == 14);
  CHECK(bullets[0] ==
        "Reduced p99 latency of the ranking service from 90 ms to 40 ms by caching embeddings in "
        "Redis.");
  CHECK(bullets[6] == "Wrote a feature store client used by 5 teams to serve 2M lookups per day.");
  // The right column starts with the end of the Projects section, then Education.
  CHECK(bullets[7] ==
        "Set up drift monitoring in Grafana that pages the on-call engineer within 10 minutes.");
  CHECK(bullets[8] ==
        "BSc in Computer Science, University of Leeds, 2015, with a thesis on search ranking.");
  CHECK(bullets[13] == "Mentored 3 junior engineers through their first on-call rotations.");
  CHECK(r.items.front().text == "Sam Lee");  // the centred name spans the gutter
  auto columns = FindingsOf(r, "parse-columns-interleave");
  REQUIRE(columns.size() == 1);
  CHECK(columns[0]->message.find("page 1") == 0);
}

TEST_CASE("PDF: an image-only file has no items and one parse-no-text error") {
  FileResult r = RunFixture("tests/fixtures/pdf/image-only.pdf");
  REQUIRE_FALSE(r.error);
  CHECK(r.items.empty());
  auto none = FindingsOf(r, "parse-no-text");
  REQUIRE(none.size() == 1);
  CHECK(none[0]->severity == Severity::kError);
  CHECK(r.findings.size() == 1);
}

TEST_CASE("PDF: damaged, truncated and misnamed input are errors, not crashes") {
  FileResult garbage = testing::ProcessText("cv.pdf", "%PDF-1.4\nthis is not a PDF body\n");
  REQUIRE(garbage.error);
  CHECK(garbage.error->message.find("cannot read this PDF") == 0);
  std::string real =
      testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/pdf/cv-libreoffice.pdf"));
  FileResult truncated = testing::ProcessText("cv.pdf", real.substr(0, real.size() / 3));
  REQUIRE(truncated.error);
  CHECK(truncated.error->message.find("cannot read this PDF") == 0);
  FileResult text = testing::ProcessText("cv.pdf", "just text\n");
  REQUIRE(text.error);
  CHECK(text.error->message.find("not a PDF") == 0);
}

// Layout rules on hand-placed words: 10 pt body text, one word per box.
PdfWord Word(const std::string& text, double x, double y, double size = 10, bool bold = false) {
  PdfWord w;
  w.text = text;
  w.x0 = x;
  w.x1 = x + 6.0 * text.size();
  w.y0 = y;
  w.y1 = y + size;
  w.font_size = size;
  w.space_after = true;
  w.bold = bold;
  return w;
}

void AddLine(PdfPage* page, double x, double y, const std::string& text, double size = 10) {
  size_t at = 0;
  while (at < text.size()) {
    size_t space = text.find(' ', at);
    if (space == std::string::npos) space = text.size();
    std::string word = text.substr(at, space - at);
    page->words.push_back(Word(word, x, y, size));
    x += 6.0 * word.size() + 4;
    at = space + 1;
  }
}

std::vector<std::string> BlockTexts(const PdfLayout& layout, ItemKind kind) {
  Extraction e = BuildDocumentView("t.pdf", layout.lines, layout.blocks, layout.issues, {});
  std::vector<std::string> out;
  for (const Item& item : e.items) {
    if (item.kind == kind) out.push_back(item.text);
  }
  return out;
}

TEST_CASE("PDF layout: hanging indents join, a new glyph starts a bullet, big text is a heading") {
  PdfPage page;
  page.width = 600;
  page.height = 800;
  AddLine(&page, 50, 50, "Experience", 14);
  AddLine(&page, 50, 80, "• Reduced latency of the search API from 90 ms to 40 ms by caching");
  AddLine(&page, 62, 92, "results in Redis.");
  AddLine(&page, 50, 104, "• Cut build time by 60%.");
  AddLine(&page, 50, 116, "- Wrote the runbook.");
  AddLine(&page, 290, 780, "3");  // a page number, not an item
  PdfLayout layout = LayOutPdf({page});
  CHECK(BlockTexts(layout, ItemKind::kBullet) ==
        std::vector<std::string>{
            "Reduced latency of the search API from 90 ms to 40 ms by caching results in Redis.",
            "Cut build time by 60%.", "Wrote the runbook."});
  CHECK(BlockTexts(layout, ItemKind::kHeading) == std::vector<std::string>{"Experience"});
  CHECK(layout.issues.empty());
}

TEST_CASE("PDF layout: a line after a gap or after a short line is not joined") {
  PdfPage page;
  page.width = 600;
  page.height = 800;
  AddLine(&page, 50, 50,
          "• Cut build time from 40 minutes to 12 minutes by caching the Docker layers");
  // Far below the bullet, at the bullet's text indent: not a wrapped line of it.
  AddLine(&page, 62, 90, "Contoso Retail Software Engineer 2018 to 2021");
  // Flush under a short line: a new paragraph, not a wrapped one.
  AddLine(&page, 62, 102, "Seattle office and the remote platform team");
  PdfLayout layout = LayOutPdf({page});
  CHECK(BlockTexts(layout, ItemKind::kBullet) ==
        std::vector<std::string>{
            "Cut build time from 40 minutes to 12 minutes by caching the Docker layers"});
  CHECK(BlockTexts(layout, ItemKind::kSummary) ==
        std::vector<std::string>{"Contoso Retail Software Engineer 2018 to 2021",
                                 "Seattle office and the remote platform team"});
}

TEST_CASE("PDF layout: one column has no split; a page with no words reports no text") {
  PdfPage page;
  page.width = 600;
  page.height = 800;
  for (int i = 0; i < 30; ++i) {
    AddLine(&page, 50, 50 + 12 * i,
            "Shipped the ranking model to production with canary rollouts and alerts");
  }
  CHECK(FindColumnSplit(page) < 0);
  PdfPage empty;
  empty.width = 600;
  empty.height = 800;
  PdfLayout layout = LayOutPdf({empty, empty});
  REQUIRE(layout.issues.size() == 1);
  CHECK(layout.issues[0].rule == "parse-no-text");
  CHECK(layout.issues[0].vars.at("where") == "any of its 2 pages");
}

}  // namespace
}  // namespace hirelint
