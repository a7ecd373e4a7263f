#include "extract/story_splitter.h"

#include <memory>

#include "extract/line_scanner.h"
#include "extract/markdown_blocks.h"

namespace hirelint {

Result<Extraction> SplitStories(const SourceFile& file, bool markdown) {
  MarkdownOptions options;
  options.min_paragraph_words = 0;  // every sentence of a story counts
  Extraction blocks;
  if (markdown) {
    blocks = ParseMarkdownBlocks(file, options);
  } else {
    // Plain text: every line is prose; "## " lines still start stories.
    const std::string& bytes = file.bytes();
    for (const Line& line : SplitLines(bytes, file.bom_length())) {
      size_t b = SkipBlanks(bytes, line.begin, line.end);
      size_t e = TrimBlanksEnd(bytes, b, line.end);
      if (b == e) continue;
      Item item;
      item.begin = b;
      item.end = e;
      if (bytes.compare(b, 3, "## ") == 0) {
        item.kind = ItemKind::kHeading;
        item.level = 2;
        b = SkipBlanks(bytes, b + 3, e);
      } else {
        item.kind = ItemKind::kSummary;
      }
      CleanTextBuilder builder(bytes);
      builder.AppendSource(b, e);
      item.text = builder.TakeText(&item.map);
      blocks.items.push_back(std::move(item));
    }
  }
  bool has_story_headings = false;
  for (const Item& item : blocks.items) {
    if (item.kind == ItemKind::kHeading && item.level == 2) has_story_headings = true;
  }
  Extraction out;
  std::unique_ptr<CleanTextBuilder> builder;
  Item story;
  auto close = [&]() {
    if (!builder) return;
    story.text = builder->TakeText(&story.map);
    builder.reset();
    if (!story.text.empty()) out.items.push_back(std::move(story));
    story = Item();
  };
  auto open = [&](const Item* heading, size_t begin) {
    close();
    story.kind = ItemKind::kStory;
    story.begin = begin;
    story.end = begin;
    if (heading != nullptr) story.id = heading->text;
    builder.reset(new CleanTextBuilder(file.bytes()));
  };
  if (!has_story_headings) open(nullptr, file.bom_length());
  for (const Item& item : blocks.items) {
    if (item.kind == ItemKind::kHeading && item.level == 2) {
      open(&item, item.begin);
      story.section = item.text;
      continue;
    }
    if (!builder) continue;  // a title or intro before the first story
    if (item.kind == ItemKind::kHeading && item.level < 2) continue;
    if (!builder->empty()) builder->AppendBreak(item.begin);
    builder->AppendCleaned(item.text, item.map);
    // A heading or bullet without final punctuation still ends a sentence in speech.
    if (!item.text.empty()) {
      char last = item.text.back();
      if (last != '.' && last != '!' && last != '?' && last != ':') {
        builder->AppendReplacement(".", item.end, item.end);
      }
    }
    story.end = item.end;
  }
  close();
  return out;
}

}  // namespace hirelint
