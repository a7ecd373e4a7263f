#pragma once
// A file's original bytes and the index that turns byte offsets into line and column.
// Positions everywhere in hirelint are UTF-8 byte offsets into `bytes`; line and column
// (1-based, column counted in Unicode code points) are computed only when reporting.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace hirelint {

struct Position {
  size_t line = 0;    // 1-based; within `page` when the file has pages
  size_t column = 0;
  size_t page = 0;    // 1-based page of a paged view (a PDF's text); 0 when the file has none
};

class SourceFile {
 public:
  SourceFile() = default;
  // `display_path` is what reports show ("-" is shown as "<stdin>").
  SourceFile(std::string display_path, std::string bytes);

  const std::string& path() const { return path_; }
  const std::string& bytes() const { return bytes_; }
  // Length of a leading UTF-8 byte order mark (0 or 3); extractors start after it.
  size_t bom_length() const { return bom_length_; }

  // Line breaks are "\n", "\r\n" and a lone "\r". An offset at a line break belongs to the
  // line it ends. A BOM is not counted as a column.
  Position PositionOf(size_t offset) const;
  // Byte offset of the first byte of `line` (1-based); bytes().size() past the end.
  size_t LineStart(size_t line) const;
  // Byte offset one past the last content byte of `line` (before its line break).
  size_t LineEnd(size_t line) const;
  size_t line_count() const { return line_starts_.size(); }

  // Paged views (a PDF's extracted text): `first_lines[i]` is the 1-based file line that starts
  // page i + 1, ascending. From then on PositionOf reports the page and the line within it.
  void SetPageStarts(std::vector<size_t> first_lines) { page_starts_ = std::move(first_lines); }
  bool paged() const { return !page_starts_.empty(); }
  // The 1-based line of the whole file that `p` (from PositionOf) names.
  size_t FileLine(const Position& p) const;

 private:
  std::string path_;
  std::string bytes_;
  size_t bom_length_ = 0;
  std::vector<size_t> line_starts_;
  std::vector<size_t> page_starts_;
};

// An input error at byte `offset` of `file` (line and column filled in), or about the whole
// file (no position): the errors extractors return.
Error InputErrorAt(const SourceFile& file, size_t offset, std::string message);
Error WholeFileError(const SourceFile& file, std::string message);

}  // namespace hirelint
