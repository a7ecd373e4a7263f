// Inline suppressions in each comment syntax, and the unused-suppression rule.

#include <doctest/doctest.h>

#include "check/suppressions.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

// "line rule" for each finding, in order, joined with "; ".
std::string Lines(const FileResult& r) {
  std::string out;
  for (const Finding& f : r.findings) {
    out += (out.empty() ? "" : "; ") + std::to_string(r.source.PositionOf(f.begin).line) + " " +
           f.rule;
  }
  return out;
}

std::vector<std::string> Messages(const FileResult& r, const std::string& rule) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    if (f.rule == rule) out.push_back(f.message);
  }
  return out;
}

const Finding* First(const FileResult& r, const std::string& rule) {
  for (const Finding& f : r.findings) {
    if (f.rule == rule) return &f;
  }
  return nullptr;
}

TEST_CASE("Suppressions: comment syntax by input format") {
  CHECK(CommentSyntaxFor("markdown") == CommentSyntax::kHtml);
  CHECK(CommentSyntaxFor("text") == CommentSyntax::kHtml);
  CHECK(CommentSyntaxFor("latex") == CommentSyntax::kPercent);
  CHECK(CommentSyntaxFor("yaml") == CommentSyntax::kHash);
  CHECK(CommentSyntaxFor("json-resume") == CommentSyntax::kNone);
}

TEST_CASE("Suppressions: Markdown disable-next-line, disable ... enable, and no rule list") {
  const std::string base = "## Experience\n\n";
  auto plain = testing::ProcessText("cv.md", base + "- Helped with the migration to Kubernetes.\n");
  CHECK(Lines(plain) == "3 impact-unquantified; 3 verb-weak-opener");

  auto next =
      testing::ProcessText("cv.md", base +
                                        "<!-- hirelint-disable-next-line verb-weak-opener -->\n- "
                                        "Helped with the migration to Kubernetes.\n");
  CHECK(Lines(next) == "4 impact-unquantified");

  auto all = testing::ProcessText(
      "cv.md",
      base + "<!-- hirelint-disable-next-line -->\n- Helped with the migration to Kubernetes.\n");
  CHECK(Lines(all) == "");

  auto block = testing::ProcessText(
      "cv.md", base +
                   "<!-- hirelint-disable verb-weak-opener, impact-unquantified -->\n"
                   "- Helped with the migration to Kubernetes.\n"
                   "- Worked on the billing service for payments.\n"
                   "<!-- hirelint-enable -->\n"
                   "- Helped with onboarding of new engineers.\n");
  // lifecycle-coverage is about the whole file; it sits on the first bullet, which the
  // directive covers for two other rules only.
  CHECK(Lines(block) == "4 lifecycle-coverage; 7 impact-unquantified; 7 verb-weak-opener");

  auto to_end = testing::ProcessText(
      "cv.md", base +
                   "<!-- hirelint-disable -->\n- Helped with the migration to Kubernetes.\n- "
                   "Worked on the billing service for payments.\n");
  CHECK(Lines(to_end) == "");
}

TEST_CASE("Suppressions: enable RULE ends only that rule's disable") {
  auto r = testing::ProcessText("cv.md",
                                "## Experience\n\n"
                                "<!-- hirelint-disable verb-weak-opener impact-unquantified -->\n"
                                "- Helped with the migration to Kubernetes.\n"
                                "<!-- hirelint-enable verb-weak-opener -->\n"
                                "- Helped with the rollout of the new search.\n"
                                "<!-- hirelint-enable impact-unquantified -->\n");
  CHECK(Lines(r) == "6 verb-weak-opener");
}

TEST_CASE("Suppressions: a finding is judged by its bullet's first line") {
  // The scale claim sits on the bullet's second line; the directive covers the bullet.
  auto r = testing::ProcessText("cv.md",
                                "## Experience\n\n"
                                "<!-- hirelint-disable-next-line scale-claim-unquantified -->\n"
                                "- Built the data pipelines that feed the fraud model,\n"
                                "  large-scale and on Spark, cutting costs by 30%.\n");
  CHECK(Messages(r, "scale-claim-unquantified").empty());
  CHECK(Messages(r, "unused-suppression").empty());
}

TEST_CASE("Suppressions: unused, unknown and misspelt directives are reported") {
  auto r =
      testing::ProcessText("cv.md",
                           "## Experience\n\n"
                           "<!-- hirelint-disable-next-line verb-weak-opener -->\n"
                           "- Cut p99 latency from 120 ms to 68 ms for 2M users.\n"
                           "<!-- hirelint-disable-next-line verb-weak-openr -->\n"
                           "- Helped with the migration of 40 services.\n"
                           "<!-- hirelint-disabel -->\n"
                           "<!-- hirelint-enable hedge-filler -->\n"
                           "<!-- hirelint-disable-next-line verb-weak-opener hedge-filler -->\n"
                           "- Helped with the migration of 12 services.\n");
  CHECK(Messages(r, "unused-suppression") ==
        std::vector<std::string>{
            "'hirelint-disable-next-line verb-weak-opener' suppresses no finding",
            "unknown rule 'verb-weak-openr' in 'hirelint-disable-next-line'; did you mean "
            "'verb-weak-opener'?",
            "unknown directive 'hirelint-disabel'; did you mean 'hirelint-disable'?",
            "'hirelint-enable hedge-filler' ends no hirelint-disable of hedge-filler",
            "'hirelint-disable-next-line verb-weak-opener hedge-filler' suppresses no finding of "
            "hedge-filler"});
  // The misspelt rule id suppressed nothing: the bullet after it is reported.
  CHECK(Lines(r).find("6 verb-weak-opener") != std::string::npos);
  const Finding* unused = First(r, "unused-suppression");
  REQUIRE(unused != nullptr);
  CHECK(unused->severity == Severity::kInfo);
  CHECK(unused->item == -1);
  CHECK(r.source.PositionOf(unused->begin).line == 3);
  CHECK(r.source.PositionOf(unused->begin).column == 1);
}

TEST_CASE("Suppressions: fixes delete a whole unused comment or drop unused ids") {
  std::string text =
      "## Experience\n\n"
      "<!-- hirelint-disable-next-line verb-weak-opener -->\n"
      "- Cut p99 latency from 120 ms to 68 ms for 2M users.\n"
      "<!-- hirelint-disable-next-line verb-weak-opener hedge-filler -->\n"
      "- Helped with the migration of 12 services.\n"
      "- Cut costs by 30% for 3 teams. <!-- hirelint-disable-next-line -->\n";
  auto r = testing::ProcessText("cv.md", text);
  std::vector<const Finding*> unused;
  for (const Finding& f : r.findings) {
    if (f.rule == "unused-suppression") unused.push_back(&f);
  }
  REQUIRE(unused.size() == 3);
  for (const Finding* f : unused) REQUIRE(f->fix);
  // Alone on its line: the line goes, line break included.
  CHECK(text.substr(unused[0]->fix->begin, unused[0]->fix->end - unused[0]->fix->begin) ==
        "<!-- hirelint-disable-next-line verb-weak-opener -->\n");
  CHECK(unused[0]->fix->replacement.empty());
  // Partly used: the id list becomes the used ids.
  CHECK(text.substr(unused[1]->fix->begin, unused[1]->fix->end - unused[1]->fix->begin) ==
        "verb-weak-opener hedge-filler");
  CHECK(unused[1]->fix->replacement == "verb-weak-opener");
  // After text on a line: only the comment goes.
  CHECK(text.substr(unused[2]->fix->begin, unused[2]->fix->end - unused[2]->fix->begin) ==
        "<!-- hirelint-disable-next-line -->");
}

TEST_CASE("Suppressions: a directive inside a fenced code block is code") {
  auto r = testing::ProcessText("cv.md",
                                "## Experience\n\n"
                                "```\n<!-- hirelint-disable -->\n```\n\n"
                                "- Helped with the migration to Kubernetes.\n");
  CHECK(Lines(r) == "7 impact-unquantified; 7 verb-weak-opener");
}

TEST_CASE("Suppressions: in a text file the directive line is not an item to lint") {
  auto r = testing::ProcessText("cv.txt",
                                "EXPERIENCE\n"
                                "- Helped with the migration to Kubernetes.\n"
                                "<!-- hirelint-disable-next-line verb-weak-opener -->\n"
                                "- Helped with the rollout of the new search.\n");
  CHECK(Lines(r) == "2 impact-unquantified; 2 verb-weak-opener; 4 impact-unquantified");
}

TEST_CASE("Suppressions: the unused-suppression rule can be turned off") {
  std::vector<RuleSpec> rules;
  for (const RuleSpec& r : testing::SharedEngine().lexicons().rules) {
    if (r.id != "unused-suppression") rules.push_back(r);
  }
  auto checker = Checker::Build(rules);
  REQUIRE(checker.ok());
  RunOptions options;
  options.checker = checker.value();
  auto r = testing::SharedEngine().Process(
      SourceFile("cv.md",
                 "<!-- hirelint-disable-next-line verb-weak-opener -->\n- Cut costs by 30%.\n"),
      options);
  CHECK(Messages(r, "unused-suppression").empty());
}

// LaTeX and YAML inputs come from their extractors; here the pass runs on its own over
// findings placed by hand, so it is tested before those extractors exist in this tree.
std::vector<Finding> AtLines(const SourceFile& source,
                             const std::vector<std::pair<size_t, std::string>>& at) {
  std::vector<Finding> out;
  for (const auto& [line, rule] : at) {
    Finding f;
    f.rule = rule;
    f.begin = source.LineStart(line);
    f.end = source.LineEnd(line);
    out.push_back(f);
  }
  return out;
}

const RuleSpec& UnusedRule() {
  return *testing::SharedEngine().checker().FindRule("unused-suppression");
}

TEST_CASE("Suppressions: LaTeX % comments") {
  SourceFile tex("cv.tex",
                 "\\section{Experience}\n"                                   // 1
                 "\\begin{itemize}\n"                                        // 2
                 "% hirelint-disable-next-line verb-weak-opener\n"           // 3
                 "\\item Helped with the migration\n"                        // 4
                 "\\item Cut costs by 30\\% % hirelint-disable-next-line\n"  // 5
                 "\\item Helped with onboarding\n"                           // 6
                 "%% hirelint-disable hedge-filler\n"                        // 7
                 "\\item Worked on various tools\n"                          // 8
                 "% hirelint-enable\n"                                       // 9
                 "\\item Did 50\\% hirelint-disable of nothing\n");          // 10
  auto directives = FindSuppressionDirectives(tex, CommentSyntax::kPercent);
  REQUIRE(directives.size() == 4);  // "\%" on line 10 is a percent sign, not a comment
  CHECK(directives[1].line == 5);
  CHECK(tex.bytes().substr(directives[1].begin, directives[1].end - directives[1].begin) ==
        "% hirelint-disable-next-line");
  std::vector<Finding> findings = AtLines(tex, {{4, "verb-weak-opener"},
                                                {4, "impact-unquantified"},
                                                {6, "verb-weak-opener"},
                                                {8, "hedge-filler"},
                                                {8, "verb-weak-opener"},
                                                {10, "hedge-filler"}});
  ApplySuppressions(tex, CommentSyntax::kPercent, {}, testing::SharedEngine().lexicons().rules,
                    &UnusedRule(), &findings);
  std::vector<std::string> lines;
  for (const Finding& f : findings) {
    lines.push_back(std::to_string(tex.PositionOf(f.begin).line) + " " + f.rule);
  }
  CHECK(lines ==
        std::vector<std::string>{"4 impact-unquantified", "8 verb-weak-opener", "10 hedge-filler"});
}

TEST_CASE("Suppressions: an unused LaTeX comment after text keeps its %") {
  SourceFile tex("cv.tex",
                 "\\item Cut costs by 30\\% % hirelint-disable-next-line\n\\item Shipped it\n");
  std::vector<Finding> findings;
  ApplySuppressions(tex, CommentSyntax::kPercent, {}, testing::SharedEngine().lexicons().rules,
                    &UnusedRule(), &findings);
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix);
  CHECK(findings[0].fix->replacement == "%");  // a % at the end of a line also eats the line break
  CHECK(tex.bytes().substr(findings[0].fix->begin, findings[0].fix->end - findings[0].fix->begin) ==
        "% hirelint-disable-next-line");
}

TEST_CASE("Suppressions: YAML # comments, outside quotes") {
  SourceFile yaml("cv.yaml",
                  "work:\n"                                                        // 1
                  "  - highlights:\n"                                              // 2
                  "      # hirelint-disable-next-line verb-weak-opener\n"          // 3
                  "      - Helped with the migration\n"                            // 4
                  "      - \"Cut costs # hirelint-disable-next-line\"\n"           // 5
                  "      - Led the team's rollout # hirelint-disable-next-line\n"  // 6
                  "      - Helped with onboarding\n"                               // 7
                  "      - url#hirelint-disable\n");                               // 8
  auto directives = FindSuppressionDirectives(yaml, CommentSyntax::kHash);
  REQUIRE(directives.size() == 2);  // not inside quotes, not without a blank before '#'
  CHECK(directives[0].line == 3);
  CHECK(directives[1].line == 6);  // the apostrophe in "team's" opens no quote
  std::vector<Finding> findings =
      AtLines(yaml, {{4, "verb-weak-opener"}, {7, "verb-weak-opener"}, {7, "impact-unquantified"}});
  ApplySuppressions(yaml, CommentSyntax::kHash, {}, testing::SharedEngine().lexicons().rules,
                    &UnusedRule(), &findings);
  CHECK(findings.empty());
}

TEST_CASE("Suppressions: end to end through the LaTeX extractor") {
  auto r = testing::ProcessText(
      "cv.tex",
      "\\section{Experience}\n"                                                   // 1
      "\\begin{itemize}\n"                                                        // 2
      "% hirelint-disable-next-line verb-weak-opener\n"                           // 3
      "\\item Helped with the migration of the billing service to Kubernetes.\n"  // 4
      "\\item Helped with the rollout of the new search page. % hirelint-disable-next-line\n"
      "\\item Worked on various internal tools for the risk team.\n"  // 6
      "%% hirelint-disable impact-unquantified\n"                     // 7
      "\\item Led the migration of the payments gateway to Go.\n"     // 8
      "% hirelint-enable\n"                                           // 9
      "\\item Cut costs by 30\\% for 4 teams. % hirelint-disable-next-line hedge-filler\n"
      "\\item Built dashboards for the finance team.\n"  // 11
      "\\end{itemize}\n");
  CHECK(Lines(r) ==
        "4 impact-unquantified; 4 lifecycle-coverage; 5 impact-unquantified; 5 verb-weak-opener; "
        "10 unused-suppression; 11 impact-unquantified");
}

TEST_CASE("Suppressions: end to end through the YAML extractor (RenderCV)") {
  auto r = testing::ProcessText(
      "cv.yaml",
      "cv:\n"
      "  name: Sam Okafor\n"
      "  sections:\n"
      "    experience:\n"
      "      - company: Harbor Analytics\n"
      "        position: Software Engineer\n"
      "        highlights:\n"
      "          # hirelint-disable-next-line verb-weak-opener\n"                      // 8
      "          - Helped with the migration of the billing service to Kubernetes.\n"  // 9
      "          - \"Helped with the rollout # hirelint-disable-next-line\"\n"         // 10
      "          - Worked on various internal tools for the risk team.  # "
      "hirelint-disable-next-line\n"
      "          - Built dashboards for the finance team.\n");  // 12
  CHECK(Lines(r) ==
        "9 impact-unquantified; 9 lifecycle-coverage; 10 impact-unquantified; 10 verb-weak-opener; "
        "11 impact-unquantified; 11 verb-weak-opener; 11 hedge-filler");
}

TEST_CASE("Suppressions: JSON has no comments") {
  SourceFile json("cv.json", "{\"a\": \"<!-- hirelint-disable -->\"}\n");
  CHECK(FindSuppressionDirectives(json, CommentSyntax::kNone).empty());
}

}  // namespace
}  // namespace hirelint
