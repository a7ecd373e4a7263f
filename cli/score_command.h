#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct ScoreOptions {
  InputOptions input;
  std::string format = "text";
  std::string fail_on = "error";
  bool quiet = false;
};

CLI::App* SetupScore(CLI::App& app, ScoreOptions* options);
int RunScore(const ScoreOptions& options);

}  // namespace hirelint::cli
