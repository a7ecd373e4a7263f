// Story rules: what an interviewer for an ML-engineering role misses in a story. Each check
// reads the story's analysis; the limits (speaking window, stages) are the score's own, from
// scoring.yaml, so a rule never fires where the score gives full points.

#include <algorithm>
#include <cmath>

#include "check/rule_check.h"

namespace hirelint {
namespace {

RuleHit WholeStory(const StoryContext& ctx) {
  RuleHit hit;
  hit.begin = 0;
  hit.end = ctx.text.size();
  if (!ctx.story.units.empty()) {
    hit.begin = ctx.story.units.front().begin;
    hit.end = ctx.story.units.back().end;
  }
  return hit;
}

// The first unit labelled `part`, or the whole story when there is none.
RuleHit FirstUnit(const StoryContext& ctx, StarPart part) {
  for (const StoryUnit& unit : ctx.story.units) {
    if (unit.part == part) {
      RuleHit hit;
      hit.begin = unit.begin;
      hit.end = unit.end;
      return hit;
    }
  }
  return WholeStory(ctx);
}

void AddLengthVars(const StoryContext& ctx, RuleHit* hit) {
  hit->vars["time"] = FormatMinutes(ctx.story.speaking_seconds);
  hit->vars["words"] = std::to_string(ctx.story.words);
  hit->vars["min"] = FormatMinutes(ctx.weights.min_seconds);
  hit->vars["max"] = FormatMinutes(ctx.weights.max_seconds);
  hit->vars["wpm"] = std::to_string(std::lround(ctx.weights.words_per_minute));
  hit->vars["min_words"] =
      std::to_string(std::lround(ctx.weights.min_seconds * ctx.weights.words_per_minute / 60));
  hit->vars["max_words"] =
      std::to_string(std::lround(ctx.weights.max_seconds * ctx.weights.words_per_minute / 60));
}

}  // namespace

std::optional<RuleHit> CheckStoryNoResult(const StoryContext& ctx) {
  if (ctx.story.result) return std::nullopt;
  return WholeStory(ctx);
}

std::optional<RuleHit> CheckStoryResultUnquantified(const StoryContext& ctx) {
  // A story with no result at all is story-no-result's finding, not this one's.
  if (!ctx.story.result || ctx.story.quantified_result) return std::nullopt;
  return FirstUnit(ctx, StarPart::kResult);
}

std::optional<RuleHit> CheckStoryWeNotI(const StoryContext& ctx) {
  PronounCounts who = ctx.story.action_ownership;
  if (who.i + who.we == 0) who = ctx.story.ownership;
  if (who.we <= who.i || who.we < static_cast<size_t>(ctx.Option("min_we", 2))) {
    return std::nullopt;
  }
  RuleHit hit = FirstUnit(ctx, StarPart::kAction);
  hit.vars["we"] = std::to_string(who.we);
  hit.vars["i"] = std::to_string(who.i);
  return hit;
}

std::optional<RuleHit> CheckStoryTooLong(const StoryContext& ctx) {
  if (ctx.story.speaking_seconds <= ctx.weights.max_seconds) return std::nullopt;
  RuleHit hit = WholeStory(ctx);
  AddLengthVars(ctx, &hit);
  return hit;
}

std::optional<RuleHit> CheckStoryTooShort(const StoryContext& ctx) {
  if (ctx.story.speaking_seconds >= ctx.weights.min_seconds) return std::nullopt;
  RuleHit hit = WholeStory(ctx);
  AddLengthVars(ctx, &hit);
  return hit;
}

std::optional<RuleHit> CheckStoryLowSignalDensity(const StoryContext& ctx) {
  if (ctx.story.signal_density >= ctx.weights.min_stages) return std::nullopt;
  RuleHit hit = WholeStory(ctx);
  std::vector<std::string> covered = ctx.story.StageList();
  std::vector<std::string> missing;
  for (const std::string& stage : StageNames()) {
    if (std::find(covered.begin(), covered.end(), stage) == covered.end()) {
      missing.push_back(stage);
    }
  }
  hit.vars["count"] = std::to_string(ctx.story.signal_density);
  hit.vars["stages"] = covered.empty() ? "none" : JoinList(covered);
  hit.vars["missing"] = JoinList(missing);
  hit.vars["min"] = std::to_string(std::lround(ctx.weights.min_stages));
  return hit;
}

std::optional<RuleHit> CheckStoryNoTradeoff(const StoryContext& ctx) {
  if (ctx.story.tradeoff) return std::nullopt;
  return WholeStory(ctx);
}

std::optional<RuleHit> CheckStoryNoFailureMode(const StoryContext& ctx) {
  if (ctx.story.failure_first) return std::nullopt;
  return WholeStory(ctx);
}

}  // namespace hirelint
