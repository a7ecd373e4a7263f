#include "rewrite_command.h"

#include <iostream>

#include "extract/extractor.h"
#include "report/report.h"

namespace hirelint::cli {

CLI::App* SetupRewrite(CLI::App& app, RewriteOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "rewrite", "Suggest a production-ML rewrite of each bullet, with slots for missing figures");
  AddInputOptions(cmd, &options->input);
  cmd->add_option("-f,--format", options->format,
                  "Output format: text, json, jsonl, or markdown (the whole CV back, rewritten)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "markdown"}))
      ->capture_default_str();
  return cmd;
}

// Writes to standard output only: the user's files are never changed.
int RunRewrite(const RewriteOptions& options) {
  auto engine = MakeEngine(options.input);
  if (!engine) return kExitError;
  KeepUntilExit(engine);
  bool had_error = false;
  const std::vector<FileResult>& results = KeepUntilExit(
      RunInputs(*engine, options.input, ExtractMode::kBullets, /*findings=*/true, &had_error));
  if (options.format == "json") {
    WriteRewriteJson(results, std::cout);
  } else if (options.format == "text") {
    TextStyle style;
    style.color = UseColor(options.input.color);
    WriteRewriteText(results, style, std::cout);
  } else {
    size_t written = 0;
    for (const FileResult& r : results) {
      if (r.error) continue;
      if (options.format == "jsonl") {
        WriteRewriteJsonl(r, std::cout);
        continue;
      }
      // Several documents: each opens with a comment naming its file.
      if (results.size() > 1) {
        std::cout << (written++ > 0 ? "\n" : "") << "<!-- hirelint rewrite: " << r.path << " -->\n";
      }
      const ExtractorEntry* extractor =
          ChooseExtractor(r.path, r.source, options.input.input_format);
      WriteRewriteDocument(r, RewriteDocumentFor(extractor ? extractor->name : ""), std::cout);
    }
  }
  std::cout.flush();
  return had_error ? kExitError : kExitOk;
}

}  // namespace hirelint::cli
