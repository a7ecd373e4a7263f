#include <algorithm>

#include "check/rule_check.h"

namespace hirelint {

namespace {
double FindOption(const RuleSpec& rule, const std::string& name, double fallback) {
  auto it = rule.options.find(name);
  return it == rule.options.end() ? fallback : it->second;
}
}  // namespace

double BulletContext::Option(const std::string& name, double fallback) const {
  return FindOption(rule, name, fallback);
}
double DocumentContext::Option(const std::string& name, double fallback) const {
  return FindOption(rule, name, fallback);
}
double StoryContext::Option(const std::string& name, double fallback) const {
  return FindOption(rule, name, fallback);
}

const std::vector<CheckEntry>& CheckRegistry() {
  static const std::vector<CheckEntry> kChecks = {
      {"bullet_length", CheckBulletLength, nullptr},
      {"existence", CheckExistence, nullptr},
      {"impact_unquantified", CheckImpactUnquantified, nullptr},
      {"lifecycle_coverage", nullptr, CheckLifecycleCoverage},
      {"parse_health", nullptr, nullptr, nullptr, true},
      {"scale_claim_unquantified", CheckScaleClaimUnquantified, nullptr},
      {"story_low_signal_density", nullptr, nullptr, CheckStoryLowSignalDensity},
      {"story_no_failure_mode", nullptr, nullptr, CheckStoryNoFailureMode},
      {"story_no_result", nullptr, nullptr, CheckStoryNoResult},
      {"story_no_tradeoff", nullptr, nullptr, CheckStoryNoTradeoff},
      {"story_result_unquantified", nullptr, nullptr, CheckStoryResultUnquantified},
      {"story_too_long", nullptr, nullptr, CheckStoryTooLong},
      {"story_too_short", nullptr, nullptr, CheckStoryTooShort},
      {"story_we_not_i", nullptr, nullptr, CheckStoryWeNotI},
      {"tools_without_outcome", CheckToolsWithoutOutcome, nullptr},
      {"training_only", CheckTrainingOnly, nullptr},
  };
  return kChecks;
}

const CheckEntry* FindCheck(const std::string& name) {
  const auto& checks = CheckRegistry();
  auto it = std::find_if(checks.begin(), checks.end(),
                         [&](const CheckEntry& e) { return name == e.name; });
  return it == checks.end() ? nullptr : &*it;
}

RuleHit WholeItem(const ItemTags& tags, const std::string& text) {
  RuleHit hit;
  hit.begin = 0;
  hit.end = text.size();
  if (!tags.tokens.empty()) {
    hit.begin = tags.tokens.front().begin;
    hit.end = tags.tokens.back().end;
  }
  return hit;
}

std::string JoinList(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace hirelint
