#pragma once
// `hirelint score` output: text cards, JSON, JSONL (the DESIGN.md contract) and CSV. Every
// writer takes one StoryResult at a time so a batch of any size streams through.

#include <cstddef>
#include <ostream>
#include <vector>

#include "engine/story_pipeline.h"
#include "report/report.h"

namespace hirelint {

// jsonl: one object per story with exactly the contract's fields, in the contract's order
// (file, line, id, words, speaking_seconds, star, quantified_result, stages, signal_density,
// ownership, tradeoff, failure_first, score), then the input's other fields except any whose
// name is one of those. id is null when the story has none.
void WriteStoryJsonl(const StoryResult& story, std::ostream& out);

// json: one array; each element is the jsonl object plus title, breakdown, findings,
// sentences (each with its STAR label) and the evidence behind each flag. Call Begin, then
// Element for each story (`first` for the first), then End.
void WriteStoryJsonBegin(std::ostream& out);
void WriteStoryJsonElement(const StoryResult& story, bool first, std::ostream& out);
void WriteStoryJsonEnd(bool any, std::ostream& out);

// csv: a header row, then one row per story; the columns are documented in docs/score-csv.md.
void WriteStoryCsvHeader(std::ostream& out);
void WriteStoryCsvRow(const StoryResult& story, std::ostream& out);

// text: a card per story (score, STAR bar, stages, voice, length, points lost, top fixes).
void WriteStoryCard(const StoryResult& story, const TextStyle& style, std::ostream& out);

// Totals for the text format's closing line.
struct StoryTotals {
  size_t stories = 0;
  long score_sum = 0;
  int score_min = 100;
  int score_max = 0;
  FindingCounts findings;
  void Add(const StoryResult& story);
};
void WriteStorySummary(const StoryTotals& totals, std::ostream& out);

// The findings most worth fixing first: by the points their fix would win back, then
// severity, then rule id. At most `n`.
std::vector<const Finding*> TopFixes(const StoryResult& story, size_t n);

}  // namespace hirelint
