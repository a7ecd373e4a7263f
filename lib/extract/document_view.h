#pragma once
// The text view of a binary document (PDF, DOCX). Such files have no bytes a user edits, so
// their extractors recover lines of text (a PDF's rebuilt lines, a DOCX's paragraphs) and group
// them into blocks; BuildDocumentView writes the lines into a synthetic text file (one line
// each, pages recorded) and turns the blocks into Items whose spans point into it, so the usual
// line and column machinery reports `cv.pdf:2:14` (page 2, line 14) or a paragraph number.
//
// It also runs the text-level parse-health checks every binary format shares: ligatures and
// words broken around them ("ef ﬁ cient"), and glyphs with no Unicode mapping.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/item.h"

namespace hirelint {

// Rule ids of the parse-health rules (lexicons/rules/<id>.yaml).
inline constexpr const char* kRuleParseNoText = "parse-no-text";
inline constexpr const char* kRuleParseLigature = "parse-ligature";
inline constexpr const char* kRuleParseUnmappedGlyph = "parse-unmapped-glyph";
inline constexpr const char* kRuleParseColumns = "parse-columns-interleave";
inline constexpr const char* kRuleParseSplitBullet = "parse-bullet-split-page";

struct ViewLine {
  std::string text;  // UTF-8, no line breaks
  size_t page = 0;   // 1-based page; 0 for formats without pages
};

// Bytes [begin, end) of line `line`'s text.
struct ViewSpan {
  size_t line = 0;
  size_t begin = 0;
  size_t end = 0;
};

// One future item: its spans are joined with word breaks, in order.
struct ViewBlock {
  ItemKind kind = ItemKind::kSummary;
  int level = 0;  // headings
  std::vector<ViewSpan> spans;
};

// A parse-health observation that marks a whole line (or, with no lines, the start of the file).
struct ViewIssue {
  std::string rule;
  size_t line = 0;
  std::map<std::string, std::string> vars;
};

struct DocumentViewOptions {
  size_t page_count = 0;           // pages of a paged format (pages without text included)
  size_t min_paragraph_words = 6;  // shorter summaries are dropped, as in Markdown
};

// Builds the view, the items (sections assigned as in Markdown: the nearest heading at the
// shallowest level used more than once) and the issues, in file order.
Extraction BuildDocumentView(const std::string& path, const std::vector<ViewLine>& lines,
                             const std::vector<ViewBlock>& blocks,
                             const std::vector<ViewIssue>& issues,
                             const DocumentViewOptions& options);

// Length of a leading bullet glyph (•, ▪, ■, ◦, ●, ‣, –, -, *, or a private-use glyph such as a
// Symbol-font bullet) and the blanks after it in `text`, or 0. A glyph must be followed by a
// blank or end the text, so "-5%" is not a bullet.
size_t BulletGlyphLength(const std::string& text);

// True for a code point with no usable Unicode meaning in extracted text: U+FFFD, the private
// use area (U+E000-U+F8FF) and C0 controls other than tab.
bool IsUnmappedGlyph(char32_t c);

// Decodes the UTF-8 sequence at `at` (which must be valid or truncated: a bad byte decodes as
// U+FFFD with length 1). Returns the code point and sets *length.
char32_t DecodeUtf8(const std::string& s, size_t at, size_t* length);

}  // namespace hirelint
