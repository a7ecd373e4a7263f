#pragma once
// read: turns paths into SourceFiles. Validates UTF-8 (reporting the first bad byte by line
// and column), refuses binary files by their signature, and keeps the original bytes.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/source_file.h"

namespace hirelint {

struct ReadOptions {
  size_t max_file_bytes = 64u << 20;  // 64 MiB; larger inputs are refused, not truncated
};

// Reads one file, or standard input when `path` is "-" (shown as "<stdin>").
Result<SourceFile> ReadSource(const std::string& path, const ReadOptions& options);

// True for the binary documents hirelint extracts itself: a .pdf path whose bytes start with
// "%PDF-", a .docx path whose bytes start with a ZIP header. Other binary files (and a PDF
// named .txt) are refused by ValidateText.
bool IsBinaryDocument(const std::string& path, const std::string& bytes);

// Checks bytes already in memory the same way ReadSource does (UTF-8, binary signatures).
std::optional<Error> ValidateText(const SourceFile& file);

// Expands the command line's paths: files are kept as given (whatever their extension),
// directories are walked recursively and contribute the files `is_supported` accepts, in
// sorted order; hidden folders are skipped. "-" is kept. A missing path, or a directory with
// no supported file, adds an Error to `errors`; the other paths are still expanded.
// `supported_list` names the extensions in that error.
std::vector<std::string> ExpandInputs(
    const std::vector<std::string>& paths, const std::function<bool(const std::string&)>& is_supported,
    const std::string& supported_list, std::vector<Error>* errors);

}  // namespace hirelint
