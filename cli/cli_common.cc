#include "cli_common.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "engine/batch.h"
#include "engine/lint_session.h"
#include "extract/extractor.h"

namespace hirelint::cli {

void AddInputOptions(CLI::App* command, InputOptions* options) {
  command->add_option("paths", options->paths, "Files or directories to read; - for stdin")
      ->required()
      ->type_name("PATH");
  command->add_option("--lexicons", options->lexicon_dirs,
                      "Directory of lexicon/rule YAML overlaid on the built-in ones (repeatable)")
      ->type_name("DIR");
  std::vector<std::string> formats;
  for (const auto& e : Extractors()) formats.push_back(e.name);
  command->add_option("--input-format", options->input_format,
                      "Read every input as this format instead of guessing from its name")
      ->check(CLI::IsMember(formats));
  command->add_option("--color", options->color, "Colour output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command
      ->add_option("-j,--jobs", options->jobs,
                   "Threads: files in parallel, or one file's items (0: all cores)")
      ->capture_default_str();
  command->add_option("--max-file-size", options->max_file_mib, "Largest input accepted, in MiB")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--max-item-size", options->max_item_kib,
                      "Longest bullet or story accepted, in KiB")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

void PrintError(const Error& error) {
  std::cerr << "hirelint: error: " << error.ToString() << "\n";
}

void PrintWarning(const Error& error) {
  std::cerr << "hirelint: warning: " << error.ToString() << "\n";
}

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDOUT_FILENO) != 0;
}

std::shared_ptr<const Engine> MakeEngine(const InputOptions& options) {
  EngineOptions engine_options;
  engine_options.lexicon_dirs = options.lexicon_dirs;
  auto engine = Engine::Create(engine_options);
  if (!engine.ok()) {
    PrintError(engine.error());
    return nullptr;
  }
  return engine.value();
}

std::shared_ptr<const Engine> MakeConfiguredEngine(const InputOptions& options,
                                                   const std::string& config_file, bool no_config) {
  ConfigMode mode = no_config              ? ConfigMode::kNone
                    : !config_file.empty() ? ConfigMode::kFile
                                           : ConfigMode::kDiscover;
  auto config = LoadRunConfig(mode, config_file);
  if (!config.ok()) {
    PrintError(config.error());
    return nullptr;
  }
  EngineOptions base;
  base.lexicon_dirs = options.lexicon_dirs;
  auto engine = Engine::Create(EngineOptionsFor(config.value().get(), base));
  if (!engine.ok()) {
    PrintError(engine.error());
    return nullptr;
  }
  if (config.value()) {
    if (auto error = ValidateConfig(*config.value(), engine.value()->lexicons())) {
      PrintError(*error);
      return nullptr;
    }
  }
  return engine.value();
}

std::vector<FileResult> RunInputs(const Engine& engine, const InputOptions& options,
                                  ExtractMode mode, bool findings, bool* had_error) {
  std::vector<Error> errors;
  std::vector<std::string> paths = engine.ExpandPaths(options.paths, &errors);
  for (const Error& e : errors) PrintError(e);
  *had_error = !errors.empty();
  RunOptions run;
  run.input_format = options.input_format;
  run.mode = mode;
  run.findings = findings;
  run.read.max_file_bytes = static_cast<size_t>(options.max_file_mib * 1024 * 1024);
  run.max_item_bytes = static_cast<size_t>(options.max_item_kib * 1024);
  std::vector<FileResult> results = RunBatch(engine, paths, run, options.jobs);
  for (const FileResult& r : results) {
    if (r.error) {
      PrintError(*r.error);
      *had_error = true;
    }
  }
  return results;
}

}  // namespace hirelint::cli
