// Plain text: each non-empty line is one item, so a finding's line identifies the bullet.
// When some lines start with a bullet glyph, the other lines are headings (ALL CAPS or ending
// in ':' start a section), or summaries when they are long prose.

#include <cctype>

#include "extract/extractor.h"
#include "extract/line_scanner.h"
#include "extract/story_splitter.h"

namespace hirelint {
namespace {

size_t CountWords(const std::string& bytes, size_t begin, size_t end) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = begin; i < end; ++i) {
    bool blank = IsBlank(bytes[i]);
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

// "EXPERIENCE", "WORK HISTORY", "Skills:" — short lines that name a section.
bool LooksLikeSectionHeading(const std::string& bytes, size_t begin, size_t end) {
  if (CountWords(bytes, begin, end) > 5) return false;
  if (end > begin && bytes[end - 1] == ':') return true;
  bool has_letter = false;
  for (size_t i = begin; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (std::islower(c) || std::isdigit(c)) return false;
    if (std::isupper(c)) has_letter = true;
  }
  return has_letter;
}

}  // namespace

Result<Extraction> ExtractText(const SourceFile& file, ExtractMode mode) {
  if (mode == ExtractMode::kStories) return SplitStories(file, /*markdown=*/false);
  const std::string& bytes = file.bytes();
  std::vector<Line> lines = SplitLines(bytes, file.bom_length());
  bool has_glyph_lines = false;
  for (const Line& line : lines) {
    size_t at = SkipBlanks(bytes, line.begin, line.end);
    if (at < line.end && BulletMarkerLength(bytes, at, line.end, true) > 0) {
      has_glyph_lines = true;
      break;
    }
  }
  Extraction out;
  std::string section;
  for (const Line& line : lines) {
    size_t begin = SkipBlanks(bytes, line.begin, line.end);
    size_t end = TrimBlanksEnd(bytes, begin, line.end);
    if (begin == end) continue;
    Item item;
    item.begin = begin;
    item.end = end;
    size_t marker = BulletMarkerLength(bytes, begin, end, true);
    size_t content = begin + marker;
    if (content == end) continue;  // a lone glyph
    if (marker > 0 || !has_glyph_lines) {
      item.kind = ItemKind::kBullet;
      if (marker == 0 && LooksLikeSectionHeading(bytes, begin, end) &&
          CountWords(bytes, begin, end) <= 4) {
        item.kind = ItemKind::kHeading;
        item.level = 1;
      }
    } else if (LooksLikeSectionHeading(bytes, begin, end)) {
      item.kind = ItemKind::kHeading;
      item.level = 1;
    } else if (CountWords(bytes, begin, end) >= 12) {
      item.kind = ItemKind::kSummary;
    } else {
      item.kind = ItemKind::kHeading;  // a job title or date line inside a section
      item.level = 2;
    }
    CleanTextBuilder builder(bytes);
    size_t text_end = end;
    if (item.kind == ItemKind::kHeading && text_end > content && bytes[text_end - 1] == ':') {
      --text_end;
    }
    builder.AppendSource(content, text_end);
    item.text = builder.TakeText(&item.map);
    if (item.kind == ItemKind::kHeading && item.level == 1) section = item.text;
    item.section = section;
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace hirelint
