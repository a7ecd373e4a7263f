#pragma once
// The Markdown block parser behind ExtractMarkdown and the story splitter.

#include "core/source_file.h"
#include "extract/item.h"

namespace hirelint {

struct MarkdownOptions {
  // Paragraphs shorter than this many words (titles, dates, locations) are not items.
  size_t min_paragraph_words = 6;
};

// List items (wrapped and nested), headings and paragraphs, in file order. Front matter, fenced
// code, HTML comments and tags, link URLs and emphasis markers are not part of any text.
Extraction ParseMarkdownBlocks(const SourceFile& file, const MarkdownOptions& options);

}  // namespace hirelint
