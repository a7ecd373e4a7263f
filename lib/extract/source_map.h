#pragma once
// Maps offsets in an item's cleaned text back to byte offsets in the original file, so a
// finding on "30%" in the cleaned text of `30\%` points at the right source bytes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hirelint {

class SourceMap {
 public:
  // Source offset of the cleaned byte at `clean_offset` (a begin position). Inside replaced
  // text (an unescaped `\%`, a joined line break) it is the start of the replaced source.
  size_t ToSource(size_t clean_offset) const;
  // Source offset one past the cleaned range ending at `clean_end` (an end position).
  size_t ToSourceEnd(size_t clean_end) const;
  bool empty() const { return segments_.empty(); }

 private:
  friend class CleanTextBuilder;
  struct Segment {
    size_t clean_begin;
    size_t clean_length;
    size_t source_begin;
    size_t source_length;
    bool verbatim;  // clean bytes equal source bytes one for one
  };
  const Segment* Find(size_t clean_offset) const;
  std::vector<Segment> segments_;
};

// Builds an item's cleaned text and its SourceMap together. Whitespace is collapsed to single
// spaces and trimmed at both ends as text is appended.
class CleanTextBuilder {
 public:
  explicit CleanTextBuilder(const std::string& source) : source_(source) {}

  // Appends source[begin, end) unchanged (except that whitespace runs collapse).
  void AppendSource(size_t begin, size_t end);
  // Appends `text` standing for source[begin, end) (an unescaped character, a dropped tag).
  void AppendReplacement(std::string_view text, size_t begin, size_t end);
  // A word break (a line join, a dropped tag): one space unless the text already ends in one.
  void AppendBreak(size_t source_offset);

  // Appends text cleaned earlier by another builder over the same source, with its map.
  void AppendCleaned(const std::string& text, const SourceMap& map);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  // Finishes: trims a trailing space. The builder must not be used afterwards.
  std::string TakeText(SourceMap* map);

 private:
  void Push(std::string_view bytes, size_t source_begin, size_t source_length, bool verbatim);
  const std::string& source_;
  std::string text_;
  SourceMap map_;
};

}  // namespace hirelint
