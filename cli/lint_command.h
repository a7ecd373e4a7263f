#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct LintOptions {
  InputOptions input;
  std::string format = "text";
  std::string fail_on;         // "" when not given: the config's fail_on, else "error"
  std::string config_file;     // --config
  bool no_config = false;      // --no-config
  std::string baseline;        // --baseline
  std::string write_baseline;  // --write-baseline
  long max_warnings = -1;      // --max-warnings; -1 when not given
  bool cache = false;          // --cache
  std::string cache_location;  // --cache-location; "" for the default
};

CLI::App* SetupLint(CLI::App& app, LintOptions* options);
int RunLint(const LintOptions& options);

}  // namespace hirelint::cli
