// Every rule's YAML examples run here: each bad example must fire the rule, each good example
// must not. Bullet rules see one bullet in an experience section; document rules see the
// example as a whole Markdown file; story rules see the example as one story. Parse-health
// rules (check: parse_health) judge how a PDF or DOCX parses, which no Markdown text can show:
// their examples are fixture files in the repository, run as files.

#include <doctest/doctest.h>

#include "support/story_support.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

bool Fires(const std::string& rule_id, const RuleSpec& rule, const std::string& example) {
  if (rule.check == "parse_health") {
    FileResult r = testing::SharedEngine().Run(testing::SourcePath(example), RunOptions());
    REQUIRE_MESSAGE(!r.error, (r.error ? r.error->ToString() : std::string()));
    for (const Finding& f : r.findings) {
      if (f.rule == rule_id) return true;
    }
    return false;
  }
  if (rule.scope == "story") {
    return testing::StoryFires(testing::ScoreStoryText(example), rule_id);
  }
  if (rule.scope == "document") {
    FileResult r = testing::ProcessText("example.md", example);
    for (const Finding& f : r.findings) {
      if (f.rule == rule_id) return true;
    }
    return false;
  }
  // A bullet under an Experience heading, extracted and tagged like any other.
  FileResult r = testing::ProcessText("example.md", "## Experience\n\n- " + example + "\n");
  for (const Finding& f : r.findings) {
    if (f.rule == rule_id) return true;
  }
  return false;
}

TEST_CASE("Rule examples: bad ones fire, good ones do not") {
  const auto& rules = testing::SharedEngine().checker().rules();
  REQUIRE(rules.size() >= 9);
  for (const RuleSpec& rule : rules) {
    CAPTURE(rule.id);
    CHECK(!rule.bad_examples.empty());
    CHECK(!rule.good_examples.empty());
    for (const std::string& bad : rule.bad_examples) {
      CAPTURE(bad);
      CHECK(Fires(rule.id, rule, bad));
    }
    for (const std::string& good : rule.good_examples) {
      CAPTURE(good);
      CHECK_FALSE(Fires(rule.id, rule, good));
    }
  }
}

TEST_CASE("Rules: the first rule set is all there") {
  const Checker& checker = testing::SharedEngine().checker();
  for (const char* id :
       {"impact-unquantified", "lifecycle-training-only", "tools-without-outcome", "verb-weak-opener",
        "hedge-filler", "scale-claim-unquantified", "coursework-listed", "bullet-length",
        "lifecycle-coverage", "parse-no-text", "parse-ligature", "parse-unmapped-glyph",
        "parse-columns-interleave", "parse-bullet-split-page"}) {
    CAPTURE(id);
    CHECK(checker.FindRule(id) != nullptr);
  }
}

TEST_CASE("Rules: the story rules are all there, with story scope") {
  const Checker& checker = testing::SharedEngine().checker();
  for (const char* id : {"story-no-result", "story-result-unquantified", "story-we-not-i",
                         "story-too-long", "story-too-short", "story-low-signal-density",
                         "story-no-tradeoff", "story-no-failure-mode"}) {
    CAPTURE(id);
    const RuleSpec* rule = checker.FindRule(id);
    REQUIRE(rule != nullptr);
    CHECK(rule->scope == "story");
  }
}

}  // namespace
}  // namespace hirelint
