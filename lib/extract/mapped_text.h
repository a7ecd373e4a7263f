#pragma once
// A string value decoded from a structured file (a JSON string, a YAML scalar) together with the
// source bytes each decoded byte came from. Escapes (`\u00e9`, `''`) and line folds are decoded
// here once; extractors then cut items out of the decoded text and hand them to a
// CleanTextBuilder over the file's bytes, so every finding still points at the file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/source_map.h"

namespace hirelint {

class MappedText {
 public:
  // A run of decoded bytes. Verbatim runs equal their source bytes one for one; other runs
  // (an escape, a folded line break) stand for source[source_begin, source_begin + length).
  struct Span {
    size_t text_begin;
    size_t text_length;
    size_t source_begin;
    size_t source_length;
    bool verbatim;
  };

  // Appends source[begin, end) unchanged; `source` is the file's bytes.
  void AppendVerbatim(const std::string& source, size_t begin, size_t end);
  // Appends `decoded`, standing for source[begin, end).
  void AppendDecoded(std::string_view decoded, size_t begin, size_t end);
  // Removes the last `count` decoded bytes (they must be verbatim bytes, e.g. trailing blanks
  // before a folded line break).
  void DropVerbatimTail(size_t count);

  const std::string& text() const { return text_; }
  const std::vector<Span>& spans() const { return spans_; }
  bool empty() const { return text_.empty(); }

  // Source offset of decoded byte `offset` (the start of its escape when it is decoded).
  size_t SourceOf(size_t offset) const;
  // Source offset one past decoded range ending at `end`.
  size_t SourceEndOf(size_t end) const;

  // Appends text()[begin, end) to `builder` (whose source is the file's bytes): verbatim parts
  // as source text, decoded parts as replacements for their escapes. Decoded whitespace (a
  // `\n` escape, a folded line) becomes a word break.
  void Emit(size_t begin, size_t end, CleanTextBuilder* builder) const;

 private:
  std::string text_;
  std::vector<Span> spans_;
};

// Appends text()[begin, end) of `text` as prose, the way RenderCV and YAMLResume render their
// inline Markdown: `**bold**`, `*italic*` and code markers dropped, `[text](url)` and images
// reduced to their text, backslash escapes decoded, bare URLs dropped. The rules match
// AppendInlineMarkdown (markdown_inline.h), which works on file bytes; this one works on
// decoded text, whose bytes are not the file's.
void AppendMappedMarkdown(const MappedText& text, size_t begin, size_t end,
                          CleanTextBuilder* builder);

}  // namespace hirelint
