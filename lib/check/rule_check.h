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

// Where a rule fired and the values for its message's {placeholders}.
struct RuleHit {
  size_t begin = 0;  // byte offsets into the item's cleaned text (document checks: source)
  size_t end = 0;
  std::map<std::string, std::string> vars;
};

using BulletCheck = std::optional<RuleHit> (*)(const BulletContext&);
using DocumentCheck = std::optional<RuleHit> (*)(const DocumentContext&);

struct CheckEntry {
  const char* name;
  BulletCheck bullet = nullptr;      // exactly one of the two is set
  DocumentCheck document = nullptr;
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

// Helpers shared by checks.
RuleHit WholeItem(const ItemTags& tags, const std::string& text);
std::string JoinList(const std::vector<std::string>& parts);  // "a, b and c"

}  // namespace hirelint
