// YAML story lists: {id, title, text} entries; other keys kept; errors at their position.

#include <doctest/doctest.h>

#include "extract/extractor.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

// Forces the story-yaml extractor, so these tests hold whatever else reads .yaml files.
FileResult ProcessStories(const std::string& text) {
  RunOptions options;
  options.mode = ExtractMode::kStories;
  options.input_format = "story-yaml";
  return testing::SharedEngine().Process(SourceFile("stories.yaml", text), options);
}

const char* kStories = R"(# my stories
- id: drift
  title: Catching drift
  text: |
    At Acme I owned fraud scoring.
    As a result, losses fell 18%.
  tags: [fraud, monitoring]

- id: 7
  text: We shipped it.
)";

TEST_CASE("YAML stories: each entry is a story, with its id, title and extra keys") {
  FileResult r = ProcessStories(kStories);
  REQUIRE_FALSE(r.error);
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].kind == ItemKind::kStory);
  CHECK(r.items[0].id == "drift");
  CHECK(r.items[0].section == "Catching drift");
  CHECK(r.items[0].text == "At Acme I owned fraud scoring.\nAs a result, losses fell 18%.");
  CHECK(r.items[0].extra_json == R"({"title":"Catching drift","tags":["fraud","monitoring"]})");
  CHECK(r.source.PositionOf(r.items[0].SourceBegin()).line == 2);
  CHECK(r.items[1].id == "7");
  CHECK(r.items[1].extra_json.empty());
  CHECK(r.source.PositionOf(r.items[1].SourceBegin()).line == 9);
}

TEST_CASE("YAML stories: the sniff wants a top-level list with text") {
  CHECK(SniffYamlStories(SourceFile("s.yaml", kStories)));
  CHECK(SniffYamlStories(SourceFile("s.yaml", "---\n- text: one\n")));
  CHECK_FALSE(SniffYamlStories(SourceFile("cv.yaml", "cv:\n  name: Ada\n  text: x\n")));
  CHECK_FALSE(SniffYamlStories(SourceFile("s.yaml", "- name: x\n- name: y\n")));
  const ExtractorEntry* chosen =
      ChooseExtractor("stories.yml", SourceFile("stories.yml", kStories), "");
  REQUIRE(chosen != nullptr);
  CHECK(std::string(chosen->name) == "story-yaml");
}

TEST_CASE("YAML stories: errors name the line and column") {
  struct Case {
    const char* text;
    size_t line;
    const char* message_part;
  };
  const Case cases[] = {
      {"- id: a\n  text: [1, 2]\n", 2, "'text' must be a string"},
      {"- id: a\n  title: x\n", 1, "story has no 'text'"},
      {"- id: a\n  text: \"  \"\n", 2, "'text' is empty"},
      {"- just a string\n", 1, "a story must be a mapping"},
      {"id: a\ntext: b\n", 1, "expected a list of stories"},
      {"- id: a\n  text: [unclosed\n", 3, "YAML syntax error"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    FileResult r = ProcessStories(c.text);
    REQUIRE(r.error);
    CHECK(r.error->line == c.line);
    CHECK(r.error->message.find(c.message_part) != std::string::npos);
  }
}

}  // namespace
}  // namespace hirelint
