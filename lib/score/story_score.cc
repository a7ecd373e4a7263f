#include "score/story_score.h"

#include <algorithm>
#include <cmath>

namespace hirelint {

Result<StoryWeights> StoryWeights::FromMap(const std::map<std::string, double>& values) {
  StoryWeights w;
  const std::pair<const char*, double*> kFields[] = {
      {"situation", &w.situation},
      {"task", &w.task},
      {"action", &w.action},
      {"result", &w.result},
      {"quantified_result", &w.quantified_result},
      {"per_stage", &w.per_stage},
      {"max_stages", &w.max_stages},
      {"ownership", &w.ownership},
      {"tradeoff", &w.tradeoff},
      {"failure_first", &w.failure_first},
      {"length", &w.length},
      {"words_per_minute", &w.words_per_minute},
      {"min_seconds", &w.min_seconds},
      {"max_seconds", &w.max_seconds},
      {"min_stages", &w.min_stages},
  };
  Error e;
  e.kind = ErrorKind::kLexicon;
  e.path = "scoring.yaml";
  for (const auto& [key, value] : values) {
    auto it = std::find_if(std::begin(kFields), std::end(kFields),
                           [&](const auto& f) { return key == f.first; });
    if (it == std::end(kFields)) {
      std::string known;
      for (const auto& f : kFields) known += (known.empty() ? "" : ", ") + std::string(f.first);
      e.message = "unknown key 'story." + key + "'; expected one of: " + known;
      return e;
    }
    if (value < 0) {
      e.message = "story." + key + " must not be negative";
      return e;
    }
    *it->second = value;
  }
  if (w.words_per_minute <= 0) {
    e.message = "story.words_per_minute must be above 0";
    return e;
  }
  if (w.min_seconds >= w.max_seconds) {
    e.message = "story.min_seconds must be below story.max_seconds";
    return e;
  }
  return w;
}

namespace {

std::string JoinComma(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

}  // namespace

std::string FormatMinutes(double seconds) {
  long s = std::lround(std::max(0.0, seconds));
  std::string secs = std::to_string(s % 60);
  if (secs.size() < 2) secs = "0" + secs;
  return std::to_string(s / 60) + ":" + secs;
}

StoryScore ScoreStory(const StoryAnalysis& story, const StoryWeights& w) {
  StoryScore out;
  auto add = [&](const char* name, double weight, double share, std::string reason) {
    ScoreComponent c;
    c.name = name;
    c.max = static_cast<int>(std::lround(weight));
    c.points = static_cast<int>(std::lround(weight * std::clamp(share, 0.0, 1.0)));
    if (c.points < c.max) c.reason = std::move(reason);
    out.components.push_back(std::move(c));
  };
  add("situation", w.situation, story.situation,
      "no sentence sets the scene: where, when, and what was at stake");
  add("task", w.task, story.task, "no sentence states the task: what you owned or had to achieve");
  add("action", w.action, story.action, "no sentence says what you did");
  add("result", w.result, story.result,
      "no result: nothing says what changed because of the work (a lesson is not a result)");
  add("quantified_result", w.quantified_result, story.quantified_result,
      story.result ? "the result gives no number (metric before -> after, users, time or money)"
                   : "there is no result to put a number on");

  double stages_counted = std::min<double>(story.signal_density, w.max_stages);
  std::vector<std::string> stages = story.StageList();
  std::string covered = stages.empty() ? "no lifecycle stage" : JoinComma(stages);
  add("signal_density", w.per_stage * w.max_stages,
      w.max_stages > 0 ? stages_counted / w.max_stages : 1.0,
      "covers " + std::to_string(story.signal_density) + " of the " +
          std::to_string(static_cast<int>(w.max_stages)) + " stages that earn points (" + covered +
          ")");

  // Ownership is judged where the actions are; a story whose action sentences use no pronoun
  // is judged on the whole story.
  PronounCounts who = story.action_ownership;
  const char* where = " in the action sentences";
  if (who.i + who.we == 0) {
    who = story.ownership;
    where = "";
  }
  double share = 0;
  std::string ownership_reason;
  if (who.i + who.we == 0) {
    ownership_reason = "no \"I\" or \"we\": say who did what";
  } else {
    // Full points when "I" is at least as frequent as "we".
    share = 2.0 * static_cast<double>(who.i) / static_cast<double>(who.i + who.we);
    ownership_reason = "\"we\" " + std::to_string(who.we) + " times against \"I\" " +
                       std::to_string(who.i) + " times" + where + "; say what you did";
  }
  add("ownership", w.ownership, share, ownership_reason);
  add("tradeoff", w.tradeoff, story.tradeoff,
      "no trade-off stated: what you gave up for what, and why");
  add("failure_first", w.failure_first, story.failure_first,
      "no risk, failure mode or rollback named");

  double seconds = story.speaking_seconds;
  double length_share = 1.0;
  if (seconds < w.min_seconds) {
    length_share = seconds / w.min_seconds;
  } else if (seconds > w.max_seconds) {
    length_share = 1.0 - (seconds - w.max_seconds) / w.max_seconds;
  }
  add("length", w.length, length_share,
      "about " + FormatMinutes(seconds) + " to tell (" + std::to_string(story.words) +
          " words); the target is " + FormatMinutes(w.min_seconds) + "-" +
          FormatMinutes(w.max_seconds));

  int total = 0;
  for (const ScoreComponent& c : out.components) total += c.points;
  out.total = std::clamp(total, 0, 100);
  return out;
}

}  // namespace hirelint
