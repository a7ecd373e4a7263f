// Markdown: list items (with wrapped continuation lines and nested lists), headings, which give
// each item its section, and prose paragraphs as summaries. Front matter, code, HTML comments
// and link URLs are not prose.

#include "extract/extractor.h"
#include "extract/markdown_blocks.h"
#include "extract/story_splitter.h"

namespace hirelint {

Result<Extraction> ExtractMarkdown(const SourceFile& file, ExtractMode mode) {
  if (mode == ExtractMode::kStories) return SplitStories(file, /*markdown=*/true);
  return ParseMarkdownBlocks(file, MarkdownOptions());
}

}  // namespace hirelint
