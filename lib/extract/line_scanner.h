#pragma once
// Helpers shared by the line-based extractors (text, Markdown).

#include <cstddef>
#include <string>
#include <vector>

namespace hirelint {

struct Line {
  size_t begin;  // first byte of the line's content
  size_t end;    // one past its last content byte (line break excluded)
};

// Splits [begin, bytes.size()) at "\n", "\r\n" and lone "\r".
std::vector<Line> SplitLines(const std::string& bytes, size_t begin);

// Length of a leading bullet glyph and the blanks after it ("- ", "* ", "• ", "– ", "1. ",
// "2) "), or 0 when the text at `at` does not start with one. A glyph must be followed by a
// blank (or end the line) so "-5%" and "*emphasis*" are not bullets.
size_t BulletMarkerLength(const std::string& bytes, size_t at, size_t end, bool allow_numbers);

bool IsBlank(char c);
// Words of an item's cleaned text: runs of bytes between single spaces (cleaned text has no
// tabs or line breaks).
size_t CountWords(const std::string& text);
size_t SkipBlanks(const std::string& bytes, size_t at, size_t end);
size_t TrimBlanksEnd(const std::string& bytes, size_t begin, size_t end);

}  // namespace hirelint
