#pragma once
// Story helpers for tests: one StoryPipeline over SharedEngine() for the whole run.

#include <string>

#include "engine/story_pipeline.h"

namespace hirelint::testing {

const StoryPipeline& SharedStoryPipeline();

// Scores `text` as one story (file "story.txt", line 1, no id).
StoryResult ScoreStoryText(const std::string& text);

// True when the story's findings include `rule_id`.
bool StoryFires(const StoryResult& story, const std::string& rule_id);

}  // namespace hirelint::testing
