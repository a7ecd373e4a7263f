// The text `hirelint init` writes. It is generated from the rules in force so that every rule,
// with its default severity and options, is listed for the user to uncomment.

#include <sstream>

#include "config/config.h"

namespace hirelint {
namespace {

std::string FormatNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// A rule's summary may run long; comments are wrapped near 100 columns to match the repository.
void WriteWrappedComment(const std::string& text, const std::string& indent, std::ostream& out) {
  std::istringstream words(text);
  std::string word, line;
  while (words >> word) {
    if (!line.empty() && indent.size() + 2 + line.size() + 1 + word.size() > 100) {
      out << indent << "# " << line << "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out << indent << "# " << line << "\n";
}

}  // namespace

std::string DefaultConfigText(const std::vector<RuleSpec>& rules) {
  std::ostringstream out;
  out << "# hirelint configuration. hirelint uses the nearest .hirelint.yaml above each file it\n"
         "# lints, looking no further than the repository root; `--config FILE` names one and\n"
         "# `--no-config` uses none. Command-line flags win over this file. Every key is "
         "optional.\n"
         "\n"
         "# Exit with status 1 when a finding is at or above this severity: info, warning, error,\n"
         "# or none (never). --fail-on overrides it.\n"
         "fail_on: error\n"
         "\n"
         "# Rule severities: off, info, warning or error, or a mapping {severity, options} whose\n"
         "# options replace the rule's own. Uncomment a line to change a rule; the values shown\n"
         "# are the defaults. `hirelint rules ID` explains a rule.\n"
         "rules:\n";
  for (const RuleSpec& rule : rules) {
    WriteWrappedComment(rule.summary, "  ", out);
    out << "  # " << rule.id << ": ";
    if (rule.options.empty()) {
      out << rule.severity << "\n";
      continue;
    }
    out << "{severity: " << rule.severity << ", options: {";
    bool first = true;
    for (const auto& [name, value] : rule.options) {
      out << (first ? "" : ", ") << name << ": " << FormatNumber(value);
      first = false;
    }
    out << "}}\n";
  }
  out << "\n"
         "# Paths not linted, even when named on the command line: globs relative to this file,\n"
         "# read like .gitignore (`drafts/` is that folder at any depth, `old/*.md` is anchored\n"
         "# here, `**` spans folders).\n"
         "ignore:\n"
         "#  - drafts/\n"
         "#  - \"**/*.old.md\"\n"
         "\n"
         "# Rule settings for some paths only, as in `rules` above; later entries win.\n"
         "overrides:\n"
         "#  - files: [\"stories/**\"]\n"
         "#    rules:\n"
         "#      bullet-length: off\n"
         "\n"
         "# Directories of lexicon and rule YAML overlaid on the built-in ones (relative to this\n"
         "# file), as with --lexicons.\n"
         "lexicons:\n"
         "#  - lexicons/\n"
         "\n"
         "# Weights for `hirelint score`, replacing those of the `story` group in scoring.yaml.\n"
         "story_weights:\n"
         "#  tradeoff: 15\n";
  return out.str();
}

}  // namespace hirelint
