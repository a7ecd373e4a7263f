#pragma once
// PDF layout: from the words poppler places on each page to lines in reading order, then to
// blocks (bullets with their wrapped lines, headings, paragraphs). Kept apart from poppler so
// it can be tested on words placed by hand.

#include <cstddef>
#include <string>
#include <vector>

#include "extract/document_view.h"

namespace hirelint {

// A word as poppler's text_list gives it; coordinates in points, origin at the top left.
struct PdfWord {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double font_size = 0;
  bool space_after = false;
  bool bold = false;  // the font's name says bold (Bold, BX, Black, Heavy, Semibold, Demi)
};

struct PdfPage {
  double width = 0;
  double height = 0;
  std::vector<PdfWord> words;
};

// A rebuilt line: words on one baseline within one column, joined left to right.
struct PdfLine {
  std::string text;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  double font_size = 0;         // the largest on the line
  bool bold = false;            // every word bold
  size_t first_word_bytes = 0;  // length of the first word's text
  double second_x0 = 0;         // left edge of the second word (x1 when there is none)
  size_t page = 0;              // 1-based
  int column = 0;               // 0: full width or the left column; 1: the right column
};

// The x where a page splits into two columns, found as a vertical band that almost no word
// crosses with text on both sides of it; negative when the page has one column.
double FindColumnSplit(const PdfPage& page);

// The page's lines in reading order: lines spanning both columns above them, the left column,
// the right column, then any other spanning lines. `page_number` is 1-based.
std::vector<PdfLine> BuildPageLines(const PdfPage& page, size_t page_number);

struct PdfLayout {
  std::vector<ViewLine> lines;
  std::vector<ViewBlock> blocks;
  std::vector<ViewIssue> issues;
};

// Everything from the words of every page: lines (one ViewLine each), blocks and the layout's
// parse-health issues (no text, two columns, bullets split across pages).
PdfLayout LayOutPdf(const std::vector<PdfPage>& pages);

}  // namespace hirelint
