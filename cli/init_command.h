#pragma once

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace hirelint::cli {

struct InitOptions {
  std::string dir = ".";
  std::vector<std::string> lexicon_dirs;
};

CLI::App* SetupInit(CLI::App& app, InitOptions* options);
// Writes DIR/.hirelint.yaml with every key and rule commented; never over an existing file.
int RunInit(const InitOptions& options);

}  // namespace hirelint::cli
