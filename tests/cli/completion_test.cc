// Shell completions (completions/) and the man page (docs/hirelint.1): they name every option
// the binary has, bash completes as a user would see, zsh parses the file, groff renders the
// page without warnings.

#include <doctest/doctest.h>
#include <re2/re2.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "extract/extractor.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs `script` with bash or zsh in a fresh directory; returns status and output.
std::pair<int, std::string> Shell(const std::string& shell, const std::string& script) {
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/script") << script;
  std::string cmd = "cd " + ShellQuote(dir) + " && " + shell + " script >out 2>&1";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::ReadFileOrDie(dir + "/out")};
}

// Every long option in a command's --help.
std::set<std::string> LongOptions(const std::vector<std::string>& args) {
  auto help = testing::RunHirelint(args);
  REQUIRE(help.exit_code == 0);
  std::set<std::string> out;
  re2::StringPiece input(help.out);
  std::string option;
  RE2 pattern("(--[a-z][a-z-]+)");
  while (RE2::FindAndConsume(&input, pattern, &option)) out.insert(option);
  return out;
}

TEST_CASE("Completions and man page name every option, format and command") {
  const std::string bash = testing::ReadFileOrDie(testing::SourcePath("completions/hirelint.bash"));
  const std::string zsh = testing::ReadFileOrDie(testing::SourcePath("completions/_hirelint"));
  const std::string man = testing::ReadFileOrDie(testing::SourcePath("docs/hirelint.1"));
  // roff writes a hyphen in an option as "\-".
  auto in_man = [&](std::string word) {
    std::string roff;
    for (char c : word) roff += c == '-' ? std::string("\\-") : std::string(1, c);
    return man.find(roff) != std::string::npos;
  };
  std::set<std::string> options = LongOptions({"lint", "--help"});
  for (const auto& o : LongOptions({"tag", "--help"})) options.insert(o);
  for (const auto& o : LongOptions({"init", "--help"})) options.insert(o);
  for (const auto& o : LongOptions({"score", "--help"})) options.insert(o);
  for (const auto& o : LongOptions({"rewrite", "--help"})) options.insert(o);
  REQUIRE(options.count("--write-baseline") == 1);
  for (const std::string& option : options) {
    if (option == "--help") continue;
    CAPTURE(option);
    CHECK(bash.find(option) != std::string::npos);
    CHECK(zsh.find(option) != std::string::npos);
    CHECK(in_man(option));
  }
  for (const char* format : {"sarif", "github", "rdjson", "checkstyle", "junit", "jsonl", "csv"}) {
    CAPTURE(format);
    CHECK(bash.find(format) != std::string::npos);
    CHECK(zsh.find(format) != std::string::npos);
    CHECK(in_man(format));
  }
  for (const auto& e : Extractors()) {
    CAPTURE(e.name);
    CHECK(bash.find(std::string(e.name)) != std::string::npos);
    CHECK(zsh.find(std::string(e.name)) != std::string::npos);
  }
  // Every subcommand `hirelint --help` lists.
  auto help = testing::RunHirelint({"--help"});
  size_t at = help.out.find("Subcommands:\n");
  REQUIRE(at != std::string::npos);
  size_t block_end = help.out.find("\n\n", at);
  re2::StringPiece subcommands(help.out.data() + at, block_end - at + 1);
  std::string command;
  size_t commands = 0;
  while (RE2::FindAndConsume(&subcommands, "\n  ([a-z]+) ", &command)) {
    CAPTURE(command);
    ++commands;
    CHECK(bash.find(" " + command) != std::string::npos);
    CHECK((zsh.find("'" + command + ":") != std::string::npos ||
           zsh.find("\"" + command + ":") != std::string::npos));
    CHECK(man.find(".B " + command + "\n") != std::string::npos);
  }
  CHECK(commands >= 6);
  for (const char* key : {"rules", "fail_on", "lexicons", "ignore", "overrides", "story_weights"}) {
    CAPTURE(key);
    CHECK(in_man(key));
  }
}

TEST_CASE("Completions: bash completes commands, values, options and rule ids") {
  std::string bin_dir = std::filesystem::path(HIRELINT_BINARY).parent_path().string();
  auto [status, out] = Shell(
      "bash", "PATH=" + ShellQuote(bin_dir) +
                  ":$PATH\n"
                  "source " +
                  ShellQuote(testing::SourcePath("completions/hirelint.bash")) +
                  "\n"
                  "comp() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _hirelint;\n"
                  "  printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '; echo; }\n"
                  "comp hirelint i\n"
                  "comp hirelint --format s\n"
                  "comp hirelint tag --format j\n"
                  "comp hirelint lint --fail-on w\n"
                  "comp hirelint lint --no-c\n"
                  "comp hirelint --write-b\n"
                  "comp hirelint rules verb-w\n"
                  "comp hirelint --input-format m\n"
                  "comp hirelint score --format c\n"
                  "comp hirelint score --q\n"
                  "complete -p hirelint\n");
  CHECK(status == 0);
  CHECK(out ==
        "init \n"
        "sarif \n"
        "json jsonl \n"
        "warning \n"
        "--no-config \n"
        "--write-baseline \n"
        "verb-weak-opener \n"
        "markdown \n"
        "csv \n"
        "--quiet \n"
        "complete -o bashdefault -o filenames -F _hirelint hirelint\n");
}

TEST_CASE("Completions: zsh parses the file and compinit autoloads it") {
  std::string dir = testing::SourcePath("completions");
  auto [syntax_status, syntax_out] =
      Shell("zsh -f", "zsh -n " + ShellQuote(dir + "/_hirelint") + " && echo parsed\n");
  CHECK(syntax_status == 0);
  CHECK(syntax_out == "parsed\n");
  auto [status, out] = Shell("zsh -f", "fpath=(" + ShellQuote(dir) +
                                           " $fpath)\n"
                                           "autoload -Uz compinit && compinit -u -d ./zcompdump\n"
                                           "print -r -- ${_comps[hirelint]}\n");
  CHECK(status == 0);
  CHECK(out == "_hirelint\n");
}

TEST_CASE("Man page: groff renders it without warnings") {
  auto [status, out] =
      Shell("sh", "groff -man -Tutf8 -ww -z " + ShellQuote(testing::SourcePath("docs/hirelint.1")) +
                      " && echo rendered\n");
  CHECK(status == 0);
  CHECK(out == "rendered\n");
}

}  // namespace
}  // namespace hirelint
