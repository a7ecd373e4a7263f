// The `rules` command's list and detail pages, generated from the rule YAML.

#include <algorithm>

#include "report/report.h"

namespace hirelint {

void WriteRuleList(const std::vector<RuleSpec>& rules, std::ostream& out) {
  size_t width = 0;
  for (const auto& r : rules) width = std::max(width, r.id.size());
  for (const auto& r : rules) {
    out << r.id << std::string(width - r.id.size() + 2, ' ') << r.severity
        << std::string(9 - r.severity.size(), ' ') << r.summary << "\n";
  }
  out << "\nShow one rule's rationale and examples: hirelint rules RULE-ID\n";
}

void WriteRuleDetail(const RuleSpec& r, std::ostream& out) {
  out << r.id << " (" << r.severity << ", " << r.scope << ")\n\n" << r.summary << "\n\n";
  out << "Why:\n  " << r.rationale;
  if (r.rationale.empty() || r.rationale.back() != '\n') out << "\n";
  if (!r.suggestion.empty()) out << "\nHow to fix:\n  " << r.suggestion << "\n";
  out << "\nFlagged:\n";
  for (const auto& e : r.bad_examples) out << "  - " << e << "\n";
  out << "\nFine:\n";
  for (const auto& e : r.good_examples) out << "  - " << e << "\n";
  if (!r.options.empty()) {
    out << "\nOptions:\n";
    for (const auto& [k, v] : r.options) out << "  " << k << ": " << v << "\n";
  }
}

}  // namespace hirelint
