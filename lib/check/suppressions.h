#pragma once
// Inline suppressions: comments in the linted file that accept findings on purpose.
//
//   <!-- hirelint-disable RULE... -->            Markdown and text: from this line on ...
//   <!-- hirelint-enable RULE... -->             ... up to (not including) this line
//   <!-- hirelint-disable-next-line RULE... -->  the line after the comment only
//   % hirelint-disable ...                       LaTeX, the same three directives
//   # hirelint-disable ...                       YAML, the same three directives
//
// No rule ids means every rule. Rule ids are separated by spaces or commas; text after " -- "
// is a reason for readers and is ignored. `hirelint-enable` without ids ends every open
// disable; `hirelint-enable RULE` ends the disables that named RULE.
//
// This is a pass over the original bytes, chosen by the input format's comment syntax, so the
// extractors need not know about it. A finding is judged by its anchor line: the first line of
// the item it is about, or its own line for a finding about the whole file. A directive that
// suppresses nothing, names an unknown rule, or is misspelt is itself reported under the
// `unused-suppression` rule (lexicons/rules/unused-suppression.yaml).

#include <cstddef>
#include <string>
#include <vector>

#include "check/finding.h"
#include "core/source_file.h"
#include "extract/item.h"
#include "lexicon/lexicon_data.h"

namespace hirelint {

// The rule whose findings this pass produces, and the `check` its YAML names. Checker::Build
// keeps the rule listed but runs no check for it: ApplySuppressions is its implementation.
constexpr const char* kUnusedSuppressionRule = "unused-suppression";
constexpr const char* kUnusedSuppressionCheck = "unused_suppression";

enum class CommentSyntax {
  kNone,     // a format without comments (JSON)
  kHtml,     // <!-- ... -->, possibly spanning lines; fenced code blocks are skipped
  kPercent,  // % to the end of the line; \% is a literal percent sign
  kHash,     // # to the end of the line, at a line's start or after a blank, outside quotes
};

// The comment syntax of an input format, by its extractor's name: markdown and text use HTML
// comments, latex uses %, yaml and story-yaml use #; JSON formats (json, json-resume, jsonl)
// have none.
CommentSyntax CommentSyntaxFor(const std::string& format);

struct SuppressionDirective {
  enum class Kind { kDisable, kEnable, kDisableNextLine, kUnknown };
  Kind kind = Kind::kUnknown;
  std::string word;                // the directive as written, e.g. "hirelint-disable"
  std::vector<std::string> rules;  // empty: every rule
  std::vector<std::pair<size_t, size_t>> rule_spans;  // source span of each id in `rules`
  size_t begin = 0;  // source span of the whole comment, delimiters included
  size_t end = 0;
  size_t line = 0;      // line of the comment's first byte
  size_t end_line = 0;  // line of its last byte; disable-next-line covers end_line + 1
};

// Every hirelint directive in `source` (comments that start with "hirelint-"), in file order.
std::vector<SuppressionDirective> FindSuppressionDirectives(const SourceFile& source,
                                                            CommentSyntax syntax);

// Removes the findings the directives in `source` suppress. Findings about an item that lies
// wholly inside a directive comment (a text file's extractor sees the comment line as an
// item) are removed too: a directive is not content. When `unused_rule` is not null (the rule
// is on), adds one finding of it for each directive that suppressed nothing, each unknown rule
// id, each misspelt directive and each enable that ends no disable; a fully unused directive
// carries a Fix that deletes it, a partly used one a Fix that drops the unused ids. `known_rules`
// are every rule id of the run, on or off. Findings stay sorted by position, then rule id.
void ApplySuppressions(const SourceFile& source, CommentSyntax syntax,
                       const std::vector<Item>& items, const std::vector<RuleSpec>& known_rules,
                       const RuleSpec* unused_rule, std::vector<Finding>* findings);

}  // namespace hirelint
