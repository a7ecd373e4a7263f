#include "check/checker.h"

#include <algorithm>

#include "check/suppressions.h"

namespace hirelint {

std::string FillTemplate(const std::string& text, const std::map<std::string, std::string>& vars) {
  std::string out;
  out.reserve(text.size() + 32);
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('{', i);
    if (open == std::string::npos) open = text.size();
    out.append(text, i, open - i);
    if (open == text.size()) break;
    size_t close = text.find('}', open);
    if (close != std::string::npos) {
      auto it = vars.find(text.substr(open + 1, close - open - 1));
      if (it != vars.end()) {
        out += it->second;
        i = close + 1;
        continue;
      }
    }
    out += '{';  // not a known {name}: kept as written
    i = open + 1;
  }
  return out;
}

namespace {

// A finding of `rule` at `hit`, whose begin and end must already be source offsets.
Finding MakeFinding(const RuleSpec& rule, Severity severity, const RuleHit& hit) {
  Finding f;
  f.rule = rule.id;
  f.severity = severity;
  f.begin = hit.begin;
  f.end = hit.end;
  f.message = FillTemplate(rule.message, hit.vars);
  f.suggestion = FillTemplate(rule.suggestion, hit.vars);
  return f;
}

}  // namespace

Result<std::shared_ptr<const Checker>> Checker::Build(const std::vector<RuleSpec>& rules) {
  std::shared_ptr<Checker> checker(new Checker());
  checker->rules_ = rules;
  for (const RuleSpec& spec : checker->rules_) {
    const CheckEntry* check = FindCheck(spec.check);
    if (check == nullptr && spec.check == kUnusedSuppressionCheck &&
        spec.id == kUnusedSuppressionRule) {
      continue;  // listed, but its findings come from ApplySuppressions
    }
    Error e;
    e.kind = ErrorKind::kLexicon;
    e.path = spec.where.origin;
    e.line = spec.where.line;
    e.column = spec.where.column;
    if (check == nullptr) {
      std::string known;
      for (const auto& c : CheckRegistry()) known += (known.empty() ? "" : ", ") + std::string(c.name);
      e.message = "rule " + spec.id + " names unknown check '" + spec.check + "'; known: " + known;
      return e;
    }
    const char* kind = check->story                               ? "story"
                       : check->document != nullptr || check->extraction ? "document"
                                                                         : "bullet";
    if (spec.scope != kind) {
      e.message = "rule " + spec.id + ": check '" + spec.check + "' is a " + kind +
                  " check, but scope is " + spec.scope;
      return e;
    }
    Severity severity;
    ParseSeverity(spec.severity, &severity);
    checker->compiled_.push_back({&spec, check, severity});
  }
  return std::shared_ptr<const Checker>(checker);
}

const RuleSpec* Checker::FindRule(const std::string& id) const {
  for (const RuleSpec& r : rules_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

void Checker::RunBullet(const Compiled& rule, size_t index, const Item& item, const ItemTags& tags,
                        const std::string& role, std::vector<Finding>* out) const {
  const RuleSpec& spec = *rule.spec;
  const char* kind = ItemKindName(item.kind);
  if (std::find(spec.applies_to.begin(), spec.applies_to.end(), kind) == spec.applies_to.end()) return;
  if (std::find(spec.skip_sections.begin(), spec.skip_sections.end(), role) != spec.skip_sections.end()) {
    return;
  }
  BulletContext ctx{item, tags, spec, role};
  std::optional<RuleHit> hit = rule.check->bullet(ctx);
  if (!hit) return;
  hit->begin = item.map.ToSource(hit->begin);  // bullet checks speak in cleaned-text offsets
  hit->end = item.map.ToSourceEnd(hit->end);
  Finding f = MakeFinding(spec, rule.severity, *hit);
  f.item = static_cast<int>(index);
  out->push_back(std::move(f));
}

std::vector<Finding> Checker::Check(const std::vector<Item>& items, const std::vector<ItemTags>& tags,
                                    const std::vector<std::string>& section_roles,
                                    const std::vector<ExtractionIssue>& issues) const {
  std::vector<Finding> out;
  for (const Compiled& rule : compiled_) {
    if (rule.check->story != nullptr) continue;  // CheckStory runs these
    if (rule.check->extraction) {
      for (const ExtractionIssue& issue : issues) {
        if (issue.rule != rule.spec->id) continue;
        Finding f;
        f.rule = rule.spec->id;
        f.severity = rule.severity;
        f.begin = issue.begin;
        f.end = issue.end;
        f.message = FillTemplate(rule.spec->message, issue.vars);
        f.suggestion = FillTemplate(rule.spec->suggestion, issue.vars);
        out.push_back(std::move(f));
      }
      continue;
    }
    if (rule.check->document != nullptr) {
      DocumentContext ctx{items, tags, section_roles, *rule.spec};
      if (std::optional<RuleHit> hit = rule.check->document(ctx)) {
        out.push_back(MakeFinding(*rule.spec, rule.severity, *hit));
      }
      continue;
    }
    for (size_t i = 0; i < items.size(); ++i) {
      RunBullet(rule, i, items[i], tags[i], section_roles[i], &out);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
  return out;
}

std::vector<Finding> Checker::CheckStory(const std::string& text, const StoryAnalysis& story,
                                         const StoryWeights& weights) const {
  std::vector<Finding> out;
  for (const Compiled& rule : compiled_) {
    if (rule.check->story == nullptr) continue;
    StoryContext ctx{text, story, weights, *rule.spec};
    std::optional<RuleHit> hit = rule.check->story(ctx);
    if (!hit) continue;
    out.push_back(MakeFinding(*rule.spec, rule.severity, *hit));
  }
  return out;
}

std::vector<Finding> Checker::CheckOne(const std::string& rule_id, const Item& item,
                                       const ItemTags& tags) const {
  std::vector<Finding> out;
  for (const Compiled& rule : compiled_) {
    if (rule.spec->id != rule_id || rule.check->bullet == nullptr) continue;
    RunBullet(rule, 0, item, tags, "experience", &out);
  }
  return out;
}

}  // namespace hirelint
