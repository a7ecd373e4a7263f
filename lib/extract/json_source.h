#pragma once
// A strict JSON (RFC 8259) reader that keeps source positions: every string's decoded text maps
// back to its bytes in the file, escapes included (`\u00e9` -> "é" points at the `\`), so the
// JSON Resume extractor can report findings at the character the user edits. nlohmann/json is
// not used here because it keeps no positions.

#include "core/error.h"
#include "core/source_file.h"
#include "extract/doc_tree.h"

namespace hirelint {

// Parses the whole file (after a UTF-8 BOM) as one JSON value. The parser is iterative and
// refuses nesting deeper than kMaxDocumentDepth. Trailing commas, comments, single quotes,
// bad escapes, unpaired surrogates, raw control characters in strings and anything after the
// value are errors; the Error carries the file's path and the 1-based line and column (in code
// points) of the offending byte, and says what is wrong and how to fix it.
Result<DocTree> ParseJson(const SourceFile& file);

}  // namespace hirelint
