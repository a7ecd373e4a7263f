#pragma once
// Small pieces the machine-readable formats share: positions of a finding, XML escaping.

#include <cstddef>
#include <string>

#include "check/finding.h"
#include "core/source_file.h"

namespace hirelint {

class JsonWriter;

// A byte span as lines and columns: columns count code points, and `end` is the position just
// after the span's last character (an empty span starts and ends at the same place).
struct SpanPosition {
  Position begin;
  Position end;
};
SpanPosition PositionsOf(const SourceFile& source, size_t begin, size_t end);

// The members every located object of DESIGN.md starts with, in contract order: file, page
// (paged sources only), line, column; written to `w` (report/json_writer.h) inside an object
// it has begun.
void WriteLocated(const std::string& path, const Position& at, JsonWriter* w);

// The 1-based column of `offset` counted in UTF-8 bytes (reviewdog's convention); a BOM is not
// counted.
size_t ByteColumn(const SourceFile& source, size_t offset);

// Text for XML content or a double- or single-quoted attribute: & < > " ' escaped, tab, line
// feed and carriage return as character references (so attribute values keep them), and the
// other control characters, which XML 1.0 cannot hold, replaced by U+FFFD.
std::string XmlEscape(const std::string& text);

// The finding's message, led by "page N: " when the file is paged (a PDF's text): the CI
// formats address lines of a file, which a PDF does not have, so the page is what finds it.
std::string MessageOf(const SourceFile& source, const Finding& finding);

// MessageOf and the suggestion in one line for formats with a single text field:
// "message (suggestion: ...)", or the message alone when there is no suggestion.
std::string MessageWithSuggestion(const SourceFile& source, const Finding& finding);

}  // namespace hirelint
