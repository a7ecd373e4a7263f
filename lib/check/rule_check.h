#pragma once
// The C++ side of rules: a rule's YAML names its `check`, and the registry maps that name to a
// function. Checks decide whether a rule fires and where; the YAML owns the words.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/item.h"
#include "lexicon/lexicon_data.h"
#include "score/story_analysis.h"
#include "score/story_score.h"
#include "tag/item_tags.h"

namespace hirelint {

struct BulletContext {
  const Item& item;
  const ItemTags& tags;
  const RuleSpec& rule;
  const std::string& section_role;  // from sections.yaml: "experience", "skills", ... or "other"
  double Option(const std::string& name, double fallback) const;
};

struct DocumentContext {
  const std::vector<Item>& items;
  const std::vector<ItemTags>& tags;
  const std::vector<std::string>& section_roles;  // one per item
  const RuleSpec& rule;
  double Option(const std::string& name, double fallback) const;
};

// A story rule sees the story's analysis and the limits the score uses, so a rule and the
// score never disagree about, say, the speaking window.
struct StoryContext {
  const std::string& text;
  const StoryAnalysis& story;
  const StoryWeights& weights;
  const RuleSpec& rule;
  double Option(const std::string& name, double fallback) const;
};

// Where a rule fired and the values for its message's {placeholders}.
struct RuleHit {
  size_t begin = 0;  // byte offsets into the item's cleaned text (document checks: source;
                     // story checks: the story's text)
  size_t end = 0;
  std::map<std::string, std::string> vars;
};

using BulletCheck = std::optional<RuleHit> (*)(const BulletContext&);
using DocumentCheck = std::optional<RuleHit> (*)(const DocumentContext&);
using StoryCheck = std::optional<RuleHit> (*)(const StoryContext&);

struct CheckEntry {
  const char* name;
  BulletCheck bullet = nullptr;      // at most one of the three is set
  DocumentCheck document = nullptr;
  StoryCheck story = nullptr;
  // None is set for the parse-health check: its findings are the extractor's issues
  // (Extraction::issues) named by the rule's id; such rules have document scope.
  bool extraction = false;
};

// Every check, sorted by name.
const std::vector<CheckEntry>& CheckRegistry();
const CheckEntry* FindCheck(const std::string& name);

// The checks themselves, one family per file.
std::optional<RuleHit> CheckExistence(const BulletContext& ctx);
std::optional<RuleHit> CheckImpactUnquantified(const BulletContext& ctx);
std::optional<RuleHit> CheckScaleClaimUnquantified(const BulletContext& ctx);
std::optional<RuleHit> CheckTrainingOnly(const BulletContext& ctx);
std::optional<RuleHit> CheckToolsWithoutOutcome(const BulletContext& ctx);
std::optional<RuleHit> CheckBulletLength(const BulletContext& ctx);
std::optional<RuleHit> CheckLifecycleCoverage(const DocumentContext& ctx);
std::optional<RuleHit> CheckStoryNoResult(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryResultUnquantified(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryWeNotI(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryTooLong(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryTooShort(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryLowSignalDensity(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryNoTradeoff(const StoryContext& ctx);
std::optional<RuleHit> CheckStoryNoFailureMode(const StoryContext& ctx);

// Helpers shared by checks.
RuleHit WholeItem(const ItemTags& tags, const std::string& text);
std::string JoinList(const std::vector<std::string>& parts);  // "a, b and c"

}  // namespace hirelint
