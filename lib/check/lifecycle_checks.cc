// Checks about the ML lifecycle: model work that stops at training, and a CV that never shows
// evaluation, serving or monitoring.

#include "check/rule_check.h"

namespace hirelint {
namespace {

const int kModel = StageIndex("model");
const int kEvaluation = StageIndex("evaluation");
const int kServing = StageIndex("serving");
const int kMonitoring = StageIndex("monitoring");

}  // namespace

std::optional<RuleHit> CheckTrainingOnly(const BulletContext& ctx) {
  const ItemTags& t = ctx.tags;
  if (!t.HasStage(kModel) || t.HasStage(kEvaluation) || t.HasStage(kServing) ||
      t.HasStage(kMonitoring)) {
    return std::nullopt;
  }
  for (const StageHit& h : t.stage_hits) {
    if (h.stage != kModel) continue;
    RuleHit hit;
    hit.begin = h.begin;
    hit.end = h.end;
    hit.vars["phrase"] = ctx.item.text.substr(h.begin, h.end - h.begin);
    return hit;
  }
  return std::nullopt;
}

std::optional<RuleHit> CheckLifecycleCoverage(const DocumentContext& ctx) {
  uint32_t covered = 0;
  size_t bullets = 0;
  size_t first_begin = 0;
  bool have_first = false;
  for (size_t i = 0; i < ctx.items.size(); ++i) {
    const Item& item = ctx.items[i];
    if (item.kind != ItemKind::kBullet && item.kind != ItemKind::kSummary) continue;
    if (ctx.section_roles[i] == "skills" || ctx.section_roles[i] == "education") continue;
    ++bullets;
    covered |= ctx.tags[i].stage_mask;
    if (!have_first) {
      first_begin = item.SourceBegin();
      have_first = true;
    }
  }
  if (bullets < static_cast<size_t>(ctx.Option("min_bullets", 3))) return std::nullopt;
  std::vector<std::string> missing;
  for (int stage : {kEvaluation, kServing, kMonitoring}) {
    if (!((covered >> stage) & 1u)) missing.push_back(StageNames()[static_cast<size_t>(stage)]);
  }
  if (missing.empty()) return std::nullopt;
  RuleHit hit;
  hit.begin = first_begin;
  hit.end = first_begin;
  hit.vars["missing"] = JoinList(missing);
  return hit;
}

}  // namespace hirelint
