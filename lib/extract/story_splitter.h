#pragma once
// Splits a Markdown or text file into stories: each second-level heading starts one, whose id
// is the heading's text; a file without such headings is one story. Text before the first
// heading (a title, an intro) belongs to no story unless there is no heading at all.

#include "core/error.h"
#include "core/source_file.h"
#include "extract/item.h"

namespace hirelint {

Result<Extraction> SplitStories(const SourceFile& file, bool markdown);

}  // namespace hirelint
