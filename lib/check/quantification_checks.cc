// Checks about numbers: a bullet with no metric, and a scale claim with no figure.

#include <set>

#include "check/rule_check.h"

namespace hirelint {

std::optional<RuleHit> CheckImpactUnquantified(const BulletContext& ctx) {
  if (ctx.tags.quantified()) return std::nullopt;
  // Too short to be an achievement ("Python", "Team lead"): bullet-length speaks to those.
  if (ctx.tags.WordCount() < static_cast<size_t>(ctx.Option("min_words", 4))) return std::nullopt;
  return WholeItem(ctx.tags, ctx.item.text);
}

std::optional<RuleHit> CheckScaleClaimUnquantified(const BulletContext& ctx) {
  static const std::set<std::string> kScaleKinds = {"count", "throughput", "size", "multiplier"};
  for (const Metric& m : ctx.tags.metrics) {
    if (kScaleKinds.count(m.kind)) return std::nullopt;
  }
  auto claims = ctx.tags.Hits("scale_claims");
  if (claims.empty()) return std::nullopt;
  RuleHit hit;
  hit.begin = claims.front()->begin;
  hit.end = claims.front()->end;
  hit.vars["phrase"] = ctx.item.text.substr(hit.begin, hit.end - hit.begin);
  return hit;
}

}  // namespace hirelint
