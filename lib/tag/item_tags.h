#pragma once
// tag's output for one item: its tokens, metrics, stages with the words that gave them, and
// hits of every other lexicon category (weak openers, hedges, tools, ...).

#include <cstdint>
#include <string>
#include <vector>

#include "tag/metric.h"
#include "tokenize/token.h"

namespace hirelint {

struct StageHit {
  int stage = 0;      // index into StageNames()
  size_t begin = 0;   // byte offsets into the item's cleaned text
  size_t end = 0;
  std::string evidence;  // the matched phrase from the lexicon, or "metric: <kind>"
};

struct CategoryHit {
  std::string category;  // e.g. "weak_openers"
  uint32_t first_token = 0;  // inclusive token indices
  uint32_t last_token = 0;
  size_t begin = 0;  // byte offsets into the item's cleaned text
  size_t end = 0;
  std::string phrase;  // the lexicon phrase that matched
};

struct ItemTags {
  std::vector<Token> tokens;
  std::vector<Metric> metrics;
  std::vector<StageHit> stage_hits;  // only hits that count (negated and excluded ones removed)
  std::vector<CategoryHit> hits;     // sorted by position
  uint32_t stage_mask = 0;           // bit i set: StageNames()[i] is covered

  bool quantified() const { return !metrics.empty(); }
  bool HasStage(int stage) const { return (stage_mask >> stage) & 1u; }
  int StageCount() const;
  std::vector<std::string> StageList() const;  // in StageNames() order
  std::vector<const CategoryHit*> Hits(const std::string& category) const;
  bool Has(const std::string& category) const;
  size_t WordCount() const;  // tokens that are words, numbers or units
};

// Index of a stage name in StageNames(), or -1.
int StageIndex(const std::string& name);

}  // namespace hirelint
