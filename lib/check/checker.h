#pragma once
// check: runs every enabled rule over a file's tagged items. Built once from the rule specs
// (an unknown `check` name is a lexicon error at the rule's file); immutable and thread-safe.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/rule_check.h"
#include "core/error.h"

namespace hirelint {

class Checker {
 public:
  static Result<std::shared_ptr<const Checker>> Build(const std::vector<RuleSpec>& rules);

  // Findings for one file, sorted by position then rule id. `issues` are the extractor's
  // parse-health observations; each becomes a finding of the parse_health rule it names.
  std::vector<Finding> Check(const std::vector<Item>& items, const std::vector<ItemTags>& tags,
                             const std::vector<std::string>& section_roles,
                             const std::vector<ExtractionIssue>& issues = {}) const;
  // The findings one rule gives for a single bullet in an experience section; rule tests use
  // it to run a rule's examples.
  std::vector<Finding> CheckOne(const std::string& rule_id, const Item& item,
                                const ItemTags& tags) const;

  // Findings of the story rules for one story, in rule id order; spans are byte offsets into
  // `text`, and `item` is -1.
  std::vector<Finding> CheckStory(const std::string& text, const StoryAnalysis& story,
                                  const StoryWeights& weights) const;

  const std::vector<RuleSpec>& rules() const { return rules_; }
  const RuleSpec* FindRule(const std::string& id) const;

 private:
  struct Compiled {
    const RuleSpec* spec;
    const CheckEntry* check;
    Severity severity;
  };
  Checker() = default;
  void RunBullet(const Compiled& rule, size_t index, const Item& item, const ItemTags& tags,
                 const std::string& role, std::vector<Finding>* out) const;

  std::vector<RuleSpec> rules_;
  std::vector<Compiled> compiled_;
};

// Fills {name} placeholders in a message template; unknown names are left as written.
std::string FillTemplate(const std::string& text, const std::map<std::string, std::string>& vars);

}  // namespace hirelint
