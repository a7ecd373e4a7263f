// One CV, three formats: tests/fixtures/pdf/src/cv.md, and the PDF and DOCX LibreOffice makes
// from it (plus the PDF pdflatex makes from cv.tex, the same CV) give the same items and the same
// findings, positions aside.

#include <doctest/doctest.h>

#include "support/test_support.h"

namespace hirelint {
namespace {

FileResult RunFixture(const std::string& relative) {
  FileResult r = testing::SharedEngine().Run(testing::SourcePath(relative), RunOptions());
  REQUIRE_MESSAGE(!r.error, (r.error ? r.error->ToString() : std::string()));
  return r;
}

// Every item as kind | section | text | score, in order.
std::vector<std::string> ItemRows(const FileResult& r) {
  std::vector<std::string> out;
  for (size_t i = 0; i < r.items.size(); ++i) {
    const Item& item = r.items[i];
    out.push_back(std::string(ItemKindName(item.kind)) + " | " + item.section + " | " + item.text +
                  " | " + std::to_string(r.scores[i]));
  }
  return out;
}

// Every finding without its position; parse-health findings (about the file, not the CV's
// content) only when `with_parse_health`.
std::vector<std::string> FindingRows(const FileResult& r, bool with_parse_health) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    if (!with_parse_health && f.rule.rfind("parse-", 0) == 0) continue;
    std::string item = f.item >= 0 ? r.items[static_cast<size_t>(f.item)].text : "(file)";
    out.push_back(f.rule + " | " + SeverityName(f.severity) + " | " + f.message + " | " +
                  f.suggestion + " | " + item);
  }
  return out;
}

TEST_CASE("Same CV in Markdown, PDF and DOCX: same bullets and same findings") {
  FileResult markdown = RunFixture("tests/fixtures/pdf/src/cv.md");
  FileResult pdf = RunFixture("tests/fixtures/pdf/cv-libreoffice.pdf");
  FileResult docx = RunFixture("tests/fixtures/docx/cv-libreoffice.docx");
  REQUIRE(ItemRows(markdown).size() == 16);
  REQUIRE(FindingRows(markdown, true).size() == 10);
  CHECK(ItemRows(pdf) == ItemRows(markdown));
  CHECK(ItemRows(docx) == ItemRows(markdown));
  // The LibreOffice exports parse cleanly, so even the parse-health findings agree (none).
  CHECK(FindingRows(pdf, true) == FindingRows(markdown, true));
  CHECK(FindingRows(docx, true) == FindingRows(markdown, true));
}

TEST_CASE("Same CV typeset by pdflatex: same items and content findings, plus its glyph report") {
  FileResult markdown = RunFixture("tests/fixtures/pdf/src/cv.md");
  FileResult latex = RunFixture("tests/fixtures/pdf/cv-pdflatex.pdf");
  CHECK(ItemRows(latex) == ItemRows(markdown));
  CHECK(FindingRows(latex, false) == FindingRows(markdown, false));
  std::vector<std::string> health = FindingRows(latex, true);
  CHECK(health.size() == FindingRows(markdown, true).size() + 1);
}

}  // namespace
}  // namespace hirelint
