#include "read/reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "core/utf8.h"

namespace hirelint {
namespace fs = std::filesystem;

namespace {

Error InputError(const std::string& path, std::string message) {
  Error e;
  e.kind = ErrorKind::kInput;
  e.path = path;
  e.message = std::move(message);
  return e;
}

// Names a binary format from its leading bytes, so the error can say what the file is.
const char* BinarySignature(const std::string& bytes) {
  struct Signature {
    const char* magic;
    size_t length;
    const char* name;
  };
  static const Signature kSignatures[] = {
      {"%PDF-", 5, "PDF"},          {"\x89PNG", 4, "PNG"},        {"PK\x03\x04", 4, "ZIP (or DOCX)"},
      {"\xFF\xD8\xFF", 3, "JPEG"}, {"GIF8", 4, "GIF"},           {"\x7F" "ELF", 4, "an executable"},
      {"\xD0\xCF\x11\xE0", 4, "a Word 97 document"},             {"\x1F\x8B", 2, "gzip"},
  };
  for (const auto& s : kSignatures) {
    if (bytes.size() >= s.length && bytes.compare(0, s.length, s.magic, s.length) == 0) {
      return s.name;
    }
  }
  return nullptr;
}

}  // namespace

bool IsBinaryDocument(const std::string& path, const std::string& bytes) {
  auto ends_with = [&](const char* ext) {
    const size_t n = std::char_traits<char>::length(ext);
    if (path.size() < n) return false;
    for (size_t i = 0; i < n; ++i) {
      if (std::tolower(static_cast<unsigned char>(path[path.size() - n + i])) != ext[i]) return false;
    }
    return true;
  };
  if (ends_with(".pdf")) return bytes.compare(0, 5, "%PDF-") == 0;
  if (ends_with(".docx")) return bytes.compare(0, 4, "PK\x03\x04") == 0;
  return false;
}

std::optional<Error> ValidateText(const SourceFile& file) {
  const std::string& bytes = file.bytes();
  if (const char* kind = BinarySignature(bytes)) {
    return InputError(file.path(), std::string("not a text file: looks like ") + kind +
                                       "; hirelint reads binary documents only as .pdf or .docx, so "
                                       "rename it or export the CV as Markdown, text or LaTeX");
  }
  if (auto bad = FindInvalidUtf8(bytes)) {
    Position pos = file.PositionOf(*bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
    Error e = InputError(file.path(), std::string("invalid UTF-8 byte ") + hex +
                                          "; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)");
    e.line = pos.line;
    e.column = pos.column;
    return e;
  }
  size_t nul = bytes.find('\0');
  if (nul != std::string::npos) {
    Position pos = file.PositionOf(nul);
    Error e = InputError(file.path(), "not a text file: contains a NUL byte; is it a binary file?");
    e.line = pos.line;
    e.column = pos.column;
    return e;
  }
  return std::nullopt;
}

Result<SourceFile> ReadSource(const std::string& path, const ReadOptions& options) {
  std::string bytes;
  std::string shown = path;
  if (path == "-") {
    shown = "<stdin>";
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
  } else {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return InputError(path, "no such file or directory");
    if (fs::is_directory(status)) return InputError(path, "is a directory; pass the files in it");
    std::ifstream in(path, std::ios::binary);
    if (!in) return InputError(path, "cannot open for reading (check its permissions)");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return InputError(path, "read error");
  }
  if (bytes.size() > options.max_file_bytes) {
    Error e = InputError(shown, "file is larger than the limit of " +
                                    std::to_string(options.max_file_bytes >> 20) +
                                    " MiB; raise it with --max-file-size");
    e.kind = ErrorKind::kLimit;
    return e;
  }
  SourceFile file(shown, std::move(bytes));
  if (IsBinaryDocument(shown, file.bytes())) return file;  // its extractor parses the bytes
  if (auto error = ValidateText(file)) return *error;
  return file;
}

std::vector<std::string> ExpandInputs(
    const std::vector<std::string>& paths, const std::function<bool(const std::string&)>& is_supported,
    const std::string& supported_list, std::vector<Error>* errors) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back(path);
      continue;
    }
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      errors->push_back(InputError(path, "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(status)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (it->is_directory(ec) && !name.empty() && name[0] == '.') {
        it.disable_recursion_pending();  // .git and other hidden folders hold no CV
        continue;
      }
      if (it->is_regular_file(ec) && is_supported(it->path().string())) {
        found.push_back(it->path().string());
      }
    }
    if (found.empty()) {
      errors->push_back(InputError(path, "directory holds no file hirelint reads (" +
                                             supported_list + "); name the files to lint"));
      continue;
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace hirelint
