#include "support/story_support.h"

#include <stdexcept>

#include "support/test_support.h"

namespace hirelint::testing {

const StoryPipeline& SharedStoryPipeline() {
  static std::shared_ptr<const StoryPipeline> pipeline = [] {
    auto created = StoryPipeline::Create(SharedEngine());
    if (!created.ok()) throw std::runtime_error(created.error().ToString());
    return created.value();
  }();
  return *pipeline;
}

StoryResult ScoreStoryText(const std::string& text) {
  StoryInput input;
  input.file = "story.txt";
  input.line = 1;
  input.text = text;
  return SharedStoryPipeline().Score(std::move(input));
}

bool StoryFires(const StoryResult& story, const std::string& rule_id) {
  for (const Finding& f : story.findings) {
    if (f.rule == rule_id) return true;
  }
  return false;
}

}  // namespace hirelint::testing
