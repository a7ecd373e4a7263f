#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct TagOptions {
  InputOptions input;
  std::string format = "text";
};

CLI::App* SetupTag(CLI::App& app, TagOptions* options);
int RunTag(const TagOptions& options);

}  // namespace hirelint::cli
