#pragma once
// Story scoring, end to end for one story: tag (the Engine's tagger) -> analyse (STAR, stages,
// ownership, trade-off, failure-first, length) -> score -> story rules. Built once per run from
// an Engine; immutable afterwards, so one instance serves every thread.

#include <memory>
#include <string>
#include <vector>

#include "check/finding.h"
#include "core/error.h"
#include "engine/engine.h"
#include "score/story_analysis.h"
#include "score/story_score.h"

namespace hirelint {

// One story as read: where it came from and its text.
struct StoryInput {
  std::string file;        // as reports show it ("<stdin>" for standard input)
  size_t line = 0;         // 1-based line where the story starts (heading, JSONL line, entry)
  std::string id;          // the id given (JSONL/YAML id, Markdown heading); "" when none
  std::string title;       // YAML title or Markdown heading; "" when none
  std::string extra_json;  // other input fields as a JSON object text; "" when none
  std::string text;
};

struct StoryResult {
  StoryInput input;
  StoryAnalysis analysis;
  StoryScore score;
  std::vector<Finding> findings;  // spans are byte offsets into input.text
};

class StoryPipeline {
 public:
  // `engine` must outlive the pipeline. Errors: the story cue lexicons or the `story` weights.
  static Result<std::shared_ptr<const StoryPipeline>> Create(const Engine& engine);

  StoryResult Score(StoryInput input) const;
  // Scores every input on `jobs` threads (0: one per hardware thread). The results are in the
  // order of `inputs` whatever the number of threads.
  std::vector<StoryResult> ScoreAll(std::vector<StoryInput> inputs, unsigned jobs) const;

  const StoryWeights& weights() const { return weights_; }
  const Engine& engine() const { return *engine_; }

 private:
  StoryPipeline() = default;
  const Engine* engine_ = nullptr;
  std::shared_ptr<const StoryAnalyzer> analyzer_;
  StoryWeights weights_;
};

// Turns extracted story items of one file into StoryInputs (line from the item's start).
std::vector<StoryInput> StoryInputsFrom(const SourceFile& source, std::vector<Item> items);

}  // namespace hirelint
