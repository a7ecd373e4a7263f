#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct RewriteOptions {
  InputOptions input;
  std::string format = "text";
};

CLI::App* SetupRewrite(CLI::App& app, RewriteOptions* options);
int RunRewrite(const RewriteOptions& options);

}  // namespace hirelint::cli
