#pragma once
// Inline Markdown cleaning: emphasis, code spans, links, images, HTML tags and entities.

#include <cstddef>

#include "extract/source_map.h"

namespace hirelint {

// Appends the prose of source[begin, end) to `builder`: link and image text without their
// URLs, no emphasis or code markers, no HTML tags, entities and backslash escapes decoded.
void AppendInlineMarkdown(const std::string& source, size_t begin, size_t end,
                          CleanTextBuilder* builder);

}  // namespace hirelint
