// The story reading: STAR labels (from cues, position and written labels), quantified result,
// ownership, trade-off, failure-first and speaking time.

#include "score/story_analysis.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/story_support.h"

namespace hirelint {
namespace {

StoryAnalysis Analyze(const std::string& text) { return testing::ScoreStoryText(text).analysis; }

// The label of each unit, in order ("situation", "task", ...).
std::vector<std::string> Labels(const StoryAnalysis& a) {
  std::vector<std::string> out;
  for (const StoryUnit& u : a.units) out.push_back(StarPartName(u.part));
  return out;
}

std::vector<std::string> V(std::initializer_list<const char*> items) {
  return std::vector<std::string>(items.begin(), items.end());
}

TEST_CASE("STAR from cues and position") {
  StoryAnalysis a = Analyze(
      "At my last company the nightly ETL failed twice a week. "
      "My task was to make it reliable before the audit. "
      "I rewrote the scheduler and added retries with backoff. "
      "As a result, failed runs dropped by 85%.");
  CHECK(Labels(a) == V({"situation", "task", "action", "result"}));
  CHECK(a.situation);
  CHECK(a.task);
  CHECK(a.action);
  CHECK(a.result);
  CHECK(a.quantified_result);
  CHECK(a.result_metrics == V({"85%"}));
  for (const StoryUnit& u : a.units) CHECK_FALSE(u.explicit_label);
}

TEST_CASE("STAR: a sentence without a cue continues the part before it") {
  StoryAnalysis a = Analyze(
      "Our search ranking was stale. Merchants complained every week. "
      "I rebuilt the feature pipeline. It reads the click logs every hour.");
  CHECK(Labels(a) == V({"situation", "situation", "action", "action"}));
  CHECK_FALSE(a.result);
  CHECK_FALSE(a.task);
}

TEST_CASE("STAR: the interview prompt is none, the first sentence after it the situation") {
  StoryAnalysis a = Analyze(
      "Tell me about a time you improved a system? Our ranking service timed out at peak. "
      "I added a cache in front of it.");
  REQUIRE(a.units.size() == 3);
  CHECK(Labels(a) == V({"none", "situation", "action"}));
}

TEST_CASE("STAR: a change verb is a result only next to a metric") {
  CHECK_FALSE(Analyze("Our model was slow. I reduced the feature set.").result);
  StoryAnalysis a = Analyze("Our model was slow. I reduced p99 latency from 120 ms to 68 ms.");
  CHECK(a.result);
  CHECK(a.quantified_result);
  // Half of a hyphenated word is no verb: "gradient-boosted" does not report a change.
  StoryAnalysis b =
      Analyze("Our model was slow. I picked a gradient-boosted model that answers in 40 ms.");
  CHECK_FALSE(b.result);
}

TEST_CASE("Explicit labels are honoured, in any case") {
  StoryAnalysis a = Analyze(
      "Situation: the churn model drifted. It had no owner. TASK: I had to fix it. "
      "action: I retrained it on fresh data and added a drift alert. "
      "Result: churn predictions recovered and retention rose 3%.");
  CHECK(Labels(a) == V({"situation", "situation", "task", "action", "result"}));
  for (const StoryUnit& u : a.units) CHECK(u.explicit_label);
  CHECK(a.quantified_result);
}

TEST_CASE("Explicit labels: Problem and Mission are the task, Impact and Outcome the result") {
  StoryAnalysis a = Analyze("Problem: checkout was slow. Mission: halve it. Impact: it worked.");
  CHECK(Labels(a) == V({"task", "task", "result"}));
  StoryAnalysis b = Analyze("Context: checkout was slow. Outcome: it got faster.");
  CHECK(Labels(b) == V({"situation", "result"}));
  CHECK(b.result);
}

TEST_CASE("Explicit labels: short forms S-, S -, A:, R- cut a sentence where they start") {
  StoryAnalysis a = Analyze(
      "Conflict story S-A new service had no owner. A - I volunteered and wrote its design doc. "
      "R-The team adopted the design");
  CHECK(Labels(a) == V({"situation", "situation", "action", "result"}));
  CHECK(a.units[0].explicit_label == false);
  CHECK(a.units[1].explicit_label);
  CHECK(a.units[2].explicit_label);
  CHECK(a.result);
  // "S-cross team reviews": a lower-case word after the short form is still content.
  StoryAnalysis b =
      Analyze("S-cross team reviews were slow. A-I asked for templates. R-now faster");
  CHECK(Labels(b) == V({"situation", "action", "result"}));
}

TEST_CASE("Explicit labels: one lone short form is prose, not a label") {
  // "R-squared" and "A-B test" are words; with no second label the story reads by cues.
  StoryAnalysis a =
      Analyze("Our forecast had an R-squared of 0.4. I ran an A-B test of two feature sets.");
  CHECK(Labels(a) == V({"situation", "action"}));
  for (const StoryUnit& u : a.units) CHECK_FALSE(u.explicit_label);
}

TEST_CASE("Explicit labels: Markdown headings and a label alone on its line") {
  StoryAnalysis a = Analyze(
      "### Situation Checkout fraud rose. ### Task I had to stop it. ### Action I trained a "
      "classifier. ### Result Fraud losses fell 18%.");
  CHECK(Labels(a) == V({"situation", "task", "action", "result"}));
  CHECK(a.quantified_result);
  // The story splitter turns a "### Result" heading into the sentence "Result."
  StoryAnalysis b = Analyze("Result. Fraud losses fell 18%.");
  CHECK(b.result);
  CHECK(b.quantified_result);
}

TEST_CASE("A lesson is not a result, even with a number in it") {
  StoryAnalysis a = Analyze(
      "Situation: our ETL failed. Action: I added retries. "
      "Learned: retries hid 30% of real failures, so alert on them.");
  CHECK(Labels(a) == V({"situation", "action", "lesson"}));
  CHECK_FALSE(a.result);
  CHECK_FALSE(a.quantified_result);
  StoryAnalysis b = Analyze(
      "Our ETL failed nightly. I added retries. I learned that retries improved nothing by 30%.");
  CHECK_FALSE(b.result);
  StoryAnalysis c = Analyze("S- ETL failed. A- I added retries. L- Retries hide failures.");
  CHECK(Labels(c) == V({"situation", "action", "lesson"}));
  CHECK_FALSE(c.result);
}

TEST_CASE("quantified_result reads the result part only") {
  StoryAnalysis a = Analyze(
      "Our ETL had 40 jobs. I rewrote 12 of them over 3 weeks. "
      "As a result, the pipeline became much more reliable.");
  CHECK(a.result);
  CHECK_FALSE(a.quantified_result);
  CHECK(a.result_metrics.empty());
}

TEST_CASE("Ownership counts I/my/me against we/our/us, in the action part especially") {
  StoryAnalysis a = Analyze(
      "Our team owned search in the US market. We had stale results. "
      "I rewrote my ranking job and we reviewed it. I’ve also added tests for me and us.");
  // I, my, I’ve, me = 4; Our, We, we, us = 4 ("US" the country is not a pronoun).
  CHECK(a.ownership.i == 4);
  CHECK(a.ownership.we == 4);
  // Only the two action sentences: I, my, we; I’ve, me, us.
  CHECK(a.action_ownership.i == 4);
  CHECK(a.action_ownership.we == 2);
}

TEST_CASE("Trade-off: a phrase, a choice with a contrast, or neither") {
  CHECK(Analyze("I traded 0.5% accuracy for 200 ms of latency.").tradeoff);
  CHECK(Analyze("We shipped daily retraining at the cost of a larger cluster.").tradeoff);
  StoryAnalysis a =
      Analyze("I chose batch scoring over a streaming service because it was cheaper.");
  CHECK(a.tradeoff);
  CHECK(a.tradeoff_evidence == "chose batch scoring over");
  CHECK(Analyze("I went with the small model even though it lost recall.").tradeoff);
  CHECK(Analyze("We weighed accuracy versus freshness for the feed.").tradeoff);
  StoryAnalysis none = Analyze("I chose a model. It was over there.");
  CHECK_FALSE(none.tradeoff);
  CHECK(none.tradeoff_evidence.empty());
  CHECK_FALSE(Analyze("I built a pipeline and shipped it.").tradeoff);
}

TEST_CASE("Failure-first: risks, rollback, what broke and the fix") {
  CHECK(Analyze("I listed what could go wrong before launch.").failure_first);
  CHECK(Analyze("I kept a flag to roll back in one step.").failure_first);
  CHECK(Analyze("The first version broke checkout; I found the root cause.").failure_first);
  CHECK(Analyze("We ran it in shadow mode for a week.").failure_first);
  StoryAnalysis a = Analyze("I built a pipeline and shipped it on time.");
  CHECK_FALSE(a.failure_first);
  CHECK(a.failure_evidence.empty());
}

TEST_CASE("Speaking time: words at 150 a minute") {
  std::string words;
  for (int i = 0; i < 150; ++i) words += "word ";
  StoryAnalysis a = Analyze(words);
  CHECK(a.words == 150);
  CHECK(a.speaking_seconds == 60);
  StoryAnalysis b = Analyze(words + words + "and a few more");
  CHECK(b.words == 304);
  CHECK(b.speaking_seconds == 122);  // 304 * 60 / 150 = 121.6
}

TEST_CASE("Stages and signal density come from the tagger over the whole story") {
  StoryAnalysis a = Analyze(
      "I cleaned the click logs and trained a ranking model. "
      "I deployed it behind an API and added drift alerts.");
  CHECK(a.signal_density == static_cast<int>(a.StageList().size()));
  CHECK(a.signal_density >= 3);
  for (const char* stage : {"data", "model", "serving"}) {
    CAPTURE(stage);
    CHECK(std::find(a.StageList().begin(), a.StageList().end(), stage) != a.StageList().end());
  }
}

TEST_CASE("Units cover every sentence and point into the text") {
  const std::string text = "First sentence here. Second one? Third!";
  StoryAnalysis a = Analyze(text);
  REQUIRE(a.units.size() == 3);
  CHECK(text.substr(a.units[0].begin, a.units[0].end - a.units[0].begin) == "First sentence here.");
  CHECK(text.substr(a.units[2].begin, a.units[2].end - a.units[2].begin) == "Third!");
}

}  // namespace
}  // namespace hirelint
