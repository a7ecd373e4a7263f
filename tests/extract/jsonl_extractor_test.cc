// JSONL stories: one object per line; other fields kept; malformed lines named by line and
// column.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "extract/jsonl_story.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("JSONL story: id, text and the other fields") {
  auto item = ParseJsonlStory(
      R"({"id": "drift", "team": "risk", "text": "  I fixed it. ", "n": [1]})", "s.jsonl", 4, 100);
  REQUIRE(item.ok());
  CHECK(item.value().kind == ItemKind::kStory);
  CHECK(item.value().id == "drift");
  CHECK(item.value().text == "I fixed it.");
  CHECK(item.value().extra_json == R"({"team":"risk","n":[1]})");
  CHECK(item.value().SourceBegin() == 100);
  CHECK(item.value().map.ToSource(5) == 100);
}

TEST_CASE("JSONL story: a number id is kept as its JSON text; no id or null is empty") {
  auto number = ParseJsonlStory(R"({"id": 42, "text": "x"})", "s.jsonl", 1, 0);
  REQUIRE(number.ok());
  CHECK(number.value().id == "42");
  auto missing = ParseJsonlStory(R"({"text": "x"})", "s.jsonl", 1, 0);
  REQUIRE(missing.ok());
  CHECK(missing.value().id.empty());
  CHECK(missing.value().extra_json.empty());
  auto null_id = ParseJsonlStory(R"({"id": null, "text": "x"})", "s.jsonl", 1, 0);
  REQUIRE(null_id.ok());
  CHECK(null_id.value().id.empty());
}

TEST_CASE("JSONL story: line breaks in the text are kept (they end sentences)") {
  auto item = ParseJsonlStory(R"({"text": "Situation\nI fixed it"})", "s.jsonl", 1, 0);
  REQUIRE(item.ok());
  CHECK(item.value().text == "Situation\nI fixed it");
}

TEST_CASE("JSONL story: each malformed line is an error at its line and column") {
  struct Case {
    const char* line;
    size_t column;
    const char* message_part;
  };
  const Case cases[] = {
      {R"({"id": "a", "text": "unterminated)", 34, "missing closing quote"},
      {R"({"id": "a" "text": "x"})", 17, "malformed JSON"},
      {R"([1, 2])", 1, "expected a JSON object, found array"},
      {R"({"id": "a"})", 1, "no \"text\" field"},
      {R"({"id": "a", "text": 3})", 13, "\"text\" must be a string, not number"},
      {R"({"id": "a", "text": " \n "})", 13, "\"text\" is empty"},
      {R"({"id": ["a"], "text": "x"})", 2, "\"id\" must be a string or a number, not array"},
      {"{\"text\": \"caf\xC3\"}", 14, "invalid UTF-8"},
      // fuzz: extract_jsonl_fuzzer, "7e777e7e"; nlohmann throws out_of_range, not parse_error
      {"7e777e7e", 1, "number out of range: '7e777' is beyond a double"},
      {R"({"text": "1e999", "n": 1e999})", 24, "'1e999' is beyond a double"},
      {R"({"text": "x", "n": [1, -1e999]})", 24, "'-1e999' is beyond a double"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    auto item = ParseJsonlStory(c.line, "s.jsonl", 7, 0);
    REQUIRE_FALSE(item.ok());
    CHECK(item.error().path == "s.jsonl");
    CHECK(item.error().line == 7);
    CHECK(item.error().column == c.column);
    CHECK(item.error().message.find(c.message_part) != std::string::npos);
  }
}

TEST_CASE("JSONL file: one story per non-blank line, lines from the file") {
  FileResult r = testing::ProcessText("s.jsonl",
                                      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\"}\n\n   "
                                      "\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n",
                                      ExtractMode::kStories);
  REQUIRE_FALSE(r.error);
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].id == "a");
  CHECK(r.source.PositionOf(r.items[0].SourceBegin()).line == 1);
  CHECK(r.items[1].id == "b");
  CHECK(r.items[1].text == "Two.");
  CHECK(r.source.PositionOf(r.items[1].SourceBegin()).line == 4);
}

TEST_CASE("JSONL file: as a whole file the first malformed line is the file's error") {
  FileResult r =
      testing::ProcessText("s.jsonl", "{\"text\": \"ok\"}\n{\"text\": }\n", ExtractMode::kBullets);
  REQUIRE(r.error);
  CHECK(r.error->line == 2);
  CHECK(r.error->column == 10);
}

TEST_CASE("JSONL is in the extractor table") {
  CHECK(FindExtractor("jsonl") != nullptr);
  CHECK(IsSupportedPath("stories/batch.jsonl"));
  CHECK(IsSupportedPath("stories/batch.NDJSON"));
}

}  // namespace
}  // namespace hirelint
