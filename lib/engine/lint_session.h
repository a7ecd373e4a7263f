#pragma once
// One `hirelint lint` run with everything CI needs around the engine: each file's config
// (config/config.h) found and applied, ignored paths left out, per-path rule settings,
// inline suppressions (applied by Engine::Process), and a baseline read or written.
//
// Files with different configs may need different engines (a config's `lexicons` and
// `story_weights` change the compiled state), so engines are built per distinct set of
// lexicon directories and weights, and checkers per distinct rule settings; each is built once
// and shared by every file that needs it.

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/error.h"
#include "engine/engine.h"

namespace hirelint {

enum class ConfigMode {
  kDiscover,  // the nearest .hirelint.yaml above each file (stdin: above the working directory)
  kFile,      // one named config for every file (--config)
  kNone,      // no config (--no-config)
};

struct LintSessionOptions {
  std::vector<std::string> paths;  // as given; directories are walked
  EngineOptions engine;            // --lexicons, overlaid after a config's own lexicons
  RunOptions run;                  // input format and read limits (its checker is ignored)
  unsigned jobs = 0;
  ConfigMode config_mode = ConfigMode::kDiscover;
  std::string config_file;     // for kFile
  std::string fail_on;         // --fail-on; "" to take the config's, else "error"
  std::string baseline;        // --baseline: report only findings not in this file
  std::string write_baseline;  // --write-baseline: record every finding here
};

struct LintSession {
  // Every linted file in input order, including files that could not be read (their `error`
  // is set). Ignored files are left out.
  std::vector<FileResult> files;
  // Per file: the severity at or above which a finding fails the run ("info", "warning",
  // "error" or "none"), from --fail-on, else the file's config, else "error".
  std::vector<std::string> fail_on;
  std::vector<Error> input_errors;  // paths that do not exist, directories without CVs
  size_t ignored = 0;               // files left out by `ignore` globs
  size_t baselined = 0;             // findings the baseline accepted
  size_t baseline_written = 0;      // entries written by write_baseline
  std::vector<RuleSpec> rules;      // every rule of the run's engines, by id (SARIF metadata)
  // The engines the files were linted with, in first use order: whoever holds the session
  // decides when their compiled state is freed (the CLI leaves it to the process's exit).
  std::vector<std::shared_ptr<const Engine>> engines;
};

// Runs the lint. Returns an Error (exit status 2) for a bad config, lexicon or baseline; input
// errors of single files do not stop the run and are reported in the session. Directory walks
// skip hidden files (.hirelint.yaml, .hirelint-baseline.json) as they skip hidden folders;
// files named in `paths` are always read. A baseline is applied before write_baseline records
// what remains; after writing, the new baseline is applied too, so the session reports what a
// run with --baseline on the new file would (nothing).
Result<LintSession> RunLintSession(const LintSessionOptions& options);

// The path errors show for a config file found by walking up: relative to the working
// directory when it lies below it, else absolute.
std::string DisplayPath(const std::string& absolute_path);

// The engine options for files under `config` (null: no config): the config's lexicon
// directories, then `base`'s (the command line's, which win); the config's story_weights as
// the "story" weights, then `base`'s weights.
EngineOptions EngineOptionsFor(const Config* config, const EngineOptions& base);

// One config for a whole run, for commands that use one engine for every input (`score`):
// the named file (kFile), none (kNone), or the nearest above the working directory
// (kDiscover). Returns null when there is none.
Result<std::shared_ptr<const Config>> LoadRunConfig(ConfigMode mode,
                                                    const std::string& config_file);

}  // namespace hirelint
