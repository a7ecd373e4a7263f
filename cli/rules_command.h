#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct RulesOptions {
  std::string rule_id;
  std::vector<std::string> lexicon_dirs;
};

CLI::App* SetupRules(CLI::App& app, RulesOptions* options);
int RunRules(const RulesOptions& options);

}  // namespace hirelint::cli
