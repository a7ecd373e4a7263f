#pragma once
// report: every output format, fed by the same FileResults and Findings. Formatters write to a
// stream and never decide exit codes.

#include <ostream>
#include <string>
#include <vector>

#include "engine/engine.h"

namespace hirelint {

struct TextStyle {
  bool color = false;  // ANSI colours (cli/ decides: a terminal, and NO_COLOR unset)
};

// "path:line:col", or "path:page:line" for a paged view (a PDF: page 2, line 14 of that page).
std::string FormatLocation(const std::string& path, const Position& p);

// lint, text: "path:line:col: severity: message [rule]", the source line with the span marked,
// a "suggestion:" line, and a closing summary line.
void WriteLintText(const std::vector<FileResult>& files, const TextStyle& style, std::ostream& out);
// lint, json: one array of findings (file, line, column, end_line, end_column, rule, severity,
// message, suggestion), with `page` added for a paged view (a PDF).
void WriteLintJson(const std::vector<FileResult>& files, std::ostream& out);
// lint, sarif: a SARIF 2.1.0 log with one run; `rules` (by id) become tool.driver.rules, and
// `errors` plus files that failed become toolExecutionNotifications.
void WriteLintSarif(const std::vector<FileResult>& files, const std::vector<RuleSpec>& rules,
                    const std::vector<Error>& errors, std::ostream& out);
// lint, github: one GitHub Actions workflow command (::error, ::warning, ::notice) per finding.
void WriteLintGithub(const std::vector<FileResult>& files, std::ostream& out);
// lint, rdjson: reviewdog's DiagnosticResult JSON.
void WriteLintRdjson(const std::vector<FileResult>& files, std::ostream& out);
// lint, checkstyle: Checkstyle XML, every linted file listed.
void WriteLintCheckstyle(const std::vector<FileResult>& files, std::ostream& out);
// lint, junit: JUnit XML, a testsuite per file and a failing testcase per finding.
void WriteLintJunit(const std::vector<FileResult>& files, std::ostream& out);

// tag, jsonl: one object per item in file order (the contract in DESIGN.md).
void WriteTagJsonl(const FileResult& file, std::ostream& out);
// tag, json: the same objects in one array per run.
void WriteTagJson(const std::vector<FileResult>& files, std::ostream& out);
// tag, text: each item with its stages and metrics and the words that gave them.
void WriteTagText(const FileResult& file, const TextStyle& style, std::ostream& out);

// rewrite, jsonl: one object per bullet in file order (the contract in DESIGN.md: file, line,
// column, text, rewrite or null, slots [{stage, text}], reasons).
void WriteRewriteJsonl(const FileResult& file, std::ostream& out);
// rewrite, json: the same objects in one array per run.
void WriteRewriteJson(const std::vector<FileResult>& files, std::ostream& out);
// rewrite, text: per bullet the original, the rewrite (or why there is none) and the findings it
// answers, then a closing count.
void WriteRewriteText(const std::vector<FileResult>& files, const TextStyle& style,
                      std::ostream& out);
// rewrite, markdown: the whole document back with each rewritten bullet in place of the
// original, for editing.
enum class RewriteDocument {
  kMarkdownSource,  // Markdown input: each bullet's source span replaced, all else byte for byte
  kPlainSource,     // plain text input: the same, without Markdown escaping
  kOutline,         // other formats: a Markdown outline of headings, paragraphs and bullets
};
RewriteDocument RewriteDocumentFor(const std::string& extractor_name);
void WriteRewriteDocument(const FileResult& file, RewriteDocument mode, std::ostream& out);

// rules: the list (id, severity, summary) and one rule's page.
void WriteRuleList(const std::vector<RuleSpec>& rules, std::ostream& out);
void WriteRuleDetail(const RuleSpec& rule, std::ostream& out);

// The counts a closing summary and exit code use.
struct FindingCounts {
  size_t errors = 0, warnings = 0, infos = 0;
};
FindingCounts CountFindings(const std::vector<FileResult>& files);

}  // namespace hirelint
