#pragma once
// The project configuration file, .hirelint.yaml: which rules run and how strictly, which paths
// are not linted, per-path overrides, extra lexicons, and story score weights.
//
// Loading is in two steps. ParseConfig checks the YAML against the schema (unknown keys, wrong
// types, bad severities, bad globs); ValidateConfig then checks the names that depend on the
// lexicons in force (rule ids, rule options), which a config's own `lexicons` may extend. Every
// error is an Error of kind kConfig with the file, line and column.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "lexicon/lexicon_data.h"

namespace hirelint {

// The file name hirelint looks for.
constexpr const char* kConfigFileName = ".hirelint.yaml";

// One entry of a `rules` map: `verb-weak-opener: error`, or
// `bullet-length: {severity: info, options: {max_words: 35}}`.
struct RuleConfig {
  std::string rule;
  SourceRef where;                      // the rule id's key
  std::optional<std::string> severity;  // "off", "info", "warning" or "error"; unset: the rule's
  struct Option {
    double value = 0;
    SourceRef where;
  };
  std::map<std::string, Option> options;  // replace the rule YAML's `options` of the same name
};

// An `overrides` entry: rule settings for the paths matching any of `files`.
struct OverrideConfig {
  std::vector<std::string> files;  // globs (config/glob.h), relative to the config's directory
  std::vector<RuleConfig> rules;
  SourceRef where;
};

struct Config {
  std::string path;  // as shown in errors
  std::string dir;   // absolute directory of the file; relative paths in it resolve against it
  std::vector<RuleConfig> rules;
  std::optional<std::string> fail_on;                       // "info", "warning", "error" or "none"
  std::vector<std::string> lexicon_dirs;                    // absolute, in the order written
  std::vector<std::string> ignore;                          // globs of paths not linted
  std::vector<OverrideConfig> overrides;                    // applied in order; later entries win
  std::map<std::string, RuleConfig::Option> story_weights;  // the `story` scoring weights
};

// Parses the text of a config file. `path` is what errors show; `dir` is the absolute
// directory the file's relative paths are resolved against.
Result<Config> ParseConfig(const std::string& path, const std::string& dir,
                           const std::string& text);

// Reads and parses a config file (relative paths resolve against its directory). Errors and
// positions name it as `display` ("" for `path` itself).
Result<Config> LoadConfig(const std::string& path, const std::string& display = "");

// Checks every rule id and rule option against the lexicons in force. (Story weights are
// checked where they are applied, by Engine::Create, which reports them at their position.)
std::optional<Error> ValidateConfig(const Config& config, const LexiconData& lexicons);

// The nearest config file for a file in `start_dir` (absolute): start_dir itself, then each
// parent, stopping after the first directory that holds a `.git` entry (a repository root;
// `.git` is a file in worktrees and submodules) or at the file system root.
std::optional<std::string> FindConfigFile(const std::string& start_dir);

// The rule specs in force after applying `layers` in order (the config's `rules`, then each
// matching override's). A severity of "off" drops the rule; options replace the rule's own.
// Assumes ValidateConfig passed.
std::vector<RuleSpec> ApplyRuleConfig(const std::vector<RuleSpec>& rules,
                                      const std::vector<const std::vector<RuleConfig>*>& layers);

// `path` relative to the config's directory, '/'-separated, for matching globs; nullopt when
// the path lies outside that directory (globs never match it then).
std::optional<std::string> PathRelativeToConfig(const Config& config, const std::string& path);

// Whether the config's `ignore` globs exclude `path`.
bool IsIgnored(const Config& config, const std::string& path);

// The indices of the overrides whose `files` match `path`, in order.
std::vector<size_t> MatchingOverrides(const Config& config, const std::string& path);

// The commented default configuration `hirelint init` writes: each key with its default value
// and an explanation, and every rule of `rules` listed (commented out) with its default
// severity, summary and options, ready to uncomment.
std::string DefaultConfigText(const std::vector<RuleSpec>& rules);

}  // namespace hirelint
