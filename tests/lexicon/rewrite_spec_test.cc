// rewrite.yaml parsing: the embedded file loads, and each kind of mistake in a user's copy is
// reported at its file, line and column.

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "lexicon/lexicon_data.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

// Parses the embedded lexicons with `yaml` as rewrite.yaml.
Result<LexiconData> ParseWith(const std::string& yaml, std::string* path) {
  const std::string dir = testing::TempDir();
  *path = dir + "/rewrite.yaml";
  std::ofstream(*path, std::ios::binary) << yaml;
  LexiconFiles files = LexiconFiles::Embedded();
  auto overlaid = files.Overlay(dir);
  REQUIRE(overlaid.ok());
  return ParseLexicons(files);
}

std::string Embedded() {
  return testing::ReadFileOrDie(testing::SourcePath("lexicons/rewrite.yaml"));
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in rewrite.yaml: " << from);
  return text.replace(at, from.size(), to);
}

// The 1-based line of the first occurrence of `needle` in `text`.
size_t LineOf(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return static_cast<size_t>(std::count(text.begin(), text.begin() + at, '\n')) + 1;
}

TEST_CASE("rewrite.yaml: the embedded file loads completely") {
  const RewriteSpec& spec = testing::SharedEngine().lexicons().rewrite;
  CHECK(spec.present);
  CHECK(spec.max_slots == 2);
  CHECK(spec.slots.size() == 6);
  CHECK(spec.profiles.size() == RewriteProfileNames().size());
  CHECK(spec.verbs.size() > 100);
  CHECK(spec.templates.at("suggestion") == "rewrite: {rewrite}");
  for (const SlotSpec& slot : spec.slots) {
    CAPTURE(slot.stage);
    CHECK(slot.text.rfind("[" + slot.stage + ": ", 0) == 0);
    CHECK(slot.text.back() == ']');
  }
}

struct BadCase {
  const char* from;
  const char* to;
  const char* message;
  const char* at;  // text on the line the error names
};

TEST_CASE("rewrite.yaml: mistakes are reported at their position") {
  const BadCase cases[] = {
      {"max_slots: 2", "max_slots: 2\nslot_count: 3", "unknown key 'slot_count'", "slot_count"},
      {"text: \"[impact: metric before → after]\"", "text: \"[impact: cut 30% of latency]\"",
       "holds a digit", "cut 30% of latency"},
      {"    verb: Owned", "    verb: Owned 2x", "holds a digit", "Owned 2x"},
      {"  other: [impact]", "  other: [data]", "names 'data', which has no slot", "other: [data]"},
      {"  other: [impact]", "  others: [impact]", "unknown profile 'others'", "others:"},
      {"  other: [impact]\n", "", "'profiles' needs 'other'", "training_only: ["},
      {"  - [build, built, building]", "  - [build, built]", "a verb is [base, past, gerund]",
       "[build, built]"},
      {"  construction: build", "  construction: construct", "nominal verb 'construct'",
       "construction: construct"},
      {"before_verb: [helped,", "before_verb: [aided, helped,", "'aided' in before_verb",
       "before_verb:"},
      {"impact_metric_kinds: [percent,", "impact_metric_kinds: [percents,",
       "unknown metric kind 'percents'", "impact_metric_kinds"},
      {"  problem:\n    text:", "  problems:\n    text:", "unknown stage 'problems'", "problems:"},
      {"  hedge-filler: [hedge]", "  hedge-filler: [hedges]", "answers.hedge-filler names 'hedges'",
       "hedge-filler: [hedges]"},
      {"  hedge-filler: [hedge]", "  hedge-filler: [data]", "names 'data', which has no slot",
       "hedge-filler: [data]"},
  };
  for (const BadCase& c : cases) {
    CAPTURE(std::string(c.to));
    std::string path;
    std::string yaml = Replace(Embedded(), c.from, c.to);
    Result<LexiconData> parsed = ParseWith(yaml, &path);
    REQUIRE(!parsed.ok());
    const Error& e = parsed.error();
    CHECK(e.kind == ErrorKind::kLexicon);
    CHECK(e.path == path);
    CHECK(e.message.find(c.message) != std::string::npos);
    CHECK(e.line == LineOf(yaml, c.at));
    CHECK(e.column >= 1);
  }
}

TEST_CASE("rewrite.yaml: a slot format must place the slot") {
  std::string path;
  Result<LexiconData> parsed = ParseWith(
      Replace(Embedded(), "format: \", enabling {slot}\"", "format: \", enabling\""), &path);
  REQUIRE(!parsed.ok());
  CHECK(parsed.error().message.find("format needs {slot}") != std::string::npos);
}

}  // namespace
}  // namespace hirelint
