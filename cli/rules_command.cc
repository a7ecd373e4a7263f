#include "rules_command.h"

#include <iostream>

#include "core/did_you_mean.h"
#include "report/report.h"

namespace hirelint::cli {

CLI::App* SetupRules(CLI::App& app, RulesOptions* options) {
  CLI::App* cmd = app.add_subcommand("rules", "List the rules, or explain one");
  cmd->add_option("rule", options->rule_id, "A rule id to explain")->type_name("RULE-ID");
  cmd->add_option("--lexicons", options->lexicon_dirs, "Directory of lexicon/rule YAML overlaid")
      ->type_name("DIR");
  return cmd;
}

int RunRules(const RulesOptions& options) {
  InputOptions input;
  input.lexicon_dirs = options.lexicon_dirs;
  auto engine = MakeEngine(input);
  if (!engine) return kExitError;
  const auto& rules = engine->checker().rules();
  if (options.rule_id.empty()) {
    WriteRuleList(rules, std::cout);
    return kExitOk;
  }
  if (const RuleSpec* rule = engine->checker().FindRule(options.rule_id)) {
    WriteRuleDetail(*rule, std::cout);
    return kExitOk;
  }
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.push_back(r.id);
  Error e;
  e.kind = ErrorKind::kUsage;
  e.message = "unknown rule '" + options.rule_id + "'";
  std::string near = DidYouMean(options.rule_id, ids);
  e.message += near.empty() ? "; 'hirelint rules' lists them" : "; did you mean '" + near + "'?";
  PrintError(e);
  return kExitError;
}

}  // namespace hirelint::cli
