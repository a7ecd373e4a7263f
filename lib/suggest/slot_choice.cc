#include "suggest/slot_choice.h"

#include <algorithm>

namespace hirelint {
namespace {

bool HasMetricOf(const ItemTags& tags, const std::vector<std::string>& kinds) {
  return std::any_of(tags.metrics.begin(), tags.metrics.end(), [&](const Metric& m) {
    return std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end();
  });
}

bool Has(const ItemTags& tags, const char* stage) { return tags.HasStage(StageIndex(stage)); }

}  // namespace

bool ShowsStage(const ItemTags& tags, const std::string& stage, const RewriteSpec& spec) {
  if (stage == "impact") return HasMetricOf(tags, spec.impact_metric_kinds);
  if (stage == "scale") return HasMetricOf(tags, spec.scale_metric_kinds);
  int index = StageIndex(stage);
  return index >= 0 && tags.HasStage(index);
}

SlotChoice ChooseSlots(const ItemTags& tags, bool mentions_ml, const RewriteSpec& spec) {
  SlotChoice choice;
  bool infrastructure = Has(tags, "data") || Has(tags, "serving") || Has(tags, "monitoring") ||
                        Has(tags, "scale") || tags.Has("tools");
  if (Has(tags, "model")) {
    bool trained_only =
        !Has(tags, "evaluation") && !Has(tags, "serving") && !Has(tags, "monitoring");
    choice.profile = trained_only ? "training_only" : "model";
  } else if (infrastructure && mentions_ml) {
    choice.profile = "ml_infrastructure";
  } else if (infrastructure) {
    choice.profile = "infrastructure";
  } else {
    choice.profile = "other";
  }
  if (Has(tags, "impact") && !ShowsStage(tags, "impact", spec)) choice.claimed.insert("impact");
  if (tags.Has("scale_claims") && !ShowsStage(tags, "scale", spec)) {
    choice.claimed.insert("scale");
  }
  std::vector<std::string> order;
  // A bare claim ("large-scale") is the gap a reader notices first.
  if (!spec.claim_first.empty() && choice.claimed.count(spec.claim_first)) {
    order.push_back(spec.claim_first);
  }
  auto it = spec.profiles.find(choice.profile);
  if (it != spec.profiles.end()) {
    for (const std::string& stage : it->second) {
      if (std::find(order.begin(), order.end(), stage) == order.end()) order.push_back(stage);
    }
  }
  for (const std::string& stage : order) {
    if (choice.stages.size() >= spec.max_slots) break;
    if (!ShowsStage(tags, stage, spec)) choice.stages.push_back(stage);
  }
  return choice;
}

}  // namespace hirelint
