#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct ScoreOptions {
  InputOptions input;
  std::string format = "text";
  std::string fail_on = "error";
  bool quiet = false;
  std::string config_file;  // --config: its lexicons and story_weights
  bool no_config = false;   // --no-config
};

CLI::App* SetupScore(CLI::App& app, ScoreOptions* options);
int RunScore(const ScoreOptions& options);

}  // namespace hirelint::cli
