#include "init_command.h"

#include <filesystem>
#include <iostream>

#include "config/config.h"
#include "core/atomic_write.h"

namespace hirelint::cli {

CLI::App* SetupInit(CLI::App& app, InitOptions* options) {
  CLI::App* cmd =
      app.add_subcommand("init", "Write a commented .hirelint.yaml (never over an existing one)");
  cmd->add_option("dir", options->dir, "Directory to write it in")
      ->type_name("DIR")
      ->capture_default_str();
  cmd->add_option("--lexicons", options->lexicon_dirs,
                  "Directory of lexicon/rule YAML whose rules are listed too")
      ->type_name("DIR");
  return cmd;
}

int RunInit(const InitOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(options.dir, ec)) {
    Error e;
    e.kind = ErrorKind::kUsage;
    e.path = options.dir;
    e.message = "not a directory; 'hirelint init DIR' writes DIR/" + std::string(kConfigFileName);
    PrintError(e);
    return kExitError;
  }
  InputOptions input;
  input.lexicon_dirs = options.lexicon_dirs;
  auto engine = MakeEngine(input);
  if (!engine) return kExitError;
  std::string path = options.dir == "."
                         ? kConfigFileName
                         : (std::filesystem::path(options.dir) / kConfigFileName).string();
  if (auto error = WriteFileAtomically(path, DefaultConfigText(engine->checker().rules()),
                                       ExistingFile::kKeep, ErrorKind::kUsage)) {
    PrintError(*error);
    return kExitError;
  }
  std::cout << "wrote " << path << "; edit it to change rules, ignore paths or set fail_on\n";
  return kExitOk;
}

}  // namespace hirelint::cli
