#include "core/source_file.h"

#include <algorithm>

namespace hirelint {

SourceFile::SourceFile(std::string display_path, std::string bytes)
    : path_(std::move(display_path)), bytes_(std::move(bytes)) {
  if (bytes_.compare(0, 3, "\xEF\xBB\xBF") == 0) bom_length_ = 3;
  line_starts_.push_back(0);
  const size_t n = bytes_.size();
  for (size_t i = 0; i < n; ++i) {
    char c = bytes_[i];
    if (c == '\n') {
      line_starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < n && bytes_[i + 1] == '\n') continue;  // "\r\n": the '\n' ends the line
      line_starts_.push_back(i + 1);
    }
  }
}

Position SourceFile::PositionOf(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  if (line_index == 0) start = std::max(start, std::min(bom_length_, offset));
  size_t column = 1;
  for (size_t i = start; i < offset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++column;
  }
  Position p{line_index + 1, column, 0};
  if (!page_starts_.empty()) {
    auto page = std::upper_bound(page_starts_.begin(), page_starts_.end(), p.line);
    if (page != page_starts_.begin()) {
      p.page = static_cast<size_t>(page - page_starts_.begin());
      p.line = p.line - *(page - 1) + 1;
    }
  }
  return p;
}

size_t SourceFile::FileLine(const Position& p) const {
  if (p.page == 0 || p.page > page_starts_.size()) return p.line;
  return page_starts_[p.page - 1] + p.line - 1;
}

size_t SourceFile::LineStart(size_t line) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return bytes_.size();
  return line_starts_[line - 1];
}

size_t SourceFile::LineEnd(size_t line) const {
  size_t end = line < line_starts_.size() ? line_starts_[line] : bytes_.size();
  size_t start = LineStart(line);
  while (end > start && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
  return end;
}

Error InputErrorAt(const SourceFile& file, size_t offset, std::string message) {
  Error e = WholeFileError(file, std::move(message));
  Position p = file.PositionOf(offset);
  e.line = p.line;
  e.column = p.column;
  return e;
}

Error WholeFileError(const SourceFile& file, std::string message) {
  Error e;
  e.kind = ErrorKind::kInput;
  e.path = file.path();
  e.message = std::move(message);
  return e;
}

}  // namespace hirelint
