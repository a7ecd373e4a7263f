#pragma once
// extract's output: the items of one file (bullets, stories, headings, summaries), each with
// its section, cleaned text, and the byte span it came from in the original file.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/source_file.h"
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

// Something an extractor noticed about how well the file parses (a PDF whose text could not be
// extracted, a broken ligature, an unmapped glyph...): what a recruiter's parser would stumble
// on. `rule` is the id of the parse-health rule that reports it; the checker turns an issue
// into a finding when that rule is enabled.
struct ExtractionIssue {
  std::string rule;
  size_t begin = 0;  // byte span in the file's text view (or the file itself)
  size_t end = 0;
  std::map<std::string, std::string> vars;  // values for the rule message's {placeholders}
};

struct Extraction {
  std::vector<Item> items;
  // Binary formats (PDF, DOCX) have no bytes a user edits: their extractor builds a text view
  // (one line per rebuilt PDF line, pages recorded; one line per DOCX paragraph) and items'
  // spans point into it. When set, it replaces the file's bytes for reporting.
  std::optional<SourceFile> view;
  std::vector<ExtractionIssue> issues;
};

}  // namespace hirelint
