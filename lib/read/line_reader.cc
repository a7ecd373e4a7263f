#include "read/line_reader.h"

#include <cstring>
#include <filesystem>
#include <iostream>

namespace hirelint {
namespace {

constexpr size_t kBufferBytes = 1 << 16;

Error ReadError(const std::string& path, std::string message) {
  Error e;
  e.kind = ErrorKind::kInput;
  e.path = path;
  e.message = std::move(message);
  return e;
}

}  // namespace

Result<std::unique_ptr<LineReader>> LineReader::Open(const std::string& path,
                                                     size_t max_line_bytes) {
  std::unique_ptr<LineReader> r(new LineReader());
  r->max_line_bytes_ = max_line_bytes;
  r->buffer_.reset(new char[kBufferBytes]);
  if (path == "-") {
    r->shown_ = "<stdin>";
    r->in_ = &std::cin;
    return r;
  }
  r->shown_ = path;
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return ReadError(path, "no such file or directory");
  if (std::filesystem::is_directory(status)) {
    return ReadError(path, "is a directory; pass the files in it");
  }
  r->file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*r->file_) return ReadError(path, "cannot open for reading (check its permissions)");
  r->in_ = r->file_.get();
  return r;
}

bool LineReader::Fill() {
  if (eof_) return false;
  in_->read(buffer_.get(), kBufferBytes);
  size_ = static_cast<size_t>(in_->gcount());
  pos_ = 0;
  if (in_->bad()) {
    error_ = ReadError(shown_, "read error");
    eof_ = true;
    return false;
  }
  if (size_ == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

bool LineReader::Next(std::string* line, size_t* line_number, uint64_t* offset, bool* too_long) {
  line->clear();
  *too_long = false;
  if (pos_ >= size_ && !Fill()) return false;
  *offset = consumed_;
  *line_number = ++line_number_;
  bool ended = false;
  while (!ended) {
    if (pos_ >= size_ && !Fill()) break;
    const char* begin = buffer_.get() + pos_;
    const char* nl = static_cast<const char*>(memchr(begin, '\n', size_ - pos_));
    size_t take = nl == nullptr ? size_ - pos_ : static_cast<size_t>(nl - begin);
    if (!*too_long) {
      if (line->size() + take > max_line_bytes_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(begin, take);
      }
    }
    pos_ += take;
    consumed_ += take;
    if (nl != nullptr) {
      ++pos_;
      ++consumed_;
      ended = true;
    }
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  if (*line_number == 1 && line->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    line->erase(0, 3);
    *offset += 3;
  }
  return !error_;
}

}  // namespace hirelint
