// `hirelint score`: interview stories, one or ten thousand. Inputs are streamed in bounded
// batches (engine/story_feed.h), each batch scored on --jobs threads and written in input
// order (engine/story_stream.h), so output is identical for every --jobs and memory does not
// grow with the input.

#include "score_command.h"

#include <algorithm>
#include <iostream>
#include <thread>

#include "engine/story_feed.h"
#include "engine/story_pipeline.h"
#include "engine/story_stream.h"
#include "progress.h"
#include "report/story_report.h"

namespace hirelint::cli {

CLI::App* SetupScore(CLI::App& app, ScoreOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "score",
      "Score interview stories: STAR parts, stages, quantified result, ownership, trade-off, "
      "failure-first, length");
  AddInputOptions(cmd, &options->input);
  cmd->add_option("-f,--format", options->format, "Output format: text, json, jsonl or csv")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}))
      ->capture_default_str();
  cmd->add_option("--fail-on", options->fail_on,
                  "Exit 1 when a finding is at or above this severity: info, warning, error, none")
      ->check(CLI::IsMember({"info", "warning", "error", "none"}))
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", options->quiet, "No progress bar on stderr");
  CLI::Option* config =
      cmd->add_option("--config", options->config_file,
                      "Config whose lexicons and story_weights apply, instead of the nearest "
                      ".hirelint.yaml above the working directory")
          ->type_name("FILE");
  config->excludes(cmd->add_flag("--no-config", options->no_config, "Use no config file"));
  return cmd;
}

int RunScore(const ScoreOptions& options) {
  auto engine = MakeConfiguredEngine(options.input, options.config_file, options.no_config);
  if (!engine) return kExitError;
  KeepUntilExit(engine);
  auto pipeline = StoryPipeline::Create(*engine);
  if (!pipeline.ok()) {
    PrintError(pipeline.error());
    return kExitError;
  }
  std::vector<Error> path_errors;
  std::vector<std::string> paths = engine->ExpandPaths(options.input.paths, &path_errors);
  for (const Error& e : path_errors) PrintError(e);
  bool had_error = !path_errors.empty();

  RunOptions run;
  run.input_format = options.input.input_format;
  run.mode = ExtractMode::kStories;
  run.read.max_file_bytes = static_cast<size_t>(options.input.max_file_mib * 1024 * 1024);
  StoryFeed feed(std::move(paths), run);

  const unsigned jobs = options.input.jobs > 0 ? options.input.jobs
                                               : std::max(1u, std::thread::hardware_concurrency());
  // Large enough to keep every thread busy, small enough that memory stays flat.
  const size_t batch = std::min<size_t>(256 * static_cast<size_t>(jobs), 8192);

  Severity threshold = Severity::kError;
  const bool never_fail = options.fail_on == "none";
  if (!never_fail) ParseSeverity(options.fail_on, &threshold);
  bool failing = false;

  TextStyle style;
  style.color = UseColor(options.input.color);
  ProgressBar progress(!options.quiet && StderrIsTerminal());
  StoryTotals totals;
  if (options.format == "json") WriteStoryJsonBegin(std::cout);
  if (options.format == "csv") WriteStoryCsvHeader(std::cout);

  StoryStreamSink sink;
  sink.errors = [&](const std::vector<Error>& errors) {
    progress.Finish();  // keep error lines clear of the bar
    for (const Error& e : errors) PrintError(e);
    had_error = true;
  };
  sink.results = [&](std::vector<StoryResult>&& results) {
    for (const StoryResult& r : results) {
      if (options.format == "jsonl") {
        WriteStoryJsonl(r, std::cout);
      } else if (options.format == "json") {
        WriteStoryJsonElement(r, totals.stories == 0, std::cout);
      } else if (options.format == "csv") {
        WriteStoryCsvRow(r, std::cout);
      } else {
        WriteStoryCard(r, style, std::cout);
      }
      totals.Add(r);
      for (const Finding& f : r.findings) {
        if (!never_fail && f.severity >= threshold) failing = true;
      }
    }
    progress.Update(totals.stories, feed.bytes_done(), feed.bytes_total());
  };
  ScoreStream(*pipeline.value(), feed, jobs, batch, sink);
  progress.Finish();
  if (options.format == "json") WriteStoryJsonEnd(totals.stories > 0, std::cout);
  if (options.format == "text") WriteStorySummary(totals, std::cout);
  std::cout.flush();
  if (had_error) return kExitError;
  return failing ? kExitFindings : kExitOk;
}

}  // namespace hirelint::cli
