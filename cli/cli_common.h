#pragma once
// What every subcommand shares: input options, colour, error printing and exit codes.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "engine/engine.h"

namespace hirelint::cli {

// Exit codes (DESIGN.md): 0 nothing at or above --fail-on, 1 findings at or above it,
// 2 usage, config, lexicon or input errors.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct InputOptions {
  std::vector<std::string> paths;
  std::vector<std::string> lexicon_dirs;
  std::string input_format;
  std::string color = "auto";
  unsigned jobs = 0;
  double max_file_mib = 64;
  double max_item_kib = 1024;
};

// Adds PATH..., --lexicons, --input-format, --color, --jobs and --max-file-size.
void AddInputOptions(CLI::App* command, InputOptions* options);

// Prints "hirelint: error: PATH:LINE:COL: message" to stderr.
void PrintError(const Error& error);
// Prints "hirelint: warning: PATH: message": something failed that changes neither the output
// nor the exit code (the metric cache could not be written).
void PrintWarning(const Error& error);

// True when stdout should get ANSI colours: --color always, or auto on a terminal without
// NO_COLOR set.
bool UseColor(const std::string& mode);

// Builds the engine, printing the error (and returning nullptr) when lexicons are bad.
std::shared_ptr<const Engine> MakeEngine(const InputOptions& options);

// Builds the engine with one config for the whole run (engine/lint_session.h LoadRunConfig):
// its lexicons and story weights, checked against the engine's rules and weights. Prints the
// error (and returns nullptr) for a bad config or lexicon.
std::shared_ptr<const Engine> MakeConfiguredEngine(const InputOptions& options,
                                                   const std::string& config_file, bool no_config);

// Moves `value` to where it is never freed and returns it. A command's results (every file's
// items, tokens and findings) and engines (compiled patterns) are used until the process
// exits; freeing them first took ~10% of linting 5 MB and 2% of the instructions of linting one
// CV. Kept in a list a static points to, so leak checkers see them as reachable.
template <typename T>
const T& KeepUntilExit(T value) {
  static auto* kept = new std::vector<std::shared_ptr<const void>>();
  auto held = std::make_shared<const T>(std::move(value));
  kept->push_back(held);
  return *held;
}

// Expands the paths and runs every file; prints each file's error and sets *had_error.
// `findings`: whether bullets are checked and given rewrites (RunOptions::findings).
std::vector<FileResult> RunInputs(const Engine& engine, const InputOptions& options,
                                  ExtractMode mode, bool findings, bool* had_error);

}  // namespace hirelint::cli
