#include "check/suppressions.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>

#include "check/checker.h"
#include "core/did_you_mean.h"

namespace hirelint {
namespace {

constexpr const char* kDisable = "hirelint-disable";
constexpr const char* kEnable = "hirelint-enable";
constexpr const char* kDisableNextLine = "hirelint-disable-next-line";

bool Blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A comment: its whole span and the span of the text inside the delimiters.
struct Comment {
  size_t begin, end;
  size_t content_begin, content_end;
};

// Byte ranges of Markdown fenced code blocks (``` or ~~~, closed by a fence of the same
// character at least as long), where "<!--" is code, not a comment.
std::vector<std::pair<size_t, size_t>> FencedBlocks(const SourceFile& source) {
  std::vector<std::pair<size_t, size_t>> out;
  const std::string& b = source.bytes();
  char fence = 0;
  size_t fence_length = 0, fence_begin = 0;
  for (size_t line = 1; line <= source.line_count(); ++line) {
    size_t at = source.LineStart(line), end = source.LineEnd(line);
    size_t indent = 0;
    while (at < end && b[at] == ' ' && indent < 4) ++at, ++indent;
    if (indent > 3 || at >= end || (b[at] != '`' && b[at] != '~')) continue;
    size_t run = 0;
    while (at + run < end && b[at + run] == b[at]) ++run;
    if (run < 3) continue;
    if (fence == 0) {
      fence = b[at];
      fence_length = run;
      fence_begin = source.LineStart(line);
    } else if (b[at] == fence && run >= fence_length) {
      out.emplace_back(fence_begin, end);
      fence = 0;
    }
  }
  if (fence != 0) out.emplace_back(fence_begin, b.size());  // an unclosed fence runs to the end
  return out;
}

std::vector<Comment> HtmlComments(const SourceFile& source) {
  std::vector<Comment> out;
  const std::string& b = source.bytes();
  auto fenced = FencedBlocks(source);
  size_t at = 0;
  while ((at = b.find("<!--", at)) != std::string::npos) {
    auto in_fence = std::find_if(fenced.begin(), fenced.end(), [&](const auto& range) {
      return at >= range.first && at < range.second;
    });
    if (in_fence != fenced.end()) {
      at = in_fence->second;
      continue;
    }
    size_t close = b.find("-->", at + 4);
    if (close == std::string::npos) break;  // an unterminated comment is not a directive
    out.push_back({at, close + 3, at + 4, close});
    at = close + 3;
  }
  return out;
}

std::vector<Comment> PercentComments(const SourceFile& source) {
  std::vector<Comment> out;
  const std::string& b = source.bytes();
  for (size_t line = 1; line <= source.line_count(); ++line) {
    size_t begin = source.LineStart(line), end = source.LineEnd(line);
    for (size_t i = begin; i < end; ++i) {
      if (b[i] != '%') continue;
      size_t backslashes = 0;
      while (i - backslashes > begin && b[i - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 1) continue;  // \% is a percent sign; \\% is a line break, then %
      size_t content = i + 1;
      while (content < end && b[content] == '%') ++content;  // "%% hirelint-..." is common
      out.push_back({i, end, content, end});
      break;
    }
  }
  return out;
}

// YAML comments, line by line. Quoted scalars are followed within a line (a quote opens a
// scalar only where a scalar can start, so the apostrophe in "team's" does not); a quoted
// scalar that continues onto the next line, or a block scalar (| or >) whose text holds
// " # hirelint-", is read as a comment: a limit of scanning without a YAML parser.
std::vector<Comment> HashComments(const SourceFile& source) {
  std::vector<Comment> out;
  const std::string& b = source.bytes();
  for (size_t line = 1; line <= source.line_count(); ++line) {
    size_t begin = source.LineStart(line), end = source.LineEnd(line);
    if (line == 1) begin = std::min(source.bom_length(), end);
    char quote = 0;
    for (size_t i = begin; i < end; ++i) {
      char c = b[i];
      if (quote == '"') {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          quote = 0;
        }
        continue;
      }
      if (quote == '\'') {
        if (c == '\'' && i + 1 < end && b[i + 1] == '\'') {
          ++i;  // '' is a quote inside a single-quoted scalar
        } else if (c == '\'') {
          quote = 0;
        }
        continue;
      }
      bool at_token_start = i == begin || Blank(b[i - 1]) || std::strchr("[{,", b[i - 1]);
      if ((c == '"' || c == '\'') && at_token_start) {
        quote = c;
      } else if (c == '#' && (i == begin || Blank(b[i - 1]))) {
        out.push_back({i, end, i + 1, end});
        break;
      }
    }
  }
  return out;
}

// Reads a directive from a comment's text; false when the comment is not one.
bool ParseDirective(const SourceFile& source, const Comment& comment, SuppressionDirective* d) {
  const std::string& b = source.bytes();
  size_t at = comment.content_begin, end = comment.content_end;
  while (at < end && Blank(b[at])) ++at;
  if (b.compare(at, 9, "hirelint-") != 0 || at + 9 > end) return false;
  size_t word_end = at;
  while (word_end < end && !Blank(b[word_end])) ++word_end;
  d->word = b.substr(at, word_end - at);
  if (d->word == kDisable) {
    d->kind = SuppressionDirective::Kind::kDisable;
  } else if (d->word == kEnable) {
    d->kind = SuppressionDirective::Kind::kEnable;
  } else if (d->word == kDisableNextLine) {
    d->kind = SuppressionDirective::Kind::kDisableNextLine;
  } else {
    d->kind = SuppressionDirective::Kind::kUnknown;
  }
  for (size_t i = word_end; i < end;) {
    while (i < end && (Blank(b[i]) || b[i] == ',')) ++i;
    size_t token = i;
    while (i < end && !Blank(b[i]) && b[i] != ',') ++i;
    if (i == token) break;
    if (i - token == 2 && b.compare(token, 2, "--") == 0) break;  // a reason follows
    d->rules.push_back(b.substr(token, i - token));
    d->rule_spans.emplace_back(token, i);
  }
  d->begin = comment.begin;
  d->end = comment.end;
  d->line = source.PositionOf(comment.begin).line;
  d->end_line = source.PositionOf(comment.end > comment.begin ? comment.end - 1 : comment.end).line;
  return true;
}

// A stretch of lines where a rule ("" for every rule) is suppressed, and who suppressed it.
struct Region {
  size_t directive;
  size_t rule_index;  // index into the directive's rules; SIZE_MAX for "every rule"
  std::string rule;
  size_t first_line;
  size_t end_line;  // exclusive; SIZE_MAX while open
};

// What a directive did: which of its entries were used, and what is wrong with it.
struct Usage {
  std::vector<bool> known;  // per rule id: a rule of this run
  std::vector<bool> used;   // per rule id (disables: suppressed something; enables: ended one)
  bool used_all = false;    // no rule ids: suppressed something / ended something
};

class Reporter {
 public:
  Reporter(const SourceFile& source, CommentSyntax syntax, const RuleSpec& rule,
           std::vector<Finding>* out)
      : source_(source), syntax_(syntax), rule_(rule), out_(out) {
    ParseSeverity(rule.severity, &severity_);
  }

  void Add(size_t begin, size_t end, const std::string& problem, std::optional<Fix> fix) {
    Finding f;
    f.rule = rule_.id;
    f.severity = severity_;
    f.begin = begin;
    f.end = end;
    std::map<std::string, std::string> vars = {{"problem", problem}};
    f.message = FillTemplate(rule_.message, vars);
    f.suggestion = FillTemplate(rule_.suggestion, vars);
    f.fix = std::move(fix);
    out_->push_back(std::move(f));
  }

  // Deletes the comment: its whole lines when nothing else stands on them. A LaTeX comment
  // after text keeps its '%', which also swallows the line break.
  Fix Delete(const SuppressionDirective& d) const {
    const std::string& b = source_.bytes();
    size_t line_begin = source_.LineStart(d.line);
    size_t line_end = source_.LineEnd(d.end_line);
    bool alone = true;
    for (size_t i = line_begin; i < d.begin && alone; ++i) alone = Blank(b[i]);
    for (size_t i = d.end; i < line_end && alone; ++i) alone = Blank(b[i]);
    Fix fix;
    fix.description = "delete the unused suppression comment";
    if (alone) {
      fix.begin = line_begin;
      fix.end = source_.LineStart(d.end_line + 1);
      return fix;
    }
    fix.begin = d.begin;
    fix.end = d.end;
    if (syntax_ == CommentSyntax::kPercent) fix.replacement = "%";
    return fix;
  }

  // Replaces the comment's rule ids with `kept`.
  static Fix Keep(const SuppressionDirective& d, const std::vector<std::string>& kept) {
    Fix fix;
    fix.begin = d.rule_spans.front().first;
    fix.end = d.rule_spans.back().second;
    for (const auto& id : kept) fix.replacement += (fix.replacement.empty() ? "" : " ") + id;
    fix.description = "remove the rule ids that suppress nothing";
    return fix;
  }

 private:
  const SourceFile& source_;
  CommentSyntax syntax_;
  const RuleSpec& rule_;
  std::vector<Finding>* out_;
  Severity severity_ = Severity::kInfo;
};

std::string Quoted(const SuppressionDirective& d, const std::vector<std::string>& ids) {
  std::string out = "'" + d.word;
  for (const auto& id : ids) out += " " + id;
  return out + "'";
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

void ReportDirective(const SuppressionDirective& d, const Usage& usage,
                     const std::vector<std::string>& rule_ids, Reporter* reporter) {
  using Kind = SuppressionDirective::Kind;
  if (d.kind == Kind::kUnknown) {
    std::string near = DidYouMean(d.word, {kDisable, kEnable, kDisableNextLine});
    reporter->Add(d.begin, d.end,
                  "unknown directive '" + d.word + "'" +
                      (near.empty() ? "; use hirelint-disable, hirelint-enable or "
                                      "hirelint-disable-next-line"
                                    : "; did you mean '" + near + "'?"),
                  std::nullopt);
    return;
  }
  std::vector<std::string> kept, unused;
  for (size_t i = 0; i < d.rules.size(); ++i) {
    if (!usage.known[i]) {
      std::string near = DidYouMean(d.rules[i], rule_ids);
      reporter->Add(
          d.rule_spans[i].first, d.rule_spans[i].second,
          "unknown rule '" + d.rules[i] + "' in '" + d.word + "'" +
              (near.empty() ? "; 'hirelint rules' lists them" : "; did you mean '" + near + "'?"),
          std::nullopt);
      kept.push_back(d.rules[i]);  // the user meant something; the fix keeps it to correct
    } else if (usage.used[i]) {
      kept.push_back(d.rules[i]);
    } else {
      unused.push_back(d.rules[i]);
    }
  }
  const bool enable = d.kind == Kind::kEnable;
  if (d.rules.empty()) {
    if (usage.used_all) return;
    reporter->Add(d.begin, d.end,
                  Quoted(d, {}) + (enable ? " ends no hirelint-disable" : " suppresses no finding"),
                  reporter->Delete(d));
    return;
  }
  if (unused.empty()) return;
  std::string problem = enable
                            ? Quoted(d, d.rules) + " ends no hirelint-disable of " + JoinIds(unused)
                            : Quoted(d, d.rules) + " suppresses no finding" +
                                  (kept.empty() ? "" : " of " + JoinIds(unused));
  reporter->Add(d.begin, d.end, problem,
                kept.empty() ? reporter->Delete(d) : Reporter::Keep(d, kept));
}

}  // namespace

CommentSyntax CommentSyntaxFor(const std::string& format) {
  if (format == "markdown" || format == "text") return CommentSyntax::kHtml;
  if (format == "latex") return CommentSyntax::kPercent;
  if (format == "yaml" || format == "story-yaml") return CommentSyntax::kHash;
  return CommentSyntax::kNone;
}

std::vector<SuppressionDirective> FindSuppressionDirectives(const SourceFile& source,
                                                            CommentSyntax syntax) {
  std::vector<Comment> comments;
  switch (syntax) {
    case CommentSyntax::kNone:
      break;
    case CommentSyntax::kHtml:
      comments = HtmlComments(source);
      break;
    case CommentSyntax::kPercent:
      comments = PercentComments(source);
      break;
    case CommentSyntax::kHash:
      comments = HashComments(source);
      break;
  }
  std::vector<SuppressionDirective> out;
  for (const Comment& c : comments) {
    SuppressionDirective d;
    if (ParseDirective(source, c, &d)) out.push_back(std::move(d));
  }
  return out;
}

void ApplySuppressions(const SourceFile& source, CommentSyntax syntax,
                       const std::vector<Item>& items, const std::vector<RuleSpec>& known_rules,
                       const RuleSpec* unused_rule, std::vector<Finding>* findings) {
  std::vector<SuppressionDirective> directives = FindSuppressionDirectives(source, syntax);
  if (directives.empty()) return;
  std::vector<std::string> rule_ids;
  for (const RuleSpec& r : known_rules) rule_ids.push_back(r.id);
  auto is_known = [&](const std::string& id) {
    return std::find(rule_ids.begin(), rule_ids.end(), id) != rule_ids.end();
  };

  // Turn the directives into line regions, in file order.
  using Kind = SuppressionDirective::Kind;
  std::vector<Usage> usage(directives.size());
  std::vector<Region> regions;
  for (size_t di = 0; di < directives.size(); ++di) {
    const SuppressionDirective& d = directives[di];
    Usage& u = usage[di];
    u.known.resize(d.rules.size());
    u.used.assign(d.rules.size(), false);
    for (size_t i = 0; i < d.rules.size(); ++i) u.known[i] = is_known(d.rules[i]);
    if (d.kind == Kind::kDisable || d.kind == Kind::kDisableNextLine) {
      size_t first = d.kind == Kind::kDisable ? d.line : d.end_line + 1;
      size_t end = d.kind == Kind::kDisable ? SIZE_MAX : d.end_line + 2;
      if (d.rules.empty()) regions.push_back({di, SIZE_MAX, "", first, end});
      for (size_t i = 0; i < d.rules.size(); ++i) {
        if (u.known[i]) regions.push_back({di, i, d.rules[i], first, end});
      }
    } else if (d.kind == Kind::kEnable) {
      for (Region& r : regions) {
        if (r.end_line != SIZE_MAX || directives[r.directive].kind != Kind::kDisable) continue;
        if (d.rules.empty()) {
          r.end_line = d.line;
          u.used_all = true;
          continue;
        }
        for (size_t i = 0; i < d.rules.size(); ++i) {
          if (r.rule == d.rules[i]) {
            r.end_line = d.line;
            u.used[i] = true;
          }
        }
      }
    }
  }

  // Each finding goes to the innermost region that covers its anchor line, if any.
  std::vector<Finding> kept;
  for (Finding& f : *findings) {
    if (f.item >= 0 && static_cast<size_t>(f.item) < items.size()) {
      const Item& item = items[static_cast<size_t>(f.item)];
      bool inside_directive = std::any_of(directives.begin(), directives.end(), [&](const auto& d) {
        return item.begin >= d.begin && item.end <= d.end;
      });
      if (inside_directive) continue;
    }
    size_t anchor = f.item >= 0 && static_cast<size_t>(f.item) < items.size()
                        ? source.PositionOf(items[static_cast<size_t>(f.item)].begin).line
                        : source.PositionOf(f.begin).line;
    const Region* best = nullptr;
    for (const Region& r : regions) {
      if (anchor < r.first_line || anchor >= r.end_line) continue;
      if (!r.rule.empty() && r.rule != f.rule) continue;
      if (best == nullptr || r.first_line > best->first_line ||
          (r.first_line == best->first_line && r.directive > best->directive)) {
        best = &r;
      }
    }
    if (best == nullptr) {
      kept.push_back(std::move(f));
      continue;
    }
    Usage& u = usage[best->directive];
    if (best->rule_index == SIZE_MAX) {
      u.used_all = true;
    } else {
      u.used[best->rule_index] = true;
    }
  }
  *findings = std::move(kept);

  if (unused_rule != nullptr) {
    Reporter reporter(source, syntax, *unused_rule, findings);
    for (size_t di = 0; di < directives.size(); ++di) {
      ReportDirective(directives[di], usage[di], rule_ids, &reporter);
    }
  }
  std::stable_sort(findings->begin(), findings->end(), [](const Finding& a, const Finding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
}

}  // namespace hirelint
