#pragma once
// JSONL stories: one JSON object per line, {"id": ..., "text": ...}. The object's other fields
// are kept, as JSON, so `hirelint score` can carry them through to its output. Shared by the
// whole-file extractor (lint, tag) and the streaming reader behind `score`, so both accept and
// refuse exactly the same lines.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"
#include "extract/item.h"

namespace hirelint {

// Parses one line (without its line break) that starts at byte `offset` of the file and is
// line `line_number` (1-based) of `path`. The story's text is kept as written, line breaks
// included (they end sentences), trimmed at both ends; its map points every offset at the
// line's start. An "id" may be a string or a number (kept as its JSON text); a missing or null
// id is "". Errors name the line and the column of what is wrong: bad UTF-8, JSON syntax, not
// an object, a missing, non-string or empty "text", an id that is neither string nor number.
Result<Item> ParseJsonlStory(std::string_view line, const std::string& path, size_t line_number,
                             size_t offset);

// True for a line with nothing but blanks (skipped, not an error).
bool IsBlankLine(std::string_view line);

}  // namespace hirelint
