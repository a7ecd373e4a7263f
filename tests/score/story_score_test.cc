// The story score: components, their points and maxima, the reason for every lost point, and
// weights read from scoring.yaml's `story` group.

#include "score/story_score.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "support/story_support.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

const ScoreComponent& Component(const StoryScore& score, const std::string& name) {
  for (const ScoreComponent& c : score.components) {
    if (c.name == name) return c;
  }
  throw std::runtime_error("no component " + name);
}

// A story analysis with every flag set, 7 stages, I-only actions and 2 minutes of speech.
StoryAnalysis FullMarks() {
  StoryAnalysis a;
  a.situation = a.task = a.action = a.result = a.quantified_result = true;
  a.stage_mask = 0x7f;
  a.signal_density = 7;
  a.ownership = {5, 1};
  a.action_ownership = {4, 0};
  a.tradeoff = a.failure_first = true;
  a.words = 300;
  a.speaking_seconds = 120;
  return a;
}

TEST_CASE("Story score: full marks, components in order, maxima add up to 100") {
  StoryScore s = ScoreStory(FullMarks(), StoryWeights());
  CHECK(s.total == 100);
  std::vector<std::string> names;
  int max_sum = 0;
  for (const ScoreComponent& c : s.components) {
    names.push_back(c.name);
    max_sum += c.max;
    CHECK(c.points == c.max);
    CHECK(c.reason.empty());
  }
  CHECK(max_sum == 100);
  CHECK(names == std::vector<std::string>{"situation", "task", "action", "result",
                                          "quantified_result", "signal_density", "ownership",
                                          "tradeoff", "failure_first", "length"});
}

TEST_CASE("Story score: every lost point has a reason, and the points add up to the total") {
  StoryAnalysis a = FullMarks();
  a.task = false;
  a.quantified_result = false;
  a.signal_density = 2;
  a.stage_mask = 0x3;  // problem, data
  a.tradeoff = false;
  StoryScore s = ScoreStory(a, StoryWeights());
  CHECK(Component(s, "task").points == 0);
  CHECK(Component(s, "task").reason.find("task") != std::string::npos);
  CHECK(Component(s, "quantified_result").points == 0);
  CHECK(Component(s, "quantified_result").reason ==
        "the result gives no number (metric before -> after, users, time or money)");
  CHECK(Component(s, "signal_density").points == 6);
  CHECK(Component(s, "signal_density").reason ==
        "covers 2 of the 5 stages that earn points (problem, data)");
  CHECK(Component(s, "tradeoff").points == 0);
  CHECK_FALSE(Component(s, "tradeoff").reason.empty());
  CHECK(Component(s, "failure_first").reason.empty());
  int sum = 0;
  for (const ScoreComponent& c : s.components) {
    sum += c.points;
    if (c.points < c.max) {
      CAPTURE(c.name);
      CHECK_FALSE(c.reason.empty());
    }
  }
  CHECK(s.total == sum);
  CHECK(s.total == 100 - 5 - 15 - 9 - 10);
}

TEST_CASE("Story score: no result also means nothing to quantify") {
  StoryAnalysis a = FullMarks();
  a.result = a.quantified_result = false;
  StoryScore s = ScoreStory(a, StoryWeights());
  CHECK(Component(s, "result").points == 0);
  CHECK(Component(s, "quantified_result").reason == "there is no result to put a number on");
}

TEST_CASE("Story score: ownership is full when I is at least as frequent as we in the actions") {
  StoryAnalysis a = FullMarks();
  a.action_ownership = {1, 3};  // share 0.25 -> half of full (I >= we gives full)
  StoryScore s = ScoreStory(a, StoryWeights());
  CHECK(Component(s, "ownership").points == 5);
  CHECK(Component(s, "ownership").reason ==
        "\"we\" 3 times against \"I\" 1 times in the action sentences; say what you did");
  a.action_ownership = {2, 2};
  CHECK(Component(ScoreStory(a, StoryWeights()), "ownership").points == 10);
  // No pronoun in the actions: the whole story is judged.
  a.action_ownership = {0, 0};
  a.ownership = {0, 4};
  CHECK(Component(ScoreStory(a, StoryWeights()), "ownership").points == 0);
  a.ownership = {0, 0};
  CHECK(Component(ScoreStory(a, StoryWeights()), "ownership").reason ==
        "no \"I\" or \"we\": say who did what");
}

TEST_CASE("Story score: length is full inside 1:30-3:00 and falls off outside it") {
  StoryAnalysis a = FullMarks();
  a.speaking_seconds = 45;
  a.words = 112;
  const StoryScore scored = ScoreStory(a, StoryWeights());
  const ScoreComponent& short_story = Component(scored, "length");
  CHECK(short_story.points == 5);
  CHECK(short_story.reason == "about 0:45 to tell (112 words); the target is 1:30-3:00");
  a.speaking_seconds = 270;
  CHECK(Component(ScoreStory(a, StoryWeights()), "length").points == 5);
  a.speaking_seconds = 400;
  CHECK(Component(ScoreStory(a, StoryWeights()), "length").points == 0);
  a.speaking_seconds = 90;
  CHECK(Component(ScoreStory(a, StoryWeights()), "length").points == 10);
  a.speaking_seconds = 180;
  CHECK(Component(ScoreStory(a, StoryWeights()), "length").points == 10);
}

TEST_CASE("Story weights: read from the story group; unknown keys and bad windows are errors") {
  auto w = StoryWeights::FromMap({{"tradeoff", 20}, {"max_seconds", 240}});
  REQUIRE(w.ok());
  CHECK(w.value().tradeoff == 20);
  CHECK(w.value().max_seconds == 240);
  CHECK(w.value().situation == 5);
  StoryAnalysis a = FullMarks();
  a.tradeoff = false;
  CHECK(Component(ScoreStory(a, w.value()), "tradeoff").max == 20);

  auto unknown = StoryWeights::FromMap({{"tradeof", 20}});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.find("unknown key 'story.tradeof'") != std::string::npos);
  CHECK_FALSE(StoryWeights::FromMap({{"min_seconds", 200}}).ok());
  CHECK_FALSE(StoryWeights::FromMap({{"words_per_minute", 0}}).ok());
  CHECK_FALSE(StoryWeights::FromMap({{"task", -1}}).ok());
}

TEST_CASE("Story weights: the embedded scoring.yaml gives the documented defaults") {
  const StoryWeights& w = testing::SharedStoryPipeline().weights();
  CHECK(w.words_per_minute == 150);
  CHECK(w.min_seconds == 90);
  CHECK(w.max_seconds == 180);
  CHECK(ScoreStory(FullMarks(), w).total == 100);
}

TEST_CASE("FormatMinutes") {
  CHECK(FormatMinutes(125) == "2:05");
  CHECK(FormatMinutes(0) == "0:00");
  CHECK(FormatMinutes(59.6) == "1:00");
}

}  // namespace
}  // namespace hirelint
