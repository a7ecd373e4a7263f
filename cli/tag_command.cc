#include "tag_command.h"

#include <iostream>

#include "report/report.h"

namespace hirelint::cli {

CLI::App* SetupTag(CLI::App& app, TagOptions* options) {
  CLI::App* cmd = app.add_subcommand("tag", "Show each item's lifecycle stages and metrics");
  AddInputOptions(cmd, &options->input);
  cmd->add_option("-f,--format", options->format, "Output format: text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  return cmd;
}

int RunTag(const TagOptions& options) {
  auto engine = MakeEngine(options.input);
  if (!engine) return kExitError;
  KeepUntilExit(engine);
  bool had_error = false;
  const std::vector<FileResult>& results = KeepUntilExit(
      RunInputs(*engine, options.input, ExtractMode::kBullets, /*findings=*/false, &had_error));
  TextStyle style;
  style.color = UseColor(options.input.color);
  if (options.format == "json") {
    WriteTagJson(results, std::cout);
  } else {
    for (const FileResult& r : results) {
      if (r.error) continue;
      if (options.format == "jsonl") {
        WriteTagJsonl(r, std::cout);
      } else {
        WriteTagText(r, style, std::cout);
      }
    }
  }
  std::cout.flush();
  return had_error ? kExitError : kExitOk;
}

}  // namespace hirelint::cli
