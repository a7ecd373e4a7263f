#pragma once
// Reads a file or standard input one line at a time through a fixed buffer, so a JSONL batch
// of any size is streamed with memory bounded by the longest line allowed.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>

#include "core/error.h"

namespace hirelint {

class LineReader {
 public:
  // Opens `path` ("-" reads standard input, shown as "<stdin>"). A line longer than
  // `max_line_bytes` is not kept (see Next).
  static Result<std::unique_ptr<LineReader>> Open(const std::string& path, size_t max_line_bytes);

  // The next line without its line break ("\n" or "\r\n"), its 1-based number and the byte
  // offset of its first byte. A leading UTF-8 byte order mark is dropped from line 1. Returns
  // false at the end of input, or after a read error (then error() is set). A line past the
  // limit is consumed to its end and returned empty with *too_long set.
  bool Next(std::string* line, size_t* line_number, uint64_t* offset, bool* too_long);

  const std::string& path() const { return shown_; }
  uint64_t bytes_read() const { return consumed_; }
  const std::optional<Error>& error() const { return error_; }

 private:
  LineReader() = default;
  bool Fill();

  std::string shown_;
  std::unique_ptr<std::ifstream> file_;
  std::istream* in_ = nullptr;
  size_t max_line_bytes_ = 0;
  std::unique_ptr<char[]> buffer_;
  size_t size_ = 0;        // bytes in buffer_
  size_t pos_ = 0;         // next unread byte in buffer_
  uint64_t consumed_ = 0;  // bytes of input handed out as lines (with their breaks)
  size_t line_number_ = 0;
  bool eof_ = false;
  std::optional<Error> error_;
};

}  // namespace hirelint
