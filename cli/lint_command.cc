#include "lint_command.h"

#include <iostream>

#include "report/report.h"

namespace hirelint::cli {

CLI::App* SetupLint(CLI::App& app, LintOptions* options) {
  CLI::App* cmd = app.add_subcommand("lint", "Report findings for CVs (the default command)");
  AddInputOptions(cmd, &options->input);
  cmd->add_option("-f,--format", options->format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--fail-on", options->fail_on,
                  "Exit 1 when a finding is at or above this severity: info, warning, error, none")
      ->check(CLI::IsMember({"info", "warning", "error", "none"}))
      ->capture_default_str();
  return cmd;
}

int RunLint(const LintOptions& options) {
  auto engine = MakeEngine(options.input);
  if (!engine) return kExitError;
  bool had_error = false;
  std::vector<FileResult> results = RunInputs(*engine, options.input, ExtractMode::kBullets, &had_error);
  if (options.format == "json") {
    WriteLintJson(results, std::cout);
  } else {
    TextStyle style;
    style.color = UseColor(options.input.color);
    WriteLintText(results, style, std::cout);
  }
  std::cout.flush();
  if (had_error) return kExitError;
  if (options.fail_on == "none") return kExitOk;
  Severity threshold;
  ParseSeverity(options.fail_on, &threshold);
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      if (f.severity >= threshold) return kExitFindings;
    }
  }
  return kExitOk;
}

}  // namespace hirelint::cli
