// Checks about a bullet's shape: a list of tools with no result, and length.

#include <algorithm>

#include "check/rule_check.h"

namespace hirelint {

std::optional<RuleHit> CheckToolsWithoutOutcome(const BulletContext& ctx) {
  const ItemTags& t = ctx.tags;
  auto tools = t.Hits("tools");
  if (tools.size() < static_cast<size_t>(ctx.Option("min_tools", 2))) return std::nullopt;
  if (t.quantified() || t.HasStage(StageIndex("impact"))) return std::nullopt;
  // Tools must carry the bullet: a long bullet that names two tools in passing is fine.
  size_t tool_tokens = 0;
  for (const CategoryHit* h : tools) tool_tokens += h->last_token - h->first_token + 1;
  double share = static_cast<double>(tool_tokens) / static_cast<double>(std::max<size_t>(1, t.WordCount()));
  if (share < ctx.Option("min_tool_share", 0.25)) return std::nullopt;
  RuleHit hit;
  hit.begin = tools.front()->begin;
  hit.end = tools.back()->end;
  std::vector<std::string> names;
  for (size_t i = 0; i < tools.size() && i < 3; ++i) {
    names.push_back(ctx.item.text.substr(tools[i]->begin, tools[i]->end - tools[i]->begin));
  }
  hit.vars["tools"] = JoinList(names);
  return hit;
}

std::optional<RuleHit> CheckBulletLength(const BulletContext& ctx) {
  size_t words = ctx.tags.WordCount();
  size_t min_words = static_cast<size_t>(ctx.Option("min_words", 5));
  size_t max_words = static_cast<size_t>(ctx.Option("max_words", 40));
  if (words >= min_words && words <= max_words) return std::nullopt;
  RuleHit hit = WholeItem(ctx.tags, ctx.item.text);
  hit.vars["words"] = std::to_string(words);
  hit.vars["bound"] = words < min_words ? "at least " + std::to_string(min_words)
                                        : "at most " + std::to_string(max_words);
  hit.vars["problem"] = words < min_words ? "too short to show an achievement"
                                          : "too long to skim";
  return hit;
}

}  // namespace hirelint
