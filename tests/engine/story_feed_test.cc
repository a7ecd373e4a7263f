// StoryFeed: stories of many inputs in input order, in bounded batches; malformed JSONL lines
// reported and skipped.

#include "engine/story_feed.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace hirelint {
namespace {

std::string Write(const std::string& dir, const std::string& name, const std::string& bytes) {
  std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

RunOptions Options() {
  RunOptions o;
  o.mode = ExtractMode::kStories;
  return o;
}

TEST_CASE("StoryFeed: Markdown, JSONL and YAML stories in input order with their lines") {
  std::string dir = testing::TempDir();
  std::string md =
      Write(dir, "a.md", "# Stories\n\n## First\n\nI fixed it.\n\n## Second\n\nWe shipped.\n");
  std::string jsonl = Write(dir, "b.jsonl",
                            "{\"id\": \"j1\", \"text\": \"One.\"}\n"
                            "{\"id\": \"j2\", \"text\": \"Two.\", \"k\": 1}\n");
  std::string yaml = Write(dir, "c.yaml", "- id: y1\n  text: Three.\n");
  StoryFeed feed({md, jsonl, yaml}, Options());
  std::vector<StoryInput> stories;
  std::vector<Error> errors;
  while (feed.Next(100, &stories, &errors)) {
  }
  CHECK(errors.empty());
  REQUIRE(stories.size() == 5);
  CHECK(stories[0].id == "First");
  CHECK(stories[0].line == 3);
  CHECK(stories[0].file == md);
  CHECK(stories[1].id == "Second");
  CHECK(stories[1].line == 7);
  CHECK(stories[2].id == "j1");
  CHECK(stories[2].line == 1);
  CHECK(stories[3].id == "j2");
  CHECK(stories[3].extra_json == "{\"k\":1}");
  CHECK(stories[4].id == "y1");
  CHECK(feed.bytes_total() > 0);
  CHECK(feed.bytes_done() == feed.bytes_total());
}

TEST_CASE("StoryFeed: JSONL is handed out in batches of at most `max`") {
  std::string dir = testing::TempDir();
  std::string body;
  for (int i = 1; i <= 25; ++i) {
    body += "{\"id\": \"s" + std::to_string(i) + "\", \"text\": \"Story " + std::to_string(i) +
            ".\"}\n";
  }
  StoryFeed feed({Write(dir, "many.jsonl", body)}, Options());
  std::vector<size_t> sizes;
  std::vector<Error> errors;
  std::vector<StoryInput> batch;
  size_t total = 0;
  std::string last;
  for (;;) {
    batch.clear();
    if (!feed.Next(10, &batch, &errors)) break;
    sizes.push_back(batch.size());
    total += batch.size();
    last = batch.back().id;
  }
  CHECK(sizes == std::vector<size_t>{10, 10, 5});
  CHECK(total == 25);
  CHECK(last == "s25");
}

TEST_CASE("StoryFeed: a malformed JSONL line is reported and skipped, the rest is read") {
  std::string dir = testing::TempDir();
  std::string path = Write(dir, "bad.jsonl",
                           "{\"id\": \"a\", \"text\": \"One.\"}\n"
                           "{\"id\": \"b\", \"text\": \n"
                           "{\"id\": \"c\", \"text\": \"Three.\"}\n");
  StoryFeed feed({path, dir + "/missing.jsonl"}, Options());
  std::vector<StoryInput> stories;
  std::vector<Error> errors;
  while (feed.Next(100, &stories, &errors)) {
  }
  REQUIRE(stories.size() == 2);
  CHECK(stories[0].id == "a");
  CHECK(stories[1].id == "c");
  CHECK(stories[1].line == 3);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].path == path);
  CHECK(errors[0].line == 2);
  CHECK(errors[0].column == 21);
  CHECK(errors[0].message.find("(line skipped)") != std::string::npos);
  CHECK(errors[1].message.find("no such file") != std::string::npos);
}

}  // namespace
}  // namespace hirelint
