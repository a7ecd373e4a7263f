#include "lint_command.h"

#include <cstdlib>
#include <iostream>
#include <set>

#include "engine/lint_session.h"
#include "report/report.h"

namespace hirelint::cli {

CLI::App* SetupLint(CLI::App& app, LintOptions* options) {
  CLI::App* cmd = app.add_subcommand("lint", "Report findings for CVs (the default command)");
  AddInputOptions(cmd, &options->input);
  cmd->add_option("-f,--format", options->format,
                  "Output format: text, json, sarif, github, rdjson, checkstyle or junit")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "rdjson", "checkstyle", "junit"}))
      ->capture_default_str();
  cmd->add_option("--fail-on", options->fail_on,
                  "Exit 1 when a finding is at or above this severity: info, warning, error, "
                  "none (default: the config's fail_on, else error)")
      ->check(CLI::IsMember({"info", "warning", "error", "none"}));
  cmd->add_option("--max-warnings", options->max_warnings,
                  "Exit 1 when there are more than N warnings")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  CLI::Option* config = cmd->add_option("--config", options->config_file,
                                        "Use this config file for every input instead of the "
                                        "nearest .hirelint.yaml")
                            ->type_name("FILE");
  CLI::Option* no_config = cmd->add_flag("--no-config", options->no_config, "Use no config file");
  config->excludes(no_config);
  CLI::Option* baseline = cmd->add_option("--baseline", options->baseline,
                                          "Report only findings not recorded in this baseline file")
                              ->type_name("FILE");
  CLI::Option* write_baseline =
      cmd->add_option("--write-baseline", options->write_baseline,
                      "Record every current finding in this baseline file (replacing it)")
          ->type_name("FILE");
  baseline->excludes(write_baseline);
  CLI::Option* cache =
      cmd->add_flag("--cache", options->cache,
                    "Keep the metrics found in each file, so the next lint of it only searches "
                    "bullets that changed (same output, faster)");
  cmd->add_option("--cache-location", options->cache_location,
                  "Directory of the cache (default: $XDG_CACHE_HOME/hirelint, else "
                  "~/.cache/hirelint)")
      ->type_name("DIR")
      ->needs(cache);
  return cmd;
}

namespace {

// --cache-location, else $XDG_CACHE_HOME/hirelint, else $HOME/.cache/hirelint; "" when none
// of them is set (the XDG spec ignores a relative XDG_CACHE_HOME, and so does this).
std::string CacheDirectory(const LintOptions& options) {
  if (!options.cache_location.empty()) return options.cache_location;
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/hirelint";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] != '\0') return std::string(home) + "/.cache/hirelint";
  return "";
}

}  // namespace

int RunLint(const LintOptions& options) {
  LintSessionOptions session_options;
  session_options.paths = options.input.paths;
  session_options.engine.lexicon_dirs = options.input.lexicon_dirs;
  session_options.run.input_format = options.input.input_format;
  session_options.run.mode = ExtractMode::kBullets;
  session_options.run.read.max_file_bytes =
      static_cast<size_t>(options.input.max_file_mib * 1024 * 1024);
  session_options.run.max_item_bytes = static_cast<size_t>(options.input.max_item_kib * 1024);
  session_options.jobs = options.input.jobs;
  session_options.config_mode = options.no_config              ? ConfigMode::kNone
                                : !options.config_file.empty() ? ConfigMode::kFile
                                                               : ConfigMode::kDiscover;
  session_options.config_file = options.config_file;
  session_options.fail_on = options.fail_on;
  session_options.baseline = options.baseline;
  session_options.write_baseline = options.write_baseline;
  if (options.cache) {
    session_options.run.metric_cache_dir = CacheDirectory(options);
    if (session_options.run.metric_cache_dir.empty()) {
      Error e;
      e.kind = ErrorKind::kUsage;
      e.message =
          "--cache needs --cache-location DIR when HOME is not set and XDG_CACHE_HOME is not an "
          "absolute path";
      PrintError(e);
      return kExitError;
    }
  }

  // The session holds the files' results and the engines: left to the process's exit.
  const Result<LintSession>& run = KeepUntilExit(RunLintSession(session_options));
  if (!run.ok()) {
    PrintError(run.error());
    return kExitError;
  }
  const LintSession& session = run.value();
  bool had_error = !session.input_errors.empty();
  for (const Error& e : session.input_errors) PrintError(e);
  for (const FileResult& r : session.files) {
    if (r.error) {
      PrintError(*r.error);
      had_error = true;
    }
  }
  // Once each: an unwritable cache directory fails the same way for every file.
  std::set<std::string> cache_warnings;
  for (const FileResult& r : session.files) {
    if (r.cache_warning && cache_warnings.insert(r.cache_warning->ToString()).second) {
      PrintWarning(*r.cache_warning);
    }
  }

  const std::vector<FileResult>& results = session.files;
  if (options.format == "json") {
    WriteLintJson(results, std::cout);
  } else if (options.format == "sarif") {
    WriteLintSarif(results, session.rules, session.input_errors, std::cout);
  } else if (options.format == "github") {
    WriteLintGithub(results, std::cout);
  } else if (options.format == "rdjson") {
    WriteLintRdjson(results, std::cout);
  } else if (options.format == "checkstyle") {
    WriteLintCheckstyle(results, std::cout);
  } else if (options.format == "junit") {
    WriteLintJunit(results, std::cout);
  } else {
    TextStyle style;
    style.color = UseColor(options.input.color);
    WriteLintText(results, style, std::cout);
  }
  std::cout.flush();
  if (!options.write_baseline.empty()) {
    std::cerr << "hirelint: recorded " << session.baseline_written
              << (session.baseline_written == 1 ? " finding" : " findings") << " in "
              << options.write_baseline << "\n";
  }
  if (had_error) return kExitError;

  bool fail = false;
  for (size_t i = 0; i < results.size() && !fail; ++i) {
    if (session.fail_on[i] == "none") continue;
    Severity threshold = Severity::kError;
    ParseSeverity(session.fail_on[i], &threshold);
    for (const Finding& f : results[i].findings) {
      if (f.severity >= threshold) {
        fail = true;
        break;
      }
    }
  }
  FindingCounts counts = CountFindings(results);
  if (options.max_warnings >= 0 && counts.warnings > static_cast<size_t>(options.max_warnings)) {
    std::cerr << "hirelint: " << counts.warnings << " warnings, more than --max-warnings "
              << options.max_warnings << "\n";
    fail = true;
  }
  return fail ? kExitFindings : kExitOk;
}

}  // namespace hirelint::cli
