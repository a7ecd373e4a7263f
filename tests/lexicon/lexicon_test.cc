#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "engine/engine.h"
#include "lexicon/lexicon_data.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

Result<std::shared_ptr<const Engine>> EngineWith(const std::string& name, const std::string& text) {
  std::string dir = testing::TempDir();
  std::filesystem::create_directories(std::filesystem::path(dir + "/" + name).parent_path());
  std::ofstream(dir + "/" + name) << text;
  EngineOptions options;
  options.lexicon_dirs.push_back(dir);
  return Engine::Create(options);
}

// The message of the error a lexicon file must fail with, once its line and column are checked.
std::string ErrorMessageAt(const Result<std::shared_ptr<const Engine>>& engine, size_t line,
                           size_t column) {
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.error().line == line);
  CHECK(engine.error().column == column);
  return engine.error().message;
}

TEST_CASE("Lexicons: every embedded file parses and names the eight stages") {
  auto data = ParseLexicons(LexiconFiles::Embedded());
  REQUIRE(data.ok());
  CHECK(data.value().stages.size() == 8);
  CHECK(data.value().categories.count("weak_openers") == 1);
  CHECK(data.value().metrics.size() > 40);
}

TEST_CASE("Lexicons: a YAML syntax error names the file, line and column") {
  auto engine = EngineWith("hedges.yaml", "hedges:\n  - various\n  - [unclosed\n");
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.error().kind == ErrorKind::kLexicon);
  CHECK(engine.error().path.find("hedges.yaml") != std::string::npos);
  CHECK(engine.error().line >= 3);
  CHECK(engine.error().message.find("YAML syntax error") == 0);
}

TEST_CASE("Lexicons: an invalid RE2 pattern is reported at its line with RE2's message") {
  auto engine = EngineWith("metrics.yaml",
                           "patterns:\n"
                           "  - kind: percent\n"
                           "    re: '\\d+%'\n"
                           "  - kind: count\n"
                           "    re: '(\\d+ users'\n");
  CHECK(ErrorMessageAt(engine, 5, 9).find("invalid RE2 pattern: missing )") == 0);
}

TEST_CASE(
    "Lexicons: a pattern's prefilter is read with its defs, and its errors are at its place") {
  auto parsed = ParseLexicons(LexiconFiles::Embedded());
  REQUIRE(parsed.ok());
  size_t prefilters = 0;
  for (const MetricPatternSpec& spec : parsed.value().metrics) {
    if (spec.prefilter.empty()) continue;
    ++prefilters;
    CHECK(spec.prefilter.find("{NUM}") == std::string::npos);  // defs are expanded
    CHECK(spec.prefilter.find("{WORDNUM}") == std::string::npos);
    CHECK(spec.prefilter_where.line > spec.where.line);
  }
  CHECK(prefilters >= 3);
  auto engine = EngineWith("metrics.yaml",
                           "patterns:\n"
                           "  - kind: count\n"
                           "    re: '\\d+ users'\n"
                           "    prefilter: '\\d+ (users'\n");
  CHECK(ErrorMessageAt(engine, 4, 16).find("invalid RE2 prefilter pattern: missing )") == 0);
}

TEST_CASE("Lexicons: a number word that is not lower-case letters is an error at its place") {
  auto engine = EngineWith("metrics.yaml",
                           "number_words: [dozen, ten-fold]\n"
                           "patterns:\n"
                           "  - kind: percent\n"
                           "    re: '\\d+%'\n");
  CHECK(ErrorMessageAt(engine, 1, 23)
            .find("number word 'ten-fold' must be 1 to 40 lower-case ASCII letters") !=
        std::string::npos);
}

TEST_CASE("Lexicons: unknown keys, stages and checks are errors") {
  auto bad_stage = EngineWith("stages.yaml", "stages:\n  deployment:\n    phrases: [ship]\n");
  REQUIRE_FALSE(bad_stage.ok());
  CHECK(bad_stage.error().message.find("unknown stage 'deployment'") == 0);
  CHECK(bad_stage.error().line == 2);
  auto bad_rule = EngineWith("rules/my-rule.yaml",
                             "severity: warning\ncheck: no_such_check\nsummary: s\nmessage: m\n"
                             "rationale: r\nexamples: {bad: [x], good: [y]}\n");
  REQUIRE_FALSE(bad_rule.ok());
  CHECK(bad_rule.error().message.find("unknown check 'no_such_check'") != std::string::npos);
  auto bad_key = EngineWith("rules/other.yaml", "severity: warning\nchek: existence\n");
  REQUIRE_FALSE(bad_key.ok());
  CHECK(bad_key.error().message.find("unknown key 'chek'") == 0);
}

TEST_CASE("Lexicons: a repeated key is an error, not a silent loss") {
  auto engine = EngineWith("stages.yaml", "stages:\n  data:\n    phrases: [etl]\n  data:\n    phrases: [dbt]\n");
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.error().message.find("duplicate key 'data'") == 0);
  CHECK(engine.error().line == 4);
}

TEST_CASE("Lexicons: a --lexicons directory adds a rule of its own") {
  auto engine = EngineWith("rules/no-synergy.yaml",
                           "severity: error\ncheck: existence\nphrases: [synergy]\n"
                           "summary: No synergy.\nmessage: \"'{phrase}' is jargon\"\n"
                           "rationale: Nobody likes it.\nexamples: {bad: [Created synergy.], good: [Shipped it.]}\n");
  REQUIRE(engine.ok());
  RunOptions options;
  FileResult r = engine.value()->Process(SourceFile("cv.md", "- Created synergy across teams\n"), options);
  bool found = false;
  for (const auto& f : r.findings) found = found || (f.rule == "no-synergy" && f.severity == Severity::kError);
  CHECK(found);
}

}  // namespace
}  // namespace hirelint
