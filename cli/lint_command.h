#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct LintOptions {
  InputOptions input;
  std::string format = "text";
  std::string fail_on = "error";
};

CLI::App* SetupLint(CLI::App& app, LintOptions* options);
int RunLint(const LintOptions& options);

}  // namespace hirelint::cli
