#pragma once
// A file's original bytes and the index that turns byte offsets into line and column.
// Positions everywhere in hirelint are UTF-8 byte offsets into `bytes`; line and column
// (1-based, column counted in Unicode code points) are computed only when reporting.

#include <cstddef>
#include <string>
#include <vector>

namespace hirelint {

struct Position {
  size_t line = 0;
  size_t column = 0;
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

 private:
  std::string path_;
  std::string bytes_;
  size_t bom_length_ = 0;
  std::vector<size_t> line_starts_;
};

}  // namespace hirelint
