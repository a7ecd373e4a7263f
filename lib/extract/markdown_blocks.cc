#include "extract/markdown_blocks.h"

#include <memory>
#include <string>

#include "extract/line_scanner.h"
#include "extract/markdown_inline.h"

namespace hirelint {
namespace {

// Replaces HTML comments with spaces (newlines kept) so offsets stay those of the file.
std::string MaskComments(const std::string& bytes) {
  std::string masked = bytes;
  size_t at = 0;
  while ((at = masked.find("<!--", at)) != std::string::npos) {
    size_t close = masked.find("-->", at + 4);
    size_t stop = close == std::string::npos ? masked.size() : close + 3;
    for (size_t i = at; i < stop; ++i) {
      if (masked[i] != '\n' && masked[i] != '\r') masked[i] = ' ';
    }
    at = stop;
  }
  return masked;
}

// Length of a fence opener ("```" or "~~~", three or more) at `at`, or 0.
size_t FenceLength(const std::string& s, size_t at, size_t end, char* fence_char) {
  if (at >= end || (s[at] != '`' && s[at] != '~')) return 0;
  size_t j = at;
  while (j < end && s[j] == s[at]) ++j;
  if (j - at < 3) return 0;
  *fence_char = s[at];
  return j - at;
}

bool IsThematicBreak(const std::string& s, size_t at, size_t end) {
  if (at >= end || (s[at] != '-' && s[at] != '*' && s[at] != '_')) return false;
  char c = s[at];
  size_t count = 0;
  for (size_t i = at; i < end; ++i) {
    if (s[i] == c) {
      ++count;
    } else if (!IsBlank(s[i])) {
      return false;
    }
  }
  return count >= 3;
}

bool IsSetextUnderline(const std::string& s, size_t at, size_t end, int* level) {
  if (at >= end || (s[at] != '=' && s[at] != '-')) return false;
  char c = s[at];
  size_t i = at;
  while (i < end && s[i] == c) ++i;
  if (SkipBlanks(s, i, end) != end) return false;
  *level = c == '=' ? 1 : 2;
  return true;
}

size_t Indent(const std::string& s, const Line& line) {
  size_t width = 0;
  for (size_t i = line.begin; i < line.end; ++i) {
    if (s[i] == ' ') {
      ++width;
    } else if (s[i] == '\t') {
      width += 4 - width % 4;
    } else {
      break;
    }
  }
  return width;
}

class BlockParser {
 public:
  BlockParser(const SourceFile& file, const MarkdownOptions& options)
      : file_(file), options_(options), masked_(MaskComments(file.bytes())) {}

  Extraction Parse() {
    std::vector<Line> lines = SplitLines(masked_, file_.bom_length());
    size_t first = SkipFrontMatter(lines);
    char fence_char = 0;
    size_t fence_length = 0;
    for (size_t n = first; n < lines.size(); ++n) {
      const Line& line = lines[n];
      size_t at = SkipBlanks(masked_, line.begin, line.end);
      size_t end = TrimBlanksEnd(masked_, at, line.end);
      if (fence_length > 0) {  // inside fenced code: only the closing fence matters
        char c = 0;
        if (FenceLength(masked_, at, end, &c) >= fence_length && c == fence_char) fence_length = 0;
        continue;
      }
      if (at == end) {  // blank line
        CloseParagraph();
        after_blank_ = true;
        continue;
      }
      size_t indent = Indent(masked_, line);
      char c = 0;
      if (size_t len = FenceLength(masked_, at, end, &c)) {
        CloseAll();
        fence_char = c;
        fence_length = len;
        continue;
      }
      int setext_level = 0;
      if (open_ == Open::kParagraph && !after_blank_ &&
          IsSetextUnderline(masked_, at, end, &setext_level)) {
        PromoteParagraphToHeading(setext_level, end);
        continue;
      }
      if (IsThematicBreak(masked_, at, end) && BulletMarkerLength(masked_, at, end, false) == 0) {
        CloseAll();
        continue;
      }
      if (masked_[at] == '#') {
        size_t hashes = 0;
        while (at + hashes < end && masked_[at + hashes] == '#') ++hashes;
        if (hashes <= 6 && (at + hashes == end || IsBlank(masked_[at + hashes]))) {
          CloseAll();
          size_t text_end = end;
          while (text_end > at + hashes && masked_[text_end - 1] == '#') --text_end;  // closing #s
          AddHeading(static_cast<int>(hashes), at, at + hashes, text_end, end);
          continue;
        }
      }
      if (masked_[at] == '|') {  // a table row: each cell's text is read as a paragraph
        CloseAll();
        AddTableRow(at, end);
        continue;
      }
      size_t marker = BulletMarkerLength(masked_, at, end, true);
      if (marker > 0) {
        CloseAll();
        StartItem(ItemKind::kBullet, at, at + marker, end, indent);
        continue;
      }
      size_t content = at;
      if (masked_[at] == '>') {  // a block quote's text is ordinary prose here
        content = SkipBlanks(masked_, at + 1, end);
        while (content < end && masked_[content] == '>') content = SkipBlanks(masked_, content + 1, end);
        if (content == end) continue;
      }
      bool continues_item = open_ == Open::kItem && (!after_blank_ || indent >= 2);
      if (continues_item || (open_ == Open::kParagraph && !after_blank_)) {
        Continue(content, end);
        continue;
      }
      CloseAll();
      StartItem(ItemKind::kSummary, at, content, end, indent);
    }
    CloseAll();
    AssignSections();
    return std::move(out_);
  }

 private:
  enum class Open { kNone, kItem, kParagraph };

  size_t SkipFrontMatter(const std::vector<Line>& lines) {
    if (lines.empty()) return 0;
    const Line& first = lines[0];
    if (TrimBlanksEnd(masked_, first.begin, first.end) - first.begin != 3 ||
        masked_.compare(first.begin, 3, "---") != 0) {
      return 0;
    }
    for (size_t n = 1; n < lines.size(); ++n) {
      size_t e = TrimBlanksEnd(masked_, lines[n].begin, lines[n].end);
      if (e - lines[n].begin == 3 && (masked_.compare(lines[n].begin, 3, "---") == 0 ||
                                      masked_.compare(lines[n].begin, 3, "...") == 0)) {
        return n + 1;
      }
    }
    return 0;  // no closing line: not front matter after all
  }

  void StartItem(ItemKind kind, size_t begin, size_t content, size_t end, size_t indent) {
    current_ = Item();
    current_.kind = kind;
    current_.begin = begin;
    current_.end = end;
    // A task-list box ("[ ]", "[x]") is not prose.
    if (kind == ItemKind::kBullet && content + 3 <= end && masked_[content] == '[' &&
        masked_[content + 2] == ']' && (masked_[content + 1] == ' ' || masked_[content + 1] == 'x' ||
                                        masked_[content + 1] == 'X')) {
      content = SkipBlanks(masked_, content + 3, end);
    }
    builder_.reset(new CleanTextBuilder(masked_));
    AppendInlineMarkdown(masked_, content, end, builder_.get());
    open_ = kind == ItemKind::kBullet ? Open::kItem : Open::kParagraph;
    item_indent_ = indent;
    after_blank_ = false;
  }

  void Continue(size_t content, size_t end) {
    builder_->AppendBreak(content);
    AppendInlineMarkdown(masked_, content, end, builder_.get());
    current_.end = end;
    after_blank_ = false;
  }

  void CloseParagraph() {
    if (open_ == Open::kParagraph) CloseAll();
  }

  void CloseAll() {
    if (open_ == Open::kNone) return;
    current_.text = builder_->TakeText(&current_.map);
    builder_.reset();
    bool keep = !current_.text.empty();
    if (current_.kind == ItemKind::kSummary && CountWords(current_.text) < options_.min_paragraph_words) {
      keep = false;
    }
    if (keep) {
      out_.items.push_back(std::move(current_));
    }
    open_ = Open::kNone;
    after_blank_ = false;
  }

  void AddHeading(int level, size_t begin, size_t content, size_t text_end, size_t end) {
    Item item;
    item.kind = ItemKind::kHeading;
    item.level = level;
    item.begin = begin;
    item.end = end;
    CleanTextBuilder builder(masked_);
    AppendInlineMarkdown(masked_, SkipBlanks(masked_, content, text_end), text_end, &builder);
    item.text = builder.TakeText(&item.map);
    if (item.text.empty()) return;
    out_.items.push_back(std::move(item));
  }

  void PromoteParagraphToHeading(int level, size_t end) {
    Item item = std::move(current_);
    item.text = builder_->TakeText(&item.map);
    builder_.reset();
    open_ = Open::kNone;
    item.kind = ItemKind::kHeading;
    item.level = level;
    item.end = end;
    out_.items.push_back(std::move(item));
  }

  // An item's section is the nearest heading at the document's section level: the shallowest
  // heading level used more than once ("## Experience", "## Education" under a "# Name"
  // title), or the shallowest level when every level is used once.
  void AssignSections() {
    int counts[7] = {0};
    for (const Item& item : out_.items) {
      if (item.kind == ItemKind::kHeading) ++counts[item.level];
    }
    int section_level = 0;
    for (int level = 1; level <= 6 && section_level == 0; ++level) {
      if (counts[level] >= 2) section_level = level;
    }
    for (int level = 1; level <= 6 && section_level == 0; ++level) {
      if (counts[level] >= 1) section_level = level;
    }
    std::string section;
    for (Item& item : out_.items) {
      if (item.kind == ItemKind::kHeading && item.level <= section_level) section = item.text;
      item.section = section;
    }
  }

  void AddTableRow(size_t at, size_t end) {
    // Separator rows ("|---|:--:|") hold no text.
    bool separator = true;
    for (size_t i = at; i < end; ++i) {
      char c = masked_[i];
      if (c != '|' && c != '-' && c != ':' && !IsBlank(c)) separator = false;
    }
    if (separator) return;
    size_t cell = at + 1;
    while (cell < end) {
      size_t bar = cell;
      while (bar < end && !(masked_[bar] == '|' && masked_[bar - 1] != '\\')) ++bar;
      size_t b = SkipBlanks(masked_, cell, bar);
      size_t e = TrimBlanksEnd(masked_, b, bar);
      if (b < e) {
        size_t marker = BulletMarkerLength(masked_, b, e, false);
        StartItem(marker > 0 ? ItemKind::kBullet : ItemKind::kSummary, b, b + marker, e, 0);
        CloseAll();
      }
      cell = bar + 1;
    }
  }

  const SourceFile& file_;
  const MarkdownOptions& options_;
  std::string masked_;
  Extraction out_;
  Open open_ = Open::kNone;
  Item current_;
  std::unique_ptr<CleanTextBuilder> builder_;
  size_t item_indent_ = 0;
  bool after_blank_ = false;
};

}  // namespace

Extraction ParseMarkdownBlocks(const SourceFile& file, const MarkdownOptions& options) {
  return BlockParser(file, options).Parse();
}

}  // namespace hirelint
