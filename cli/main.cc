// hirelint's command line: parses arguments, calls lib/, prints, and picks the exit code.
// `hirelint PATH...` is `hirelint lint PATH...`.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli_common.h"
#include "core/did_you_mean.h"
#include "init_command.h"
#include "lint_command.h"
#include "rewrite_command.h"
#include "rules_command.h"
#include "score_command.h"
#include "tag_command.h"

namespace {

constexpr const char* kCommands[] = {"lint", "tag", "rules", "score", "rewrite", "init"};

constexpr const char* kFooter = R"(Examples:
  hirelint cv.md                          lint a CV, findings with a why and a fix
  hirelint --format json cv/              every CV under cv/, as JSON
  hirelint lint --fail-on warning cv.md   exit 1 on warnings too (for CI)
  cat cv.txt | hirelint -                 read standard input
  hirelint tag --format jsonl cv.md       lifecycle stages and metrics per bullet
  hirelint score --format csv stories/    score interview stories, one CSV row each
  hirelint rewrite cv.md                  each bullet rewritten, with slots for missing figures
  hirelint rewrite -f markdown cv.md      the whole CV back with the rewrites, for editing
  hirelint rules                          list the rules
  hirelint rules verb-weak-opener         explain one rule
  hirelint init                           write a commented .hirelint.yaml here
  hirelint --format sarif cv/ > cv.sarif  SARIF for code scanning (also github, rdjson,
                                          checkstyle, junit)

Exit status: 0 no finding at or above --fail-on (default error), 1 findings at or above it,
2 usage, config, lexicon or input error.)";

// Inserts "lint" when the first argument is not a command or a top-level flag, so that
// `hirelint cv.md` and `hirelint --format json cv.md` lint. Returns false (after printing an
// error) for a mistyped command name.
bool InsertDefaultCommand(std::vector<std::string>* args) {
  if (args->empty()) return true;
  const std::string& first = (*args)[0];
  for (const char* c : kCommands) {
    if (first == c) return true;
  }
  if (first == "-h" || first == "--help" || first == "--version" || first == "-V") return true;
  if (!first.empty() && first[0] != '-' && !std::filesystem::exists(first)) {
    std::string near = hirelint::DidYouMean(first, {std::begin(kCommands), std::end(kCommands)});
    if (!near.empty()) {
      std::cerr << "hirelint: error: unknown command '" << first << "'; did you mean '" << near
                << "'?\n";
      return false;
    }
  }
  args->insert(args->begin(), "lint");
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace hirelint::cli;
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!InsertDefaultCommand(&args)) return kExitError;

  CLI::App app{"hirelint: lint CVs and interview stories for ML-engineering roles.\n"
               "Finds every bullet, tags ML-lifecycle stages and quantified impact, and says\n"
               "what a hiring committee will miss and how to fix it.",
               "hirelint"};
  app.set_version_flag("-V,--version", "hirelint " HIRELINT_VERSION);
  app.footer(kFooter);
  app.require_subcommand(1);

  LintOptions lint;
  TagOptions tag;
  RulesOptions rules;
  ScoreOptions score;
  RewriteOptions rewrite;
  InitOptions init;
  CLI::App* lint_cmd = SetupLint(app, &lint);
  CLI::App* tag_cmd = SetupTag(app, &tag);
  CLI::App* rules_cmd = SetupRules(app, &rules);
  CLI::App* score_cmd = SetupScore(app, &score);
  CLI::App* rewrite_cmd = SetupRewrite(app, &rewrite);
  CLI::App* init_cmd = SetupInit(app, &init);

  try {
    std::reverse(args.begin(), args.end());  // CLI11 takes the arguments last first
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "hirelint: error: " << e.what() << "\nRun 'hirelint --help' for usage.\n";
    return kExitError;
  }

  if (lint_cmd->parsed()) return RunLint(lint);
  if (tag_cmd->parsed()) return RunTag(tag);
  if (rules_cmd->parsed()) return RunRules(rules);
  if (score_cmd->parsed()) return RunScore(score);
  if (rewrite_cmd->parsed()) return RunRewrite(rewrite);
  if (init_cmd->parsed()) return RunInit(init);
  std::cerr << app.help();
  return kExitError;
}
