// The config file: schema errors at their position, checks against the rules in force, rule
// settings applied in layers, discovery up to the repository root, and `init`'s default text.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "config/config.h"
#include "engine/lint_session.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

Config Parse(const std::string& text) {
  auto config = ParseConfig("cfg.yaml", "/repo", text);
  INFO(text);
  REQUIRE_MESSAGE(config.ok(), (config.ok() ? "" : config.error().ToString()));
  return config.value();
}

std::string ParseError(const std::string& text) {
  auto config = ParseConfig("cfg.yaml", "/repo", text);
  INFO(text);
  REQUIRE_FALSE(config.ok());
  CHECK(config.error().kind == ErrorKind::kConfig);
  return config.error().ToString();
}

std::string ValidateError(const std::string& text) {
  Config config = Parse(text);
  auto error = ValidateConfig(config, testing::SharedEngine().lexicons());
  REQUIRE(error);
  CHECK(error->kind == ErrorKind::kConfig);
  return error->ToString();
}

TEST_CASE("Config: every key parses") {
  Config c = Parse(
      "fail_on: warning\n"
      "rules:\n"
      "  verb-weak-opener: error\n"
      "  hedge-filler: off\n"
      "  bullet-length: {severity: info, options: {max_words: 35}}\n"
      "  impact-unquantified:\n"
      "    options:\n"
      "      min_words: 6\n"
      "lexicons: [my-lexicons, /abs/lex]\n"
      "ignore: [drafts/, '**/*.old.md']\n"
      "overrides:\n"
      "  - files: ['*.txt']\n"
      "    rules: {impact-unquantified: info}\n"
      "story_weights: {tradeoff: 15}\n");
  CHECK(c.fail_on == std::optional<std::string>("warning"));
  REQUIRE(c.rules.size() == 4);
  CHECK(c.rules[0].rule == "verb-weak-opener");
  CHECK(c.rules[0].severity == std::optional<std::string>("error"));
  CHECK(c.rules[0].where.line == 3);
  CHECK(c.rules[0].where.column == 3);
  CHECK(c.rules[1].severity == std::optional<std::string>("off"));  // not YAML's boolean
  CHECK(c.rules[2].options.at("max_words").value == 35);
  CHECK_FALSE(c.rules[3].severity);
  CHECK(c.rules[3].options.at("min_words").value == 6);
  CHECK(c.lexicon_dirs == std::vector<std::string>{"/repo/my-lexicons", "/abs/lex"});
  CHECK(c.ignore == std::vector<std::string>{"drafts/", "**/*.old.md"});
  REQUIRE(c.overrides.size() == 1);
  CHECK(c.overrides[0].files == std::vector<std::string>{"*.txt"});
  CHECK(c.overrides[0].rules[0].severity == std::optional<std::string>("info"));
  CHECK(c.story_weights.at("tradeoff").value == 15);
  CHECK_FALSE(ValidateConfig(c, testing::SharedEngine().lexicons()));
}

TEST_CASE("Config: an empty file, and keys whose entries are all commented out") {
  Config empty = Parse("");
  CHECK(empty.rules.empty());
  CHECK_FALSE(empty.fail_on);
  Config commented = Parse(
      "rules:\n  # verb-weak-opener: error\nignore:\noverrides:\nlexicons:\n"
      "story_weights:\n");
  CHECK(commented.rules.empty());
  CHECK(commented.ignore.empty());
}

TEST_CASE("Config: unknown keys are errors with did-you-mean and the position") {
  CHECK(ParseError("fail_on: error\nrulez:\n  a: off\n") ==
        "cfg.yaml:2:1: unknown key 'rulez' in the config; did you mean 'rules'?");
  CHECK(ParseError("colour: red\n") ==
        "cfg.yaml:1:1: unknown key 'colour' in the config; known keys: fail_on, ignore, "
        "lexicons, overrides, rules, story_weights");
  CHECK(ParseError("rules:\n  bullet-length: {severity: info, option: {max_words: 3}}\n") ==
        "cfg.yaml:2:35: unknown key 'option' in rule 'bullet-length'; did you mean 'options'?");
  CHECK(ParseError("overrides:\n  - file: ['*.txt']\n    rules: {}\n") ==
        "cfg.yaml:2:5: unknown key 'file' in an override; did you mean 'files'?");
}

TEST_CASE("Config: wrong types name the key and the position") {
  CHECK(ParseError("ignore: drafts/\n") ==
        "cfg.yaml:1:9: 'ignore' must be a list of a path glob, not 'drafts/'");
  CHECK(ParseError("rules: [verb-weak-opener]\n") ==
        "cfg.yaml:1:8: 'rules' must be a mapping, not a list");
  CHECK(ParseError("rules:\n  verb-weak-opener: [error]\n") ==
        "cfg.yaml:2:21: rule 'verb-weak-opener' needs a severity (off, info, warning, error) or "
        "a mapping {severity, options}, not a list");
  CHECK(ParseError("rules:\n  bullet-length: {options: {max_words: many}}\n") ==
        "cfg.yaml:2:40: option 'max_words' of rule 'bullet-length' must be a number, not 'many'");
  CHECK(ParseError("story_weights: {tradeoff: high}\n") ==
        "cfg.yaml:1:27: story weight 'tradeoff' must be a number, not 'high'");
  CHECK(ParseError("lexicons: [{dir: x}]\n") ==
        "cfg.yaml:1:12: each entry of 'lexicons' must be a directory, not a mapping");
  CHECK(ParseError("overrides:\n  - rules: {hedge-filler: off}\n") ==
        "cfg.yaml:2:5: an override needs 'files', a list of the path globs it applies to");
  CHECK(ParseError("- a\n- b\n") == "cfg.yaml:1:1: the config must be a mapping, not a list");
}

TEST_CASE("Config: bad values, duplicate keys, bad globs and YAML syntax") {
  CHECK(ParseError("fail_on: warnings\n") ==
        "cfg.yaml:1:10: 'fail_on' must be one of info, warning, error, none, not 'warnings'; "
        "did you mean 'warning'?");
  CHECK(ParseError("rules:\n  verb-weak-opener: eror\n") ==
        "cfg.yaml:2:21: the severity of rule 'verb-weak-opener' must be one of off, info, "
        "warning, error, not 'eror'; did you mean 'error'?");
  CHECK(ParseError("rules:\n  hedge-filler: off\n  hedge-filler: info\n") ==
        "cfg.yaml:3:3: 'hedge-filler' is written twice in 'rules'; keep one (YAML keeps only the "
        "last)");
  CHECK(ParseError("ignore: ['drafts/[ab']\n") ==
        "cfg.yaml:1:10: glob 'drafts/[ab': '[' at character 8 is never closed with ']'");
  // yaml-cpp alone would keep the map and drop what follows the ',' in silence.
  std::string trailing = ParseError("{fail_on: error},\nrules: {hedge-filler: off}\n");
  CHECK(trailing.rfind("cfg.yaml:1:17: YAML syntax error: a second YAML document", 0) == 0);
  std::string syntax = ParseError("rules:\n  a: [unclosed\n");
  CHECK(syntax.rfind("cfg.yaml:", 0) == 0);
  CHECK(syntax.find("YAML syntax error") != std::string::npos);
}

TEST_CASE("Config: rule ids and options are checked against the lexicons") {
  CHECK(ValidateError("rules:\n  verb-weak-openr: error\n") ==
        "cfg.yaml:2:3: unknown rule 'verb-weak-openr'; did you mean 'verb-weak-opener'?");
  CHECK(ValidateError("rules:\n  no-such-thing: error\n") ==
        "cfg.yaml:2:3: unknown rule 'no-such-thing'; 'hirelint rules' lists them");
  CHECK(ValidateError("overrides:\n  - files: ['*.txt']\n    rules:\n      hedge-filer: off\n") ==
        "cfg.yaml:4:7: unknown rule 'hedge-filer'; did you mean 'hedge-filler'?");
  CHECK(ValidateError("rules:\n  bullet-length: {options: {max_word: 30}}\n") ==
        "cfg.yaml:2:29: rule 'bullet-length' has no option 'max_word'; did you mean 'max_words'?");
  CHECK(ValidateError("rules:\n  bullet-length: {options: {limit: 30}}\n") ==
        "cfg.yaml:2:29: rule 'bullet-length' has no option 'limit'; its options are: max_words, "
        "min_words");
  CHECK(ValidateError("rules:\n  hedge-filler: {options: {limit: 3}}\n") ==
        "cfg.yaml:2:28: rule 'hedge-filler' takes no options");
}

TEST_CASE("Config: story_weights reach the engine as the story group of the weights") {
  Config c = Parse("story_weights:\n  tradeoff: 15\n");
  auto engine = Engine::Create(EngineOptionsFor(&c, EngineOptions()));
  REQUIRE(engine.ok());
  const auto& weights = engine.value()->lexicons().weights;
  CHECK(weights.at("story").at("tradeoff") == 15);
  CHECK(weights.at("story").at("result") == 10);       // the others stay scoring.yaml's
  CHECK(weights.at("bullet").at("quantified") == 35);  // and other groups are untouched
}

TEST_CASE("Config: an unknown story weight is an error at its position in the config") {
  Config typo = Parse("rules: {}\nstory_weights:\n  tradeof: 15\n");
  auto engine = Engine::Create(EngineOptionsFor(&typo, EngineOptions()));
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.error().kind == ErrorKind::kConfig);
  CHECK(engine.error().ToString() ==
        "cfg.yaml:3:3: unknown story weight 'tradeof'; did you mean 'tradeoff'?");
  // A --lexicons scoring.yaml without a story group: nothing to set.
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/scoring.yaml") << "bullet: {quantified: 35}\n";
  EngineOptions base;
  base.lexicon_dirs.push_back(dir);
  Config ok = Parse("story_weights: {tradeoff: 15}\n");
  auto no_group = Engine::Create(EngineOptionsFor(&ok, base));
  REQUIRE_FALSE(no_group.ok());
  CHECK(no_group.error().ToString() ==
        "cfg.yaml:1:17: unknown story weight 'tradeoff': scoring.yaml defines no 'story' weights");
}

TEST_CASE("Config: rule settings apply in layers; off drops a rule") {
  Config c = Parse(
      "rules:\n"
      "  verb-weak-opener: error\n"
      "  hedge-filler: off\n"
      "  bullet-length: {options: {max_words: 30}}\n"
      "overrides:\n"
      "  - files: ['*.txt']\n"
      "    rules:\n"
      "      verb-weak-opener: info\n"
      "      bullet-length: {severity: warning, options: {min_words: 3}}\n"
      "      hedge-filler: info\n");
  const auto& base = testing::SharedEngine().lexicons().rules;
  auto find = [](const std::vector<RuleSpec>& rules, const std::string& id) -> const RuleSpec* {
    for (const auto& r : rules) {
      if (r.id == id) return &r;
    }
    return nullptr;
  };
  auto top = ApplyRuleConfig(base, {&c.rules});
  CHECK(top.size() == base.size() - 1);
  CHECK(find(top, "hedge-filler") == nullptr);
  CHECK(find(top, "verb-weak-opener")->severity == "error");
  CHECK(find(top, "bullet-length")->severity == "info");
  CHECK(find(top, "bullet-length")->options.at("max_words") == 30);
  CHECK(find(top, "bullet-length")->options.at("min_words") == 5);
  auto txt = ApplyRuleConfig(base, {&c.rules, &c.overrides[0].rules});
  CHECK(txt.size() == base.size());
  CHECK(find(txt, "hedge-filler")->severity == "info");
  CHECK(find(txt, "verb-weak-opener")->severity == "info");
  CHECK(find(txt, "bullet-length")->severity == "warning");
  CHECK(find(txt, "bullet-length")->options.at("max_words") == 30);
  CHECK(find(txt, "bullet-length")->options.at("min_words") == 3);
}

TEST_CASE("Config: ignore and overrides match paths relative to the config's directory") {
  std::string dir = testing::TempDir();
  auto parsed = ParseConfig("cfg", dir,
                            "ignore: [drafts/, /old.md]\n"
                            "overrides:\n"
                            "  - files: ['*.txt']\n"
                            "  - files: [stories/**, '*.md']\n");
  REQUIRE(parsed.ok());
  const Config& c = parsed.value();
  CHECK(IsIgnored(c, dir + "/drafts/cv.md"));
  CHECK(IsIgnored(c, dir + "/a/drafts/cv.md"));
  CHECK(IsIgnored(c, dir + "/old.md"));
  CHECK_FALSE(IsIgnored(c, dir + "/a/old.md"));
  CHECK_FALSE(IsIgnored(c, dir + "/cv.md"));
  CHECK_FALSE(IsIgnored(c, "/elsewhere/drafts/cv.md"));  // outside the config's directory
  CHECK(PathRelativeToConfig(c, dir + "/./a/../b/cv.md") == std::optional<std::string>("b/cv.md"));
  CHECK(MatchingOverrides(c, dir + "/cv.txt") == std::vector<size_t>{0});
  CHECK(MatchingOverrides(c, dir + "/stories/s.txt") == std::vector<size_t>{0, 1});
  CHECK(MatchingOverrides(c, dir + "/cv.md") == std::vector<size_t>{1});
  CHECK(MatchingOverrides(c, dir + "/cv.tex").empty());
}

TEST_CASE("Config: discovery walks up to the repository root and stops there") {
  namespace fs = std::filesystem;
  std::string root = testing::TempDir();
  fs::create_directories(root + "/repo/.git");
  fs::create_directories(root + "/repo/cv/applications");
  fs::create_directories(root + "/worktree/cv");
  std::ofstream(root + "/.hirelint.yaml") << "rules: {}\n";          // above the repository
  std::ofstream(root + "/worktree/.git") << "gitdir: /elsewhere\n";  // a worktree's .git file
  CHECK(FindConfigFile(root + "/repo/cv/applications") == std::nullopt);
  CHECK(FindConfigFile(root + "/worktree/cv") == std::nullopt);
  std::ofstream(root + "/repo/.hirelint.yaml") << "rules: {}\n";
  CHECK(FindConfigFile(root + "/repo/cv/applications") ==
        std::optional<std::string>(root + "/repo/.hirelint.yaml"));
  std::ofstream(root + "/repo/cv/.hirelint.yaml") << "rules: {}\n";
  CHECK(FindConfigFile(root + "/repo/cv/applications") ==
        std::optional<std::string>(root + "/repo/cv/.hirelint.yaml"));
  fs::create_directories(root + "/plain/a");
  CHECK(FindConfigFile(root + "/plain/a") == std::optional<std::string>(root + "/.hirelint.yaml"));
}

TEST_CASE("Config: LoadConfig names a missing file and resolves paths against its folder") {
  auto missing = LoadConfig("/no/such/.hirelint.yaml");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString() ==
        "/no/such/.hirelint.yaml: config file not found (create one with 'hirelint init')");
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/c.yaml") << "lexicons: [lex]\n";
  auto loaded = LoadConfig(dir + "/c.yaml", "shown.yaml");
  REQUIRE(loaded.ok());
  CHECK(loaded.value().path == "shown.yaml");
  CHECK(loaded.value().lexicon_dirs == std::vector<std::string>{dir + "/lex"});
}

TEST_CASE("Config: the default config parses, validates, changes nothing and lists every rule") {
  const auto& rules = testing::SharedEngine().checker().rules();
  std::string text = DefaultConfigText(rules);
  Config c = Parse(text);
  CHECK_FALSE(ValidateConfig(c, testing::SharedEngine().lexicons()));
  CHECK(c.rules.empty());
  CHECK(c.fail_on == std::optional<std::string>("error"));
  CHECK(c.ignore.empty());
  CHECK(c.overrides.empty());
  for (const RuleSpec& r : rules) {
    CAPTURE(r.id);
    CHECK(text.find("  # " + r.id + ": ") != std::string::npos);
  }
  CHECK(text.find("# bullet-length: {severity: info, options: {max_words: 40, min_words: 5}}") !=
        std::string::npos);
  // Uncommenting a rule line gives a valid setting.
  std::string uncommented = text;
  size_t at = uncommented.find("  # verb-weak-opener: warning");
  REQUIRE(at != std::string::npos);
  uncommented.erase(at + 2, 2);
  Config edited = Parse(uncommented);
  REQUIRE(edited.rules.size() == 1);
  CHECK(edited.rules[0].rule == "verb-weak-opener");
  for (const std::string& line : {"#  - drafts/", "#  - files: [\"stories/**\"]"}) {
    CHECK(text.find(line) != std::string::npos);
  }
}

}  // namespace
}  // namespace hirelint
