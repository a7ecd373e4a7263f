#pragma once
// extract's output: the items of one file (bullets, stories, headings, summaries), each with
// its section, cleaned text, and the byte span it came from in the original file.

#include <cstddef>
#include <string>
#include <vector>

#include "extract/source_map.h"

namespace hirelint {

enum class ItemKind { kBullet, kStory, kHeading, kSummary };

// The spelling used in every output ("bullet", "story", "heading", "summary").
const char* ItemKindName(ItemKind kind);

struct Item {
  ItemKind kind = ItemKind::kBullet;
  std::string section;  // cleaned text of the enclosing section heading; "" when none
  std::string text;     // cleaned text: markup removed, whitespace collapsed
  SourceMap map;        // cleaned offsets -> source offsets
  size_t begin = 0;     // source byte span of the whole item, [begin, end)
  size_t end = 0;
  int level = 0;        // headings: 1 for a section heading, deeper numbers below it
  std::string id;       // stories: the id given in the input, if any
  std::string extra_json;  // stories from JSONL: the other fields, as a JSON object text

  // Source offset of the cleaned text's first byte (where reports point for the item).
  size_t SourceBegin() const { return map.empty() ? begin : map.ToSource(0); }
};

struct Extraction {
  std::vector<Item> items;
};

}  // namespace hirelint
