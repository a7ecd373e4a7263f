#pragma once
// A story's 0-100 score and its breakdown: each component's points, its maximum, and why any
// point was lost. Weights and limits come from scoring.yaml's `story` group.

#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "score/story_analysis.h"

namespace hirelint {

struct StoryWeights {
  // Points (the defaults add up to 100).
  double situation = 5;
  double task = 5;
  double action = 10;
  double result = 10;
  double quantified_result = 15;
  double per_stage = 3;   // each stage covered ...
  double max_stages = 5;  // ... counted up to this many
  double ownership = 10;
  double tradeoff = 10;
  double failure_first = 10;
  double length = 10;
  // Limits shared by the score and the story rules.
  double words_per_minute = 150;
  double min_seconds = 90;
  double max_seconds = 180;
  double min_stages = 3;

  // Reads the `story` group. An unknown key, a negative value, a speaking rate that is not
  // positive or a window with min_seconds >= max_seconds is a lexicon error.
  static Result<StoryWeights> FromMap(const std::map<std::string, double>& values);
};

struct ScoreComponent {
  std::string name;  // situation, task, action, result, quantified_result, signal_density,
                     // ownership, tradeoff, failure_first, length (always in this order)
  int points = 0;
  int max = 0;
  std::string reason;  // why points were lost; "" when none were
};

struct StoryScore {
  int total = 0;  // the sum of the components' points, clamped to 0-100
  std::vector<ScoreComponent> components;
};

StoryScore ScoreStory(const StoryAnalysis& story, const StoryWeights& weights);

// "2:05" for 125 seconds.
std::string FormatMinutes(double seconds);

}  // namespace hirelint
